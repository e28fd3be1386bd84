using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>RADAI100: the RAD-AI registers stored in the workspace follow the convention, so the other RAD-AI rules can read them.</summary>
internal sealed class RadAiModelLoadInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        if (context.AiError is not { } error) return;
        var message = error.Message.TrimEnd();
        if (!message.EndsWith('.')) message += ".";
        context.ReportWorkspace(InspectionRules.RadAiModelLoads,
            $"The RAD-AI model stored in the workspace cannot be read: {message} Correct the stored value as docs/radai-structurizr-convention.md describes; until then the other RAD-AI rules (RADAI101–RADAI115) do not run.");
    }
}
