using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// The shared guard of the rules that find care told without a health word (a test's result, a specialist's gift, a
/// seizure alarm): what they find is no one's disclosure when it is said of people in general ("Some children with
/// epilepsy sleep on a mat that beeps …", "someone"), of a character ("In the story, Bear gets …", a puppet) or of a pet,
/// and in a story with animals only the narrator's own ("I", "my", "me" in the sentence) counts, since "she" there may be
/// the cat. People after the finding with "other" or "most" before them are a comparison ("… differently from other
/// people's brains"), not whom it is said of.
/// </summary>
internal static class OthersCare
{
    private static readonly string[] People =
        ["kids", "children", "child", "people", "someone", "somebody", "anyone", "everyone", "students", "pupils", "babies", "patients", "others", "dancers", "players"];

    private static readonly string[] FirstPerson = ["i", "my", "me"];

    private const int SentenceWindow = 24;

    // What makes people after the finding a comparison: "differently from other people's brains", "than most kids".
    private static readonly string[] Comparing = ["other", "most"];

    /// <summary>
    /// People in general in [from, to], except after the finding with "other" or "most" right before them: "My brain works
    /// a little differently from other people's brains" compares the child with them.
    /// </summary>
    private static bool HasPeopleBesidesComparison(AnalyzedText analyzed, int from, int to, int last)
    {
        var tokens = analyzed.Tokens;
        for (var t = WordLists.FirstIn(analyzed.Text, tokens, from, to, People); t >= 0; t = WordLists.FirstIn(analyzed.Text, tokens, t + 1, to, People))
        {
            if (t <= last || !WordLists.Contains(Comparing, tokens[t - 1].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsOthers(AnalyzedText analyzed, int first, int last, EntityType type, Pets? pets)
    {
        var span = new TaggedSpan(type, first, last, 1, 1);
        var (from, to) = analyzed.WindowInSentence(first, last, SentenceWindow);
        return HasPeopleBesidesComparison(analyzed, from, to, last)
            || Eyesight.IsSomeoneElses(analyzed, span, pets) || MakeBelieve.IsInFictionFrame(analyzed, new TaggedSpan(type, first, first, 1, 1))
            || MakeBelieve.IsPretend(analyzed, span)
            || (pets is not null && !WordLists.AnyIn(analyzed.Text, analyzed.Tokens, from, to, FirstPerson));
    }
}
