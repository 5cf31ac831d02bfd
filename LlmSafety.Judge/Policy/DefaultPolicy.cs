namespace LlmSafety.Judge.Policy;

/// <summary>The policy a freshly trained model starts from, before its thresholds are set on validation data.</summary>
public static class DefaultPolicy
{
    public static IReadOnlyDictionary<EntityType, Severity> Severities { get; } = new Dictionary<EntityType, Severity>
    {
        [EntityType.PersonName] = Severity.High,
        [EntityType.Address] = Severity.High,
        [EntityType.Phone] = Severity.High,
        [EntityType.Email] = Severity.High,
        [EntityType.DateOfBirth] = Severity.High,
        [EntityType.IdNumber] = Severity.High,
        [EntityType.Url] = Severity.Medium,
        [EntityType.Organization] = Severity.Medium,
        [EntityType.Diagnosis] = Severity.Medium,
        [EntityType.Medication] = Severity.Medium,
        [EntityType.Treatment] = Severity.Medium,
        [EntityType.Device] = Severity.Medium,
        [EntityType.Provider] = Severity.Medium,
    };

    public static JudgePolicy Create(double identityThreshold = 0.5, double healthThreshold = 0.5) => new()
    {
        AllowBareFirstNames = true,
        IdentityThreshold = identityThreshold,
        HealthThreshold = healthThreshold,
        ReviewBand = 0.15,
        Severities = Severities,
    };
}
