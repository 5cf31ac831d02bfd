namespace LlmSafety.Mlflow.Loading;

/// <summary>
/// The current champion for request handlers. Swapping is one reference exchange, so a request that already read
/// <see cref="Current"/> finishes on the model it started with.
/// </summary>
public sealed class ModelHolder<T>
{
    private LoadedModel<T>? _current;

    private int _registryReachable = -1;

    public event EventHandler<ModelChangedEventArgs<T>>? Changed;

    /// <summary>Raised when a poll reaches the registry after failing, or fails after reaching it.</summary>
    public event EventHandler<bool>? RegistryReachabilityChanged;

    /// <summary>Whether the last poll reached the registry; null before the first poll.</summary>
    public bool? RegistryReachable => Volatile.Read(ref _registryReachable) switch
    {
        -1 => null,
        0 => false,
        _ => true,
    };

    public void ReportRegistryReachable(bool reachable)
    {
        var previous = Interlocked.Exchange(ref _registryReachable, reachable ? 1 : 0);
        if (previous != (reachable ? 1 : 0))
        {
            RegistryReachabilityChanged?.Invoke(this, reachable);
        }
    }

    public LoadedModel<T>? Current => Volatile.Read(ref _current);

    public void Swap(LoadedModel<T> model)
    {
        var previous = Interlocked.Exchange(ref _current, model);
        Changed?.Invoke(this, new ModelChangedEventArgs<T>(previous, model));
    }
}
