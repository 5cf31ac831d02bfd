namespace LlmSafety.Api.Tests.Fixtures;

/// <summary>
/// ActivitySources are process-wide, so an in-memory exporter also sees spans from tests running in parallel.
/// Tests that inspect exported spans run in this collection, alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Exported telemetry";
}
