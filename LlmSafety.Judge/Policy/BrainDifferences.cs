using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// A condition told as a brain that works another way: "My brain is wired differently, which is why sounds feel so big",
/// "his brain works differently", "Ana's brain learns in a different way", and so ears or eyes ("My ears work a little
/// differently from a lot of other people's ears"). One person's brain (an owner right before
/// "brain"), a verb of working, thinking, learning or being wired or built, and "differently" or "in a different way"
/// a few words on make a DIAGNOSIS. Not everyone's ("Everyone's brain works differently", "our brains"), a lesson
/// for anyone in the second person ("If your brain works differently …"), a brain at one time ("… differently when I
/// am sleepy"), a character's or a pet's. So does a person who thinks differently in a sentence that says it has a name
/// ("… you think and feel things in a different way from most kids, which has a name").
/// </summary>
internal static class BrainDifferences
{
    public const string Source = "rule:brain-difference";

    private const double Score = 0.8;

    private static readonly string[] Owners = ["my", "his", "her", "your", "their", "My", "His", "Her", "Your", "Their"];

    private static readonly string[] Ways =
        ["is", "was", "wired", "works", "worked", "thinks", "learns", "grows", "built", "made", "just", "a", "bit", "little", "really", "sees", "does", "things",
            "and", "feel", "feels", "work", "hear", "hears", "see"];

    private static readonly string[] Differently = ["differently"];

    // "If your brain works differently", "Every brain works differently": a lesson for anyone.
    private static readonly string[] Anyone = ["if", "every", "everyone", "everybody", "all", "some", "many", "people", "kids", "children", "can", "might", "may"];

