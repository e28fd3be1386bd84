namespace RadAi.Dsl;

/// <summary>
/// A value of an open vocabulary (a region, a privacy class, a model status, a failure action, ...): the well-known
/// values RAD-AI names plus any words the architect writes. The value keeps its text as written and is stored and shown
/// as that text; two values are equal when their texts differ only in case, spacing or punctuation ("Human in the loop"
/// and "human-in-the-loop").
/// </summary>
/// <typeparam name="TSelf">The vocabulary.</typeparam>
public interface IVocabulary<TSelf> : IEquatable<TSelf> where TSelf : struct, IVocabulary<TSelf>
{
    /// <summary>The value as written, e.g. "Human in the loop".</summary>
    string Name { get; }

    /// <summary>The well-known values, in their usual order.</summary>
    static abstract IReadOnlyList<TSelf> WellKnown { get; }

    /// <summary>
    /// The value a text names: a well-known value when the text is its name or the name a workspace of convention
    /// version 1 stored for it ("NonDeterministic", "FallbackToPrevious"), else a value of the text as written.
    /// </summary>
    /// <exception cref="FormatException">The text is blank.</exception>
    static abstract TSelf Parse(string text);
}
