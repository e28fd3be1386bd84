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
        => count.ToString(CultureInfo.InvariantCulture) + " " + singular.ToQuantity(count == 1 ? 1 : 2, ShowQuantityAs.None);

    /// <summary>"5 seconds", "1 hour", "2 days".</summary>
    public static string Duration(TimeSpan duration)
        => duration == TimeSpan.Zero ? "0 seconds" : duration.Humanize(precision: 2, culture: English, minUnit: TimeUnit.Millisecond);

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
