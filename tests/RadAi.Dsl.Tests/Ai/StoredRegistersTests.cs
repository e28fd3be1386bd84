using RadAi.Dsl.Ai;
using RadAi.Dsl.Ai.Debt;
using RadAi.Dsl.Benchmarks.Generators;

namespace RadAi.Dsl.Tests.Ai;

/// <summary>The registers written side by side before parallel readers must be what the first read of the properties stores.</summary>
public class StoredRegistersTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Registers_stored_side_by_side_are_the_properties_a_read_stores(int threads)
    {
        var expected = NetflixScaleWorkspace.Generate(5, 2_000).Properties.ToList();
        var workspace = NetflixScaleWorkspace.Generate(5, 2_000);
        var model = workspace.RadAi();
        Assert.True(workspace.Properties.HasDeferredValues);
        model.StoreRegisters(threads);
        Assert.False(workspace.Properties.HasDeferredValues); // written now, not left to the next read
        Assert.Equal(expected, workspace.Properties.ToList());
        Assert.Contains(expected, p => p.Key.StartsWith("radai:e2.", StringComparison.Ordinal) && p.Value.Length > 10_000);

        // A register changed afterwards is written again when next read.
        var before = workspace.Properties.GetValueOrDefault("radai:e7.debt");
        model.Debt.Add(new DebtItem
        {
            Id = "CD-999",
            Category = RadAi.Dsl.Ai.Debt.DebtCategory.Configuration,
            Description = "Added after storing",
            Severity = Severity.High,
            Affects = [],
            Mitigation = "none",
            Status = DebtStatus.Open,
        });
        Assert.NotEqual(before, workspace.Properties.GetValueOrDefault("radai:e7.debt"));
        Assert.Contains("CD-999", workspace.Properties["radai:e7.debt"], StringComparison.Ordinal);
    }
}
