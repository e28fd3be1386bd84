using System.Globalization;
using Humanizer;

namespace RadAi.Dsl;

/// <summary>Human text for generated documents, through Humanizer, always in English and culture-invariant.</summary>
internal static class Words
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    // Humanizer's inflection runs its rule lists on every call; documents ask for the same few nouns thousands of times.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Singulars = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Plurals = new(StringComparer.Ordinal);

    /// <summary>"3 models", "1 pipeline" (Humanizer's <c>ToQuantity</c>, with the inflected noun remembered).</summary>
    public static string Count(int count, string singular)
    {
        var noun = count == 1
            ? Singulars.GetOrAdd(singular, static s => s.ToQuantity(1, ShowQuantityAs.None))
            : Plurals.GetOrAdd(singular, static s => s.ToQuantity(2, ShowQuantityAs.None));
        return count.ToString(CultureInfo.InvariantCulture) + " " + noun;
    }

    // A model uses a handful of distinct durations (SLAs, windows, intervals) thousands of times; the cap keeps a
    // model with endless distinct values from growing the cache without bound.
    private static readonly BoundedMemo<TimeSpan, string> Durations = new(4096);

    /// <summary>"5 seconds", "1 hour", "2 days".</summary>
    public static string Duration(TimeSpan duration)
        => Durations.Get(duration, static d => d == TimeSpan.Zero ? "0 seconds" : d.Humanize(precision: 2, culture: English, minUnit: TimeUnit.Millisecond));

    /// <summary>An enum value as words: <c>HumanInTheLoop</c> → "Human in the loop".</summary>
    public static string Of<T>(T value) where T : struct, Enum => EnumWords<T>.Known.GetOrAdd(value, static v => v.Humanize());

    /// <summary>An enum value as words, or null when it is not stated (a table shows "not stated").</summary>
    public static string? Of<T>(T? value) where T : struct, Enum => value is { } stated ? Of(stated) : null;

    // One small cache per enum type: an enum has few values, and Humanizer reads attributes by reflection per call.
    private static class EnumWords<T> where T : struct, Enum
    {
        public static readonly System.Collections.Concurrent.ConcurrentDictionary<T, string> Known = new();
    }

    // A model's registers use few distinct dates (releases, trainings, reviews), each shown many times.
    private static readonly BoundedMemo<DateOnly, string> Dates = new(4096);

    /// <summary>An ISO date: "2024-03-01".</summary>
    public static string Date(DateOnly date)
        => Dates.Get(date, static d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A number without culture: 0.6, 1200, 99.9.</summary>
    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
