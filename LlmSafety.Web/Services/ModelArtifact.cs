namespace LlmSafety.Web.Services;

/// <summary>A file from the champion model's evaluation (a plot or the report), as the API served it.</summary>
public sealed record ModelArtifact(ReadOnlyMemory<byte> Content, string ContentType);
