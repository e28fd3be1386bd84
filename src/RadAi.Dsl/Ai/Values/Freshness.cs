using System.Globalization;
using System.Text.RegularExpressions;

namespace RadAi.Dsl;

/// <summary>
/// How fresh data must be or is: a bound ("&lt; 5 s"), a cadence ("daily", "every 15 minutes"), continuous,
/// on demand, on an event ("on catalog change"), a range ("daily to quarterly"), one value per processing mode
/// ("streaming &lt; 1 s, aggregation hourly"), or words where nothing typed fits ("varies by model").
/// <see cref="object.ToString"/> gives the text as written (a built value's canonical text) and <see cref="Parse"/> reads
/// a typed freshness back to an equal value: "real-time" stays "real-time" while it compares as continuous.
/// </summary>
/// <example><code>
/// var sla   = Freshness.Under(TimeSpan.FromSeconds(5));                 // "&lt; 5 s"
/// var mixed = Freshness.Parse("streaming &lt; 1 s, aggregation hourly");   // PerModeFreshness
/// </code></example>
public abstract partial record Freshness
{
    private protected Freshness() { }

    // The text as parsed when it differs from the canonical one ("real-time", "nightly"), so it is shown as written; null otherwise.
    private protected string? Written { get; init; }

    /// <summary>The largest data age this freshness allows, when it has one (continuous is zero; on demand, events and words have none).</summary>
    public abstract TimeSpan? MaxAge { get; }

    /// <summary>Data at most <paramref name="limit"/> old ("&lt; 5 s"), optionally qualified ("from event generation").</summary>
    public static BoundedFreshness Under(TimeSpan limit, string? qualifier = null) => new(Comparison.LessThan, limit, qualifier);

    /// <summary>Data no older than <paramref name="limit"/> ("&lt;= 1 h").</summary>
    public static BoundedFreshness AtMost(TimeSpan limit, string? qualifier = null) => new(Comparison.AtMost, limit, qualifier);

    /// <summary>Continuously updated (real-time streaming).</summary>
    public static ContinuousFreshness Continuous { get; } = new();

    /// <summary>Refreshed on request only.</summary>
    public static OnDemandFreshness OnDemand { get; } = new();

    /// <summary>Every hour.</summary>
    public static CadenceFreshness Hourly { get; } = new(1, CadencePeriod.Hour);

    /// <summary>Every day.</summary>
    public static CadenceFreshness Daily { get; } = new(1, CadencePeriod.Day);

    /// <summary>Every week.</summary>
    public static CadenceFreshness Weekly { get; } = new(1, CadencePeriod.Week);

    /// <summary>Every month.</summary>
    public static CadenceFreshness Monthly { get; } = new(1, CadencePeriod.Month);

    /// <summary>Every quarter.</summary>
    public static CadenceFreshness Quarterly { get; } = new(1, CadencePeriod.Quarter);

    /// <summary>A cadence of <paramref name="count"/> periods ("every 15 minutes").</summary>
    public static CadenceFreshness Every(int count, CadencePeriod period) => new(count, period);

    /// <summary>Refreshed when an event happens ("on catalog change").</summary>
    public static EventFreshness OnEvent(string @event) => new(@event);

    /// <summary>A range between two freshness values ("daily to quarterly").</summary>
    public static FreshnessRange Between(Freshness from, Freshness to) => new(from, to);

    /// <summary>One freshness per processing mode ("streaming &lt; 1 s, aggregation hourly").</summary>
    public static PerModeFreshness PerMode(params ModeFreshness[] modes) => new(EquatableList.From(modes));

    /// <summary>
    /// Parses canonical text and common variants: a bound ("&lt; 5 s"), a cadence ("daily", "every 15 minutes"),
    /// "continuous", "on demand", an event ("on catalog change"), a range ("daily to quarterly") or one per mode
    /// ("streaming &lt; 1 s, aggregation hourly").
    /// </summary>
    /// <exception cref="FormatException">The text is none of them (words go through <see cref="AsWritten"/>).</exception>
    public static Freshness Parse(string text)
        => TryParse(text, out var freshness)
            ? freshness
            : throw new FormatException($"'{text}' is not a freshness; write e.g. \"< 5 s\", \"daily\", \"every 15 minutes\", \"on demand\" or \"streaming < 1 s, aggregation hourly\", or keep words with Freshness.AsWritten.");

