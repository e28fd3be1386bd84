using FsCheck;
using FsCheck.Xunit;
using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Json;

/// <summary>Random models (FsCheck-generated names, texts and shapes) survive a JSON round trip without loss.</summary>
public class JsonRoundTripPropertyTests
{
    [Property(MaxTest = 150)]
    public bool Random_models_survive_a_json_round_trip(NonEmptyString[] names, string[] texts, int seed)
    {
        var workspace = RandomModel(names.Select(n => n.Get).ToArray(), texts, seed);
        var json = WorkspaceJson.Serialize(workspace);
        var again = WorkspaceJson.Deserialize(json);
        return WorkspaceJson.Serialize(again) == json
               && again.Model.Elements.Count == workspace.Model.Elements.Count
               && again.Model.Relationships.Count == workspace.Model.Relationships.Count
               && workspace.Model.Elements.All(e => again.Model.GetElement(e.Id)?.Name == e.Name
                                                    && again.Model.GetElement(e.Id)!.Tags.SequenceEqual(e.Tags)
                                                    && again.Model.GetElement(e.Id)!.Properties.SequenceEqual(e.Properties));
    }

    [Property(MaxTest = 150)]
    public bool Ids_stay_unique_after_reading_and_adding(NonEmptyString[] names, string[] texts, int seed)
    {
        var workspace = WorkspaceJson.Deserialize(WorkspaceJson.Serialize(RandomModel(names.Select(n => n.Get).ToArray(), texts, seed)));
        workspace.Model.AddPerson("Newcomer " + Guid.NewGuid());
        var ids = workspace.Model.Elements.Select(e => e.Id).Concat(workspace.Model.Relationships.Select(r => r.Id)).ToList();
        return ids.Distinct(StringComparer.Ordinal).Count() == ids.Count;
    }

    internal static Workspace RandomModel(string[] names, string[] texts, int seed)
    {
        var random = new Random(seed);
        string Text() => texts.Length == 0 ? "" : texts[random.Next(texts.Length)] ?? "";
        var usable = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var workspace = new Workspace(usable.Count > 0 ? usable[0] : "W", Text());
        var model = workspace.Model;
        var statics = new List<StaticStructureElement>();
        foreach (var name in usable)
        {
            StaticStructureElement element = random.Next(3) switch
            {
                0 => model.AddPerson(name, Text()),
                _ => model.AddSoftwareSystem(name, Text()),
            };
            if (element is SoftwareSystem system)
            {
                for (var i = random.Next(3); i > 0; i--)
                {
                    var container = system.AddContainer(name + " container " + i, Text(), Text());
                    statics.Add(container);
                    if (random.Next(2) == 0) statics.Add(container.AddComponent(name + " component", Text(), Text()));
                }
            }
            var tag = Text();
            if (!string.IsNullOrWhiteSpace(tag)) element.Tags.Add(tag);
            var key = Text();
            if (!string.IsNullOrWhiteSpace(key)) element.Properties.Set(key, Text());
            element.Group = Text();
            statics.Add(element);
        }
        for (var i = statics.Count * 2; i > 0 && statics.Count > 1; i--)
        {
            var source = statics[random.Next(statics.Count)];
            var destination = statics[random.Next(statics.Count)];
            if (source.IsWithin(destination) || destination.IsWithin(source)) continue;
            var description = Text();
            if (model.GetRelationships(source, destination).Any(r => r.Description == (description.Length == 0 ? null : description))) continue;
            source.Uses(destination, description, Text(), random.Next(3) == 0 ? InteractionStyle.Asynchronous : null);
        }
        var landscape = workspace.Views.CreateSystemLandscapeView("Landscape", Text());
        landscape.AddAllElements();
        return workspace;
    }
}
