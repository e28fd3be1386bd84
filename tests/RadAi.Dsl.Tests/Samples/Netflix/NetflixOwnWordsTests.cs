using System.Text;
using System.Text.RegularExpressions;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Samples.Netflix;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Samples.Netflix;

/// <summary>
/// The RAD-AI framework text is MIT, but our prose is our own: no sentence of ten or more words that we generate
/// (or write in the sample's source) appears in the files of the RAD-AI Netflix example. The example stays outside the
/// repository (../shared/radai): skipped without it, failed under CI (<see cref="SharedReference"/>).
/// </summary>
public sealed partial class NetflixOwnWordsTests
{
    private const int MinimumWords = 10;

    private const string ExampleFolder = "radai/comparative_analysis/netflix-metaflow";

    private static readonly Lazy<string> ExampleText = new(() =>
    {
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(SharedReference.Require(ExampleFolder), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            text.Append(' ').Append(Normalize(File.ReadAllText(file)));
        return text.ToString();
    });

    [SkippableFact]
    public void The_example_folder_is_there_and_the_check_finds_its_own_sentences()
    {
        // A sentence taken from the example is caught: the check is not vacuous.
        var readme = File.ReadAllText(Path.Combine(SharedReference.Require(ExampleFolder), "README.md"));
        var longSentence = Sentences(readme).First(s => WordCount(s) >= MinimumWords);
        Assert.Contains(Normalize(longSentence), ExampleText.Value, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void No_generated_markdown_sentence_of_ten_or_more_words_is_copied_from_the_example()
    {
        SharedReference.Require(ExampleFolder);
        var documents = new RadAiDocumentation(NetflixWorkspace.Build()).Render();
        var markdown = documents.Where(d => d.Path.EndsWith(".md", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(markdown);

        var copied = markdown
            .SelectMany(d => Sentences(d.Content).Select(s => (d.Path, Sentence: s)))
            .Where(x => WordCount(x.Sentence) >= MinimumWords && ExampleText.Value.Contains(Normalize(x.Sentence), StringComparison.Ordinal))
            .Select(x => $"{x.Path}: {x.Sentence}")
            .ToList();

        Assert.True(copied.Count == 0, "Sentences copied from the example:\n" + string.Join("\n", copied));
    }

    [SkippableFact]
    public void No_string_in_the_sample_source_has_a_sentence_of_ten_or_more_words_from_the_example()
    {
        SharedReference.Require(ExampleFolder);
        var sampleFolder = Path.Combine(RepoPaths.Root, "samples", "Netflix");
        var copied = Directory.EnumerateFiles(sampleFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => StringLiteral().Matches(File.ReadAllText(f)).SelectMany(m => Sentences(m.Groups[1].Value)).Select(s => (File: Path.GetFileName(f), Sentence: s)))
            .Where(x => WordCount(x.Sentence) >= MinimumWords && ExampleText.Value.Contains(Normalize(x.Sentence), StringComparison.Ordinal))
            .Select(x => $"{x.File}: {x.Sentence}")
            .ToList();

        Assert.True(copied.Count == 0, "Sentences copied from the example:\n" + string.Join("\n", copied));
    }

    /// <summary>Sentences of a text: split at line breaks, table cell bars and sentence-ending punctuation.</summary>
    internal static IEnumerable<string> Sentences(string text)
        => SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    internal static int WordCount(string sentence) => Normalize(sentence).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Lower case, markdown emphasis and code marks removed, whitespace collapsed, end punctuation dropped.</summary>
    internal static string Normalize(string text)
    {
        var plain = Markup().Replace(text.ToLowerInvariant(), string.Empty);
        return Whitespace().Replace(plain, " ").Trim().TrimEnd('.', '!', '?', ':', ';', ',');
    }

    [GeneratedRegex(@"\r?\n|\||(?<=[.!?])\s+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[*_`#>]")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("\"((?:[^\"\\\\\\n]|\\\\.)*)\"")]
    private static partial Regex StringLiteral();
}