    /// <summary>Tries to parse a typed freshness (see <see cref="Parse"/>); false for words and malformed text.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Freshness? freshness)
    {
        freshness = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = Normalize(text);
        freshness = TryParsePerMode(t, out var perMode) ? perMode : TryParseSingle(t, allowRange: true);
        if (freshness is not null && freshness.ToString() != t) freshness = freshness with { Written = t };
        return freshness is not null;
    }

    /// <summary>
    /// A freshness the source states in words, kept as written (trimmed, whitespace runs as one space) and not typed:
    /// "varies by model". It has no <see cref="MaxAge"/> and inspections report it as untyped.
    /// </summary>
    /// <exception cref="ArgumentException">The text is empty.</exception>
    public static DescribedFreshness AsWritten(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException("A freshness in words needs text, e.g. \"varies by model\".", nameof(text));
        return new DescribedFreshness(Normalize(text));
    }

    /// <summary>Stored text read back: the typed freshness when it parses, else the words as written.</summary>
    /// <exception cref="FormatException">The text is empty.</exception>
    internal static Freshness ReadStored(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new FormatException("A freshness needs text, e.g. \"< 5 s\", \"daily\" or \"on demand\".");
        return TryParse(text, out var freshness) ? freshness : AsWritten(text);
    }

    internal static string Normalize(string text)
    {
        var trimmed = text.Trim();
        // Most texts are already normal (single spaces only): skip the regular expression and its new string.
        for (var i = 0; i < trimmed.Length; i++)
            if (char.IsWhiteSpace(trimmed[i]) && (trimmed[i] != ' ' || trimmed[i + 1] == ' ')) return Spaces().Replace(trimmed, " ");
        return trimmed;
    }

    private static bool TryParsePerMode(string text, out Freshness result)
    {
        result = null!;
        var parts = text.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) return false;
        var modes = new List<ModeFreshness>(parts.Length);
        foreach (var part in parts)
        {
            var words = part.Split(' ');
            ModeFreshness? found = null;
            for (var i = 1; i < words.Length && found is null; i++)
            {
                var label = string.Join(' ', words[..i]).TrimEnd(':').Trim();
                var rest = string.Join(' ', words[i..]);
                if (label.Length > 0 && TryParseSingle(rest, allowRange: true) is { } f) found = new ModeFreshness(label, f);
            }
            if (found is null) return false;
            modes.Add(found);
        }
        result = new PerModeFreshness(EquatableList.From(modes), check: false);
        return true;
    }

    internal static Freshness? TryParseSingle(string text, bool allowRange)
    {
        var lower = text.ToLowerInvariant();
        if (allowRange)
        {
            var at = lower.IndexOf(" to ", StringComparison.Ordinal);
            if (at > 0 && TryParseSingle(text[..at], false) is { } from && TryParseSingle(text[(at + 4)..], false) is { } to)
                return new FreshnessRange(from, to);
        }
        switch (lower)
        {
            case "continuous" or "real-time" or "realtime": return Continuous;
            case "on demand" or "on-demand": return OnDemand;
            case "hourly": return Hourly;
            case "daily" or "nightly": return Daily;
            case "weekly": return Weekly;
            case "monthly": return Monthly;
            case "quarterly": return Quarterly;
            case "yearly" or "annually": return new CadenceFreshness(1, CadencePeriod.Year);
        }
        var every = EveryPattern().Match(lower);
        if (every.Success && CadenceFreshness.TryParsePeriod(every.Groups["u"].Value, out var period))
        {
            var count = 1;
            if ((!every.Groups["n"].Success || int.TryParse(every.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out count)) && count > 0)
                return new CadenceFreshness(count, period);
        }
        var bound = BoundPattern().Match(text);
        if (bound.Success && ComparisonText.TryParse(bound.Groups["op"].Value, out var op)
            && DurationText.TryParse(bound.Groups["d"].Value, out var limit))
        {
            var qualifier = bound.Groups["q"].Success ? bound.Groups["q"].Value.Trim() : null;
            if (qualifier is null || BoundedFreshness.IsValidQualifier(qualifier))
                return new BoundedFreshness(op, limit, qualifier);
        }
        if (lower.StartsWith("on ", StringComparison.Ordinal) && text.Length > 3 && EventFreshness.IsValidEvent(text[3..].Trim()))
            return new EventFreshness(text[3..].Trim());
        return null;
    }

    internal static bool HasSeparator(string text)
        => text.Contains(',', StringComparison.Ordinal) || text.Contains(';', StringComparison.Ordinal)
           || text.Contains(" to ", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^every\s+((?<n>\d+)\s+)?(?<u>[a-z]+)$")]
    private static partial Regex EveryPattern();

    [GeneratedRegex(@"^(?<op><=|<|≤)\s*(?<d>\d+(\.\d+)?\s*[A-Za-z]+?)(\s+(?<q>\S.*))?$")]
    private static partial Regex BoundPattern();
}

