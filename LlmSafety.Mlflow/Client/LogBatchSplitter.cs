using LlmSafety.Mlflow.Client.Contracts;

namespace LlmSafety.Mlflow.Client;

/// <summary>
/// Cuts a metrics/params/tags batch into requests that fit MLflow's <c>runs/log-batch</c> limits, which the server
/// enforces with INVALID_PARAMETER_VALUE: at most 1000 metrics, 100 params, 100 tags and 1000 items in all per call.
/// </summary>
public static class LogBatchSplitter
{
    public const int MaxMetricsPerBatch = 1000;
    public const int MaxParamsPerBatch = 100;
    public const int MaxTagsPerBatch = 100;
    public const int MaxItemsPerBatch = 1000;
    public const int MaxParamValueLength = 6000;

    public static IReadOnlyList<(IReadOnlyList<MlflowMetric> Metrics, IReadOnlyList<MlflowParam> Params, IReadOnlyList<MlflowTag> Tags)> Split(
        IReadOnlyList<MlflowMetric> metrics,
        IReadOnlyList<MlflowParam> parameters,
        IReadOnlyList<MlflowTag> tags)
    {
        foreach (var parameter in parameters)
        {
            if (parameter.Value.Length > MaxParamValueLength)
            {
                throw new ArgumentException(
                    $"Parameter '{parameter.Key}' is {parameter.Value.Length} characters; MLflow accepts at most {MaxParamValueLength}.",
                    nameof(parameters));
            }
        }

        var batches = new List<(IReadOnlyList<MlflowMetric>, IReadOnlyList<MlflowParam>, IReadOnlyList<MlflowTag>)>();
        int metricIndex = 0, paramIndex = 0, tagIndex = 0;
        while (metricIndex < metrics.Count || paramIndex < parameters.Count || tagIndex < tags.Count)
        {
            var paramCount = Math.Min(MaxParamsPerBatch, parameters.Count - paramIndex);
            var tagCount = Math.Min(MaxTagsPerBatch, tags.Count - tagIndex);
            var metricCount = Math.Min(Math.Min(MaxMetricsPerBatch, MaxItemsPerBatch - paramCount - tagCount), metrics.Count - metricIndex);
            batches.Add((
                metrics.Skip(metricIndex).Take(metricCount).ToList(),
                parameters.Skip(paramIndex).Take(paramCount).ToList(),
                tags.Skip(tagIndex).Take(tagCount).ToList()));
            metricIndex += metricCount;
            paramIndex += paramCount;
            tagIndex += tagCount;
        }

        return batches;
    }
}
