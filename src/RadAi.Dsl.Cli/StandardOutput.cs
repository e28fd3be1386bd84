using System.Text;

namespace RadAi.Dsl.Cli;

/// <summary>
/// Reports, listings and exported text go to standard output as UTF-8 with "\n", whatever the locale says
/// (LANG=C or a Latin-1 locale would otherwise change the bytes of a SARIF file or a DSL export). Documents
/// (<see cref="Write"/>) go out as they are; lines radai writes itself (<see cref="WriteLine"/>: listings, results)
/// name files and servers, so they pass through <see cref="TerminalText"/>.
/// </summary>
internal static class StandardOutput
{
    private static readonly Lazy<StreamWriter> Writer = new(() => new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true });

    /// <summary>A document (report, export) as it is; its format does its own escaping.</summary>
    public static void Write(string text) => Writer.Value.Write(text);

    /// <summary>One line, escaped and cut as <see cref="TerminalText.Line"/> does.</summary>
    public static void WriteLine(string line) => Writer.Value.Write(TerminalText.Line(line) + "\n");
}
