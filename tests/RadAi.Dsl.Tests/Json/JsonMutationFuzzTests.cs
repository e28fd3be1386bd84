using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RadAi.Dsl;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Json;

/// <summary>
/// Feeds the reader 10,000 random mutations of each example file (fixed seed): truncations, flipped bytes,
/// deleted and duplicated fields, values of the wrong type. Every outcome must be a workspace or a
/// WorkspaceJsonException; nothing else may escape.
/// </summary>
public class JsonMutationFuzzTests
{
    private const int MutationsPerFile = 10_000;

    /// <summary>Files of Fixtures/structurizr/examples (relative, so that the test names do not depend on the clone's folder).</summary>
    public static TheoryData<string> Files => new()
    {
        "generated-structurizr-java-5.0.3/workspace-compact.json",
        "generated-structurizr-java-5.0.3/escaping-compact.json",
        "generated-structurizr-java-5.0.3/big-bank-plc.rewritten-compact.json",
        "generated-structurizr-java-5.0.3/amazon-web-services.rewritten-compact.json",
        "big-bank-plc.json",
        "amazon-web-services.json",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_mutation_gives_a_workspace_or_our_exception(string file)
    {
        var original = File.ReadAllBytes(RepoPaths.Structurizr(["examples", .. file.Split('/')]));
        var tree = JsonNode.Parse(original)!;
        var containers = new List<JsonNode>();
        Collect(tree, containers);
        var random = new Random(20261126);
        int read = 0, rejected = 0;
        for (var i = 0; i < MutationsPerFile; i++)
        {
            var mutant = Mutate(original, tree, containers, random, i % 5);
            try
            {
                var workspace = WorkspaceJson.Deserialize(mutant);
                WorkspaceJson.Serialize(workspace);
                read++;
            }
            catch (WorkspaceJsonException)
            {
                rejected++;
            }
            catch (Exception e)
            {
                Assert.Fail($"Mutation {i} (kind {i % 5}) of {Path.GetFileName(file)} threw {e.GetType().Name}: {e.Message}\n{Preview(mutant)}");
            }
        }
        Assert.Equal(MutationsPerFile, read + rejected);
        Assert.True(read > 0 && rejected > 0, $"read {read}, rejected {rejected}: the mutations should produce both outcomes");
    }

    internal static byte[] Mutate(byte[] original, JsonNode tree, List<JsonNode> containers, Random random, int kind)
    {
        switch (kind)
        {
            case 0: // truncation
                return original[..random.Next(original.Length)];
            case 1: // flipped bytes
            {
                var copy = (byte[])original.Clone();
                for (var n = random.Next(1, 4); n > 0; n--) copy[random.Next(copy.Length)] = (byte)random.Next(256);
                return copy;
            }
            default:
            {
                var clone = tree.DeepClone();
                var targets = new List<JsonNode>();
                Collect(clone, targets);
                var target = targets[random.Next(targets.Count)];
                if (target is JsonObject obj && obj.Count > 0)
                {
                    var key = obj.ElementAt(random.Next(obj.Count)).Key;
                    switch (kind)
                    {
                        case 2: obj.Remove(key); break;
                        case 3: return Duplicate(clone, obj, key);
                        default: obj[key] = WrongValue(obj[key], random); break;
                    }
                }
                else if (target is JsonArray arr && arr.Count > 0)
                {
                    var index = random.Next(arr.Count);
                    switch (kind)
                    {
                        case 2: arr.RemoveAt(index); break;
                        case 3: arr.Add(arr[index]?.DeepClone()); break;
                        default: arr[index] = WrongValue(arr[index], random); break;
                    }
                }
                return Encoding.UTF8.GetBytes(clone.ToJsonString());
            }
        }
    }

    // JsonObject cannot hold duplicate keys, so duplicate in text: {"k":v, ...} gets a second "k".
    private static byte[] Duplicate(JsonNode root, JsonObject obj, string key)
    {
        const string marker = "\"__radai_fuzz_marker__\"";
        var value = obj[key]?.ToJsonString() ?? "null";
        obj["__radai_fuzz_marker__"] = 0;
        var text = root.ToJsonString().Replace(marker + ":0", JsonSerializer.Serialize(key) + ":" + value, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text);
    }

    private static JsonNode? WrongValue(JsonNode? current, Random random) => (current?.GetValueKind(), random.Next(6)) switch
    {
        (JsonValueKind.String, 0) => JsonValue.Create(random.Next()),
        (_, 0) => JsonValue.Create("x" + random.Next()),
        (_, 1) => new JsonObject { ["id"] = "1" },
        (_, 2) => new JsonArray(1, "two"),
        (_, 3) => null,
        (_, 4) => JsonValue.Create(random.Next(2) == 0),
        _ => JsonValue.Create(-random.Next()),
    };

    private static string Preview(byte[] mutant)
    {
        var text = Encoding.UTF8.GetString(mutant);
        return text[..Math.Min(2000, text.Length)];
    }

    internal static void Collect(JsonNode? node, List<JsonNode> into)
    {
        switch (node)
        {
            case JsonObject o:
                into.Add(o);
                foreach (var (_, v) in o) Collect(v, into);
                break;
            case JsonArray a:
                into.Add(a);
                foreach (var v in a) Collect(v, into);
                break;
        }
    }
}
