namespace LlmSafety.Judge;

/// <summary>The judge as its callers see it: thread-safe, linear in the length of the text.</summary>
public interface IJudge
{
    /// <summary>The registered model version this judge was loaded from (or "dev" for an unregistered one).</summary>
    string ModelVersion { get; }

    /// <summary>The policy saved with the model; per-call policies are merged onto it within its limits.</summary>
    JudgePolicy DefaultPolicy { get; }

    Judgment Evaluate(string text, JudgePolicy? policy = null);
}
