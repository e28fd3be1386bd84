using System.Globalization;
using System.Text;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Rendering.Structurizr;

/// <summary>
/// Flat DSL identifiers (<c>!identifiers flat</c>), made from names so they read well and stay the same for the same model:
/// people, software systems and custom elements use their name (<c>online_shop</c>); containers, components and
/// deployment elements are prefixed with their parent's identifier (<c>online_shop_web_app</c>, <c>live_server_lb</c>);
/// instances are <c>&lt;node&gt;_&lt;element&gt;_&lt;instance number&gt;</c>; relationships that a view must name are
/// <c>rel_&lt;id&gt;</c>. Identifiers match <c>[a-z0-9][a-z0-9_]*</c> (a subset of the DSL's <c>\w[a-zA-Z0-9_-]*</c>),
/// are unique ignoring case (the DSL ignores case), and never equal a DSL keyword; a clash gets <c>_2</c>, <c>_3</c>, ….
/// </summary>
internal sealed class DslIdentifiers
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "this", "workspace", "model", "views", "group", "element", "person", "softwaresystem", "container", "component",
        "deploymentenvironment", "deploymentnode", "infrastructurenode", "containerinstance", "softwaresysteminstance",
        "instanceof", "deploymentgroup", "healthcheck", "relationship", "include", "exclude", "autolayout", "animation",
        "title", "description", "properties", "perspectives", "tags", "tag", "url", "technology", "instances", "styles",
        "theme", "themes", "branding", "terminology", "configuration", "default", "filtered", "dynamic", "deployment",
        "custom", "image", "systemlandscape", "systemcontext", "light", "dark", "users", "scope", "visibility",
    };

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Element, string> _elements = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Relationship, string> _relationships = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> _environments = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Environment, string Group), string> _deploymentGroups = [];

    public DslIdentifiers(Model model)
    {
        foreach (var element in model.Elements) Of(element);
    }

    public string Of(Element element)
    {
        if (_elements.TryGetValue(element, out var known)) return known;
        var stem = element switch
        {
            Container or Component or DeploymentNode { Parent: not null } or InfrastructureNode => Of(element.Parent!) + "_" + Slug(element.Name),
            DeploymentNode node => Environment(node.Environment) + "_" + Slug(node.Name),
            StaticStructureElementInstance instance => Of(instance.DeploymentNode) + "_" + Slug(instance.Element.Name) + "_" + instance.InstanceId.ToString(CultureInfo.InvariantCulture),
            _ => Slug(element.Name),
        };
        var identifier = Claim(stem);
        _elements[element] = identifier;
        return identifier;
    }

    public string Environment(string environment)
    {
        if (!_environments.TryGetValue(environment, out var identifier))
            _environments[environment] = identifier = Claim(Slug(environment));
        return identifier;
    }

    public string DeploymentGroup(string environment, string group)
    {
        if (!_deploymentGroups.TryGetValue((environment, group), out var identifier))
            _deploymentGroups[(environment, group)] = identifier = Claim(Environment(environment) + "_group_" + Slug(group));
        return identifier;
    }

    public string Of(Relationship relationship)
    {
        if (!_relationships.TryGetValue(relationship, out var identifier))
            _relationships[relationship] = identifier = Claim("rel_" + Slug(relationship.Id, numberPrefix: false));
        return identifier;
    }

    public bool IsNamed(Relationship relationship) => _relationships.ContainsKey(relationship);

    private string Claim(string stem)
    {
        var candidate = stem;
        for (var n = 2; Reserved.Contains(candidate) || !_taken.Add(candidate); n++)
            candidate = stem + "_" + n.ToString(CultureInfo.InvariantCulture);
        return candidate;
    }

    /// <summary>Lower-case ASCII words joined by '_'; accents are dropped, other scripts give "x" + code points.</summary>
    internal static string Slug(string text, bool numberPrefix = true)
    {
        var words = new StringBuilder();
        var pendingSeparator = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' || c is >= 'A' and <= 'Z')
            {
                if (pendingSeparator && words.Length > 0) words.Append('_');
                pendingSeparator = false;
                words.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsLetter(c))
            {
                if (words.Length > 0) words.Append('_');
                words.Append('x').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                pendingSeparator = true;
            }
            else pendingSeparator = true;
        }
        if (words.Length == 0) return "e";
        // identifiers that look like numbers would be ambiguous next to instance counts and step orders
        return numberPrefix && char.IsAsciiDigit(words[0]) ? "n_" + words : words.ToString();
    }
}
