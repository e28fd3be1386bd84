using System.Text.Json.Nodes;
using RadAi.Dsl;
using RadAi.Dsl.Tests.Json;

namespace RadAi.Dsl.Tests.Ai;

/// <summary>A stored RAD-AI register that cannot be read says what is wrong and where, in the words of the JSON, not of System.Text.Json.</summary>
public sealed class RegisterErrorWordingTests
{
    private static Workspace WithDebt(Action<JsonObject> tamper)
    {
        var workspace = new Workspace("W");
        var store = workspace.Model.AddSoftwareSystem("S").AddContainer("Store");
        workspace.RadAi().Debt.Add(new DebtItem { Id = "EN-001", Category = DebtCategory.Entanglement, Description = "Shared features", Affects = [store] });
        var read = WorkspaceJson.Deserialize(WorkspaceJson.Serialize(workspace));
        var stored = JsonNode.Parse(read.Properties[RadAiConvention.DebtKey])!.AsObject();
        tamper(stored);
        read.Properties.Set(RadAiConvention.DebtKey, stored.ToJsonString());
        return read;
    }

    [Fact]
    public void A_register_that_is_not_JSON_is_placed_by_line_and_column()
    {
        var workspace = WithDebt(_ => { });
        workspace.Properties.Set(RadAiConvention.DebtKey, "{\"items\":[");

        var e = Assert.Throws<RadAiConventionException>(() => RadAiModel.Load(workspace));

        Assert.Equal("workspace property 'radai:e7.debt' is not valid JSON: Malformed JSON at line 1, column 11: the JSON ends before every object, array and string in it is closed. Is it complete?", e.Message);
    }

    [Theory]
    [InlineData("description", "7")]
    [InlineData("id", "{}")]
    [InlineData("description", "[1]")]
    public void A_value_of_the_wrong_kind_says_what_was_expected_and_found_without_CLR_type_names(string field, string value)
    {
        var workspace = WithDebt(d => d["items"]![0]![field] = JsonNode.Parse(value));

        var e = Assert.Throws<RadAiConventionException>(() => RadAiModel.Load(workspace));

        Assert.StartsWith($"workspace property 'radai:e7.debt', at $.items[0].{field}: Expected ", e.Message, StringComparison.Ordinal);
        Assert.Matches(", found (Number|Object|Array)\\.$", e.Message);
        Assert.DoesNotContain("could not be converted", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", e.Message, StringComparison.Ordinal);
        JsonErrorWordingTests.AssertNoFrameworkWording(e.Message);
    }
}
