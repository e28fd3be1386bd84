using System.Text;
using RadAi.Dsl;
using RadAi.Dsl.Inspections;
using RadAi.Dsl.Tests.Client.Support;

namespace RadAi.Dsl.Tests.Json;

/// <summary>
/// Errors about JSON text say what is wrong in the words of the person who wrote the file, with the place as
/// "line L, column C" (both from 1, the column in characters), whichever reader met it: never System.Text.Json's advice
/// to its caller or its zero-based byte positions.
/// </summary>
public sealed class JsonErrorWordingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // what System.Text.Json and System.IO say to programs, not to the author of a file
    internal static readonly string[] FrameworkWording =
    [
        "isFinalBlock", "Change the reader options", "reader options", "LineNumber:", "BytePositionInLine", "JSON payload",
        "Access to the path", "Could not find a part of the path", "Could not find file", "(Parameter '", "Exception",
    ];

    internal static void AssertNoFrameworkWording(string message)
    {
        foreach (var words in FrameworkWording) Assert.DoesNotContain(words, message, StringComparison.Ordinal);
    }

    /// <summary>The message of every reader that takes text: the deserializer, the file reader and the inspector.</summary>
    private string[] MessagesFor(string json)
    {
        var path = Path.Combine(_folder.Path, "input.json");
        File.WriteAllText(path, json, new UTF8Encoding(false));
        return
        [
            Assert.Throws<WorkspaceJsonException>(() => WorkspaceJson.Deserialize(json)).Message,
            Assert.Throws<WorkspaceJsonException>(() => WorkspaceJson.ReadFile(path)).Message,
            Assert.Throws<WorkspaceJsonException>(() => Inspector.RunJson(json)).Message,
            Assert.Throws<WorkspaceJsonException>(() => Inspector.RunFile(path)).Message,
        ];
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public void An_empty_input_is_called_empty(string json)
    {
        foreach (var message in MessagesFor(json))
        {
            Assert.Contains("is empty", message, StringComparison.Ordinal);
            AssertNoFrameworkWording(message);
        }
    }

    [Fact]
    public void An_empty_file_is_named_and_called_empty()
    {
        var path = Path.Combine(_folder.Path, "empty.json");
        File.WriteAllBytes(path, []);

        var e = Assert.Throws<WorkspaceJsonException>(() => WorkspaceJson.ReadFile(path));

        Assert.StartsWith(path + ": The JSON is empty", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"name\":\"W\",}", "line 1, column 13", "'}'")]
    [InlineData("{\"name\":\"W\",\"model\":{\"people\":[{\"id\":\"1\",\"name\":\"U\"},]}}", "line 1, column 54", "']'")]
    public void A_trailing_comma_is_called_a_trailing_comma_without_the_parser_s_advice(string json, string where, string closing)
    {
        foreach (var message in MessagesFor(json))
        {
            Assert.Contains($"Malformed JSON at {where}: a comma before the closing {closing}", message, StringComparison.Ordinal);
            AssertNoFrameworkWording(message);
        }
    }

    [Fact]
    public void The_column_of_an_error_far_along_one_line_is_counted_once_from_1()
    {
        // minified JSON: everything on line 1; the bad value starts at the 50,001st character
        var prefix = "{\"name\":\"W\",\"description\":\"" + new string('x', 50_000 - 29) + "\",";
        var json = prefix + "x}";
        Assert.Equal(50_000, Encoding.UTF8.GetByteCount(prefix));

        foreach (var message in MessagesFor(json))
        {
            Assert.Contains("Malformed JSON at line 1, column 50001:", message, StringComparison.Ordinal);
            Assert.DoesNotContain("50000", message, StringComparison.Ordinal);
            Assert.DoesNotContain("byte", message, StringComparison.Ordinal);
            AssertNoFrameworkWording(message);
        }
    }

    [Fact]
    public void Columns_count_characters_not_bytes_and_lines_count_from_1()
    {
        // 'Ç' is two bytes: the parser's byte position of the x is 14 (zero-based), an editor's column 14
        foreach (var message in MessagesFor("{\n\"name\":\"Ça\", x}"))
            Assert.Contains("Malformed JSON at line 2, column 14:", message, StringComparison.Ordinal);
    }

    [Fact]
    public void JSON_cut_off_says_that_it_ends_early()
    {
        foreach (var message in MessagesFor("{\"name\":\"W\",\n\"model\":{"))
        {
            Assert.Contains("Malformed JSON at line 2, column 10: the JSON ends before", message, StringComparison.Ordinal);
            AssertNoFrameworkWording(message);
        }
    }

    [Fact]
    public void Invalid_UTF8_is_placed_by_line_and_column_too()
    {
        var e = Assert.Throws<WorkspaceJsonException>(() => WorkspaceJson.Deserialize([.. "{\"name\":\n\"Caf"u8.ToArray(), 0xE9, .. "\"}"u8.ToArray()]));

        Assert.Contains("not valid UTF-8", e.Message, StringComparison.Ordinal);
        Assert.Contains("line 2, column 5", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("byte offset", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_given_as_the_workspace_file_is_called_a_directory()
    {
        foreach (var read in new Func<object>[] { () => WorkspaceJson.ReadFile(_folder.Path), () => Inspector.RunFile(_folder.Path) })
        {
            var e = Assert.Throws<WorkspaceJsonException>(read);
            Assert.Contains($"'{_folder.Path}': it is a directory, not a file", e.Message, StringComparison.Ordinal);
            AssertNoFrameworkWording(e.Message);
        }
    }

    [Theory]
    [InlineData("{\"name\":\"W\",\"model\":{\"people\":[{\"id\":\"1\",\"name\":\"U\",\"url\":\"not a url\"}]}}", "$.model.people[0].url: 'not a url' is not an absolute URL.")]
    [InlineData("{\"name\":\"W\",\"views\":{\"configuration\":{\"styles\":{\"elements\":[{\"tag\":\"T\",\"background\":\"#zz\"}]}}}}", "is not a hex colour code")]
    public void A_value_the_model_refuses_is_named_by_its_path_without_the_parameter_name(string json, string expected)
    {
        var e = Assert.Throws<WorkspaceJsonException>(() => WorkspaceJson.Deserialize(json));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        AssertNoFrameworkWording(e.Message);
    }

    [Fact]
    public void A_missing_file_says_there_is_no_such_file()
    {
        var missing = Path.Combine(_folder.Path, "missing.json");

        var e = Assert.Throws<WorkspaceJsonException>(() => WorkspaceJson.ReadFile(missing));

        Assert.Equal($"Cannot read workspace file '{missing}': there is no such file.", e.Message);
    }

    [Fact]
    public void A_file_in_place_of_a_folder_on_the_input_path_is_named()
    {
        var file = Path.Combine(_folder.Path, "afile");
        File.WriteAllText(file, "{}");

        var e = Assert.Throws<WorkspaceJsonException>(() => WorkspaceJson.ReadFile(Path.Combine(file, "workspace.json")));

        Assert.Contains($"'{file}' is a file, not a folder", e.Message, StringComparison.Ordinal);
        AssertNoFrameworkWording(e.Message);
    }
}