/// <summary>Calendar periods for <see cref="CadenceFreshness"/>.</summary>
public enum CadencePeriod
{
    /// <summary>A minute.</summary>
    Minute,
    /// <summary>An hour.</summary>
    Hour,
    /// <summary>A day.</summary>
    Day,
    /// <summary>A week.</summary>
    Week,
    /// <summary>A calendar month.</summary>
    Month,
    /// <summary>A calendar quarter.</summary>
    Quarter,
    /// <summary>A calendar year.</summary>
    Year,
}

/// <summary>Data no older than a limit: "&lt; 5 s", "&lt;= 1 h from event generation".</summary>
public sealed record BoundedFreshness : Freshness
{
    /// <summary>Creates a bound.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is negative or the comparison is not &lt; or &lt;=.</exception>
    /// <exception cref="ArgumentException">The qualifier contains ",", ";" or " to " (reserved by the text form).</exception>
    public BoundedFreshness(Comparison comparison, TimeSpan limit, string? qualifier = null)
    {
        if (comparison is not (Comparison.LessThan or Comparison.AtMost))
            throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "A freshness bound is an upper limit: use LessThan or AtMost.");
        Comparison = comparison;
        Limit = DurationText.RequireNonNegative(limit, "A freshness limit");
        if (qualifier is not null && !IsValidQualifier(qualifier.Trim()))
            throw new ArgumentException($"Freshness qualifier '{qualifier}' may not contain ',', ';' or ' to '.", nameof(qualifier));
        Qualifier = string.IsNullOrWhiteSpace(qualifier) ? null : Normalize(qualifier);
    }

    /// <summary>&lt; or &lt;=.</summary>
    public Comparison Comparison { get; }

    /// <summary>The largest allowed age.</summary>
    public TimeSpan Limit { get; }

    /// <summary>Words saying what the age is measured from, e.g. "from event generation".</summary>
    public string? Qualifier { get; }

    /// <inheritdoc/>
    public override TimeSpan? MaxAge => Limit;

    internal static bool IsValidQualifier(string q) => q.Length > 0 && !HasSeparator(q);

    /// <inheritdoc/>
    public override string ToString() => Written ?? Comparison.Symbol() + " " + DurationText.Format(Limit) + (Qualifier is null ? string.Empty : " " + Qualifier);
}

