namespace LlmSafety.Api.Infrastructure.Judging;

/// <summary>
/// Holds the judge that serves requests and swaps in a new one atomically. A request reads <see cref="Current"/>
/// once and keeps that instance, so requests in flight finish on the model they started with.
/// </summary>
public interface IJudgeHolder
{
    /// <summary>The serving judge, or null when no model is loaded (judgments then fail closed with 503).</summary>
    LoadedJudge? Current { get; }

    /// <summary>Raised after a swap with the new judge.</summary>
    event EventHandler<LoadedJudge>? ModelChanged;

    /// <summary>Makes <paramref name="next"/> the serving judge and returns the previous one (null if none).</summary>
    LoadedJudge? Swap(LoadedJudge next);

    /// <summary>False after the model poller last failed to reach the registry; health then reports Degraded.</summary>
    bool RegistryReachable { get; }

    /// <summary>Called by the model poller after each attempt to reach the registry.</summary>
    void ReportRegistryReachable(bool reachable);
}
