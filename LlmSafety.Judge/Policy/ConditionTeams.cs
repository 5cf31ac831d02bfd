using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// A clinician or team named by a child's condition: "my diabetes nurse", "Leo's epilepsy team", "Mum will phone the
/// haemophilia nurse". The condition is the child's, though the story never says "has": a family does not phone a
/// haemophilia nurse for someone else. Hand-written set 42 told a bleeding disorder so, and the classifier of health
/// words scored the word at 0.01–0.3. It counts only:
/// <list type="bullet">
/// <item>with a word of a diagnosis list right before a nurse, doctor, team, clinic, specialist or consultant;</item>
/// <item>with an owner: "my", "his", "her", "your", "our" or a name's "'s" before the condition; or "the" after a verb of
/// getting in touch ("phone", "call", "see", "visit") whose subject is a person ("Mum will phone", "We see"). "The
/// school has an asthma nurse", "a diabetes nurse visited our class" and "People with epilepsy can ring their epilepsy
/// nurse" are nobody's; a character's, a pet's and a supposed case's ("If …") are not the child's.</item>
/// </list>
/// </summary>
internal static class ConditionTeams
{
    public const string Source = "rule:condition-team";

    private const double Score = 0.85;

    private static readonly string[] Teams =
        ["nurse", "nurses", "doctor", "doctors", "team", "clinic", "specialist", "specialists", "consultant", "consultants"];

    private static readonly string[] Owners = ["my", "his", "her", "your", "our"];

    private static readonly string[] ContactVerbs =
        ["phone", "phones", "phoned", "call", "calls", "called", "ring", "rings", "rang", "see", "sees", "saw", "visit", "visits", "visited", "meet", "meets", "met", "email", "emails", "text", "texts"];

    private static readonly string[] Modals = ["will", "can", "may", "might", "must", "should", "would", "could", "always", "then", "also", "sometimes"];

    private static readonly string[] People = ["i", "we", "he", "she", "you", "they"];

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        // The entities' indices by start, made on the first find, and a pointer that moves forward through them: the finds
        // come in order of increasing start and never overlap one another (a team word stands between two), so a text of
        // many finds costs time linear in its entities, as with OrderedOverlaps.
        int[]? byStart = null;
        var next = 0;
        List<CandidateEntity>? added = null;
        for (var t = 1; t + 1 < tokens.Count; t++)
        {
            if (!WordLists.Contains(Teams, tokens[t + 1].In(text)))
            {
                continue;
            }

            if ((analyzed.Lexicons[t] & LexiconKind.Diagnosis) == 0)
            {
                AddOrganTeam(analyzed, t, entities, pets, ref byStart, ref next, ref added);
                continue;
            }

            // A condition of two words ("type 1 diabetes nurse") is read back to its first word of the list.
            var first = t;
            while (first > 0 && (analyzed.Lexicons[first - 1] & LexiconKind.Diagnosis) != 0 && t - first < 3)
            {
                first--;
            }

            // Not a character's ("In the book, Grandpa Fox visits his dementia nurse"), a pet's or a supposed case's.
            var span = new TaggedSpan(EntityType.Diagnosis, first, t, 1, 1);
            if (!HasOwner(analyzed, first) || MakeBelieve.IsInFictionFrame(analyzed, span) || Eyesight.IsSomeoneElses(analyzed, span, pets)
                || Eyesight.IsGeneral(analyzed, first - 1))
            {
                continue;
            }

            var (start, end) = (tokens[first].Start, tokens[t].End);
            byStart ??= IndicesByStart(entities);
            var found = FirstOverlapping(entities, byStart, ref next, start, end);
            if (found < 0)
            {
                (added ??= []).Add(new CandidateEntity(EntityType.Diagnosis, start, end, Score, Source));
            }
            else if (entities[found].Type == EntityType.Diagnosis && entities[found].Score < Score)
            {
                // The classifier of health words saw the word and doubted it: the owner settles it.
                entities[found] = entities[found] with { Score = Score, Source = Source };
            }
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }

    // Organs a care team is named by: "the heart team", "her kidney doctor", "the cleft clinic".
    private static readonly string[] Organs = ["heart", "cardiac", "kidney", "renal", "lung", "liver", "cleft", "spinal"];

    private static readonly string[] FirstPerson = ["i", "my", "me"];

    // What makes an organ's team no one's care: a maybe or a place for anyone ("You can see the kidney doctor if your
    // tummy hurts", "a TV show where you meet the heart team"), a game's teams ("the heart team and the star team"), a
    // visit to the hospital's open day, a story or a zoo.
    private static readonly string[] NotCare =
        ["if", "where", "can", "could", "might", "show", "tv", "story", "book", "film", "zoo", "farm", "vet", "vets", "open", "model", "relay", "won", "groups", "game", "star"];

