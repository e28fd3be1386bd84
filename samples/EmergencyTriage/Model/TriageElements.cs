namespace RadAi.Dsl.Samples.EmergencyTriage.Model;

/// <summary>Handles to every element of the C4 model, passed to each RAD-AI extension so facts refer to elements, not names.</summary>
internal sealed record TriageElements(SoftwareSystem System, People People, ExternalSystems Systems, TriageContainers Containers);
