using System.Text;

namespace RadAi.Dsl.Cli;

/// <summary>Writes files under the <c>--output</c> folder; a folder that cannot be written is bad input with a message that names it.</summary>
internal static class OutputFolder
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Runs <paramref name="write"/>, reporting a failure to create or write files as bad input.</summary>
    public static T Write<T>(string directory, Func<T> write)
    {
        try
        {
            return write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"Cannot write to the output folder '{directory}': {FileSystemWords.WhyNotWritten(directory, e)}. Choose a folder you can write to with --output.", e);
        }
    }

    /// <summary>Writes one text file (UTF-8 without BOM) under <paramref name="directory"/>; returns its path.</summary>
    public static string WriteFile(string directory, string fileName, string content)
        => Write(directory, () =>
        {
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, fileName);
            File.WriteAllText(path, content, Utf8);
            return path;
        });
}
