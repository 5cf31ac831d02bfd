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

    public const string HeadingSchoolSource = "rule:heading-school";

    // The words that end a school's name: "Oak Tree Primary School", "Hillcrest Academy", "Little Acorns Nursery".
    private static readonly string[] SchoolEnds = ["school", "academy", "primary", "nursery", "preschool", "montessori", "kindergarten", "college", "infants", "juniors"];

    // Words before a school word that say what kind of school, not which: "Big School", "New School", "Secondary School",
    // "Forest School", "Sunday School", "Holiday Club".
    private static readonly string[] KindWords =
    [
        "big", "new", "my", "our", "your", "the", "a", "secondary", "primary", "high", "middle", "junior", "senior", "infant", "infants", "nursery",
        "forest", "holiday", "summer", "sunday", "swimming", "dance", "music", "driving", "special", "boarding", "grammar", "private", "public",
        "state", "local", "after", "before", "breakfast", "sports", "art", "drama", "language", "cooking", "day", "night", "first",
        "reception", "year", "pre", "home", "online", "village", "church", "catholic", "community", "free", "sixth", "form", "elementary",
        "cram", "tuition", "saturday", "weekend", "hebrew", "arabic", "quran", "koran", "chinese", "polish", "welsh", "ballet", "riding", "coding",
        "play", "mosque", "temple", "gurdwara", "synagogue", "bible", "medical", "dental", "nursing", "flight", "surf", "ski", "circus",
    ];

    // How many words of a name may stand between "at" and the school word in a heading.
    private const int HeadingNameWords = 4;

    /// <summary>
    /// "# My First Day at Oak Tree Primary School", "Starting at Hillcrest Academy": in a heading, where every word is
    /// capitalised and the name rules stand back, "at", "to" or "from" and capitalised words that end on a school word
    /// name the child's school, when one of those words says which school and not what kind ("Starting at Big School",
    /// "Going to Secondary School" name none).
    /// </summary>
    public static void AddHeadingSchools(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        List<CandidateEntity>? added = null;
        OrderedOverlaps? existing = null;
        for (var t = 0; t + 2 < tokens.Count; t++)
        {
            if (tokens[t].In(text) is not ("at" or "At" or "to" or "To" or "from" or "From") || !analyzed.IsCapitalisedWord(t + 1, minLength: 2)
                || !JudgeEngine.IsInHeading(analyzed, t))
            {
                continue;
            }

            var end = t + 1;
            var named = false;
            while (end < tokens.Count && end - t <= HeadingNameWords + 1 && analyzed.IsCapitalisedWord(end, minLength: 2)
                && !analyzed.HasLineBreak(end - 1, end) && !WordLists.Contains(SchoolEnds, tokens[end].In(text)))
            {
                named |= !WordLists.Contains(KindWords, tokens[end].In(text)) && (analyzed.Lexicons[end] & LexiconKind.FunctionWord) == 0;
                end++;
            }

            if (!named || end == t + 1 || end >= tokens.Count || !WordLists.Contains(SchoolEnds, tokens[end].In(text)) || analyzed.HasLineBreak(end - 1, end))
            {
                continue;
            }

            // "Oak Tree Primary School": the school word may be followed by another.
            var last = end + 1 < tokens.Count && WordLists.Contains(SchoolEnds, tokens[end + 1].In(text)) && !analyzed.HasLineBreak(end, end + 1) ? end + 1 : end;
            OrderedOverlaps.AddUnlessOverlapping(entities, ref existing, ref added,
                new CandidateEntity(EntityType.Organization, tokens[t + 1].Start, tokens[last].End, 0.6, HeadingSchoolSource));
            t = last;
        }

        if (added is not null)
        {
            entities.AddRange(added);
            entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// Ordinary English words that name nobody, or a school subject's word that is a given name too ("Art" of "Art Club",
    /// not "Art Lopez").
    /// </summary>
    private static bool AreOrdinaryWords(AnalyzedText analyzed, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            var kinds = analyzed.Lexicons[t];
            if (analyzed.Tokens[t].Kind == TokenKind.Word && WordLists.Contains(SubjectWords, analyzed.Tokens[t].In(analyzed.Text)) && (kinds & LexiconKind.Surname) == 0)
            {
                continue;
            }

            if (analyzed.Tokens[t].Kind != TokenKind.Word || (kinds & NameKinds) != 0 || NameRules.IsGivenName(analyzed, t)
                || (kinds & LexiconKind.CommonWord) == 0)
            {
                return false;
            }
        }

        return true;
    }
}
