using System.Globalization;
using System.Text.Json;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// Checks workspace JSON for what a Structurizr server rejects on upload and our reader refuses to load
/// (RADAI001–RADAI006): repeated ids, missing, repeated or malformed view keys, repeated view orders and names, repeated relationship descriptions, and
/// references to elements, relationships or views that do not exist. It walks the document itself, so it reports
/// every problem with its JSON path, not only the first one a reader would stop at.
/// </summary>
internal sealed class WorkspaceJsonPreflight
{
    private const string Default = "Default";

    private readonly InspectionContext _context;
    private readonly Dictionary<string, Item> _elements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Item> _relationships = new(StringComparer.Ordinal);
    private readonly List<(Item Owner, JsonElement Json, string Path)> _pendingRelationships = [];
    private readonly List<(Item Instance, string Field, string TargetId, string Kind)> _pendingInstances = [];

    private WorkspaceJsonPreflight(InspectionContext context) => _context = context;

    private sealed record Item(string Id, string Kind, string CanonicalName, string Path, JsonElement Json);

    public static void Run(JsonElement root, InspectionContext context)
    {
        var preflight = new WorkspaceJsonPreflight(context);
        if (root.TryGetProperty("model", out var model) && model.ValueKind == JsonValueKind.Object) preflight.ReadModel(model, "$.model");
        if (root.TryGetProperty("views", out var views) && views.ValueKind == JsonValueKind.Object) preflight.ReadViews(views, "$.views");
    }

    // ------------------------------------------------------------------ model

    private void ReadModel(JsonElement model, string path)
    {
        var topLevel = new Scope("people and software systems");
        foreach (var (p, pPath) in Array(model, "people", path))
            Element(p, pPath, "Person", "Person://" + Canonical(Name(p)), topLevel);
        foreach (var (s, sPath) in Array(model, "softwareSystems", path))
        {
            var system = Element(s, sPath, "SoftwareSystem", "SoftwareSystem://" + Canonical(Name(s)), topLevel);
            var containers = new Scope($"containers of {InspectionText.ShortenComposite(system.CanonicalName)}");
            foreach (var (c, cPath) in Array(s, "containers", sPath))
            {
                var container = Element(c, cPath, "Container", $"Container://{Canonical(Name(s))}.{Canonical(Name(c))}", containers);
                var components = new Scope($"components of {InspectionText.ShortenComposite(container.CanonicalName)}");
                foreach (var (k, kPath) in Array(c, "components", cPath))
                    Element(k, kPath, "Component", $"Component://{Canonical(Name(s))}.{Canonical(Name(c))}.{Canonical(Name(k))}", components);
            }
        }
        var custom = new Scope("custom elements");
        foreach (var (e, ePath) in Array(model, "customElements", path))
            Element(e, ePath, "Custom", "Custom://" + Canonical(Name(e)), custom);

        var topLevelNodes = new Dictionary<string, Scope>(StringComparer.Ordinal);
        foreach (var (n, nPath) in Array(model, "deploymentNodes", path))
        {
            var environment = String(n, "environment") ?? Default;
            if (!topLevelNodes.TryGetValue(environment, out var scope))
                topLevelNodes[environment] = scope = new Scope($"top-level deployment nodes of environment {InspectionText.Quote(environment)}");
            DeploymentNode(n, nPath, environment, environment, scope);
        }

        foreach (var (owner, json, relationshipPath) in _pendingRelationships) Relationship(owner, json, relationshipPath);
        CheckRelationshipReferences();
        foreach (var (instance, field, targetId, kind) in _pendingInstances)
        {
            if (_elements.TryGetValue(targetId, out var target) && target.Kind == kind) continue;
            Dangling(instance, field, $"{instance.Path}.{field} names {Article(kind)} {Words(kind)} with id {InspectionText.Quote(targetId)}, which does not exist");
        }
    }

