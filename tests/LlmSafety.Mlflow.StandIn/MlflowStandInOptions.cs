namespace LlmSafety.Mlflow.StandIn;

public sealed class MlflowStandInOptions
{
    /// <summary>Answer 403 "Invalid Host header" for a Host that is not local or private (MLflow 3.5+ without --allowed-hosts).</summary>
    public bool RejectForeignHosts { get; init; }
}
