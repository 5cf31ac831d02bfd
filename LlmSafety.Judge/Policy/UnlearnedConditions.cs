using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// Conditions the simulated stories never name, so the span tagger never learned them, said of someone: "Grandma has
/// Alzheimer's disease", "Grandpa has Parkinson's", "My grandad has COPD", "Dad had a heart attack". The tagger reads a
/// capitalised eponym as a name ("Alzheimer's" scored no health span at all in a review of round 21), and grandparents'
/// conditions (dementia, COPD, heart failure) are on the diagnosis list but in no training story. A condition counts
/// when it is on the diagnosis list as an eponym ("X's …": Alzheimer's, Parkinson's, Crohn's, Bell's palsy) or is one
/// of the conditions below (those of no simulated story that the seed-42 tagger scored near zero in "My brother has
/// …"), and someone has it: "my", "his", "her", "your" or a name's "'s" before it, or a person, a family word or a name
/// before "has", "have" or "had" (maybe with "a"). "If Grandma has dementia" is a supposed case, "Sometimes a grandma
/// has dementia" anyone's; a pet's and a
/// character's are theirs, also in a film or a book ("In the book, the grandma has Alzheimer's"); "Alzheimer's disease
/// can make people forget things" has no owner.
/// </summary>
internal static class UnlearnedConditions
{
    public const string Source = "rule:unlearned-condition";

    private const double Score = 0.85;

    // Conditions of the diagnosis list that no simulated story names.
    private static readonly string[] Unlearned =
    [
        "dementia", "copd", "emphysema", "colitis", "ulcerative colitis", "heart failure", "heart attack", "multiple sclerosis",
        "motor neurone disease", "motor neuron disease", "brain tumour", "brain tumor", "kidney failure", "hay fever", "ibs",
        "irritable bowel syndrome", "club foot", "clubfoot", "duchenne muscular dystrophy", "spinal muscular atrophy", "albinism",
    ];

    // The longest condition read: "motor neurone disease", "Alzheimer ' s disease".
    private const int MaxRun = 5;

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        List<CandidateEntity>? added = null;
        OrderedOverlaps? existing = null;
        for (var t = 0; t < tokens.Count; t++)
        {
            if ((analyzed.Lexicons[t] & LexiconKind.Diagnosis) == 0 || (t > 0 && (analyzed.Lexicons[t - 1] & LexiconKind.Diagnosis) != 0))
            {
                continue;
            }

            var end = t;
            while (end + 1 < tokens.Count && end - t < MaxRun && (analyzed.Lexicons[end + 1] & LexiconKind.Diagnosis) != 0 && !analyzed.SentenceStarts[end + 1])
            {
                end++;
            }

            var eponym = end >= t + 2 && tokens[t + 1].In(text) is "'" or "’" && tokens[t + 2].In(text) is "s" && analyzed.IsCapitalisedWord(t);
            if (!eponym && !WordLists.Contains(Unlearned, text.AsSpan(tokens[t].Start, tokens[end].End - tokens[t].Start)))
            {
                t = end;
                continue;
            }

            // "Dad had a heart attack": the article after "had".
            var first = t >= 1 && tokens[t - 1].In(text) is "a" or "an" ? t - 1 : t;
            var span = new TaggedSpan(EntityType.Diagnosis, t, end, 1, 1);
            if (Eyesight.IsOwned(analyzed, first, pets) && !IsAnyones(analyzed, first) && !Eyesight.IsSomeoneElses(analyzed, span, pets)
                && !MakeBelieve.IsInFictionFrame(analyzed, span))
            {
                OrderedOverlaps.AddUnlessOverlapping(entities, ref existing, ref added, new CandidateEntity(EntityType.Diagnosis, tokens[t].Start, tokens[end].End, Score, Source));
            }

            t = end;
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }

    private static readonly string[] Indefinite = ["a", "an", "some", "many", "any", "every", "lots", "most"];

    /// <summary>"Sometimes a grandma has dementia": the person before "has" is anyone's, after "a", "some" or "every".</summary>
    private static bool IsAnyones(AnalyzedText analyzed, int first) =>
        first >= 3 && analyzed.Tokens[first - 1].In(analyzed.Text) is "has" or "have" or "had"
        && WordLists.Contains(Indefinite, analyzed.Tokens[first - 3].In(analyzed.Text));
}
