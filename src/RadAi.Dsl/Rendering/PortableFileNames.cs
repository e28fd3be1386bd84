using System.Globalization;
using System.Text;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// The names of the files (or folders) of one folder, made from model text (titles, ids, names, view keys), so that
/// Windows, macOS and Linux all take every one of them and none replaces another:
/// <list type="bullet">
/// <item>bounded: the part made from text at most <see cref="MaxTextBytes"/> UTF-8 bytes, a whole name at most
/// <see cref="MaxNameBytes"/> (file systems allow 255, paths on Windows 260 in all);</item>
/// <item>portable: no control character, none of <c>/ \ : * ? " &lt; &gt; |</c>, no leading or trailing dot or space,
/// NFC, and not a Windows device name (<c>CON</c>, <c>NUL</c>, <c>COM1</c>, … with any extension: those get a '_');</item>
/// <item>unique ignoring case (as Windows and macOS compare names): a name already given gets <c>-2</c>, <c>-3</c>, …
/// in the order names are claimed, so the same model always gives the same names.</item>
/// </list>
/// Text becomes a name part through <see cref="Slug"/> (lower-case ASCII words) or <see cref="Portable"/> (the text
/// itself, with what some system refuses replaced); <see cref="Claim"/> then makes the whole name and keeps it apart.
/// </summary>
internal sealed class PortableFileNames
{
    /// <summary>The most UTF-8 bytes a part made from model text takes.</summary>
    public const int MaxTextBytes = 60;

    /// <summary>The most UTF-8 bytes a whole name takes.</summary>
    public const int MaxNameBytes = 100;

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    };

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The lower-case ASCII words of <paramref name="text"/> joined by '-' (accents dropped, a letter of another script
    /// as "x" and its code point), cut after the last whole word within <paramref name="maxBytes"/>; empty when the
    /// text has no word.
    /// </summary>
    public static string Slug(string text, int maxBytes = MaxTextBytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A word is at least one character of text: more than this many characters cannot add to the slug.
        var words = DslIdentifiers.Words(text.Length > 8 * maxBytes ? text[..(8 * maxBytes)] : text, '-');
        if (words.Length <= maxBytes) return words;
        var cut = words.LastIndexOf('-', maxBytes);
        return cut > 0 ? words[..cut] : words[..maxBytes];
    }

    /// <summary>
    /// <paramref name="text"/> as a name part, as close to the text as every system allows: NFC; control characters,
    /// lone surrogates and <c>/ \ : * ? " &lt; &gt; |</c> replaced by '_'; leading and trailing dots and spaces
    /// removed; cut to <paramref name="maxBytes"/> UTF-8 bytes between two text elements. Empty when nothing is left.
    /// </summary>
    public static string Portable(string text, int maxBytes = MaxTextBytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Each character is at least one byte: the rest cannot be part of the name.
        var head = text.Length > maxBytes + 1 ? text[..(maxBytes + 1)] : text;
        var name = new StringBuilder(head.Length);
        for (var i = 0; i < head.Length; i++)
        {
            var c = head[i];
            if (char.IsSurrogatePair(head, i))
            {
                name.Append(c).Append(head[++i]);
                continue;
            }
            name.Append(char.IsControl(c) || char.IsSurrogate(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        }
        var portable = Trim(name.ToString().Normalize(NormalizationForm.FormC));
        return Trim(Cut(portable, maxBytes));
    }

    /// <summary>
    /// Claims <paramref name="stem"/> + <paramref name="extension"/> (e.g. ".md"; empty for a folder) in this folder, or,
    /// when a name equal to it ignoring case is already claimed, the stem with the first free <c>-2</c>, <c>-3</c>, ….
    /// </summary>
    /// <param name="stem">A non-empty name part made by <see cref="Slug"/>, <see cref="Portable"/> or from fixed text.</param>
    /// <param name="extension">The extension with its dot, or empty.</param>
    public string Claim(string stem, string extension)
    {
        var name = Fit(stem, extension, string.Empty);
        if (_taken.Add(name)) return name;
        var n = _nextSuffix.GetValueOrDefault(name, 2);
        string candidate;
        do
        {
            candidate = Fit(stem, extension, "-" + n.ToString(CultureInfo.InvariantCulture));
            n++;
        }
        while (!_taken.Add(candidate));
        _nextSuffix[name] = n;
        return candidate;
    }

    /// <summary>Claims <paramref name="stem"/> + <paramref name="extension"/> only when no name equal to it ignoring case is claimed.</summary>
    public bool TryClaim(string stem, string extension, out string name)
    {
        name = Fit(stem, extension, string.Empty);
        return _taken.Add(name);
    }

    /// <summary>Stem, suffix and extension within <see cref="MaxNameBytes"/> (the stem gives way), never a device name.</summary>
    private static string Fit(string stem, string extension, string suffix)
    {
        if (string.IsNullOrEmpty(stem)) throw new ArgumentException("A file name needs a stem.", nameof(stem));
        var room = MaxNameBytes - Encoding.UTF8.GetByteCount(extension) - suffix.Length;
        var fitted = Trim(Cut(stem, room));
        if (fitted.Length == 0) fitted = "_";
        // Windows reserves a device name whatever follows its first dot (CON.md, nul.tar.gz).
        var dot = fitted.IndexOf('.', StringComparison.Ordinal);
        var first = dot < 0 ? fitted : fitted[..dot];
        if (DeviceNames.Contains(first.TrimEnd(' '))) fitted = first + "_" + fitted[first.Length..];
        return (fitted + suffix + extension).Normalize(NormalizationForm.FormC);
    }

    /// <summary>The longest start of <paramref name="text"/> within <paramref name="maxBytes"/> UTF-8 bytes that ends between two text elements.</summary>
    private static string Cut(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes) return text;
        var bytes = 0;
        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            bytes += Encoding.UTF8.GetByteCount(element);
            if (bytes > maxBytes) break;
            end += element.Length;
        }
        return text[..end];
    }

    private static string Trim(string text) => text.Trim('.', ' ');
}
