namespace RadAi.Dsl;

/// <summary>
/// E8 operational AI view: drift detection, health metrics, retraining triggers and process, rollout strategies,
/// canary steps, A/B tests, rollback procedures, incident severities. Stored in <c>radai:e8.operations</c>.
/// </summary>
public sealed class OperationalAiView : RadAiRegister
{
    private readonly RegisterTable<DriftDetection> _drift;
    private readonly RegisterTable<HealthMetric> _health;
    private readonly RegisterTable<RetrainingTrigger> _triggers;
    private readonly RegisterTable<RetrainingStep> _steps;
    private readonly RegisterTable<RolloutStrategy> _rollouts;
    private readonly RegisterTable<CanaryStep> _canary;
    private readonly RegisterTable<AbTest> _abTests;
    private readonly RegisterTable<RollbackProcedure> _rollbacks;
    private readonly RegisterTable<IncidentSeverity> _incidents;
    private readonly RegisterTable<IncidentSeverity>.Index<string> _incidentLevels;
    private readonly RegisterTable<DeploymentStep> _deploymentSteps;
    private readonly RegisterTable<RolloutPlan> _rolloutPlans;
    private readonly RegisterTable<ServingGroup> _servingGroups;
    private readonly RegisterTable<OnCallRotation> _onCall;

    internal OperationalAiView(RadAiModel root) : base(root)
    {
        _drift = Table<DriftDetection>("driftDetection", x => AddDriftDetection(x));
        _health = Table<HealthMetric>("healthMetrics", x => AddHealthMetric(x));
        _triggers = Table<RetrainingTrigger>("retrainingTriggers", x => AddRetrainingTrigger(x));
        _steps = Table<RetrainingStep>("retrainingProcess", x => AddRetrainingStep(x));
        _rollouts = Table<RolloutStrategy>("rollouts", x => AddRollout(x));
        _canary = Table<CanaryStep>("canarySteps", x => AddCanaryStep(x));
        _abTests = Table<AbTest>("abTests", x => AddAbTest(x));
        _rollbacks = Table<RollbackProcedure>("rollbacks", x => AddRollback(x));
        _incidents = Table<IncidentSeverity>("incidents", x => AddIncidentSeverity(x));
        _incidentLevels = _incidents.IndexBy(i => i.Level, StringComparer.Ordinal);
        _deploymentSteps = Table<DeploymentStep>("deploymentSteps", x => AddDeploymentStep(x));
        _rolloutPlans = Table<RolloutPlan>("rolloutPlans", x => AddRolloutPlan(x));
        _servingGroups = Table<ServingGroup>("servingGroups", x => AddServingGroup(x));
        _onCall = Table<OnCallRotation>("onCall", x => AddOnCallRotation(x));
    }

    internal override string Key => RadAiConvention.OperationsKey;

    /// <summary>Drift detection rows.</summary>
    public IReadOnlyList<DriftDetection> DriftDetection => _drift;

    /// <summary>Model health metrics.</summary>
    public IReadOnlyList<HealthMetric> HealthMetrics => _health;

    /// <summary>Retraining triggers.</summary>
    public IReadOnlyList<RetrainingTrigger> RetrainingTriggers => _triggers;

    /// <summary>Retraining process steps, in order.</summary>
    public IReadOnlyList<RetrainingStep> RetrainingProcess => _steps;

    /// <summary>Rollout strategies.</summary>
    public IReadOnlyList<RolloutStrategy> Rollouts => _rollouts;

    /// <summary>Canary deployment steps, in order.</summary>
    public IReadOnlyList<CanaryStep> CanarySteps => _canary;

    /// <summary>A/B tests.</summary>
    public IReadOnlyList<AbTest> AbTests => _abTests;

    /// <summary>Rollback procedures.</summary>
    public IReadOnlyList<RollbackProcedure> Rollbacks => _rollbacks;

    /// <summary>Incident severities, in order (P1 first).</summary>
    public IReadOnlyList<IncidentSeverity> Incidents => _incidents;

    /// <summary>Deployment process steps, in order; a step naming a model belongs to that model's step list.</summary>
    public IReadOnlyList<DeploymentStep> DeploymentSteps => _deploymentSteps;

    /// <summary>Rollout plans of model versions.</summary>
    public IReadOnlyList<RolloutPlan> RolloutPlans => _rolloutPlans;

    /// <summary>Serving groups with their latency and availability commitments.</summary>
    public IReadOnlyList<ServingGroup> ServingGroups => _servingGroups;

