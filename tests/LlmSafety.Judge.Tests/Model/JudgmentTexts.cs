namespace LlmSafety.Judge.Tests.Model;

/// <summary>The text of a judgment's entities, for assertions written against the story.</summary>
internal static class JudgmentTexts
{
    /// <summary>The text of every entity of the given types, in the judgment's order.</summary>
    public static IEnumerable<string> Found(Judgment judgment, string text, params EntityType[] types) =>
        judgment.Entities.Where(e => types.Contains(e.Type)).Select(e => text[e.Start..e.End]);
}
