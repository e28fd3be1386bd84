
namespace RadAi.Dsl.Diff;

/// <summary>
/// The C4 part of a diff: elements, relationships and views. Tags and properties that belong to the RAD-AI convention
/// (stereotypes, regions, <c>radai:</c> facts) are reported in their extension's area, once, not as C4 changes.
/// </summary>
internal static class ModelComparison
{
    /// <summary>
    /// By id when at least half of the elements that could pair do pair by id with the same name and kind: a workspace
    /// from the same history keeps its ids, one regenerated elsewhere numbers them differently.
    /// </summary>
    public static DiffMatching ChooseMatching(Model before, Model after)
    {
        var smaller = Math.Min(before.Elements.Count, after.Elements.Count);
        if (smaller == 0) return DiffMatching.StructurizrId;
        var same = before.Elements.Count(e => after.GetElement(e.Id) is { } other && other.GetType() == e.GetType()
                                              && (other.Name == e.Name || other.CanonicalName == e.CanonicalName));
        return same * 2 >= smaller ? DiffMatching.StructurizrId : DiffMatching.CanonicalName;
    }

    public static void Compare(Workspace before, Workspace after, DiffMatching matching, List<ArchitectureChange> changes)
    {
        var byId = matching == DiffMatching.StructurizrId;
        var aiBefore = before.RadAi();
        var aiAfter = after.RadAi();
        // C# regenerates ids in creation order, so one element added early renumbers the rest: even by id, an exact
        // (id and name) pair comes first, then the same canonical name, and only what is left pairs by id alone (a rename or a move).
        Func<Element, string?>[] elementPasses = byId
            ? [e => e.Id + "\n" + e.CanonicalName, e => e.CanonicalName, e => e.GetType().Name + "\n" + e.Id]
            : [e => e.CanonicalName];
        var elements = new Dictionary<Element, Element>(ReferenceEqualityComparer.Instance);
        Pair(before.Model.Elements, after.Model.Elements, elementPasses, elementPasses,
            removed: e => changes.Add(Whole(DiffArea.Model, ChangeKind.Removed, Subject(e))),
            added: e => changes.Add(Whole(DiffArea.Model, ChangeKind.Added, Subject(e))),
            both: (b, a) =>
            {
                elements[b] = a;
                CompareElement(b, a, byId, aiBefore, aiAfter, changes);
            });

        // A relationship is its ends and its description; by id, one whose description changed keeps its id and its ends.
        string? Ends(Relationship r, bool mapped)
            => mapped
                ? elements.TryGetValue(r.Source, out var s) && elements.TryGetValue(r.Destination, out var d) ? s.Id + "\n" + d.Id : null
                : r.Source.Id + "\n" + r.Destination.Id;
        Func<Relationship, string?>[] beforePasses = [r => Ends(r, true) is { } e ? e + "\n" + r.Description : null, r => byId && Ends(r, true) is { } e ? e + "\n#" + r.Id : null];
        Func<Relationship, string?>[] afterPasses = [r => Ends(r, false) + "\n" + r.Description, r => byId ? Ends(r, false) + "\n#" + r.Id : null];
        Pair(before.Model.Relationships, after.Model.Relationships, beforePasses, afterPasses,
            removed: r => changes.Add(Whole(DiffArea.Model, ChangeKind.Removed, Subject(r))),
            added: r => changes.Add(Whole(DiffArea.Model, ChangeKind.Added, Subject(r))),
            both: (b, a) => CompareRelationship(b, a, changes));

        Func<View, string?>[] viewKey = [v => v.Key];
        Pair(before.Views.All, after.Views.All, viewKey, viewKey,
            removed: v => changes.Add(Whole(DiffArea.Views, ChangeKind.Removed, Subject(v))),
            added: v => changes.Add(Whole(DiffArea.Views, ChangeKind.Added, Subject(v))),
            both: static (_, _) => { });
    }

