using System.Text.Json;

namespace RadAi.Dsl;

/// <summary>
/// One named part of a register's stored JSON (a table of records, or a single record). Declared once per register,
/// in JSON order, it gives writing, reading (each record re-added through the register's own checks) and emptiness,
/// so the three cannot disagree on names or order.
/// </summary>
internal abstract class RegisterPart(RadAiRegister owner, string name)
{
    /// <summary>The register the part belongs to.</summary>
    protected RadAiRegister Owner { get; } = owner;

    /// <summary>The JSON property name.</summary>
    public string Name { get; } = name;

    /// <summary>Whether there is nothing to store (an empty part is not written).</summary>
    public abstract bool IsEmpty { get; }

    /// <summary>Writes the part's value (its name is written by the register).</summary>
    public abstract void WriteValue(Utf8JsonWriter writer);

    /// <summary>Reads the part from a stored register, re-adding each record through the register.</summary>
    public abstract void Read(RegisterReader reader);
}
