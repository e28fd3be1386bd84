using System.Buffers;
using System.Globalization;
using System.Text;
using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

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

    private readonly HashSet<string> _taken;
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Element, string> _elements;
    private readonly Dictionary<Relationship, string> _relationships = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> _environments = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Environment, string Group), string> _deploymentGroups = [];

    public DslIdentifiers(Model model)
    {
        // Sized up front: every element gets an identifier, and growing to 100,000s would copy the tables many times.
        _taken = new HashSet<string>(model.Elements.Count, StringComparer.OrdinalIgnoreCase);
        _elements = new Dictionary<Element, string>(model.Elements.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < model.Elements.Count; i++) Of(model.Elements[i]);
    }

    public string Of(Element element)
    {
        if (_elements.TryGetValue(element, out var known)) return known;
        var stem = element switch
        {
            Container or Component or DeploymentNode { Parent: not null } or InfrastructureNode => Slug(Of(element.Parent!), element.Name),
            DeploymentNode node => Slug(Environment(node.Environment), node.Name),
            StaticStructureElementInstance instance => Slug(Of(instance.DeploymentNode), instance.Element.Name) + "_" + instance.InstanceId.ToString(CultureInfo.InvariantCulture),
            _ => Slug(string.Empty, element.Name),
        };
        var identifier = Claim(stem);
        _elements[element] = identifier;
        return identifier;
    }

    public string Environment(string environment)
    {
        if (!_environments.TryGetValue(environment, out var identifier))
            _environments[environment] = identifier = Claim(Slug(string.Empty, environment));
        return identifier;
    }

    public string DeploymentGroup(string environment, string group)
    {
        if (!_deploymentGroups.TryGetValue((environment, group), out var identifier))
            _deploymentGroups[(environment, group)] = identifier = Claim(Slug(Environment(environment) + "_group", group));
        return identifier;
    }

    public string Of(Relationship relationship)
    {
        if (!_relationships.TryGetValue(relationship, out var identifier))
            _relationships[relationship] = identifier = Claim(Slug("rel", relationship.Id, numberPrefix: false));
        return identifier;
    }

    public bool IsNamed(Relationship relationship) => _relationships.ContainsKey(relationship);

    /// <summary>How many candidate identifiers the claims have tried so far (a test holds this linear in the claims).</summary>
    internal int CandidatesTried { get; private set; }

    /// <summary>
    /// The stem itself when free, else the stem with the first free suffix (<c>_2</c>, <c>_3</c>, …). Each stem remembers
    /// its next suffix, so a suffix is tried at most once per stem: thousands of names with one slug cost as many tries
    /// as names, not their square.
    /// </summary>
    private string Claim(string stem)
    {
        CandidatesTried++;
        if (!Reserved.Contains(stem) && _taken.Add(stem)) return stem;
        var n = _nextSuffix.GetValueOrDefault(stem, 2);
        string candidate;
        do
        {
            CandidatesTried++;
            candidate = stem + "_" + n.ToString(CultureInfo.InvariantCulture);
            n++;
        }
        while (Reserved.Contains(candidate) || !_taken.Add(candidate));
        _nextSuffix[stem] = n;
        return candidate;
    }

    /// <summary>Lower-case ASCII words joined by '_'; accents are dropped, other scripts give "x" + code points.</summary>
    /// <remarks>A text that is already its own slug is returned as it is (renderers key elements so: "e_42").</remarks>
    internal static string Slug(string text, bool numberPrefix = true)
        => IsOwnSlug(text, numberPrefix) ? text : Slug(string.Empty, text, numberPrefix);

    /// <summary>Whether <paramref name="text"/> is its own slug: lower-case ASCII words joined by single '_' (not a number first when numbers are prefixed).</summary>
    internal static bool IsOwnSlug(string text, bool numberPrefix)
    {
        if (text.Length == 0 || text[0] == '_' || text[^1] == '_' || (numberPrefix && char.IsAsciiDigit(text[0]))) return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '_' ? text[i - 1] == '_' : c is not (>= 'a' and <= 'z' or >= '0' and <= '9')) return false;
        }
        return true;
    }

    /// <summary>
    /// <paramref name="prefix"/>, '_' and the slug of <paramref name="text"/> (the slug alone for an empty prefix), made
    /// as one string: one allocation per element, not a builder, a slug and a joined identifier.
    /// </summary>
    internal static string Slug(string prefix, string text, bool numberPrefix = true)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        // At most six characters per character: '_', 'x' and four hex digits.
        var capacity = normalized.Length * 6;
        char[]? rented = null;
        var buffer = capacity <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        ReadOnlySpan<char> slug = buffer[..WriteWords(normalized, buffer)];
        if (slug.IsEmpty) slug = "e";
        // identifiers that look like numbers would be ambiguous next to instance counts and step orders
        var number = numberPrefix && char.IsAsciiDigit(slug[0]) ? "n_" : string.Empty;
        var identifier = prefix.Length == 0 ? string.Concat(number, slug) : string.Concat(prefix, "_", number, slug);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return identifier;
    }

    /// <summary>
    /// The words of <paramref name="text"/> as <see cref="Slug(string, bool)"/> makes them (lower-case ASCII; accents
    /// dropped; a letter of another script as "x" and its code point), joined by <paramref name="separator"/>; empty
    /// when the text has none.
    /// </summary>
    internal static string Words(string text, char separator)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        var capacity = normalized.Length * 6;
        char[]? rented = null;
        var buffer = capacity <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        var words = buffer[..WriteWords(normalized, buffer)];
        if (separator != '_') words.Replace('_', separator);
        var result = words.ToString();
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    private static int WriteWords(string normalized, Span<char> words)
    {
        var length = 0;
        var pendingSeparator = false;
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' || c is >= 'A' and <= 'Z')
            {
                if (pendingSeparator && length > 0) words[length++] = '_';
                pendingSeparator = false;
                words[length++] = char.ToLowerInvariant(c);
            }
            else if (char.IsLetter(c))
            {
                if (length > 0) words[length++] = '_';
                words[length++] = 'x';
                ((int)c).TryFormat(words[length..], out var digits, "x4", CultureInfo.InvariantCulture);
                length += digits;
                pendingSeparator = true;
            }
            else pendingSeparator = true;
        }
        return length;
    }
}
