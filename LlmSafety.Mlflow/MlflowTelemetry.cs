using System.Diagnostics.Metrics;

namespace LlmSafety.Mlflow;

/// <summary>
/// The "LlmSafety.Mlflow" meter (ServiceDefaults subscribes to it by name). Instruments carry only the outcome and
/// the registry source as labels — never model content or request data.
/// </summary>
public static class MlflowTelemetry
{
    public const string MeterName = "LlmSafety.Mlflow";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> PollFailures = Meter.CreateCounter<long>(
        "llmsafety.model.poll.failures", description: "Champion alias polls that failed (registry unreachable, download or load error).");

    public static readonly Counter<long> ChecksumRejections = Meter.CreateCounter<long>(
        "llmsafety.model.checksum.rejections", description: "Downloaded model folders refused because checksums.json did not match.");

    public static readonly Counter<long> ModelSwaps = Meter.CreateCounter<long>(
        "llmsafety.model.swaps", description: "Times a new champion model was loaded and swapped in.");
}
