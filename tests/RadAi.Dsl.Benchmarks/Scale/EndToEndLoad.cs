using RadAi.Dsl;

namespace RadAi.Dsl.Benchmarks.Scale;

/// <summary>
/// A plain console run of the path that reopens a Netflix-scale workspace: build → inspect → write JSON → read JSON →
/// <see cref="RadAiModel.Load"/>, printing each step's wall-clock and CPU time and the bytes it allocated (the
/// <c>e2e</c> path does not load the RAD-AI registers back, so their cost is measured here; allocations are exact
/// where times on a shared machine are not).
/// </summary>
internal static class EndToEndLoad
{
    public static int Run(int size, TextWriter output)
    {
        var json = EndToEndScale.WriteJson(EndToEndScale.BuildInspect(size, output).Workspace, output);
        var step = new MeasuredStep();
        var read = WorkspaceJson.Deserialize(json);
        step.Report(output, "read JSON", $"{read.Model.Elements.Count:N0} elements");
        step = new MeasuredStep();
        var model = RadAiModel.Load(read);
        step.Report(output, "RadAiModel.Load", $"{model.Registry.Models.Count:N0} registered models, {model.Pipelines.Pipelines.Count:N0} pipelines");
        return 0;
    }
}
