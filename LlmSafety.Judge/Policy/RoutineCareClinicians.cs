using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// A named dentist or eye doctor at a check-up is a named person, not a health disclosure: the design counts routine
/// care without a condition as no health information ("I go to the dentist to keep my teeth clean"), while "Dr. Osei"
/// still identifies someone as "Mrs. Osei" would. A clinician is read so only when the story has no other health
/// entity and the sentence that names them is about teeth or eyes and nothing more ("The eye doctor is Dr. Orlova",
/// "see Dr. Whitfield at Lone Star Kids Dental"): no health or body word besides the teeth or eyes, no "has", "born",
/// "because" or "operation". Such a clinician becomes a PERSON_NAME wherever the story names them again, and a place
/// after "at" becomes its ORGANIZATION. Any other clinician stays a provider ("Dr. Kim, my heart doctor").
/// </summary>
internal static class RoutineCareClinicians
{
    public static void Retype(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        foreach (var entity in entities)
        {
            if (entity.Type is EntityType.Diagnosis or EntityType.Medication or EntityType.Treatment or EntityType.Device)
            {
                return;
            }
        }

        // Each named clinician once: where it stands, its surname and any "at" in it; and the surnames of those whose own
        // sentence is routine care, each sentence read at most once.
        var named = new List<(int Index, string Surname, int At)>();
        HashSet<string>? routine = null;
        var verdicts = new Dictionary<int, bool>();
        var tokens = analyzed.Tokens;
        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Type != EntityType.Provider || Named(analyzed, entity) is not var (surname, at))
            {
                continue;
            }

            named.Add((i, surname, at));
            var s = analyzed.Sentences.SentenceOf(AnalyzedText.TokenAt(tokens, entity.Start));
            if (!verdicts.TryGetValue(s, out var isRoutine))
            {
                isRoutine = IsRoutineCareSentence(analyzed, s);
                verdicts[s] = isRoutine;
            }

            if (isRoutine)
            {
                (routine ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(surname);
            }
        }

        if (routine is null)
        {
            return;
        }

        // Backwards, so an inserted organisation leaves the indices still to come in place.
        for (var n = named.Count - 1; n >= 0; n--)
        {
            var (i, surname, at) = named[n];
            if (!routine.Contains(surname))
            {
                continue;
            }

            var entity = entities[i];
            if (at < 0)
            {
                entities[i] = entity with { Type = EntityType.PersonName };
                continue;
            }

            // "Dr. Whitfield at Lone Star Kids Dental": the person, then the practice.
            entities[i] = entity with { Type = EntityType.PersonName, End = tokens[at - 1].End };
            entities.Insert(i + 1, entity with { Type = EntityType.Organization, Start = tokens[at + 1].Start });
        }
    }

    /// <summary>
    /// For a named clinician, the last name word before any "at" ("Whitfield" of "Dr. Hannah Whitfield at …") and that
    /// "at" token (-1 if none); null for an unnamed one.
    /// </summary>
    private static (string Surname, int At)? Named(AnalyzedText analyzed, CandidateEntity entity)
    {
        var text = analyzed.Text;
        if (!JudgeEngine.HasName(text.AsSpan(entity.Start, entity.End - entity.Start)))
        {
            return null;
        }

        var tokens = analyzed.Tokens;
        var at = AtWithin(analyzed, entity);
        var end = at >= 0 ? tokens[at].Start : entity.End;
        string? last = null;
        for (var t = AnalyzedText.TokenAt(tokens, entity.Start); t < tokens.Count && tokens[t].End <= end; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && char.IsUpper(text[tokens[t].Start]) && tokens[t].End - tokens[t].Start >= 2
                && (analyzed.Lexicons[t] & LexiconKind.Title) == 0)
            {
                last = tokens[t].In(text).ToString();
            }
        }

        return last is null ? null : (last, at);
    }

    private static readonly string[] RoutineCareWords =
        ["dentist", "dentists", "dental", "hygienist", "teeth", "tooth", "optician", "optometrist", "optometry"];

    private static readonly string[] EyeCareWords = ["doctor", "test", "exam", "check", "clinic", "appointment"];

    // Words that make a visit more than a check-up: "has an abscess", "born with", "because", "an operation".
    private static readonly string[] ConditionCues =
        ["has", "have", "had", "born", "because", "operation", "surgery", "losing", "condition", "problem", "problems", "treatment", "hospital"];

    /// <summary>
    /// Sentence s has a teeth or eye-care word ("dentist", "teeth", "optician", "eye doctor") and neither a condition cue
    /// nor a health or body word other than the teeth and eyes themselves.
    /// </summary>
    private static bool IsRoutineCareSentence(AnalyzedText analyzed, int s)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var end = analyzed.Sentences.End(s, tokens.Count);
        var routine = false;
        for (var t = analyzed.Sentences.Start(s); t < end; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = tokens[t].In(text);
            if (WordLists.Contains(RoutineCareWords, word))
            {
                routine = true;
                continue;
            }

            if (IsEye(word))
            {
                routine |= t + 1 < end && WordLists.Contains(EyeCareWords, tokens[t + 1].In(text));
                continue;
            }

            // "doctor" and "Dr." are what a dentist is called too; any other clinician word ("psychiatrist") is not.
            var kinds = analyzed.Lexicons[t] & (LexiconSet.HealthKinds | LexiconKind.BodyWord);
            if (WordLists.Contains(ConditionCues, word)
                || (kinds != LexiconKind.None && !(kinds == LexiconKind.Provider && WordLists.Contains(NameRules.DoctorTitles, word))))
            {
                return false;
            }
        }

        return routine;
    }

    private static bool IsEye(ReadOnlySpan<char> word) =>
        word.Equals("eye", StringComparison.OrdinalIgnoreCase) || word.Equals("eyes", StringComparison.OrdinalIgnoreCase);

    /// <summary>The token "at" inside the span with a word on each side, or -1.</summary>
    private static int AtWithin(AnalyzedText analyzed, CandidateEntity entity)
    {
        var tokens = analyzed.Tokens;
        var first = AnalyzedText.TokenAt(tokens, entity.Start);
        for (var t = first + 1; t < tokens.Count && tokens[t].End < entity.End; t++)
        {
            if (tokens[t].In(analyzed.Text) is "at")
            {
                return t;
            }
        }

        return -1;
    }
}
