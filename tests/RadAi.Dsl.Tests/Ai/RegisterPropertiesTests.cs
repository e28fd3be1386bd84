using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using RadAi.Dsl;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Ai;

/// <summary>
/// The RAD-AI registers are held once, as typed records: the stored workspace properties never carry a copy, the
/// workspace asks for them when it is written, and the bytes written stay what they were.
/// </summary>
public class RegisterPropertiesTests
{
    private static readonly string[] RegisterKeys =
    [
        RadAiConvention.StereotypesKey, RadAiConvention.LineageKey, RadAiConvention.BoundaryKey, RadAiConvention.BoundaryDelineationKey,
        RadAiConvention.RegistryKey, RadAiConvention.PipelinesKey, RadAiConvention.ResponsibleAiKey, RadAiConvention.QualityKey,
        RadAiConvention.DebtKey, RadAiConvention.OperationsKey, RadAiConvention.ComplianceKey,
    ];

    [Fact]
    public void The_stored_properties_hold_no_register_while_the_written_workspace_carries_every_one()
    {
        var workspace = RichModel.Build();

        Assert.Equal([RadAiConvention.VersionKey], workspace.Properties.Keys);
        Assert.Equal(RadAiConvention.CurrentVersion, workspace.RadAi().ConventionVersion);
        var written = workspace.GetEffectiveProperties().ToDictionary();
        Assert.Equal(RegisterKeys.Where(k => k != RadAiConvention.ComplianceKey).Order(), written.Keys.Where(k => k != RadAiConvention.VersionKey).Order());
        using var json = JsonDocument.Parse(WorkspaceJson.Serialize(workspace));
        Assert.Equal(written[RadAiConvention.DebtKey], json.RootElement.GetProperty("properties").GetProperty(RadAiConvention.DebtKey).GetString());
    }

    [Fact]
    public void The_rich_model_is_written_byte_for_byte_as_pinned()
        => Snapshot.Match("Ai/rich-workspace.json", WorkspaceJson.Serialize(RichModel.Build(), indented: true));

    [Fact]
    public void Reading_the_RAD_AI_model_takes_the_registers_out_of_the_stored_properties_and_the_JSON_stays_byte_identical()
    {
        var json = WorkspaceJson.Serialize(RichModel.Build());
        var read = WorkspaceJson.Deserialize(json);
        Assert.Contains(RadAiConvention.DebtKey, read.Properties.Keys); // not read yet: plain properties

        var ai = RadAiModel.Load(read);

        Assert.Equal([RadAiConvention.VersionKey], read.Properties.Keys);
        Assert.NotEmpty(ai.Debt.Items);
        Assert.Equal(json, WorkspaceJson.Serialize(read));
    }

