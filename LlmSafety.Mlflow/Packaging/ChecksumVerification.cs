namespace LlmSafety.Mlflow.Packaging;

public sealed record ChecksumVerification(bool IsValid, string? Problem)
{
    public static ChecksumVerification Passed { get; } = new(true, null);

    public static ChecksumVerification Failed(string problem) => new(false, problem);
}
