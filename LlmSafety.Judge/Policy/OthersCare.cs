using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// The shared guard of the rules that find care told without a health word (a test's result, a specialist's gift, a
/// seizure alarm): what they find is no one's disclosure when it is said of people in general ("Some children with
/// epilepsy sleep on a mat that beeps …", "someone"), of a character ("In the story, Bear gets …", a puppet) or of a pet,
/// and in a story with animals only the narrator's own ("I", "my", "me" in the sentence) counts, since "she" there may be
/// the cat.
/// </summary>
internal static class OthersCare
{
    private static readonly string[] People =
        ["kids", "children", "child", "people", "someone", "somebody", "anyone", "everyone", "students", "pupils", "babies", "patients", "others", "dancers", "players"];

    private static readonly string[] FirstPerson = ["i", "my", "me"];

    private const int SentenceWindow = 24;

    public static bool IsOthers(AnalyzedText analyzed, int first, int last, EntityType type, Pets? pets)
    {
        var span = new TaggedSpan(type, first, last, 1, 1);
        var (from, to) = analyzed.WindowInSentence(first, last, SentenceWindow);
        return WordLists.AnyIn(analyzed.Text, analyzed.Tokens, from, to, People)
            || Eyesight.IsSomeoneElses(analyzed, span, pets) || MakeBelieve.IsInFictionFrame(analyzed, new TaggedSpan(type, first, first, 1, 1))
            || MakeBelieve.IsPretend(analyzed, span)
            || (pets is not null && !WordLists.AnyIn(analyzed.Text, analyzed.Tokens, from, to, FirstPerson));
    }
}
