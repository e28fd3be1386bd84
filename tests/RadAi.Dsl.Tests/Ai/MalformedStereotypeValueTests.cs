using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai;

public class MalformedStereotypeValueTests
{
    [Fact]
    public void A_typed_getter_of_a_malformed_value_throws_a_format_exception_naming_the_element_the_property_and_the_text()
    {
        var ai = RadAiModel.Of(WorkspaceJson.Deserialize(MalformedStereotypeValues.Json()));
        foreach (var (name, key, property, stored) in MalformedStereotypeValues.Facts)
        {
            var element = ai.Stereotypes.Elements.Single(e => e.Name == name);
            Func<object?> read = (element, key) switch
            {
                (MlModel m, "confidence") => () => m.Confidence,
                (MlModel m, "latency") => () => m.Latency,
                (MlModel m, "primaryMetric") => () => m.PrimaryMetric,
                (MlModel m, "qualityMetrics") => () => m.QualityMetrics,
                (FeatureStore f, "featureCount") => () => f.FeatureCount,
                _ => throw new InvalidOperationException(key),
            };
            var error = Assert.Throws<FormatException>(read);
            Assert.Contains(element.Element.CanonicalName, error.Message, StringComparison.Ordinal);
            Assert.Contains(property, error.Message, StringComparison.Ordinal);
            Assert.Contains(stored, error.Message, StringComparison.Ordinal);
        }
        Assert.Throws<FormatException>(() => ai.Stereotypes.FeatureStores.Single(s => s.Name == "Store B").FeatureCountIsLowerBound);
    }
}
