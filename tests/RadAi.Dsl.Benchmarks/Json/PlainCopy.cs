namespace RadAi.Dsl.Benchmarks.Json;

/// <summary>
/// The floor no JSON writer can pass (issue 22): the finished output bytes copied into a new array of their length,
/// which is what <see cref="WorkspaceJson.SerializeToUtf8Bytes"/> returns, with nothing computed or escaped. The ratio
/// of a write to it says how far the writer is from what the machine copies.
/// </summary>
internal static class PlainCopy
{
    public static byte[] Of(byte[] output)
    {
        var copy = GC.AllocateUninitializedArray<byte>(output.Length);
        output.AsSpan().CopyTo(copy);
        return copy;
    }
}