    /// <summary>Pairs two lists by one key.</summary>
    internal static void Pair<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key,
        Action<T> removed, Action<T> added, Action<T, T> both) where T : notnull
    {
        Func<T, string?>[] passes = [e => key(e)];
        Pair(before, after, passes, passes, removed, added, both);
    }

    /// <summary>
    /// Pairs two lists in passes: each pass pairs what the earlier ones left, by equal keys (a null key takes no part).
    /// Removals and pairs are reported in the first list's order, additions in the second's.
    /// </summary>
    internal static void Pair<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, IReadOnlyList<Func<T, string?>> beforeKeys,
        IReadOnlyList<Func<T, string?>> afterKeys, Action<T> removed, Action<T> added, Action<T, T> both) where T : notnull
    {
        var partner = new Dictionary<T, T>(ReferenceEqualityComparer.Instance as IEqualityComparer<T> ?? EqualityComparer<T>.Default);
        var taken = new HashSet<T>(ReferenceEqualityComparer.Instance as IEqualityComparer<T> ?? EqualityComparer<T>.Default);
        for (var pass = 0; pass < beforeKeys.Count; pass++)
        {
            // entries with the same key pair in their order on either side
            var open = new Dictionary<string, Queue<T>>(StringComparer.Ordinal);
            foreach (var item in after)
                if (!taken.Contains(item) && afterKeys[pass](item) is { } k)
                    (open.TryGetValue(k, out var queue) ? queue : open[k] = new Queue<T>()).Enqueue(item);
            foreach (var item in before)
            {
                if (partner.ContainsKey(item) || beforeKeys[pass](item) is not { } k || !open.TryGetValue(k, out var queue) || !queue.TryDequeue(out var other)) continue;
                partner[item] = other;
                taken.Add(other);
            }
        }
        foreach (var item in before)
            if (partner.TryGetValue(item, out var other)) both(item, other);
            else removed(item);
        foreach (var item in after)
            if (!taken.Contains(item)) added(item);
    }

    internal static ArchitectureChange Whole(DiffArea area, ChangeKind kind, string subject, string? meaning = null)
        => new() { Area = area, Kind = kind, Subject = subject, Meaning = meaning };

    internal static void IfDifferent(List<ArchitectureChange> changes, DiffArea area, string subject, string field, string? before, string? after,
        ChangeKind kind = ChangeKind.Changed, string? meaning = null)
    {
        if (string.Equals(Blank(before), Blank(after), StringComparison.Ordinal)) return;
        changes.Add(new ArchitectureChange { Area = area, Kind = kind, Subject = subject, Field = field, Before = Blank(before), After = Blank(after), Meaning = meaning });
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static void CompareElement(Element before, Element after, bool byId, RadAiModel aiBefore, RadAiModel aiAfter, List<ArchitectureChange> changes)
    {
        var subject = Subject(after);
        if (byId)
        {
            IfDifferent(changes, DiffArea.Model, Subject(before), "name", before.Name, after.Name, ChangeKind.Renamed);
            if (before.Parent?.Id != after.Parent?.Id)
                changes.Add(new ArchitectureChange
                {
                    Area = DiffArea.Model, Kind = ChangeKind.Moved, Subject = subject, Field = "parent",
                    Before = before.Parent?.CanonicalName, After = after.Parent?.CanonicalName,
                });
        }
        IfDifferent(changes, DiffArea.Model, subject, "description", before.Description, after.Description);
        IfDifferent(changes, DiffArea.Model, subject, "technology", Technology(before), Technology(after));
        IfDifferent(changes, DiffArea.Model, subject, "tags", C4Tags(before, aiBefore), C4Tags(after, aiAfter));
        CompareProperties(before.Properties, after.Properties, changes, subject, radAi: false);

        IfDifferent(changes, DiffArea.Stereotypes, subject, "stereotype", aiBefore.Stereotypes.Find(before)?.Name, aiAfter.Stereotypes.Find(after)?.Name);
        IfDifferent(changes, DiffArea.NonDeterminismBoundary, subject, "region",
            aiBefore.Boundary.RegionOf(before)?.Name, aiAfter.Boundary.RegionOf(after)?.Name);
        CompareProperties(before.Properties, after.Properties, changes, subject, radAi: true);

        // The version lives on the element; a registered model's version change is the registry's news (a promotion).
        var model = aiAfter.Registry.Find(ElementRef.From(after)) ?? aiBefore.Registry.Find(ElementRef.From(before));
        IfDifferent(changes, model is null ? DiffArea.Stereotypes : DiffArea.ModelRegistry, model is null ? subject : "model " + model.Id,
            "version", before.Properties.GetValueOrDefault(VersionKey), after.Properties.GetValueOrDefault(VersionKey));
    }

    private static void CompareRelationship(Relationship before, Relationship after, List<ArchitectureChange> changes)
    {
        var subject = Subject(after);
        IfDifferent(changes, DiffArea.Model, subject, "description", before.Description, after.Description);
        IfDifferent(changes, DiffArea.Model, subject, "technology", before.Technology, after.Technology);
        IfDifferent(changes, DiffArea.Model, subject, "interaction style", before.InteractionStyle?.ToString(), after.InteractionStyle?.ToString());
        IfDifferent(changes, DiffArea.Model, subject, "tags", before.Tags.ToString(), after.Tags.ToString());
        CompareProperties(before.Properties, after.Properties, changes, subject, radAi: false);
        CompareProperties(before.Properties, after.Properties, changes, subject, radAi: true);
    }

    // The C4 properties (radAi false) or the RAD-AI facts stored on the item (radAi true), key by key in key order.
    // An ML model's version is the model registry's fact: RegisterComparison reports it as a promotion.
    private static void CompareProperties(PropertyDictionary before, PropertyDictionary after, List<ArchitectureChange> changes, string subject, bool radAi)
    {
        var keys = before.Keys.Concat(after.Keys).Where(k => IsRadAi(k) == radAi && k != VersionKey)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var key in keys)
            IfDifferent(changes, radAi ? DiffArea.Stereotypes : DiffArea.Model, subject,
                radAi ? key[RadAiConvention.Prefix.Length..] : "property " + key,
                before.GetValueOrDefault(key), after.GetValueOrDefault(key));
    }

    internal static readonly string VersionKey = Stereotype.MlModel.PropertyKey("version");

    private static bool IsRadAi(string key) => key.StartsWith(RadAiConvention.Prefix, StringComparison.Ordinal);

    private static string C4Tags(Element element, RadAiModel ai)
        => string.Join(',', element.Tags.Where(t => Region.FromTag(t) is null && ai.Stereotypes.Find(t) is null));

    private static string? Technology(Element element) => element switch
    {
        Container c => c.Technology,
        Component c => c.Technology,
        DeploymentNode d => d.Technology,
        InfrastructureNode i => i.Technology,
        _ => null,
    };

    internal static string Subject(Element element) => Kind(element) + " " + element.Name;

    internal static string Subject(Relationship relationship)
        => "relationship " + relationship.Source.Name + " -> " + relationship.Destination.Name
           + (string.IsNullOrWhiteSpace(relationship.Description) ? string.Empty : $" ({relationship.Description})");

    private static string Subject(View view) => "view " + view.Key;

    private static string Kind(Element element) => element switch
    {
        Person => "person",
        SoftwareSystem => "software system",
        Container => "container",
        Component => "component",
        DeploymentNode => "deployment node",
        InfrastructureNode => "infrastructure node",
        ContainerInstance => "container instance",
        SoftwareSystemInstance => "software system instance",
        _ => "element",
    };
}
