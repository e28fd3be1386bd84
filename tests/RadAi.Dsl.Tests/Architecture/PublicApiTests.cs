using PublicApiGenerator;
using RadAi.Dsl;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Architecture;

/// <summary>The whole public surface as a text file, so every API change is a reviewed diff.</summary>
public class PublicApiTests
{
    [Fact]
    public void The_public_api_matches_its_snapshot()
    {
        var api = typeof(Workspace).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        });
        Snapshot.Match("PublicApi/RadAi.Dsl.txt", api.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
    }
}
