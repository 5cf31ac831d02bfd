namespace LlmSafety.Mlflow.Loading;

/// <summary>
/// The current champion for request handlers. Swapping is one reference exchange, so a request that already read
/// <see cref="Current"/> finishes on the model it started with.
/// </summary>
public sealed class ModelHolder<T>
{
    private LoadedModel<T>? _current;

    public event EventHandler<ModelChangedEventArgs<T>>? Changed;

    public LoadedModel<T>? Current => Volatile.Read(ref _current);

    public void Swap(LoadedModel<T> model)
    {
        var previous = Interlocked.Exchange(ref _current, model);
        Changed?.Invoke(this, new ModelChangedEventArgs<T>(previous, model));
    }
}