    [Fact]
    public void A_workspace_whose_RAD_AI_model_is_never_read_keeps_its_register_properties_as_written()
    {
        var json = WorkspaceJson.Serialize(RichModel.Build());
        // A register written by hand, spaced as no serializer would: kept exactly until the model is read.
        var handWritten = json.Replace("\"radai:e7.debt\":\"{", "\"radai:e7.debt\":\"{ ", StringComparison.Ordinal);
        Assert.NotEqual(json, handWritten);

        var read = WorkspaceJson.Deserialize(handWritten);

        Assert.Equal(handWritten, WorkspaceJson.Serialize(read));
        Assert.StartsWith("{ ", read.Properties[RadAiConvention.DebtKey], StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_changed_after_a_write_is_written_anew_and_loading_again_reads_the_model_read_before()
    {
        var read = WorkspaceJson.Deserialize(WorkspaceJson.Serialize(RichModel.Build()));
        var ai = RadAiModel.Load(read);
        var before = WorkspaceJson.Serialize(read);

        ai.Debt.Add(new DebtItem
        {
            Id = "CD-999", Category = DebtCategory.Configuration, Description = "Added after the first write",
            Severity = Severity.High, Affects = [], Mitigation = "none", Status = DebtStatus.Open,
        });

        Assert.DoesNotContain("CD-999", before, StringComparison.Ordinal);
        Assert.Contains("CD-999", WorkspaceJson.Serialize(read), StringComparison.Ordinal);
        var again = RadAiModel.Load(read); // the registers are no stored property now: read from the model before
        RichModel.AssertSame(ai, again);
        Assert.Same(again, read.RadAi());
    }

    [Fact]
    public void The_typed_register_wins_over_a_stored_property_with_its_key()
    {
        var workspace = RichModel.Build();
        var debt = workspace.GetEffectiveProperties().Single(p => p.Key == RadAiConvention.DebtKey).Value;

        workspace.Properties.Set(RadAiConvention.DebtKey, "{}");

        var written = workspace.GetEffectiveProperties().Where(p => p.Key == RadAiConvention.DebtKey).ToList();
        Assert.Equal([debt], written.Select(p => p.Value));
    }

    [Fact]
    public void Reading_stored_properties_never_computes_an_extension_property()
    {
        var workspace = new Workspace("W");
        workspace.Properties.Set("owner", "team-a");
        workspace.PropertySource = new FailingSource();

        Assert.Equal([new KeyValuePair<string, string>("owner", "team-a")], workspace.Properties.ToList());
        Assert.Null(workspace.Properties.GetValueOrDefault("computed"));
        var e = Assert.Throws<InvalidOperationException>(() => WorkspaceJson.Serialize(workspace));
        Assert.Equal("computed only when written", e.Message);
    }

    [Fact]
    public void A_stored_record_that_leaves_out_optional_members_reads_with_their_defaults()
    {
        var workspace = new Workspace("W");
        workspace.Properties.Set(RadAiConvention.StereotypesKey, """{"stereotypes":[{"name":"LLM","label":"LLM"}]}""");
        workspace.Properties.Set(RadAiConvention.LineageKey, """{"sources":[{"id":"DS-1","name":"Clicks","kind":"Stream","freshness":"daily"}]}""");

        var ai = RadAiModel.Load(workspace);

        Assert.Equal(new Stereotype("LLM", "LLM"), Assert.Single(ai.Stereotypes.Custom));
        Assert.Empty(Assert.Single(ai.Lineage.Sources).DerivedFrom);
    }

    [Fact]
    public void Every_list_a_stored_record_holds_can_be_read()
    {
        var ai = new Workspace("W").RadAi();
        var lists = StoredTypes(ai.WriteOptions).Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(EquatableList<>)).ToList();
        Assert.True(lists.Count > 10, $"only {lists.Count} list types found");
        foreach (var list in lists)
            Assert.Empty((System.Collections.IEnumerable)JsonSerializer.Deserialize("[]", ai.ReadOptions.GetTypeInfo(list))!);
    }

    [Fact]
    public void Every_optional_member_with_a_default_other_than_empty_has_a_template()
    {
        var ai = new Workspace("W").RadAi();
        var missing = new List<string>();
        foreach (var type in StoredTypes(ai.WriteOptions))
        {
            var contract = ai.WriteOptions.GetTypeInfo(type);
            if (contract.Kind != JsonTypeInfoKind.Object || type.IsValueType) continue;
            var initialized = Initialized(type);
            foreach (var member in contract.Properties)
            {
                if (member.AssociatedParameter is not { IsMemberInitializer: true } || member.IsRequired) continue;
                var value = member.Get!(initialized);
                var isEmptyList = value is System.Collections.IEnumerable items and not string && !items.Cast<object>().Any();
                if (value is null || isEmptyList || Equals(value, DefaultOf(member.PropertyType))) continue;
                if (!RadAiJson.Templates.Any(t => t.GetType() == type)) missing.Add($"{type.Name}.{member.Name}");
            }
        }
        Assert.Empty(missing);
    }

    // Every type the generated contract reaches from the convention's roots.
    private static HashSet<Type> StoredTypes(JsonSerializerOptions options)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(typeof(RadAiJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute)).Select(a => (Type)a.ConstructorArguments[0].Value!));
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!seen.Add(type)) continue;
            var contract = options.GetTypeInfo(type);
            if (contract.ElementType is { } element) pending.Push(element);
            foreach (var member in contract.Kind == JsonTypeInfoKind.Object ? contract.Properties : []) pending.Push(member.PropertyType);
        }
        return seen;
    }

    // An instance whose member initializers ran: the constructor is run on an uninitialized object, and whatever its
    // body refuses for the placeholder arguments, the initializers (which run first) have set the members.
    private static object Initialized(Type type)
    {
        var instance = RuntimeHelpers.GetUninitializedObject(type);
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        try
        {
            constructor.Invoke(instance, [.. constructor.GetParameters().Select(p => p.ParameterType == typeof(string) ? "x" : DefaultOf(p.ParameterType))]);
        }
        catch (System.Reflection.TargetInvocationException)
        {
            // a check of the placeholder arguments: the initializers ran before it
        }
        return instance;
    }

    private static object? DefaultOf(Type type) => type.IsValueType ? RuntimeHelpers.GetUninitializedObject(type) : null;

    private sealed class FailingSource : IWorkspacePropertySource
    {
        public IReadOnlyList<string> Keys => ["computed"];

        public byte[] Utf8ValueOf(string key) => throw new InvalidOperationException("computed only when written");
    }
}
