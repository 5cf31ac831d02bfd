using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace LlmSafety.Mlflow.StandIn;

/// <summary>
/// Everything the stand-in knows, open for tests to inspect (and to tamper with, e.g. corrupt an artifact).
/// All mutation happens under <see cref="Gate"/>; artifact bytes live in a concurrent map keyed by proxy path.
/// </summary>
public sealed class StandInState
{
    private long _clock = 1_795_820_275_000;

    public object Gate { get; } = new();

    public List<StandInExperiment> Experiments { get; } = [new StandInExperiment("0", "Default", "mlflow-artifacts:/0", 1_795_820_275_000)];

    public Dictionary<string, StandInRun> Runs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, StandInLoggedModel> LoggedModels { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, StandInRegisteredModel> RegisteredModels { get; } = new(StringComparer.Ordinal);

    /// <summary>Artifact bytes by proxy path, e.g. <c>1/&lt;run_id&gt;/artifacts/model/MLmodel</c>.</summary>
    public ConcurrentDictionary<string, byte[]> Artifacts { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// A fault a test injects into uploads: given the proxy path and the bytes received, the bytes to store. Unset, the
    /// bytes are stored as received. Tampering on the way in leaves no moment in which a poller could fetch the bytes
    /// as they were sent.
    /// </summary>
    public Func<string, byte[], byte[]>? UploadFault { get; set; }

    public ConcurrentQueue<RecordedTraceExport> TraceExports { get; } = new();

    /// <summary>Every request the stand-in answered: method, path with query, JSON body (if any) and status.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int SpansReceived => TraceExports.Sum(export => export.SpanCount);

    /// <summary>Milliseconds that move forward on every call, so timestamps are distinct and ordered.</summary>
    public long NextTimestamp() => Interlocked.Add(ref _clock, 7);

    public StandInRun Run(string runId)
    {
        lock (Gate)
        {
            return Runs[runId];
        }
    }

    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string pathPrefix) =>
        Requests.Where(request => request.Method == method && request.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).ToList();
}

public sealed record RecordedRequest(string Method, string Path, JsonNode? Body, int StatusCode);

public sealed record RecordedTraceExport(string ExperimentId, string ContentType, int SpanCount);

public sealed class StandInExperiment(string id, string name, string artifactLocation, long creationTime)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public string ArtifactLocation { get; } = artifactLocation;

    public long CreationTime { get; } = creationTime;

    public List<KeyValuePair<string, string>> Tags { get; } = [];
}

public sealed class StandInRun(string runId, string experimentId, string? runName, long startTime)
{
    public string RunId { get; } = runId;

    public string ExperimentId { get; } = experimentId;

    public string? RunName { get; } = runName;

    public string Status { get; set; } = "RUNNING";

    public long StartTime { get; } = startTime;

    public long? EndTime { get; set; }

    public string ArtifactUri => $"mlflow-artifacts:/{ExperimentId}/{RunId}/artifacts";

    /// <summary>Params in logging order; MLflow refuses to change a param once logged.</summary>
    public List<KeyValuePair<string, string>> Params { get; } = [];

    /// <summary>Every metric point ever logged (history); <c>runs/get</c> reports only the latest per key.</summary>
    public List<StandInMetric> Metrics { get; } = [];

    public List<KeyValuePair<string, string>> Tags { get; } = [];

    public List<JsonObject> DatasetInputs { get; } = [];

    public List<(string ModelId, long Step)> ModelOutputs { get; } = [];

    public List<StandInMetric> LatestMetrics() =>
        Metrics.GroupBy(metric => metric.Key, StringComparer.Ordinal)
            .Select(group => group.OrderBy(metric => metric.Step).ThenBy(metric => metric.Timestamp).Last())
            .ToList();
}

public sealed record StandInMetric(string Key, double Value, long Timestamp, long Step);

public sealed class StandInLoggedModel(string modelId, string experimentId, string name, long created)
{
    public string ModelId { get; } = modelId;

    public string ExperimentId { get; } = experimentId;

    public string Name { get; } = name;

    public long CreationTimestampMs { get; } = created;

    public long LastUpdatedTimestampMs { get; set; } = created;

    public string Status { get; set; } = "LOGGED_MODEL_PENDING";

    public string? ModelType { get; init; }

    public string? SourceRunId { get; init; }

    public string ArtifactUri => $"mlflow-artifacts:/{ExperimentId}/models/{ModelId}/artifacts";

    public List<KeyValuePair<string, string>> Params { get; } = [];

    public List<KeyValuePair<string, string>> Tags { get; } = [];
}

public sealed class StandInRegisteredModel(string name, long created, string description)
{
    public string Name { get; } = name;

    public long CreationTimestamp { get; } = created;

    public long LastUpdatedTimestamp { get; set; } = created;

    public string Description { get; } = description;

    public List<KeyValuePair<string, string>> Tags { get; } = [];

    public Dictionary<string, string> Aliases { get; } = new(StringComparer.Ordinal);

    public List<StandInModelVersion> Versions { get; } = [];
}

public sealed class StandInModelVersion(string name, string version, long created, string source, string runId, string description)
{
    public string Name { get; } = name;

    public string Version { get; } = version;

    public long CreationTimestamp { get; } = created;

    public long LastUpdatedTimestamp { get; set; } = created;

    public string Source { get; } = source;

    public string RunId { get; } = runId;

    public string? ModelId { get; init; }

    public string Description { get; } = description;

    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);
}
