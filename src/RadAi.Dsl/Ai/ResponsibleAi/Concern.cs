namespace RadAi.Dsl;

/// <summary>A responsible-AI concern of the E4 concern matrix.</summary>
public enum Concern
{
    /// <summary>Fairness.</summary>
    Fairness,
    /// <summary>Explainability.</summary>
    Explainability,
    /// <summary>Human oversight.</summary>
    HumanOversight,
    /// <summary>Privacy.</summary>
    Privacy,
    /// <summary>Safety.</summary>
    Safety,
    /// <summary>Transparency.</summary>
    Transparency,
}

/// <summary>Display names of <see cref="Concern"/> (also the Structurizr perspective names).</summary>
public static class ConcernNames
{
    /// <summary>"Fairness", "Explainability", "Human Oversight", "Privacy", "Safety", "Transparency".</summary>
    public static string DisplayName(this Concern concern) => concern == Concern.HumanOversight ? "Human Oversight" : concern.ToString();

    /// <summary>The concern with a display name, or null.</summary>
    public static Concern? FromDisplayName(string name)
        => Enum.GetValues<Concern>().Cast<Concern?>().FirstOrDefault(c => c!.Value.DisplayName() == name);
}