    private void DeploymentNode(JsonElement node, string path, string environment, string parentPath, Scope scope)
    {
        environment = String(node, "environment") ?? environment;
        var nodePath = parentPath + "/" + Canonical(Name(node));
        var item = Element(node, path, "DeploymentNode", "DeploymentNode://" + nodePath, scope);
        var infrastructure = new Scope($"infrastructure nodes of {InspectionText.ShortenComposite(item.CanonicalName)}");
        foreach (var (i, iPath) in Array(node, "infrastructureNodes", path))
            Element(i, iPath, "InfrastructureNode", $"InfrastructureNode://{nodePath}/{Canonical(Name(i))}", infrastructure);
        foreach (var (i, iPath) in Array(node, "softwareSystemInstances", path))
            Instance(i, iPath, "SoftwareSystemInstance", "softwareSystemId", "SoftwareSystem", nodePath);
        foreach (var (i, iPath) in Array(node, "containerInstances", path))
            Instance(i, iPath, "ContainerInstance", "containerId", "Container", nodePath);
        var children = new Scope($"child nodes of {InspectionText.ShortenComposite(item.CanonicalName)}");
        foreach (var (c, cPath) in Array(node, "children", path))
            DeploymentNode(c, cPath, environment, nodePath, children);
    }

    private void Instance(JsonElement json, string path, string kind, string field, string targetKind, string nodePath)
    {
        var targetId = String(json, field) ?? string.Empty;
        var instanceId = json.TryGetProperty("instanceId", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetRawText() : "1";
        var item = Element(json, path, kind, $"{kind}://{nodePath}/{targetId}[{instanceId}]", scope: null);
        _pendingInstances.Add((item, field, targetId, targetKind));
    }

    private Item Element(JsonElement json, string path, string kind, string canonicalName, Scope? scope)
    {
        var id = String(json, "id") ?? string.Empty;
        var item = new Item(id, kind, canonicalName, path, json);
        RegisterId(item, _elements);
        if (scope is not null)
        {
            var name = Name(json);
            if (scope.Names.TryGetValue(name, out var first))
                Report(InspectionRules.UniqueNames, item,
                    $"The name {InspectionText.Quote(name)} is used twice among the {scope.Description}: {InspectionText.ShortenComposite(first.CanonicalName)} ({first.Path}) and {item.Path}. Rename one of them.");
            else scope.Names[name] = item;
        }
        foreach (var (r, rPath) in Array(json, "relationships", path)) _pendingRelationships.Add((item, r, rPath));
        return item;
    }

    private void Relationship(Item owner, JsonElement json, string path)
    {
        var id = String(json, "id") ?? string.Empty;
        var sourceId = String(json, "sourceId") ?? owner.Id;
        var destinationId = String(json, "destinationId") ?? string.Empty;
        var description = String(json, "description") ?? string.Empty;
        var source = _elements.GetValueOrDefault(sourceId);
        var destination = _elements.GetValueOrDefault(destinationId);
        var name = $"Relationship://{source?.CanonicalName ?? sourceId} -> {destination?.CanonicalName ?? destinationId} ({description})";
        var item = new Item(id, "Relationship", name, path, json);
        RegisterId(item, _relationships);
        if (source is null)
            Dangling(item, "sourceId", $"The relationship {path} starts at element id {InspectionText.Quote(sourceId)}, which does not exist");
        if (destination is null)
            Dangling(item, "destinationId", $"The relationship {path} ends at element id {InspectionText.Quote(destinationId)}, which does not exist");
    }

    private void CheckRelationshipReferences()
    {
        var pairs = new Dictionary<(string, string, string), Item>();
        foreach (var relationship in _relationships.Values)
        {
            var json = relationship.Json;
            if (String(json, "linkedRelationshipId") is { } linked && !_relationships.ContainsKey(linked))
                Dangling(relationship, "linkedRelationshipId", $"The relationship {relationship.Path} is linked to relationship id {InspectionText.Quote(linked)}, which does not exist");
        }
        foreach (var (owner, json, path) in _pendingRelationships)
        {
            var id = String(json, "id") ?? string.Empty;
            if (!_relationships.TryGetValue(id, out var item) || !ReferenceEquals(item.Path, path)) continue;
            var key = (String(json, "sourceId") ?? owner.Id, String(json, "destinationId") ?? string.Empty, String(json, "description") ?? string.Empty);
            if (pairs.TryGetValue(key, out var first))
                Report(InspectionRules.UniqueRelationshipDescriptions, item,
                    $"The relationship {path} repeats {first.Path}: same source, destination and description {InspectionText.Quote(key.Item3)}. Give one of them a different description, or merge them.");
            else pairs[key] = item;
        }
    }

    private void RegisterId(Item item, Dictionary<string, Item> index)
    {
        if (item.Id.Length == 0)
        {
            Report(InspectionRules.UniqueIds, item, $"{Words(item.Kind)} {item.Path} has no id. Give every element and relationship an id of its own.");
            return;
        }
        var other = _elements.GetValueOrDefault(item.Id) ?? _relationships.GetValueOrDefault(item.Id);
        if (other is not null)
        {
            Report(InspectionRules.UniqueIds, item,
                $"The id {InspectionText.Quote(item.Id)} of {InspectionText.ShortenComposite(item.CanonicalName)} ({item.Path}) is already used by {InspectionText.ShortenComposite(other.CanonicalName)} ({other.Path}). Give every element and relationship an id of its own.");
            return;
        }
        index[item.Id] = item;
    }

    // ------------------------------------------------------------------ views

    private static readonly string[] ModelViewArrays =
        ["systemLandscapeViews", "systemContextViews", "containerViews", "componentViews", "dynamicViews", "deploymentViews", "customViews"];

    private void ReadViews(JsonElement views, string path)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var orders = new Dictionary<int, string>();
        var baseViewKeys = new HashSet<string>(StringComparer.Ordinal);
        var filtered = new List<(JsonElement Json, string Path)>();
        foreach (var array in ModelViewArrays.Concat(["imageViews", "filteredViews"]))
        {
            foreach (var (v, vPath) in Array(views, array, path))
            {
                var key = String(v, "key");
                var subject = new InspectionSubject { Kind = SubjectKind.View, Name = key ?? vPath, JsonPath = vPath };
                var own = Properties(v);
                if (string.IsNullOrEmpty(key))
                {
                    _context.Report(InspectionRules.UniqueViewKeys, subject, $"The view {vPath} has no key. Give it a key of letters, digits, '_' and '-'.", own);
                }
                else
                {
                    if (!ViewSet.IsValidKey(key))
                        _context.Report(InspectionRules.UniqueViewKeys, subject, StructurizrModelRulesValidation.KeyMessage($"{InspectionText.Quote(key)} ({vPath})"), own);
                    if (keys.TryGetValue(key, out var firstPath))
                    {
                        _context.Report(InspectionRules.UniqueViewKeys, subject, $"The view key {InspectionText.Quote(key)} is used by {firstPath} and {vPath}. Give each view a key of its own.", own);
                    }
                    else
                    {
                        keys[key] = vPath;
                        if (array is "systemLandscapeViews" or "systemContextViews" or "containerViews" or "componentViews") baseViewKeys.Add(key);
                    }
                }

                if (v.TryGetProperty("order", out var o) && o.ValueKind == JsonValueKind.Number && o.TryGetInt32(out var order) && order > 0)
                {
                    if (orders.TryGetValue(order, out var firstOrderPath))
                        _context.Report(InspectionRules.UniqueViewOrders, subject,
                            $"The view {InspectionText.Quote(key)} ({vPath}) has order {order.ToString(CultureInfo.InvariantCulture)}, as {firstOrderPath} does. Give each view its own order, or leave order out.", own);
                    else orders[order] = vPath;
                }

                ViewReferences(v, vPath, subject, own);
                if (array == "filteredViews") filtered.Add((v, vPath));
            }
        }
        foreach (var (v, vPath) in filtered)
        {
            var baseKey = String(v, "baseViewKey");
            if (baseKey is null || !baseViewKeys.Contains(baseKey))
                _context.Report(InspectionRules.References, new InspectionSubject
                {
                    Kind = SubjectKind.View,
                    Name = String(v, "key") ?? vPath,
                    JsonPath = vPath + ".baseViewKey",
                },
                    $"The filtered view {vPath} is based on view {InspectionText.Quote(baseKey)}, which is not a system landscape, system context, container or component view of this workspace. Point baseViewKey at one.", Properties(v));
        }
    }

