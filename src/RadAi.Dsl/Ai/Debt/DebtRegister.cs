namespace RadAi.Dsl;

/// <summary>E7 AI debt register: items, their interactions, review cadence; the summary is computed. Stored in <c>radai:e7.debt</c>.</summary>
public sealed class DebtRegister : RadAiRegister
{
    private readonly RegisterTable<DebtItem> _items;
    private readonly RegisterTable<DebtItem>.Index<string> _byId;
    private readonly RegisterTable<DebtInteraction> _interactions;
    private readonly RegisterValue<ReviewCadence> _review;

    internal DebtRegister(RadAiModel root) : base(root)
    {
        _items = Table<DebtItem>("items", x => Add(x));
        _byId = _items.IndexBy(i => i.Id, StringComparer.Ordinal);
        _interactions = Table<DebtInteraction>("interactions", x => AddInteraction(x));
        _review = Value<ReviewCadence>("review", x => SetReview(x));
    }

    internal override string Key => RadAiConvention.DebtKey;

    /// <summary>All items, in order of addition.</summary>
    public IReadOnlyList<DebtItem> Items => _items;

    /// <summary>The items of one category, in order.</summary>
    public IReadOnlyList<DebtItem> FindAll(DebtCategory category) => _items.Where(i => i.Category == category).ToList();

    /// <summary>How items worsen each other.</summary>
    public IReadOnlyList<DebtInteraction> Interactions => _interactions;

    /// <summary>The review cadence.</summary>
    public ReviewCadence? Review => _review.Value;

    /// <summary>The summary (counts by category, status and severity), computed from the items.</summary>
    public DebtSummary Summary => new(_items);

    /// <summary>The item with an id, or null.</summary>
    public DebtItem? Find(string id) => id is null ? null : _byId.Find(id);

    /// <summary>Adds an item.</summary>
    /// <exception cref="ModelException">Id prefix not matching the category, duplicate id, or an element of another workspace.</exception>
    public DebtItem Add(DebtItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        item.RequireIdOfCategory();
        RequireUnique(_byId, item.Id, "debt item");
        return _items.Add(item, $"Debt item {item.Id}");
    }

    /// <summary>Records that one item worsens another; both must exist.</summary>
    /// <exception cref="ModelException">Unknown item id.</exception>
    public DebtInteraction AddInteraction(DebtInteraction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        foreach (var id in new[] { interaction.From, interaction.To })
            if (Find(id) is null) throw new ModelException($"Debt interaction {interaction.From} → {interaction.To} names '{id}', which is not in the register.");
        return _interactions.Add(interaction, $"Debt interaction {interaction.From} → {interaction.To}");
    }

    /// <summary>Sets the review cadence.</summary>
    public ReviewCadence SetReview(ReviewCadence review) => _review.Set(review, "Debt review cadence");
}
