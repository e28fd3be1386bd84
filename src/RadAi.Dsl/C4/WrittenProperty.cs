using System.Text;

namespace RadAi.Dsl;

/// <summary>
/// A workspace property as it is written: stored text, or the UTF-8 an extension wrote for it (a RAD-AI register's
/// JSON). Kept as UTF-8 so the workspace JSON and DSL of one documentation set share one serialization and neither
/// makes a string of it.
/// </summary>
internal readonly record struct WrittenProperty(string Key, string? Text, byte[]? Utf8)
{
    /// <summary>The value as text.</summary>
    public string Value => Text ?? Encoding.UTF8.GetString(Utf8!);
}
