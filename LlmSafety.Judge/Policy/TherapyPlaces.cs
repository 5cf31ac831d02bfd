using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// "This story was written with me by Mr. Oyelaran from Bright Steps Therapy Centre. He comes to my school on Mondays",
/// "I go to see Ms. Huang at Little Voices Therapy Centre": a person named right before "from" or "at" and a named
/// place of therapy is that place's therapist, a PROVIDER, wherever the story names them again. The place stays an
/// organisation. Hand-written sets 58 and 62 labelled both people so; a check-up at a family clinic ("Dr. Nwachukwu at
/// Lekki Family Clinic") is routine care and is not read here, since a clinic is no place of therapy, and neither is a
/// trust, a charity shop or a speech and drama academy.
/// A place of therapy someone goes to ("Mum drives me to Bright Sparks Children's Therapy", set 64) is a PROVIDER
/// itself: going there tells of therapy; working or volunteering there does not. A name signed with a therapist's
/// credential ("Danielle Reyes, M.Ed., BCBA") or a clinician's title ("Ms. Grace Lund, Speech Therapist") is a
/// PROVIDER too.
/// </summary>
internal static class TherapyPlaces
{
    // Words of a place's name that make it a place of therapy: "Bright Steps Therapy Centre", "Talk Tree Speech Clinic".
    private static readonly string[] TherapyWords =
    [
        "therapy", "therapies", "therapists", "speech", "physio", "physiotherapy", "rehab", "rehabilitation", "audiology", "psychology", "counselling",
        "counseling", "occupational",
    ];

    // A place that names speech but teaches it: "Speech and Drama Academy".
    private static readonly string[] Performing = ["drama", "theatre", "theater", "debate", "debating", "elocution"];

    // Verbs and nouns before "to" or "at" that take someone to a place: "Mum drives me to", "my sessions at".
    private static readonly string[] Going =
    [
        "go", "goes", "going", "went", "drive", "drives", "driving", "drove", "take", "takes", "taking", "took", "bring", "brings", "brought",
        "walk", "walks", "attend", "attends", "attending", "visit", "visits", "session", "sessions", "appointment", "appointments",
    ];

    // Verbs that take the place with no "to": "Leo attends Little Voices Speech Clinic".
    private static readonly string[] Attending = ["attend", "attends", "attending", "attended", "visit", "visits", "visiting", "visited"];

    // Words that make the place someone's work or cause rather than their care: "Mum works at", "we raised money for".
    private static readonly string[] NotCare =
    [
        "work", "works", "worked", "working", "job", "jobs", "volunteer", "volunteers", "volunteering", "donate", "donated", "fundraiser",
        "raise", "raised", "raising", "deliver", "delivers", "delivered", "past", "sale", "fair", "party", "fundraising", "concert", "interview",
        "receptionist", "cleaner", "manager", "staff", "employee", "boss", "shift", "trip", "ribbon", "carols", "sing", "singing", "choir", "acting",
    ];

    // A therapist's credentials after a name, matched exactly: "Priya Nair, CCC-SLP", "Jenna Brooks, OT". (Not "PT",
    // which a coach's personal training is too: "Our swim coach is Ben Wright, PT".)
    private static readonly string[] Credentials =
    [
        "BCBA", "BCBA-D", "BCaBA", "RBT", "SLP", "CCC-SLP", "SLP-CCC", "OTR", "OTR/L", "OT", "OTD", "DPT", "LCSW", "LPC", "LMFT", "PsyD", "Psy.D",
    ];

    // Degrees that may stand between the name and the credential, matched exactly: "Danielle Reyes, M.Ed., BCBA".
    private static readonly string[] Degrees = ["M.Ed", "MEd", "M.S", "MS", "MSc", "M.Sc", "MA", "M.A", "BSc", "B.Sc", "BA", "B.A", "PhD", "Ph.D", "EdD", "Ed.D", "MSW"];

    /// <summary>
    /// The source of a place of therapy someone goes to: a PROVIDER for health that still names a place for identity, as
    /// the organisation it was.
    /// </summary>
    public const string PlaceSource = "policy:therapy-place";

    // How sure the rule is of a place of therapy gone to, whatever the tagger made of the organisation's edges.
    private const double PlaceScore = 0.8;

