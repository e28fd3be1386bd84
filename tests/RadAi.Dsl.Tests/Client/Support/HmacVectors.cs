using System.Text.Json;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Client.Support;

/// <summary>Fixtures/structurizr/api-hmac-test-vectors.json, read once.</summary>
public static class HmacVectors
{
    private static readonly Lazy<JsonElement> Root = new(() =>
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoPaths.Structurizr("api-hmac-test-vectors.json")));
        return document.RootElement.Clone();
    });

    public static JsonElement Section(string name) => Root.Value.GetProperty(name);

    public static JsonElement FullRequest(int index) => Section("fullRequests")[index];

    public static TheoryData<int> Indexes(string section)
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Section(section).GetArrayLength(); i++) data.Add(i);
        return data;
    }

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
