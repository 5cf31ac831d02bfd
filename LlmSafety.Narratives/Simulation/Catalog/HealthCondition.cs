namespace LlmSafety.Narratives.Simulation.Catalog;

/// <summary>
/// A coherent set of health facts for one fake child, so a story never pairs insulin with a seizure disorder.
/// Devices and procedures carry their article ("an insulin pump"); the rest read after "has"/"takes"/"goes to".
/// </summary>
public sealed record HealthCondition(
    string Id,
    IReadOnlyList<string> Diagnoses,
    IReadOnlyList<string> Medications,
    IReadOnlyList<string> Therapies,
    IReadOnlyList<string> Devices,
    IReadOnlyList<string> Procedures,
    IReadOnlyList<string> TestResults,
    IReadOnlyList<string> Specialists);