    /// <summary>On-call rotations.</summary>
    public IReadOnlyList<OnCallRotation> OnCallRotations => _onCall;

    /// <summary>Adds a drift detection row.</summary>
    /// <exception cref="ModelException">Negative window or non-positive consecutive checks.</exception>
    public DriftDetection AddDriftDetection(DriftDetection detection)
    {
        ArgumentNullException.ThrowIfNull(detection);
        if (detection.Window is { } w) DurationText.RequireNonNegative(w, $"Drift window of {detection.Component}");
        if (detection.ConsecutiveChecks is <= 0) throw new ModelException($"Drift detection of {detection.Component}: consecutive checks must be positive.");
        return _drift.Add(detection, $"Drift detection of {detection.Component}");
    }

    /// <summary>Adds a health metric.</summary>
    public HealthMetric AddHealthMetric(HealthMetric metric) => _health.Add(metric, $"Health metric '{metric?.Metric}'");

    /// <summary>Adds a retraining trigger.</summary>
    public RetrainingTrigger AddRetrainingTrigger(RetrainingTrigger trigger) => _triggers.Add(trigger, $"Retraining trigger '{trigger?.Name}'");

    /// <summary>Adds a retraining step.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative duration.</exception>
    public RetrainingStep AddRetrainingStep(RetrainingStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.Duration is { } d) DurationText.RequireNonNegative(d, $"Duration of retraining step '{step.Name}'");
        return _steps.Add(step, $"Retraining step '{step.Name}'");
    }

    /// <summary>Adds a rollout strategy.</summary>
    public RolloutStrategy AddRollout(RolloutStrategy strategy) => _rollouts.Add(strategy, $"Rollout strategy {strategy?.Kind}");

    /// <summary>Adds a canary step.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Traffic share outside [0, 1] or negative duration.</exception>
    public CanaryStep AddCanaryStep(CanaryStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.TrafficShare is < 0 or > 1) throw new ModelException($"Canary step '{step.Name}': traffic share must lie within [0, 1].");
        if (step.Duration is { } d) DurationText.RequireNonNegative(d, $"Duration of canary step '{step.Name}'");
        return _canary.Add(step, $"Canary step '{step.Name}'");
    }

    /// <summary>Adds an A/B test.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Allocation outside [0, 1] or negative duration.</exception>
    public AbTest AddAbTest(AbTest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        if (test.Allocation is < 0 or > 1) throw new ModelException($"A/B test '{test.Name}': allocation must lie within [0, 1].");
        if (test.Duration is { } d) DurationText.RequireNonNegative(d, $"Duration of A/B test '{test.Name}'");
        return _abTests.Add(test, $"A/B test '{test.Name}'");
    }

    /// <summary>Adds a rollback procedure.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative recovery time.</exception>
    public RollbackProcedure AddRollback(RollbackProcedure rollback)
    {
        ArgumentNullException.ThrowIfNull(rollback);
        StatedValue.RequireNonNegative(rollback.RecoveryTime, $"Recovery time of rollback '{rollback.Scenario}'");
        return _rollbacks.Add(rollback, $"Rollback '{rollback.Scenario}'");
    }

    /// <summary>Adds an incident severity level.</summary>
    /// <exception cref="ModelException">Duplicate level.</exception>
    public IncidentSeverity AddIncidentSeverity(IncidentSeverity severity)
    {
        ArgumentNullException.ThrowIfNull(severity);
        RequireUnique(_incidentLevels, severity.Level, "incident severity");
        return _incidents.Add(severity, $"Incident severity {severity.Level}");
    }

    /// <summary>Adds a deployment process step (to its model's step list when it names a model).</summary>
    public DeploymentStep AddDeploymentStep(DeploymentStep step) => _deploymentSteps.Add(step, $"Deployment step '{step?.Name}'");

    /// <summary>Adds a rollout plan.</summary>
    public RolloutPlan AddRolloutPlan(RolloutPlan plan) => _rolloutPlans.Add(plan, $"Rollout plan '{plan?.Name}'");

    /// <summary>Adds a serving group.</summary>
    public ServingGroup AddServingGroup(ServingGroup group) => _servingGroups.Add(group, $"Serving group '{group?.Name}'");

    /// <summary>Adds an on-call rotation.</summary>
    public OnCallRotation AddOnCallRotation(OnCallRotation rotation) => _onCall.Add(rotation, $"On-call rotation '{rotation?.Name}'");
}