    private const int TeamWindow = 16;

    /// <summary>
    /// "her kidney doctor" (an owner), "We see the heart team" (a person getting in touch), or "a feeding plan from the heart
    /// team, I practise …" ("from the" in a sentence that speaks as the child): a team named by an organ cares for
    /// someone's condition, a TREATMENT. Not "The heart team visited our class" (no owner), a maybe or a place for anyone,
    /// a game's teams, a character's, a pet's or someone else's.
    /// </summary>
    private static void AddOrganTeam(
        AnalyzedText analyzed, int t, List<CandidateEntity> entities, Pets? pets, ref int[]? byStart, ref int next, ref List<CandidateEntity>? added)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (!WordLists.Contains(Organs, tokens[t].In(text)) || !char.IsLower(text[tokens[t].Start]))
        {
            return;
        }

        var span = new TaggedSpan(EntityType.Treatment, t, t + 1, 1, 1);
        var (from, to) = analyzed.WindowInSentence(t, t + 1, TeamWindow);
        if (!(HasOwner(analyzed, t) || IsFromTheTeamOfChild(analyzed, t, from, to)) || WordLists.AnyIn(text, tokens, from, to, NotCare)
            || OthersCare.IsOthers(analyzed, t, t + 1, EntityType.Treatment, pets) || MakeBelieve.IsInFictionFrame(analyzed, span) || MakeBelieve.IsToldByFiction(analyzed, span)
            || MakeBelieve.IsCharactersOwn(analyzed, span) || Eyesight.IsSomeoneElses(analyzed, span, pets) || Eyesight.IsGeneral(analyzed, t - 1))
        {
            return;
        }

        var (start, end) = (tokens[t].Start, tokens[t + 1].End);
        byStart ??= IndicesByStart(entities);
        if (FirstOverlapping(entities, byStart, ref next, start, end) < 0)
        {
            (added ??= []).Add(new CandidateEntity(EntityType.Treatment, start, end, Score, Source));
        }
    }

    /// <summary>"from the heart team" in a sentence, read around it, that speaks as the child ("I", "my", "me").</summary>
    private static bool IsFromTheTeamOfChild(AnalyzedText analyzed, int organ, int from, int to) =>
        organ >= 2 && analyzed.Tokens[organ - 1].In(analyzed.Text) is "the" && analyzed.Tokens[organ - 2].In(analyzed.Text) is "from"
        && WordLists.AnyIn(analyzed.Text, analyzed.Tokens, from, to, FirstPerson);

    private static int[] IndicesByStart(List<CandidateEntity> entities)
    {
        var indices = new int[entities.Count];
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] = i;
        }

        Array.Sort(indices, (a, b) => entities[a].Start.CompareTo(entities[b].Start));
        return indices;
    }

    /// <summary>
    /// The first entity in list order that overlaps [start, end), or -1: the one an in-order walk of the list would meet
    /// first. start must not decrease from one call to the next.
    /// </summary>
    private static int FirstOverlapping(List<CandidateEntity> entities, int[] byStart, ref int next, int start, int end)
    {
        while (next < byStart.Length && entities[byStart[next]].End <= start)
        {
            next++;
        }

        var found = -1;
        for (var i = next; i < byStart.Length && entities[byStart[i]].Start < end; i++)
        {
            var index = byStart[i];
            if (start < entities[index].End && (found < 0 || index < found))
            {
                found = index;
            }
        }

        return found;
    }

    private static bool HasOwner(AnalyzedText analyzed, int first)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (first < 1)
        {
            return false;
        }

        var before = tokens[first - 1].In(text);
        if (WordLists.Contains(Owners, before))
        {
            return true;
        }

        // "Leo's epilepsy team".
        if (before is "s" && first >= 3 && tokens[first - 2].In(text) is "'" or "’" && analyzed.IsCapitalisedWord(first - 3, minLength: 2)
            && (analyzed.Lexicons[first - 3] & (LexiconKind.CommonWord | LexiconKind.FunctionWord | LexiconKind.PlaceWord)) == 0)
        {
            return true;
        }

        if (!before.Equals("the", StringComparison.OrdinalIgnoreCase) || first < 3 || !WordLists.Contains(ContactVerbs, tokens[first - 2].In(text)))
        {
            return false;
        }

        var subject = first - 3;
        while (subject > 0 && WordLists.Contains(Modals, tokens[subject].In(text)))
        {
            subject--;
        }

        var word = tokens[subject].In(text);
        return WordLists.Contains(People, word) || (analyzed.Lexicons[subject] & LexiconKind.KinWord) != 0;
    }
}
