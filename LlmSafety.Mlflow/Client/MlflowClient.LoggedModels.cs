using LlmSafety.Mlflow.Client.Contracts;

namespace LlmSafety.Mlflow.Client;

public sealed partial class MlflowClient
{
    /// <summary>Creates an MLflow 3 logged model in LOGGED_MODEL_PENDING; upload to its artifact URI, then finalize.</summary>
    public async Task<MlflowLoggedModel> CreateLoggedModelAsync(
        string experimentId,
        string name,
        string? modelType = null,
        string? sourceRunId = null,
        IReadOnlyList<MlflowParam>? parameters = null,
        IReadOnlyList<MlflowTag>? tags = null,
        CancellationToken cancellationToken = default)
    {
        var request = new CreateLoggedModelRequest(experimentId, name, modelType, sourceRunId, parameters, tags);
        var response = await SendJsonAsync<CreateLoggedModelRequest, LoggedModelResponse>(
            HttpMethod.Post, $"{Api}logged-models", request, cancellationToken);
        return response.Model;
    }

    public async Task<MlflowLoggedModel> FinalizeLoggedModelAsync(
        string modelId, string status = MlflowLoggedModelStatus.Ready, CancellationToken cancellationToken = default)
    {
        var response = await SendJsonAsync<FinalizeLoggedModelRequest, LoggedModelResponse>(
            HttpMethod.Patch,
            $"{Api}logged-models/{Uri.EscapeDataString(modelId)}",
            new FinalizeLoggedModelRequest(modelId, status),
            cancellationToken);
        return response.Model;
    }

    public async Task<MlflowLoggedModel> GetLoggedModelAsync(string modelId, CancellationToken cancellationToken = default)
    {
        var response = await GetAsync<LoggedModelResponse>($"{Api}logged-models/{Uri.EscapeDataString(modelId)}", cancellationToken);
        return response.Model;
    }
}