/// <summary>A regular refresh: "hourly", "daily", "every 15 minutes".</summary>
public sealed record CadenceFreshness : Freshness
{
    /// <summary>Creates a cadence.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is not positive.</exception>
    public CadenceFreshness(int count, CadencePeriod period)
    {
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count), count, "A cadence needs a positive count of periods.");
        Count = count;
        Period = period;
    }

    /// <summary>How many periods between refreshes.</summary>
    public int Count { get; }

    /// <summary>The period.</summary>
    public CadencePeriod Period { get; }

    /// <summary>The approximate interval (months as 30 days, quarters as 91, years as 365).</summary>
    public TimeSpan Interval => Count * Period switch
    {
        CadencePeriod.Minute => TimeSpan.FromMinutes(1),
        CadencePeriod.Hour => TimeSpan.FromHours(1),
        CadencePeriod.Day => TimeSpan.FromDays(1),
        CadencePeriod.Week => TimeSpan.FromDays(7),
        CadencePeriod.Month => TimeSpan.FromDays(30),
        CadencePeriod.Quarter => TimeSpan.FromDays(91),
        _ => TimeSpan.FromDays(365),
    };

    /// <inheritdoc/>
    public override TimeSpan? MaxAge => Interval;

    /// <inheritdoc/>
    public override string ToString()
    {
        if (Written is not null) return Written;
        if (Count == 1 && Period != CadencePeriod.Minute)
            return Period switch
            {
                CadencePeriod.Hour => "hourly",
                CadencePeriod.Day => "daily",
                CadencePeriod.Week => "weekly",
                CadencePeriod.Month => "monthly",
                CadencePeriod.Quarter => "quarterly",
                _ => "yearly",
            };
        var unit = Period.ToString().ToLowerInvariant();
        return Count == 1 ? "every " + unit : "every " + Count.ToString(CultureInfo.InvariantCulture) + " " + unit + "s";
    }

    internal static bool TryParsePeriod(string unit, out CadencePeriod period)
    {
        period = unit.TrimEnd('s') switch
        {
            "min" or "minute" => CadencePeriod.Minute,
            "h" or "hour" => CadencePeriod.Hour,
            "d" or "day" => CadencePeriod.Day,
            "week" => CadencePeriod.Week,
            "month" => CadencePeriod.Month,
            "quarter" => CadencePeriod.Quarter,
            "year" => CadencePeriod.Year,
            _ => (CadencePeriod)(-1),
        };
        return (int)period >= 0;
    }
}

/// <summary>Continuously refreshed ("continuous"; "real-time" parses to this and is shown as written).</summary>
public sealed record ContinuousFreshness : Freshness
{
    internal ContinuousFreshness() { }

    /// <inheritdoc/>
    public override TimeSpan? MaxAge => TimeSpan.Zero;

    /// <inheritdoc/>
    public override string ToString() => Written ?? "continuous";
}

/// <summary>Refreshed on request ("on demand").</summary>
public sealed record OnDemandFreshness : Freshness
{
    internal OnDemandFreshness() { }

    /// <inheritdoc/>
    public override TimeSpan? MaxAge => null;

    /// <inheritdoc/>
    public override string ToString() => Written ?? "on demand";
}

/// <summary>Refreshed when an event happens: "on catalog change".</summary>
public sealed record EventFreshness : Freshness
{
    /// <summary>Creates an event-driven freshness.</summary>
    /// <exception cref="ArgumentException">The event is empty, is "demand", or contains ",", ";" or " to ".</exception>
    public EventFreshness(string @event)
    {
        if (string.IsNullOrWhiteSpace(@event) || !IsValidEvent(Normalize(@event)))
            throw new ArgumentException($"Event '{@event}' must be non-empty, not \"demand\", and contain no ',', ';' or ' to '.", nameof(@event));
        Event = Normalize(@event);
    }

    /// <summary>The event that refreshes the data.</summary>
    public string Event { get; }

    /// <inheritdoc/>
    public override TimeSpan? MaxAge => null;

    internal static bool IsValidEvent(string e) => e.Length > 0 && !e.Equals("demand", StringComparison.OrdinalIgnoreCase) && !HasSeparator(e);

    /// <inheritdoc/>
    public override string ToString() => Written ?? "on " + Event;
}

