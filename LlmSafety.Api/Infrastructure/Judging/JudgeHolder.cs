namespace LlmSafety.Api.Infrastructure.Judging;

public sealed class JudgeHolder : IJudgeHolder
{
    private LoadedJudge? current;

    public LoadedJudge? Current => Volatile.Read(ref current);

    public event EventHandler<LoadedJudge>? ModelChanged;

    public LoadedJudge? Swap(LoadedJudge next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var previous = Interlocked.Exchange(ref current, next);
        ModelChanged?.Invoke(this, next);
        return previous;
    }
}
