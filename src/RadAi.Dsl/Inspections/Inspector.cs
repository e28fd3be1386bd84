using System.Text.Json;
using RadAi.Dsl;
using RadAi.Dsl.Inspections;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// Runs every rule of <see cref="InspectionRules"/> over a workspace (built in C# or read from Structurizr JSON)
/// and returns a report. Nothing in the workspace is changed.
/// </summary>
/// <example><code>
/// var report = Inspector.Run(workspace);
/// Console.Write(InspectionFormatter.Format(report, InspectionFormat.Text));
/// Environment.ExitCode = InspectionExitCode.For(report, InspectionSeverity.Error);
/// </code></example>
public static class Inspector
{
    private static readonly IInspection[] Inspections =
    [
        new DuplicateRelationshipDescriptionInspection(),
        new WorkspaceScopeValidation(),
        new InspectionSettingsInspection(),
        new StructurizrModelRulesValidation(),
        new WorkspaceScopeInspection(),
        new WorkspaceToolingInspection(),
        new EmptyModelInspection(),
        new ElementDescriptionInspection(),
        new ElementTechnologyInspection(),
        new SoftwareSystemDocumentationInspection(),
        new EmptyDeploymentNodeInspection(),
        new DisconnectedElementInspection(),
        new ElementNotInAnyViewInspection(),
        new RelationshipInspection(),
        new ViewInspection(),
        new ElementStyleMetadataInspection(),
        new EmbeddedViewInspection(),
        new RadAiModelLoadInspection(),
        new StereotypePropertiesInspection(),
        new StereotypeValuesInspection(),
        new ModelRegistryInspection(),
        new ModelVersionInspection(),
        new BoundaryInspection(),
        new PipelineInspection(),
        new FreshnessInspection(),
        new MonitorInspection(),
        new OperationsInspection(),
        new ResponsibleAiInspection(),
        new RecordReferencesInspection(),
        new QualityMeasureInspection(),
    ];

    /// <summary>Inspects a workspace.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is null.</exception>
    public static InspectionReport Run(Workspace workspace, InspectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        options ??= new InspectorOptions();
        return new InspectionReport(RunAll(workspace, options, readFromCheckedJson: false), options, workspace, null);
    }

    /// <summary>
    /// Inspects Structurizr workspace JSON. First the JSON itself is checked for what would stop a Structurizr server
    /// (or our reader) accepting it, with JSON paths; then, if it loads, the model rules run. When it cannot be loaded
    /// because of problems the JSON checks found, the report lists them and is incomplete.
    /// </summary>
    /// <exception cref="WorkspaceJsonException">The text is not JSON, or not a workspace for a reason no rule covers.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static InspectionReport RunJson(string json, InspectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return RunJson(System.Text.Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Inspects Structurizr workspace JSON given as UTF-8 bytes (see <see cref="RunJson(string, InspectorOptions?)"/>); a byte order mark is skipped.</summary>
    /// <exception cref="WorkspaceJsonException">The bytes are not UTF-8, not JSON, or not a workspace for a reason no rule covers.</exception>
    public static InspectionReport RunJson(ReadOnlySpan<byte> utf8Json, InspectorOptions? options = null)
        => RunChecked(WorkspaceJson.Check(utf8Json.ToArray()), options ?? new InspectorOptions());

    /// <summary>Inspects a workspace JSON file of up to <see cref="WorkspaceJson.MaxInputBytes"/>; the report (and SARIF locations) name the file.</summary>
    /// <exception cref="WorkspaceJsonException">The file cannot be read, is larger than <see cref="WorkspaceJson.MaxInputBytes"/>, is not JSON, or is not a workspace.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or blank.</exception>
    public static InspectionReport RunFile(string path, InspectorOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var bytes = WorkspaceJsonSource.ReadFile(path);
        options ??= new InspectorOptions();
        if (options.Source is null) options = options.WithSource(path);
        try
        {
            return RunChecked(WorkspaceJson.Check(bytes), options);
        }
        catch (WorkspaceJsonException e)
        {
            throw new WorkspaceJsonException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Inspects input that went through <see cref="WorkspaceJson.Check"/>.</summary>
    private static InspectionReport RunChecked(ReadOnlyMemory<byte> utf8Json, InspectorOptions options)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            throw WorkspaceJson.Malformed(e, utf8Json.Span);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) WorkspaceJson.ReadChecked(utf8Json); // throws the reader's message
            var shell = ShellOf(root);
            var preflight = new InspectionContext(shell, options);
            WorkspaceJsonPreflight.Run(root, preflight);

            Workspace workspace;
            try
            {
                workspace = WorkspaceJson.ReadChecked(utf8Json);
            }
            catch (WorkspaceJsonException e) when (preflight.Findings.Any(f => f.Rule.Group == RuleGroup.StructurizrValidation))
            {
                return new InspectionReport(preflight.Findings, options, null,
                    $"The JSON cannot be loaded as a workspace ({e.Message}); only the JSON checks ran. Fix the errors reported and inspect again.");
            }
            return new InspectionReport(preflight.Findings.Concat(RunAll(workspace, options, readFromCheckedJson: true)), options, workspace, null);
        }
    }

    // The rules only read the workspace, whose lazy parts are safe for concurrent readers, so they run in parallel, each
    // with a context of its own (findings, per-run caches); findings come back in rule order whatever the threads.
    private static IEnumerable<InspectionFinding> RunAll(Workspace workspace, InspectorOptions options, bool readFromCheckedJson)
    {
        var first = new InspectionContext(workspace, options) { ReadFromCheckedJson = readFromCheckedJson };
        // Reads the RAD-AI model once, here, before the rules run in parallel: reading attaches it to the workspace.
        _ = first.Ai;
        var findings = ParallelMap.Run(Inspections, options.MaxDegreeOfParallelism, inspection =>
        {
            var context = first.ForAnotherRule();
            inspection.Run(context);
            return context.Findings;
        });
        return findings.SelectMany(f => f);
    }

    /// <summary>A workspace holding only the name and properties of the JSON, for the checks that run before loading.</summary>
    private static Workspace ShellOf(JsonElement root)
    {
        var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(n.GetString()) ? n.GetString()! : "Workspace";
        var shell = new Workspace(name);
        if (root.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            foreach (var p in properties.EnumerateObject())
                if (p.Value.ValueKind == JsonValueKind.String) shell.Properties.Set(p.Name, p.Value.GetString());
        return shell;
    }
}
