using LlmSafety.Mlflow.Client.Contracts;

namespace LlmSafety.Mlflow.Client;

public sealed partial class MlflowClient
{
    /// <summary>The experiment with this name, or null when MLflow answers RESOURCE_DOES_NOT_EXIST.</summary>
    public async Task<MlflowExperiment?> GetExperimentByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await GetAsync<GetExperimentResponse>(
                $"{Api}experiments/get-by-name?{Query(("experiment_name", name))}", cancellationToken);
            return response.Experiment;
        }
        catch (MlflowException exception) when (exception.IsNotFound)
        {
            return null;
        }
    }

    public async Task<string> CreateExperimentAsync(
        string name, IReadOnlyList<MlflowTag>? tags = null, CancellationToken cancellationToken = default)
    {
        var response = await SendJsonAsync<CreateExperimentRequest, CreateExperimentResponse>(
            HttpMethod.Post, $"{Api}experiments/create", new CreateExperimentRequest(name, tags), cancellationToken);
        return response.ExperimentId;
    }

    /// <summary>Finds or creates the experiment; a concurrent creator (RESOURCE_ALREADY_EXISTS) is not an error.</summary>
    public async Task<string> GetOrCreateExperimentAsync(string name, CancellationToken cancellationToken = default)
    {
        var existing = await GetExperimentByNameAsync(name, cancellationToken);
        if (existing is not null)
        {
            return existing.ExperimentId;
        }

        try
        {
            return await CreateExperimentAsync(name, cancellationToken: cancellationToken);
        }
        catch (MlflowException exception) when (exception.IsAlreadyExists)
        {
            var created = await GetExperimentByNameAsync(name, cancellationToken);
            if (created is null)
            {
                throw;
            }

            return created.ExperimentId;
        }
    }
}