    private void ViewReferences(JsonElement view, string path, InspectionSubject subject, IReadOnlyDictionary<string, string>? own)
    {
        foreach (var (field, kind) in new[] { ("softwareSystemId", "SoftwareSystem"), ("containerId", "Container"), ("elementId", null as string) })
        {
            if (String(view, field) is not { } id) continue;
            if (_elements.TryGetValue(id, out var target) && (kind is null || target.Kind == kind)) continue;
            _context.Report(InspectionRules.References, subject with { JsonPath = $"{path}.{field}" },
                $"The view {InspectionText.Quote(subject.Name)} ({path}) is about {(kind is null ? "element" : Words(kind))} id {InspectionText.Quote(id)}, which does not exist. Point {field} at an existing {(kind is null ? "element" : Words(kind))}.", own);
        }
        foreach (var (e, ePath) in Array(view, "elements", path))
            if (String(e, "id") is { } id && !_elements.ContainsKey(id))
                _context.Report(InspectionRules.References, subject with { JsonPath = ePath },
                    $"The view {InspectionText.Quote(subject.Name)} shows element id {InspectionText.Quote(id)} ({ePath}), which does not exist. Remove it from the view or restore the element.", own);
        foreach (var (r, rPath) in Array(view, "relationships", path))
            if (String(r, "id") is { } id && !_relationships.ContainsKey(id))
                _context.Report(InspectionRules.References, subject with { JsonPath = rPath },
                    $"The view {InspectionText.Quote(subject.Name)} shows relationship id {InspectionText.Quote(id)} ({rPath}), which does not exist. Remove it from the view or restore the relationship.", own);
        foreach (var (a, aPath) in Array(view, "animations", path))
        {
            foreach (var (field, index) in new[] { ("elements", _elements), ("relationships", _relationships) })
            {
                if (!a.TryGetProperty(field, out var ids) || ids.ValueKind != JsonValueKind.Array) continue;
                foreach (var id in ids.EnumerateArray())
                    if (id.ValueKind == JsonValueKind.String && !index.ContainsKey(id.GetString()!))
                        _context.Report(InspectionRules.References, subject with { JsonPath = $"{aPath}.{field}" },
                            $"An animation step of view {InspectionText.Quote(subject.Name)} ({aPath}) names {field[..^1]} id {InspectionText.Quote(id.GetString())}, which does not exist. Remove it from the step.", own);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private void Dangling(Item item, string field, string problem)
        => _context.Report(InspectionRules.References, new InspectionSubject
        {
            Kind = KindOf(item),
            Name = item.CanonicalName,
            Id = NullIfEmpty(item.Id),
            JsonPath = $"{item.Path}.{field}",
        },
            problem + ". Point it at an existing one or remove it.", Properties(item.Json));

    private void Report(InspectionRule rule, Item item, string message)
        => _context.Report(rule, new InspectionSubject
        {
            Kind = KindOf(item),
            Name = item.CanonicalName,
            Id = NullIfEmpty(item.Id),
            JsonPath = item.Path,
        }, message, Properties(item.Json));

    private static SubjectKind KindOf(Item item) => item.Kind == "Relationship" ? SubjectKind.Relationship : SubjectKind.Element;

    private static IEnumerable<(JsonElement Json, string Path)> Array(JsonElement json, string name, string path)
    {
        if (!json.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array) yield break;
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object) yield return (item, string.Create(CultureInfo.InvariantCulture, $"{path}.{name}[{i}]"));
            i++;
        }
    }

    private static string? String(JsonElement json, string name)
        => json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Name(JsonElement json) => String(json, "name") ?? string.Empty;

    private static Dictionary<string, string>? Properties(JsonElement json)
    {
        if (!json.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object) return null;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in properties.EnumerateObject())
            if (p.Value.ValueKind == JsonValueKind.String) result[p.Name] = p.Value.GetString()!;
        return result;
    }

    private static string Canonical(string name) => name.Replace(".", string.Empty, StringComparison.Ordinal).Replace("/", string.Empty, StringComparison.Ordinal);

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static string Words(string kind) => kind switch
    {
        "SoftwareSystem" => "software system",
        "DeploymentNode" => "deployment node",
        "InfrastructureNode" => "infrastructure node",
        "ContainerInstance" => "container instance",
        "SoftwareSystemInstance" => "software system instance",
        _ => kind.ToLowerInvariant(),
    };

    private static string Article(string kind) => kind is "Element" ? "an" : "a";

    private sealed class Scope(string description)
    {
        public string Description { get; } = description;
        public Dictionary<string, Item> Names { get; } = new(StringComparer.Ordinal);
    }
}