/// <summary>A range of freshness: "daily to quarterly", "&lt; 1 s to &lt; 5 s".</summary>
public sealed record FreshnessRange : Freshness
{
    /// <summary>Creates a range.</summary>
    /// <exception cref="ArgumentException">A bound is itself a range, a per-mode value or words.</exception>
    public FreshnessRange(Freshness from, Freshness to)
    {
        From = Require(from, nameof(from));
        To = Require(to, nameof(to));
    }

    /// <summary>The fresher end.</summary>
    public Freshness From { get; }

    /// <summary>The staler end.</summary>
    public Freshness To { get; }

    /// <inheritdoc/>
    public override TimeSpan? MaxAge => To.MaxAge;

    /// <inheritdoc/>
    public override string ToString() => Written ?? From + " to " + To;

    private static Freshness Require(Freshness f, string name)
    {
        ArgumentNullException.ThrowIfNull(f, name);
        if (f is FreshnessRange or PerModeFreshness or DescribedFreshness)
            throw new ArgumentException($"A freshness range bound must be a single typed value, not '{f}'.", name);
        return f;
    }
}

/// <summary>A processing mode and its freshness, e.g. ("streaming", "&lt; 1 s").</summary>
/// <param name="Mode">The mode label ("streaming", "aggregation").</param>
/// <param name="Freshness">The freshness in that mode.</param>
public sealed record ModeFreshness(string Mode, Freshness Freshness)
{
    /// <summary>"mode freshness".</summary>
    public override string ToString() => Mode + " " + Freshness;
}

/// <summary>One freshness per processing mode: "streaming &lt; 1 s, aggregation hourly".</summary>
public sealed record PerModeFreshness : Freshness
{
    /// <summary>Creates a per-mode freshness.</summary>
    /// <exception cref="ArgumentException">Fewer than two modes, a mode label that is empty, repeated or contains ",", ";" or ":", or a label the text form cannot tell from its value.</exception>
    public PerModeFreshness(EquatableList<ModeFreshness> modes) : this(modes, check: true) { }

    internal PerModeFreshness(EquatableList<ModeFreshness> modes, bool check)
    {
        ArgumentNullException.ThrowIfNull(modes);
        if (modes.Count < 2) throw new ArgumentException("A per-mode freshness needs at least two modes; use the single value otherwise.", nameof(modes));
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in modes)
        {
            if (string.IsNullOrWhiteSpace(m.Mode) || m.Mode.IndexOfAny([',', ';', ':']) >= 0)
                throw new ArgumentException($"Mode label '{m.Mode}' must be non-empty and contain no ',', ';' or ':'.", nameof(modes));
            if (!seen.Add(m.Mode)) throw new ArgumentException($"Mode '{m.Mode}' appears twice.", nameof(modes));
            if (m.Freshness is PerModeFreshness or DescribedFreshness)
                throw new ArgumentException($"Mode '{m.Mode}' needs a single typed freshness, not '{m.Freshness}'.", nameof(modes));
        }
        Modes = modes;
        if (check && (!TryParse(ToString(), out var back) || back != this))
            throw new ArgumentException($"'{this}' would read back differently; choose mode labels that are not freshness words.", nameof(modes));
    }

    /// <summary>The modes in order.</summary>
    public EquatableList<ModeFreshness> Modes { get; }

    /// <inheritdoc/>
    public override TimeSpan? MaxAge => Modes.Select(m => m.Freshness.MaxAge).Max();

    /// <inheritdoc/>
    public override string ToString() => Written ?? string.Join(", ", Modes);
}

/// <summary>A freshness stated in words because no typed form fits ("varies by model"). Made by <see cref="Freshness.AsWritten"/>.</summary>
public sealed record DescribedFreshness : Freshness
{
    internal DescribedFreshness(string text) => Text = text;

    /// <summary>The words.</summary>
    public string Text { get; }

    /// <inheritdoc/>
    public override TimeSpan? MaxAge => null;

    /// <inheritdoc/>
    public override string ToString() => Text;
}
