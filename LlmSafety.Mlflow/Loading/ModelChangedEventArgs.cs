namespace LlmSafety.Mlflow.Loading;

public sealed class ModelChangedEventArgs<T>(LoadedModel<T>? previous, LoadedModel<T> current) : EventArgs
{
    public LoadedModel<T>? Previous { get; } = previous;

    public LoadedModel<T> Current { get; } = current;
}
