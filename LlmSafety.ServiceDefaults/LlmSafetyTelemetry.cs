namespace LlmSafety.ServiceDefaults;

/// <summary>
/// The names of every ActivitySource and Meter that LlmSafety's own code writes to.
/// ServiceDefaults subscribes to all of them so a new service only has to use these constants.
/// </summary>
public static class LlmSafetyTelemetry
{
    public const string JudgeSource = "LlmSafety.Judge";
    public const string ApiSource = "LlmSafety.Api";
    public const string TrainerSource = "LlmSafety.Trainer";
    public const string MlflowSource = "LlmSafety.Mlflow";
    public const string NarrativesSource = "LlmSafety.Narratives";
    public const string WebSource = "LlmSafety.Web";

    /// <summary>Microsoft.Extensions.AI's OpenTelemetry chat client writes here (gen_ai semantic conventions).</summary>
    public const string ExtensionsAiSource = "Experimental.Microsoft.Extensions.AI";

    public static readonly string[] Sources =
    [
        JudgeSource, ApiSource, TrainerSource, MlflowSource, NarrativesSource, WebSource, ExtensionsAiSource,
    ];
}
