namespace LlmSafety.Mlflow.Registry;

/// <summary>How a run ended; mapped to MLflow's FINISHED / FAILED / KILLED.</summary>
public enum RunOutcome
{
    Finished,
    Failed,
    Killed,
}
