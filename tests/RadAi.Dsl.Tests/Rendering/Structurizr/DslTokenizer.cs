using System.Text;

namespace RadAi.Dsl.Tests.Rendering.Structurizr;

/// <summary>
/// A small model of the Structurizr DSL tokenizer (Tokenizer/Tokens in structurizr-dsl): a line is split on whitespace
/// outside double quotes; inside quotes <c>\"</c> is a quote and <c>\n</c> a newline, every other backslash is literal.
/// Also checks the block structure: a line ending in the token <c>{</c> opens a block, a line that is just <c>}</c> closes one.
/// </summary>
internal static class DslTokenizer
{
    public sealed record Token(string Text, bool Quoted);

    public static List<List<Token>> Lines(string dsl)
    {
        var lines = new List<List<Token>>();
        foreach (var raw in dsl.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith('#')) continue;
            Assert.False(line.EndsWith('\\'), "a line ends in a backslash, which the DSL reads as a line continuation: " + line);
            lines.Add(Tokenize(line));
        }
        return lines;
    }

    public static List<Token> Tokenize(string line)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < line.Length)
        {
            if (char.IsWhiteSpace(line[i])) { i++; continue; }
            if (line[i] == '"')
            {
                var text = new StringBuilder();
                i++;
                var closed = false;
                while (i < line.Length)
                {
                    if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] == '"') { text.Append('"'); i += 2; continue; }
                    if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] == 'n') { text.Append('\n'); i += 2; continue; }
                    if (line[i] == '"') { closed = true; i++; break; }
                    text.Append(line[i++]);
                }
                Assert.True(closed, "unterminated string in: " + line);
                Assert.True(i == line.Length || char.IsWhiteSpace(line[i]), "a string is glued to the next token in: " + line);
                tokens.Add(new Token(text.ToString(), true));
            }
            else
            {
                var start = i;
                while (i < line.Length && !char.IsWhiteSpace(line[i])) i++;
                var word = line[start..i];
                Assert.DoesNotContain('"', word);
                tokens.Add(new Token(word, false));
            }
        }
        return tokens;
    }

    /// <summary>Asserts balanced blocks and returns the maximum depth.</summary>
    public static int CheckBlocks(List<List<Token>> lines)
    {
        var depth = 0;
        var max = 0;
        foreach (var tokens in lines)
        {
            if (tokens is [{ Text: "}", Quoted: false }]) { depth--; Assert.True(depth >= 0, "a block is closed that was never opened"); continue; }
            Assert.DoesNotContain(tokens, t => !t.Quoted && t.Text == "}");
            if (tokens[^1] is { Text: "{", Quoted: false }) max = Math.Max(max, ++depth);
            // a '{' anywhere else would be a syntax error
            Assert.DoesNotContain(tokens.Take(tokens.Count - 1), t => !t.Quoted && t.Text == "{");
        }
        Assert.Equal(0, depth);
        return max;
    }
}