    private const int Reach = 6;

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        var text = analyzed.Text;
        if (!text.Contains("different", StringComparison.OrdinalIgnoreCase)
            || !(text.Contains("brain", StringComparison.OrdinalIgnoreCase) || text.Contains("think", StringComparison.OrdinalIgnoreCase)
                || text.Contains("ears", StringComparison.OrdinalIgnoreCase) || text.Contains("eyes", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var tokens = analyzed.Tokens;
        List<CandidateEntity>? added = null;
        OrderedOverlaps? existing = null;
        for (var t = 1; t + 2 < tokens.Count; t++)
        {
            if (tokens[t].In(text) is "think" or "thinks")
            {
                t = AddThinksDifferently(analyzed, t, entities, ref existing, ref added, pets);
                continue;
            }

            var organ = tokens[t].In(text) is "ears" or "eyes" or "Ears" or "Eyes";
            if (tokens[t].In(text) is not ("brain" or "Brain") && !organ)
            {
                continue;
            }

            // "My ears work a little differently": one person's ears or eyes, not a lesson's ("your eyes work differently in the dark").
            var owner = OwnerOf(analyzed, t);
            if (organ && owner >= 0 && tokens[owner].In(text) is "your" or "Your" or "their" or "Their")
            {
                continue;
            }

            var last = owner < 0 ? -1 : DifferentlyAfter(analyzed, t);
            if (last < 0)
            {
                continue;
            }

            // Anyone before the owner only: "so I can need a quiet break" after it is the child's.
            var (from, _) = analyzed.WindowInSentence(owner, last, Reach);
            if ((owner > from && WordLists.AnyIn(text, tokens, from, owner - 1, Anyone)) || IsPassingState(analyzed, last)
                || OthersCare.IsOthers(analyzed, owner, last, EntityType.Diagnosis, pets)
                || IsFiction(analyzed, new TaggedSpan(EntityType.Diagnosis, owner, last, 1, 1))
                // "In the book, Max's brain works differently": the frame reads the character before the brain.
                || IsFiction(analyzed, new TaggedSpan(EntityType.Diagnosis, t, last, 1, 1)))
            {
                continue;
            }

            OrderedOverlaps.AddUnlessOverlapping(entities, ref existing, ref added, new CandidateEntity(EntityType.Diagnosis, tokens[owner].Start, tokens[last].End, Score, Source));
            t = last;
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }

    private static bool IsFiction(AnalyzedText analyzed, TaggedSpan span) =>
        MakeBelieve.IsCharactersOwn(analyzed, span) || MakeBelieve.IsInFictionFrame(analyzed, span) || MakeBelieve.IsToldByFiction(analyzed, span);

    private static readonly string[] Whens = ["when", "whenever", "after", "before", "while", "if"];

    /// <summary>"My brain works differently when I am sleepy": a brain at one time, not a condition.</summary>
    private static bool IsPassingState(AnalyzedText analyzed, int last) =>
        last + 1 < analyzed.Tokens.Count && WordLists.Contains(Whens, analyzed.Tokens[last + 1].In(analyzed.Text));

    private static readonly string[] Thinkers = ["i", "you", "he", "she", "they"];

    // What says a way of thinking is a condition with a name: "…, which has a name", "My family learned that you think …".
    private static readonly string[] Named = ["name", "named", "called", "learned", "learnt", "found", "doctor", "doctors", "diagnosis", "diagnosed"];

    /// <summary>
    /// "Your family learned that you think and feel things in a different way from most kids, which has a name": a
    /// person ("I", "you", "he", "she", a given name) who thinks (and feels) differently or in a different way, in a
    /// sentence that says the way has a name or was found out, is a DIAGNOSIS; "You think differently from your sister
    /// about pizza" is not. Returns the token to go on from.
    /// </summary>
    private static int AddThinksDifferently(
        AnalyzedText analyzed, int t, List<CandidateEntity> entities, ref OrderedOverlaps? existing, ref List<CandidateEntity>? added, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var subject = t - 1;
        if (subject < 0 || !(WordLists.Contains(Thinkers, tokens[subject].In(text)) || NameRules.IsGivenNameInSentence(analyzed, subject)))
        {
            return t;
        }

        var last = DifferentlyAfter(analyzed, t);
        var (from, to) = analyzed.WindowInSentence(subject, Math.Max(last, t), Reach * 4);
        if (last < 0 || !WordLists.AnyIn(text, tokens, from, to, Named) || (subject > from && WordLists.AnyIn(text, tokens, from, subject - 1, Anyone))
            || Eyesight.IsSomeoneElses(analyzed, new TaggedSpan(EntityType.Diagnosis, subject, last, 1, 1), pets)
            || IsFiction(analyzed, new TaggedSpan(EntityType.Diagnosis, t, last, 1, 1)))
        {
            return t;
        }

        OrderedOverlaps.AddUnlessOverlapping(entities, ref existing, ref added, new CandidateEntity(EntityType.Diagnosis, tokens[subject].Start, tokens[last].End, Score, Source));
        return last;
    }

    /// <summary>"my" or "Ana's" right before the brain at t, or -1.</summary>
    private static int OwnerOf(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        if (WordLists.Contains(Owners, tokens[t - 1].In(analyzed.Text)))
        {
            return t - 1;
        }

        return t >= 3 && tokens[t - 1].In(analyzed.Text) is "s" && tokens[t - 2].In(analyzed.Text) is "'" or "’" && analyzed.IsCapitalisedWord(t - 3, minLength: 2)
            && NameRules.IsGivenName(analyzed, t - 3) ? t - 3 : -1;
    }

    /// <summary>The token of "differently" (or "way" of "in a different way") a few ways-words after the brain, or -1.</summary>
    private static int DifferentlyAfter(AnalyzedText analyzed, int brain)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var n = brain + 1; n < tokens.Count && n - brain <= Reach && !analyzed.SentenceStarts[n]; n++)
        {
            var word = tokens[n].In(text);
            if (WordLists.Contains(Differently, word))
            {
                return n;
            }

            if (word is "in" && n + 3 < tokens.Count && tokens[n + 1].In(text) is "a" && tokens[n + 2].In(text) is "different" && tokens[n + 3].In(text) is "way")
            {
                return n + 3;
            }

            if (!WordLists.Contains(Ways, word))
            {
                return -1;
            }
        }

        return -1;
    }
}
