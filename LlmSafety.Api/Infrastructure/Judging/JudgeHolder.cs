namespace LlmSafety.Api.Infrastructure.Judging;

public sealed class JudgeHolder : IJudgeHolder
{
    private LoadedJudge? current;
    private volatile bool registryReachable = true;

    public LoadedJudge? Current => Volatile.Read(ref current);

    public event EventHandler<LoadedJudge>? ModelChanged;

    public bool RegistryReachable => registryReachable;

    public void ReportRegistryReachable(bool reachable) => registryReachable = reachable;

    public LoadedJudge? Swap(LoadedJudge next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var previous = Interlocked.Exchange(ref current, next);
        ModelChanged?.Invoke(this, next);
        return previous;
    }
}
