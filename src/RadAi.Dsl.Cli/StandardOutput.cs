using System.Text;

namespace RadAi.Dsl.Cli;

/// <summary>
/// Reports, listings and exported text go to standard output as UTF-8 with "\n", whatever the locale says
/// (LANG=C or a Latin-1 locale would otherwise change the bytes of a SARIF file or a DSL export).
/// </summary>
internal static class StandardOutput
{
    private static readonly Lazy<StreamWriter> Writer = new(() => new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true });

    public static void Write(string text) => Writer.Value.Write(text);

    public static void WriteLine(string line) => Writer.Value.Write(line + "\n");
}
