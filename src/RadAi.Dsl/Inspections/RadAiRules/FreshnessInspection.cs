using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// RADAI106: a freshness requirement (C4-E2) is not tighter than what the pipelines feeding its consumer deliver.
/// Feeding pipelines are found upstream of the consumer through relationships (see <see cref="DataFlow"/>), stopping at
/// the first pipeline on each path, and among the stages of the lineage paths ending at the consumer. A pipeline
/// delivers its inventory freshness SLA, else its &lt;&lt;Data Pipeline&gt;&gt; SLA; the freshest pipeline counts (a
/// streaming path serves a model that also has a batch path). Without typed pipelines the requirement's own source
/// freshness is compared. A gap whose risk and mitigation are both recorded on the requirement is accepted.
/// </summary>
internal sealed class FreshnessInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        if (context.Ai is not { } ai) return;
        var deliveries = Deliveries(ai, ai.Stereotypes.DataPipelines);
        // Looked up, not scanned per requirement: the paths ending at each consumer, in table order.
        var pathsByConsumer = ai.Lineage.Paths.ToLookup(p => p.Consumer.Element);
        foreach (var requirement in ai.Lineage.FreshnessRequirements)
        {
            if (AiTerms.Freshest(requirement.Required) is not { } need) continue;
            if (requirement.GapRisk is not null && requirement.Mitigation is not null) continue;
            var consumer = requirement.Consumer.Element;
            var feeders = Feeders(consumer, deliveries, pathsByConsumer);
            string? gap = null;
            if (feeders.Count > 0)
            {
                var best = feeders.MinBy(f => f.Age)!;
                if (best.Age > need)
                    gap = feeders.Count == 1
                        ? $"the only pipeline feeding it, \"{ElementTerms.Path(best.Element)}\", delivers {best.Freshness}"
                        : $"the freshest of the {feeders.Count} pipelines feeding it, \"{ElementTerms.Path(best.Element)}\", delivers {best.Freshness}";
            }
            else if (AiTerms.Freshest(requirement.Source) is { } have && have > need)
                gap = $"its source delivers {requirement.Source}";
            if (gap is null) continue;
            context.Report(InspectionRules.FreshnessFeasible, consumer,
                $"{AiTerms.Subject(context, consumer)} requires freshness {requirement.Required}, but {gap}. " +
                "Make a feeding pipeline faster (e.g. add a streaming path), relax the requirement, or record the gap's risk and mitigation on the freshness requirement (GapRisk, Mitigation).");
        }
    }

    private sealed record Delivery(Element Element, Freshness Freshness, TimeSpan Age);

    /// <summary>What each pipeline element delivers: its inventory SLA, else its stereotype SLA (typed ones only).</summary>
    private static Dictionary<Element, Delivery> Deliveries(RadAiModel ai, IReadOnlyList<DataPipeline> dataPipelines)
    {
        var result = new Dictionary<Element, Delivery>();
        foreach (var pipeline in ai.Pipelines.Pipelines)
            if (pipeline.Element is { } e && AiTerms.Freshest(pipeline.FreshnessSla) is { } age)
                result.TryAdd(e.Element, new Delivery(e.Element, pipeline.FreshnessSla, age));
        foreach (var dp in dataPipelines)
            if (!result.ContainsKey(dp.Element) && AiTerms.Read(() => dp.Sla) is { } sla && AiTerms.Freshest(sla) is { } age)
                result.Add(dp.Element, new Delivery(dp.Element, sla, age));
        return result;
    }

    private static List<Delivery> Feeders(Element consumer, Dictionary<Element, Delivery> deliveries, ILookup<Element, LineagePath> pathsByConsumer)
    {
        var found = new List<Delivery>();
        var seen = new HashSet<Element> { consumer };
        var queue = new Queue<Element>(DataFlow.UpstreamOf(consumer));
        while (queue.Count > 0)
        {
            var element = queue.Dequeue();
            if (!seen.Add(element)) continue;
            if (deliveries.TryGetValue(element, out var delivery))
            {
                found.Add(delivery); // the first pipeline on a path is what the consumer sees
                continue;
            }
            if (element.Tags.Contains(Stereotype.DataPipeline.Name)) continue; // a pipeline without a typed SLA hides what is behind it
            foreach (var upstream in DataFlow.UpstreamOf(element)) queue.Enqueue(upstream);
        }
        foreach (var path in pathsByConsumer[consumer])
            foreach (var stage in path.Stages)
                if (stage.Element is { } e && deliveries.TryGetValue(e.Element, out var delivery) && !found.Contains(delivery))
                    found.Add(delivery);
        return found;
    }
}
