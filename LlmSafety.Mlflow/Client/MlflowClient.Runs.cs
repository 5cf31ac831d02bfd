using LlmSafety.Mlflow.Client.Contracts;

namespace LlmSafety.Mlflow.Client;

public sealed partial class MlflowClient
{
    /// <summary>MLflow caps a metric-history page at 25000 points; asking for it explicitly avoids the 3.4–3.11 empty page.</summary>
    public const int MetricHistoryPageSize = 25_000;

    public async Task<MlflowRun> CreateRunAsync(
        string experimentId, string? runName, IReadOnlyList<MlflowTag>? tags = null, CancellationToken cancellationToken = default)
    {
        var request = new CreateRunRequest(experimentId, runName, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), tags);
        var response = await SendJsonAsync<CreateRunRequest, RunResponse>(HttpMethod.Post, $"{Api}runs/create", request, cancellationToken);
        return response.Run;
    }

    /// <summary>Logs everything, split into as many <c>runs/log-batch</c> calls as MLflow's limits require.</summary>
    public async Task LogBatchAsync(
        string runId,
        IReadOnlyList<MlflowMetric>? metrics = null,
        IReadOnlyList<MlflowParam>? parameters = null,
        IReadOnlyList<MlflowTag>? tags = null,
        CancellationToken cancellationToken = default)
    {
        foreach (var batch in LogBatchSplitter.Split(metrics ?? [], parameters ?? [], tags ?? []))
        {
            await SendJsonAsync(
                HttpMethod.Post,
                $"{Api}runs/log-batch",
                new LogBatchRequest(runId, batch.Metrics, batch.Params, batch.Tags),
                cancellationToken);
        }
    }

    public Task LogInputsAsync(string runId, IReadOnlyList<MlflowDatasetInput> datasets, CancellationToken cancellationToken = default) =>
        SendJsonAsync(HttpMethod.Post, $"{Api}runs/log-inputs", new LogInputsRequest(runId, datasets), cancellationToken);

    public async Task<MlflowRunInfo> UpdateRunAsync(
        string runId, string status, DateTimeOffset? endTime = null, CancellationToken cancellationToken = default)
    {
        var request = new UpdateRunRequest(runId, status, (endTime ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds());
        var response = await SendJsonAsync<UpdateRunRequest, UpdateRunResponse>(HttpMethod.Post, $"{Api}runs/update", request, cancellationToken);
        return response.RunInfo;
    }

    public async Task<MlflowRun> GetRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        var response = await GetAsync<RunResponse>($"{Api}runs/get?{Query(("run_id", runId))}", cancellationToken);
        return response.Run;
    }

    public async Task<IReadOnlyList<MlflowRun>> SearchRunsAsync(
        IReadOnlyList<string> experimentIds,
        string? filter = null,
        IReadOnlyList<string>? orderBy = null,
        int pageSize = 1000,
        CancellationToken cancellationToken = default)
    {
        return await CollectPagesAsync<MlflowRun>(async pageToken =>
        {
            var response = await SendJsonAsync<SearchRunsRequest, SearchRunsResponse>(
                HttpMethod.Post,
                $"{Api}runs/search",
                new SearchRunsRequest(experimentIds, filter, pageSize, orderBy, pageToken),
                cancellationToken);
            return (response.Runs, response.NextPageToken);
        });
    }

    /// <summary>Every point of one metric, in server order; always sends <c>max_results</c> (see the recorded contract).</summary>
    public async Task<IReadOnlyList<MlflowMetric>> GetMetricHistoryAsync(
        string runId, string metricKey, CancellationToken cancellationToken = default)
    {
        return await CollectPagesAsync<MlflowMetric>(async pageToken =>
        {
            var query = Query(
                ("run_id", runId),
                ("metric_key", metricKey),
                ("max_results", MetricHistoryPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("page_token", pageToken));
            var response = await GetAsync<MetricHistoryResponse>($"{Api}metrics/get-history?{query}", cancellationToken);
            return (response.Metrics, response.NextPageToken);
        });
    }

    /// <summary>Links a logged model to the run that produced it (<c>runs/outputs</c>).</summary>
    public Task LogModelOutputAsync(string runId, string modelId, long step = 0, CancellationToken cancellationToken = default) =>
        SendJsonAsync(HttpMethod.Post, $"{Api}runs/outputs", new LogOutputsRequest(runId, [new ModelOutput(modelId, step)]), cancellationToken);
}
