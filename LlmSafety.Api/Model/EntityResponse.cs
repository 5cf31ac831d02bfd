using LlmSafety.Judge;

namespace LlmSafety.Api.Model;

/// <summary>One detected entity: <c>[Start, End)</c> into the request's text, and the placeholder that replaces it in the redacted text.</summary>
/// <param name="Type">SCREAMING_SNAKE_CASE entity type, e.g. <c>PERSON_NAME</c>.</param>
/// <param name="Source"><c>model</c> or <c>recognizer</c>.</param>
public sealed record EntityResponse(
    string Type,
    Category Category,
    int Start,
    int End,
    double Score,
    Severity Severity,
    string Source,
    string Placeholder);
