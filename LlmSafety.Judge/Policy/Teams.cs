using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// The team a child plays in is an ORGANIZATION tied to the child, where the tagger reads its words as a person. Two
/// shapes name such a team:
/// <list type="bullet">
/// <item>a club and an age group: "Riverside Rovers Under-8s", "Hillside Lions U9s", "Kelso Harriers Under 10s";</item>
/// <item>a place and a mascot after a word of taking part: "I play for the Marbella Dolphins", "her camp is run by the
/// Kwakel Wolves", "he is on the Lakeside Tigers", "the coach of the Eastside Hawks" (not "in the Darwin Owls", a
/// school's house).</item>
/// </list>
/// The same words said again without the age group ("we are the Riverside Rovers") are the team too. A fan's team ("we
/// watched the Miami Dolphins") has no such word before it, and a well-known club is left to the well-known list.
/// </summary>
internal static class Teams
{
    public const string Source = "rule:youth-team";

    public const string MascotSource = "rule:team";

    // A text rarely names more than a few teams. Each try and each mention rewrites the entity list once, so these
    // bounds on tries (not on finds) and on mentions keep the rule linear in the text's length.
    private const int MaxTeams = 4;

    private const int MaxTries = 16;

    private const int MaxMentions = 16;

    private const int MaxTeamWords = 4;

    /// <summary>Adds the teams found; <paramref name="entities"/> is sorted by start and stays so.</summary>
    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        var tokens = analyzed.Tokens;
        List<(int First, int Last)>? teams = null;
        var tries = 0;
        for (var t = 1; t < tokens.Count && (teams?.Count ?? 0) < MaxTeams && tries < MaxTries; t++)
        {
            var end = AgeGroupEnd(analyzed, t);
            if (end < 0)
            {
                continue;
            }

            // Club words one space apart on the age group's line and in its sentence: not "Coach Sam\nUnder 8s".
            var first = t;
            while (first > 0 && t - first < MaxTeamWords && !analyzed.SentenceStarts[first] && analyzed.IsCapitalisedWord(first - 1, minLength: 2)
                && (analyzed.Lexicons[first - 1] & (LexiconKind.FunctionWord | LexiconKind.Possessive)) == 0 && NameCandidates.SingleSpace(analyzed, first - 1, first))
            {
                first--;
            }

            // "plays cricket for the Grays Farm Under-11s": after a word of taking part, ordinary words name a club too.
            if (first < t && (HasNamedWord(analyzed, first, t - 1)
                || (first >= 2 && t - first >= 2 && tokens[first - 1].In(analyzed.Text).Equals("the", StringComparison.OrdinalIgnoreCase) && IsTakingPart(analyzed, first - 2)
                    && !WordLists.AnyIn(analyzed.Text, tokens, first, t - 1, SquadWords))))
            {
                tries++;
                if (Replace(entities, tokens[first].Start, tokens[end].End))
                {
                    (teams ??= []).Add((first, t - 1));
                }
            }

            t = end;
        }

        if (teams is not null)
        {
            AddOtherMentions(analyzed, entities, teams);
        }

