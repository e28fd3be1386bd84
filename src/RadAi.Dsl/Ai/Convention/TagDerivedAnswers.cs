using System.Collections.Concurrent;
using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// Answers read from the model's tags (the elements of a stereotype, the members of a region), each computed once and
/// kept while no tag changes and no element is added (<see cref="Model.TagState"/>): renderers and inspections ask for
/// them again and again, and each answer reads every element's tags.
/// </summary>
internal sealed class TagDerivedAnswers(Model model)
{
    private Snapshot? _snapshot;

    /// <summary>The kept answer for <paramref name="key"/>, or a new one from <paramref name="compute"/>.</summary>
    /// <remarks>Answers are shared: they must be read-only collections.</remarks>
    public T Get<T>(object key, Func<T> compute) where T : class
    {
        var state = model.TagState;
        var snapshot = _snapshot;
        if (snapshot is null || snapshot.State != state) _snapshot = snapshot = new Snapshot(state);
        return (T)snapshot.Answers.GetOrAdd(key, static (_, compute) => compute(), compute);
    }

    /// <summary>Forgets every answer (for a change the tags do not show, such as a new custom stereotype).</summary>
    public void Forget() => _snapshot = null;

    private sealed class Snapshot((int, int) state)
    {
        public (int, int) State { get; } = state;
        public ConcurrentDictionary<object, object> Answers { get; } = new();
    }
}
