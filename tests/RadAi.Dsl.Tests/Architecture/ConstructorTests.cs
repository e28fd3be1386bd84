using System.Reflection;
using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Architecture;

/// <summary>Data objects are built with named properties: a long positional list (five strings in a row) cannot be read.</summary>
public class ConstructorTests
{
    // The client's result records and its exception and option types are left to the client's own redesign; Threshold's
    // constructor (metric, comparison, value, unit, text) belongs to the value types' redesign.
    private static readonly string[] NotYet =
    [
        "RadAi.Dsl.Client.StructurizrPushResult",
        "RadAi.Dsl.Client.StructurizrPullResult",
        "RadAi.Dsl.Client.LayoutMergeSummary",
        "RadAi.Dsl.Client.StructurizrClient",
        "RadAi.Dsl.Client.StructurizrClientOptions",
        "RadAi.Dsl.Client.StructurizrApiException",
        "RadAi.Dsl.Client.StructurizrServerUnavailableException",
        "RadAi.Dsl.Client.StructurizrWorkspaceLockedException",
        "RadAi.Dsl.Client.StructurizrInvalidResponseException",
        "RadAi.Dsl.Client.StructurizrRedirectException",
        "RadAi.Dsl.Threshold",
        "RadAi.Dsl.RadAiConventionException",
    ];

    [Fact]
    public void No_public_constructor_takes_more_than_three_parameters()
    {
        var tooLong = typeof(Workspace).Assembly.GetExportedTypes()
            .Where(t => !NotYet.Contains(t.FullName))
            .SelectMany(t => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Select(c => (Type: t, Constructor: c)))
            .Where(x => x.Constructor.GetParameters().Length > 3 && !IsCopyConstructor(x.Type, x.Constructor))
            .Select(x => $"{x.Type.FullName}({string.Join(", ", x.Constructor.GetParameters().Select(p => p.Name))})")
            .ToList();
        Assert.Empty(tooLong);
    }

    private static bool IsCopyConstructor(Type type, ConstructorInfo constructor)
        => constructor.GetParameters() is [var only] && only.ParameterType == type;
}