    public static void Retype(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        HashSet<string>? therapists = null;
        for (var i = 0; i < entities.Count; i++)
        {
            var place = entities[i];
            if (place.Type == EntityType.PersonName && (HasCredential(analyzed.Text, place.End) || IsSignedAsClinician(analyzed, place)))
            {
                (therapists ??= new HashSet<string>(StringComparer.Ordinal)).Add(analyzed.Text[place.Start..place.End]);
                continue;
            }

            // "My brother attends Little Steps Physiotherapy": a place the tagger read as a person's name.
            if (!(place.Type == EntityType.Organization || (place.Type == EntityType.PersonName && EndsOnTherapyWord(analyzed, place))) || !HasTherapyWord(analyzed, place))
            {
                continue;
            }

            if (IsGoneTo(analyzed, place))
            {
                entities[i] = place with { Type = EntityType.Provider, Score = Math.Max(place.Score, PlaceScore), Source = PlaceSource };
            }

            // The person ends right before "from" or "at" (and "the") that opens the place.
            for (var p = i - 1; p >= 0 && p >= i - 3; p--)
            {
                var person = entities[p];
                if (person.Type == EntityType.PersonName && IsJoinedByFromOrAt(analyzed.Text, person.End, place.Start))
                {
                    (therapists ??= new HashSet<string>(StringComparer.Ordinal)).Add(analyzed.Text[person.Start..person.End]);
                    break;
                }
            }
        }

        if (therapists is null)
        {
            return;
        }

        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Type == EntityType.PersonName && therapists.Contains(analyzed.Text[entity.Start..entity.End]))
            {
                entities[i] = entity with { Type = EntityType.Provider };
            }
        }
    }

    /// <summary>
    /// ", " and a therapist's credential after a name, maybe after degrees, on the name's line: "Danielle Reyes, M.Ed., BCBA".
    /// </summary>
    private static bool HasCredential(string text, int end)
    {
        var rest = text.AsSpan(end, Math.Min(MaxCredentials, text.Length - end));
        var line = rest.IndexOf('\n');
        if (line >= 0)
        {
            rest = rest[..line];
        }

        while (rest.StartsWith(", "))
        {
            rest = rest[2..];
            var comma = rest.IndexOf(',');
            var part = comma >= 0 ? rest[..comma] : rest;
            // "Marcus Lee, RBT. He comes after lunch": the credential ends at a space.
            part = (part.IndexOf(' ') is var space and >= 0 ? part[..space] : part).TrimEnd('.');
            if (IsExactly(Credentials, part))
            {
                return true;
            }

            if (!IsExactly(Degrees, part) || comma < 0)
            {
                return false;
            }

            rest = rest[comma..];
        }

        return false;
    }

    /// <summary>"Story by Ms. Grace Lund, Speech Therapist": a name the name rules found, then a clinician's title.</summary>
    private static bool IsSignedAsClinician(AnalyzedText analyzed, CandidateEntity person)
    {
        var comma = AnalyzedText.TokenAt(analyzed.Tokens, person.End);
        return analyzed.Tokens[comma].Start >= person.End && JobTitles.RoleAfterName(analyzed, comma) == JobTitles.Role.Clinician;
    }

    private static bool IsExactly(string[] words, ReadOnlySpan<char> part)
    {
        foreach (var word in words)
        {
            if (part.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Someone goes to the place: right before it (and "the") stands "to" or "at" with a going word among the few words
    /// before in its sentence ("Mum drives me to", "my sessions at"), or "attend" or "visit" itself; no word of work or
    /// fundraising is in that stretch.
    /// </summary>
    private static bool IsGoneTo(AnalyzedText analyzed, CandidateEntity place)
    {
        var tokens = analyzed.Tokens;
        var p = AnalyzedText.TokenAt(tokens, place.Start) - 1;
        // "attends Little Voices Speech Clinic" read from "Voices": one capitalised word the place's span left out.
        if (p >= 1 && analyzed.IsCapitalisedWord(p, minLength: 2) && !analyzed.SentenceStarts[p])
        {
            p--;
        }

        if (p >= 0 && tokens[p].In(analyzed.Text).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            p--;
        }

        if (p < 0 || analyzed.SentenceStarts[p + 1])
        {
            return false;
        }

        var word = tokens[p].In(analyzed.Text);
        var linked = word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("at", StringComparison.OrdinalIgnoreCase);
        var (first, _) = analyzed.WindowInSentence(p, p, GoingReach);
        // Work or an event anywhere in the sentence: "Aunty Jo goes to Riverside Speech Therapy because that is her job",
        // "We went to a cake sale at Hillside Physiotherapy Clinic".
        var last = AnalyzedText.LastTokenBefore(tokens, place.End);
        var (from, to) = analyzed.WindowInSentence(p, last, SentenceReach);
        if (WordLists.AnyIn(analyzed.Text, tokens, from, to, NotCare) || IsOneVisit(analyzed, last))
        {
            return false;
        }

        // The one who goes may be the sentence's subject, before a longer stretch: "You will still go to occupational therapy
        // on Thursdays at Sunrise Kids Therapy Centre".
        return (linked ? WordLists.AnyIn(analyzed.Text, tokens, first, p - 1, Going) : WordLists.Contains(Attending, word))
            && (HasGoer(analyzed, first, p) || (linked && HasGoer(analyzed, from, first)));
    }

    private static readonly string[] Goers = ["i", "me", "we", "us", "you", "he", "she", "him", "her", "they", "them", "my", "his", "your", "our", "their"];

    /// <summary>
    /// Someone who goes, in [first, p): a pronoun ("drives me to"), a family word or a given name ("Leo attends"); not
    /// "The number 42 bus goes to", "The mayor went to". Asked of the few words before the place, and of the sentence's
    /// start before them when "to" or "at" links the place.
    /// </summary>
    private static bool HasGoer(AnalyzedText analyzed, int first, int p)
    {
        for (var t = first; t < p; t++)
        {
            if (WordLists.Contains(Goers, analyzed.Tokens[t].In(analyzed.Text)) || (analyzed.Lexicons[t] & LexiconKind.KinWord) != 0
                || (analyzed.IsCapitalisedWord(t, minLength: 2) && NameRules.IsGivenName(analyzed, t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"… Children's Therapy Centre for a visit", "for a tour": one visit, a look around, not sessions.</summary>
    private static bool IsOneVisit(AnalyzedText analyzed, int last)
    {
        var tokens = analyzed.Tokens;
        return last + 3 < tokens.Count && tokens[last + 1].In(analyzed.Text) is "for" && tokens[last + 2].In(analyzed.Text) is "a"
            && tokens[last + 3].In(analyzed.Text) is "visit" or "tour" or "look";
    }

    private const int MaxCredentials = 40;

    private const int GoingReach = 6;

    // How far either side of the place its sentence is read for work or an event.
    private const int SentenceReach = 20;

    private static bool HasTherapyWord(AnalyzedText analyzed, CandidateEntity place)
    {
        var tokens = analyzed.Tokens;
        var therapy = false;
        var t = AnalyzedText.TokenAt(tokens, place.Start);
        for (; t >= 0 && t < tokens.Count && tokens[t].Start < place.End; t++)
        {
            if (WordLists.Contains(Performing, tokens[t].In(analyzed.Text)))
            {
                return false;
            }

            therapy |= WordLists.Contains(TherapyWords, tokens[t].In(analyzed.Text));
        }

        // "Riverside Speech | and Drama School": the tagger may end the place before its performing words.
        for (var after = t; therapy && after < tokens.Count && after < t + PerformingReach && !analyzed.SentenceStarts[after]; after++)
        {
            if (WordLists.Contains(Performing, tokens[after].In(analyzed.Text)))
            {
                return false;
            }
        }

        return therapy;
    }

    // How far after a place's span its performing words may come: "Speech | and Drama School".
    private const int PerformingReach = 3;

    // The last words of a place the tagger may read as a person's name: "Little Steps Physiotherapy", "Hilltop Physio".
    private static readonly string[] PlaceEnds = ["physio", "physiotherapy", "therapy", "therapies", "rehab", "audiology"];

    private static bool EndsOnTherapyWord(AnalyzedText analyzed, CandidateEntity place)
    {
        var last = AnalyzedText.LastTokenBefore(analyzed.Tokens, place.End);
        return last >= 0 && analyzed.IsCapitalisedWord(last) && WordLists.Contains(PlaceEnds, analyzed.Tokens[last].In(analyzed.Text));
    }

    /// <summary>
    /// Between the person's end and the place's start only " from " or " at ", maybe "the ", and maybe one capitalised
    /// word the place's span left out ("at Little Voices Therapy Centre" read from "Voices").
    /// </summary>
    private static bool IsJoinedByFromOrAt(string text, int end, int start)
    {
        if (start <= end || start - end > MaxJoin)
        {
            return false;
        }

        var between = text.AsSpan(end, start - end).Trim();
        var space = between.LastIndexOf(' ');
        if (space > 0 && char.IsUpper(between[space + 1]) && !between[(space + 1)..].Contains(' '))
        {
            between = between[..space];
        }

        return between is "from" or "at" or "from the" or "at the";
    }

    private const int MaxJoin = 24;
}
