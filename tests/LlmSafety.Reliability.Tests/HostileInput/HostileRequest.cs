namespace LlmSafety.Reliability.Tests.HostileInput;

/// <summary>One generated request: where it goes, the raw body bytes, and what kind of hostility it carries.</summary>
public sealed record HostileRequest(string Path, byte[] Body, string ContentType, string Kind);
