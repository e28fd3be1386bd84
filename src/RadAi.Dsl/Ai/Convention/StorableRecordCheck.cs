using System.Text.Json;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Ai;

/// <summary>
/// Tells, without writing any JSON, whether a record will certainly store: every <see cref="ElementRef"/> in it is an
/// element of this workspace and every floating-point number is finite. Those are the only ways writing a record with
/// the convention's options fails (nulls are skipped, text values are validated when they are made, lone surrogates
/// are escaped), so when the answer is yes the serializer would have succeeded; when it is no, the caller lets the
/// serializer write the record so the error is exactly the one it always was.
/// </summary>
/// <remarks>
/// The walk follows the register writer's plan (<see cref="RecordJsonWriter"/>): the members the serializer writes, in
/// its order, read with typed getters; a type the plan leaves to the serializer is answered "ask the serializer".
/// It used to walk the serializer's own metadata, which had to be built (with an emitted accessor per property) for
/// every record type before the first record could be added.
/// </remarks>
internal sealed class StorableRecordCheck(Workspace workspace, RecordJsonWriter plan)
{
    public StorableRecordCheck(Workspace workspace, JsonSerializerOptions options) : this(workspace, new RecordJsonWriter(options)) { }

    /// <summary>True when writing the record cannot fail; false when the serializer must decide (and name the problem).</summary>
    public bool IsCertainlyStorable<T>(T item) => plan.IsCertainlyStorable(item, workspace);
}
