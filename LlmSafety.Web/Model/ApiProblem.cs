namespace LlmSafety.Web.Model;

/// <summary>
/// The parts of an RFC 9457 problem details body the pages show: a title, a detail and, for validation problems,
/// the messages per request field.
/// </summary>
public sealed record ApiProblem(
    string? Title,
    string? Detail,
    int? Status,
    IReadOnlyDictionary<string, string[]>? Errors);
