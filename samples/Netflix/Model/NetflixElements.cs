using RadAi.Dsl;

namespace RadAi.Dsl.Samples.Netflix.Model;

/// <summary>Handles to every element of the C4 model, passed to each RAD-AI extension so facts refer to elements, not names.</summary>
internal sealed record NetflixElements(SoftwareSystem Platform, People People, ExternalSystems Systems, PlatformContainers Containers);
