using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Humanizer;

namespace RadAi.Dsl;

/// <summary>Human text for generated documents, through Humanizer, always in English and culture-invariant.</summary>
internal static class Words
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>"3 models", "1 pipeline" (Humanizer's <c>ToQuantity</c>).</summary>
    public static string Count(int count, string singular)
    {
        var (one, many) = Inflections.GetOrAdd(singular, static noun => (noun.ToQuantity(1, ShowQuantityAs.None), noun.ToQuantity(2, ShowQuantityAs.None)));
        return count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
    }

    // Each noun is inflected once per process: Humanizer's vocabulary tries its rules, a regular expression each, on every
    // inflection, and the documents of a large model count the same few nouns hundreds of thousands of times. The nouns
    // are the library's own words, so the table stays small.
    private static readonly ConcurrentDictionary<string, (string One, string Many)> Inflections = new(StringComparer.Ordinal);

    /// <summary>"5 seconds", "1 hour", "2 days".</summary>
    public static string Duration(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero) return "0 seconds";
        // A whole number of one unit below the next one up ("5 seconds", "2 weeks", nearly every stated limit) is one
        // part in Humanizer's words; written here without Humanizer's resource look-ups, which both rendering threads
        // queue for on one lock. A test holds these words to Humanizer's.
        foreach (var (size, below, unit) in DurationUnits)
            if (duration > TimeSpan.Zero && duration.Ticks % size.Ticks == 0 && duration < below)
            {
                var count = duration.Ticks / size.Ticks;
                return count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " " + unit : " " + unit + "s");
            }
        return duration.Humanize(precision: 2, culture: English, minUnit: TimeUnit.Millisecond);
    }

    // Largest first, each with the unit above it (weeks, Humanizer's largest unit here, have none).
    private static readonly (TimeSpan Size, TimeSpan Below, string Unit)[] DurationUnits =
    [
        (TimeSpan.FromDays(7), TimeSpan.MaxValue, "week"),
        (TimeSpan.FromDays(1), TimeSpan.FromDays(7), "day"),
        (TimeSpan.FromHours(1), TimeSpan.FromDays(1), "hour"),
        (TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), "minute"),
        (TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), "second"),
        (TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(1), "millisecond"),
    ];

    /// <summary>An enum value as words: <c>HumanInTheLoop</c> → "Human in the loop".</summary>
    /// <remarks>Humanizer reads the enum's fields (for <c>[Description]</c>): the annotation keeps them in a trimmed or
    /// Native AOT application.</remarks>
    public static string Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>(T value) where T : struct, Enum => value.Humanize();

    /// <summary>An enum value as words, or null when it is not stated (a table shows "not stated").</summary>
    public static string? Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>(T? value) where T : struct, Enum => value is { } stated ? Of(stated) : null;

    /// <summary>An ISO date: "2024-03-01".</summary>
    public static string Date(DateOnly date)
        => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A number without culture: 0.6, 1200, 99.9.</summary>
    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
