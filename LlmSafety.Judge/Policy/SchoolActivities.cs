using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// What every school has, written with capitals: a subject before its teacher or lessons ("my Food Tech teacher") and an
/// activity's club ("Basketball Club", "Chess Club"). Made of ordinary English words alone, neither names a person nor
/// tells which school; "Riverside Chess Club" (a place-like word no list holds as ordinary) stays an organisation.
/// </summary>
internal static class SchoolActivities
{
    // What follows a subject's name: "Food Tech teacher", "Design Technology lessons", "the Forest School room".
    private static readonly string[] SubjectFollowers =
        ["teacher", "teachers", "lesson", "lessons", "class", "classes", "homework", "room", "department", "block", "kit", "exam", "exams", "test"];

    private const LexiconKind NameKinds = LexiconKind.FirstName | LexiconKind.Surname | LexiconKind.Title | LexiconKind.PlaceWord
        | LexiconKind.WellKnownName | LexiconKind.KinWord;

    // The words school subjects are named with: "Food Tech", "Design and Technology", "Home Ec", "Forest School".
    private static readonly string[] SubjectWords =
    [
        "maths", "math", "mathematics", "english", "science", "history", "geography", "art", "music", "drama", "pe", "re", "rs", "ict", "computing",
        "technology", "tech", "food", "design", "french", "spanish", "german", "latin", "biology", "chemistry", "physics", "reading", "writing",
        "spelling", "phonics", "literacy", "numeracy", "pshe", "citizenship", "dance", "swimming", "gym", "gymnastics", "cooking", "woodwork",
        "textiles", "forest", "home", "ec", "economics", "dt", "stem", "steam", "sport", "sports", "and", "&",
    ];

    /// <summary>
    /// "my Food Tech teacher", "Food Tech Lessons": the words of a school subject, capitalised, before a subject's follower.
    /// Only subject words: "My Meadow Academy teacher" names the school.
    /// </summary>
    public static bool IsSubject(AnalyzedText analyzed, TaggedSpan span)
    {
        var after = span.LastToken + 1;
        if (after >= analyzed.Tokens.Count || !WordLists.Contains(SubjectFollowers, analyzed.Tokens[after].In(analyzed.Text)))
        {
            return false;
        }

        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (!WordLists.Contains(SubjectWords, analyzed.Tokens[t].In(analyzed.Text)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Basketball Club", "Homework Club": at most two ordinary words and "Club", nothing before them capitalised.</summary>
    public static bool IsActivityClub(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var last = span.LastToken;
        if (tokens[last].In(analyzed.Text) is not "Club" || last == span.FirstToken || last - span.FirstToken > 2)
        {
            return false;
        }

        var before = span.FirstToken - 1;
        return AreOrdinaryWords(analyzed, span.FirstToken, last - 1)
            && (before < 0 || analyzed.SentenceStarts[span.FirstToken] || !analyzed.IsCapitalisedWord(before));
    }

    // The kinds of school every town has: "Pre-School", "Primary School", "Nursery", "Sixth Form".
    private static readonly string[] KindsOfSchool =
    [
        "pre", "preschool", "school", "schools", "nursery", "primary", "secondary", "high", "middle", "junior", "senior", "infant", "infants",
        "elementary", "kindergarten", "sixth", "form", "reception",
    ];

    /// <summary>"my Pre-School Vaccinations": words that only say a kind of school name none.</summary>
    public static bool IsKindOfSchool(AnalyzedText analyzed, TaggedSpan span)
    {
        // "Little Acorns Day Nursery": a capitalised word before that is no small word may be the school's name, which
        // the organisation is widened to later.
        var before = span.FirstToken - 1;
        if (before >= 0 && !analyzed.SentenceStarts[span.FirstToken] && analyzed.IsCapitalisedWord(before)
            && (analyzed.Lexicons[before] & (LexiconKind.FunctionWord | LexiconKind.Possessive)) == 0)
        {
            return false;
        }

        var words = 0;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            var token = analyzed.Tokens[t];
            if (token.Kind != TokenKind.Word)
            {
                if (token.In(analyzed.Text) is not "-")
                {
                    return false;
                }

                continue;
            }

            if (!WordLists.Contains(KindsOfSchool, token.In(analyzed.Text)))
            {
                return false;
            }

            words++;
        }

        return words > 0;
    }

    private static bool AreOrdinaryWords(AnalyzedText analyzed, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            var kinds = analyzed.Lexicons[t];
            if (analyzed.Tokens[t].Kind != TokenKind.Word || (kinds & NameKinds) != 0 || NameRules.IsGivenName(analyzed, t)
                || (kinds & LexiconKind.CommonWord) == 0)
            {
                return false;
            }
        }

        return true;
    }
}