        AddMascotTeams(analyzed, entities);
    }

    private static readonly string[] Mascots =
    [
        "eagles", "dolphins", "tigers", "wolves", "lions", "bears", "sharks", "hawks", "falcons", "panthers", "jaguars", "cougars",
        "wildcats", "bulldogs", "hornets", "bees", "kangaroos", "stallions", "mustangs", "broncos", "rockets", "comets", "stars",
        "rovers", "rangers", "wanderers", "warriors", "knights", "titans", "giants", "raiders", "pirates", "vikings", "spartans",
        "trojans", "foxes", "owls", "ravens", "cobras", "vipers", "dragons", "otters", "badgers", "penguins", "hurricanes",
        "strikers", "rebels", "jets", "seahawks", "orcas", "bobcats", "lynx", "gators", "crocodiles", "pumas", "leopards",
        "cheetahs", "buffaloes", "rhinos", "stingrays", "marlins", "harriers", "athletic", "united", "juniors",
    ];

    // Words of taking part before "the" and the team: "play for", "run by", "coach of", "on" after a form of be.
    private static readonly string[] ForVerbs = ["play", "plays", "played", "playing", "swim", "swims", "swam", "swimming", "run", "runs", "ran", "skate", "skates", "dance", "dances", "row", "rows", "bowl", "bowls"];

    // Words of a squad that name no club: "the Girls Under-12s", "the County Under-14s", "the Saturday Under-10s".
    private static readonly string[] SquadWords =
    [
        "girls", "boys", "junior", "juniors", "senior", "academy", "development", "school", "town", "county", "city", "district", "regional", "state",
        "national", "club", "team", "squad", "saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "mixed", "youth", "a", "b",
    ];

    private static readonly string[] Sports =
        ["cricket", "football", "soccer", "netball", "rugby", "hockey", "basketball", "baseball", "softball", "volleyball", "tennis", "handball", "water", "polo"];

    private static readonly string[] ByVerbs = ["run", "coached", "organised", "organized", "led"];

    private static readonly string[] OfRoles = ["coach", "captain", "member", "members", "part", "goalkeeper", "player", "players", "mascot", "leader"];

    private static readonly string[] BeForms = ["am", "is", "are", "was", "were", "m", "s", "re", "be"];

    private static readonly string[] JoinVerbs = ["join", "joins", "joined", "joining"];

    // "the Busy Bees room", "the Red Lions group": a class's name, not a club's.
    private static readonly string[] GroupWords = ["class", "room", "group", "table", "set", "house"];

    /// <summary>
    /// "play for the Marbella Dolphins": two to four capitalised words, the last a mascot and one a word that names,
    /// after "the" and a word of taking part, and no word of a class or room after them; <paramref name="entities"/> is
    /// sorted by start and stays so.
    /// </summary>
    private static void AddMascotTeams(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var tries = 0;
        for (var t = 2; t + 2 < tokens.Count && tries < MaxTries; t++)
        {
            if (!tokens[t].In(text).Equals("the", StringComparison.OrdinalIgnoreCase) || !IsTakingPart(analyzed, t - 1))
            {
                continue;
            }

            var last = t;
            for (var u = t + 1; u < tokens.Count && u <= t + MaxTeamWords && analyzed.IsCapitalisedWord(u, minLength: 2)
                && (analyzed.Lexicons[u] & LexiconKind.WellKnownName) == 0; u++)
            {
                last = u;
                if (WordLists.Contains(Mascots, tokens[u].In(text)))
                {
                    break;
                }
            }

            if (last <= t + 1 || !WordLists.Contains(Mascots, tokens[last].In(text)) || (analyzed.Lexicons[last] & LexiconKind.WellKnownName) != 0
                || !HasNamedWord(analyzed, t + 1, last - 1, givenNames: true) || (last + 1 < tokens.Count && WordLists.Contains(GroupWords, tokens[last + 1].In(text))))
            {
                continue;
            }

            tries++;
            Replace(entities, tokens[t + 1].Start, tokens[last].End, overOrganizations: false, source: MascotSource);
            t = last;
        }
    }

    private static bool IsTakingPart(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var word = tokens[t].In(text);
        if (word.Equals("for", StringComparison.OrdinalIgnoreCase) || word.Equals("by", StringComparison.OrdinalIgnoreCase)
            || word.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            var verbs = word.Equals("for", StringComparison.OrdinalIgnoreCase) ? ForVerbs : word.Equals("by", StringComparison.OrdinalIgnoreCase) ? ByVerbs : OfRoles;
            // "plays cricket for": the sport may stand between.
            var verb = t > 1 && verbs == ForVerbs && WordLists.Contains(Sports, tokens[t - 1].In(text)) ? t - 2 : t - 1;
            return verb >= 0 && WordLists.Contains(verbs, tokens[verb].In(text));
        }

        // "on the Lakeside Tigers"; not "in", which is a school's house or class ("Leo is in the Darwin Owls").
        if (word.Equals("on", StringComparison.OrdinalIgnoreCase))
        {
            return t > 0 && WordLists.Contains(BeForms, tokens[t - 1].In(text));
        }

        return WordLists.Contains(JoinVerbs, word);
    }

    /// <summary>The last token of an age group opening at t ("Under-8s", "Under 10s", "U9s", "U-11"), or -1.</summary>
    private static int AgeGroupEnd(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var word = tokens[t].In(text);
        if (word.Length is >= 2 and <= 4 && word[0] == 'U' && char.IsAsciiDigit(word[1]) && IsAgeDigits(word[1..]))
        {
            return t;
        }

        // "Ballyrowan GAA under-8s" too: the capitalised club words before it are what make it a team.
        if (word is not ("Under" or "under" or "U") || t + 1 >= tokens.Count)
        {
            return -1;
        }

        var n = t + 1;
        if (tokens[n].In(text) is "-" && n + 1 < tokens.Count)
        {
            n++;
        }

        if (tokens[n].Kind != TokenKind.Number || tokens[n].End - tokens[n].Start > 2)
        {
            return -1;
        }

        // "Under-8s": the plural "s" is a token of its own; "Under 8" alone is a number of years ("under 8 years old").
        if (n + 1 < tokens.Count && tokens[n + 1].In(text) is "s" && tokens[n + 1].Start == tokens[n].End)
        {
            return n + 1;
        }

        return tokens[n - 1].In(text) is "-" ? n : -1;
    }

    private static bool IsAgeDigits(ReadOnlySpan<char> rest)
    {
        var digits = rest.Length > 0 && rest[^1] == 's' ? rest[..^1] : rest;
        return digits.Length is 1 or 2 && char.IsAsciiDigit(digits[0]) && (digits.Length == 1 || char.IsAsciiDigit(digits[1]));
    }

    // Surnames that are also words of colour, size or mood: "Little Owls", "Red Lions", "Young Stars" are rooms and groups.
    private static readonly string[] AdjectiveSurnames =
        ["little", "red", "green", "brown", "white", "black", "gray", "grey", "young", "small", "long", "golden", "happy", "bright", "blue", "wise", "strong", "swift", "best"];

    /// <summary>
    /// A club word that names: not an ordinary word ("Busy Bees"), nor a given name or title alone ("Leo Under-8s",
    /// "Coach Sam"); a surname counts ("South Walker Rockets") unless it is an adjective too ("Little Owls").
    /// </summary>
    /// <param name="givenNames">
    /// Whether a given name counts: after "play for the" and before a mascot it names a town ("the South Dannie
    /// Dolphins"); before an age group alone it may be a child ("Leo Under-8s").
    /// </param>
    private static bool HasNamedWord(AnalyzedText analyzed, int first, int last, bool givenNames = false)
    {
        for (var t = first; t <= last; t++)
        {
            var kinds = analyzed.Lexicons[t];
            var word = analyzed.Tokens[t].In(analyzed.Text);
            if ((kinds & (LexiconKind.Title | LexiconKind.FunctionWord)) != 0
                || (!givenNames && (kinds & LexiconKind.Surname) == 0 && ((kinds & LexiconKind.FirstName) != 0 || GivenNames.IsGivenName(kinds, word))))
            {
                continue;
            }

            // A town names a club ("Guarulhos Eagles"); a place word that is an ordinary word ("Park") does not.
            if ((kinds & (LexiconKind.CommonWord | LexiconKind.CalendarWord)) == 0
                || ((kinds & LexiconKind.Surname) != 0 && !WordLists.Contains(AdjectiveSurnames, word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Puts the team in place of the names, the health words (and organisations, unless <paramref name="overOrganizations"/>
    /// is false) inside [start, end), unless something else (a date, a phone) overlaps it.
    /// </summary>
    private static bool Replace(List<CandidateEntity> entities, int start, int end, bool overOrganizations = true, string source = Source)
    {
        foreach (var e in entities)
        {
            // A health word inside the team's name is the name's ("the South Walker Rockets").
            if (e.Start < end && start < e.End && e.Type != EntityType.PersonName && (e.Type != EntityType.Organization || !overOrganizations)
                && !(EntityCategories.Of(e.Type) == Category.Health && start <= e.Start && e.End <= end))
            {
                return false;
            }
        }

        entities.RemoveAll(e => e.Start < end && start < e.End);
        var at = 0;
        while (at < entities.Count && entities[at].Start < start)
        {
            at++;
        }

        entities.Insert(at, new CandidateEntity(EntityType.Organization, start, end, 0.6, source));
        return true;
    }

    /// <summary>
    /// "the Riverside Rovers" elsewhere in the text: all of a team's club words (two or more), in the same case; up to
    /// <see cref="MaxMentions"/> of them per team.
    /// </summary>
    private static void AddOtherMentions(AnalyzedText analyzed, List<CandidateEntity> entities, List<(int First, int Last)> teams)
    {
        var tokens = analyzed.Tokens;
        foreach (var (first, last) in teams)
        {
            var length = last - first + 1;
            if (length < 2)
            {
                continue;
            }

            var mentions = 0;
            for (var t = 0; t + length <= tokens.Count && mentions < MaxMentions; t++)
            {
                if (t == first || !JudgeEngine.SameWords(analyzed, first, t, length))
                {
                    continue;
                }

                // Another mention with its age group is a team already.
                Replace(entities, tokens[t].Start, tokens[t + length - 1].End, overOrganizations: false);
                mentions++;
                t += length - 1;
            }
        }
    }
}
