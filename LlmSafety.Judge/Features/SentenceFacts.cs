using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Features;

/// <summary>
/// What the name and address rules ask about a sentence, read once per text so that every question costs a lookup,
/// however many names or addresses a long text without full stops holds: which sentence a token is in, where the
/// first personal word of each sentence is, where the first public place word is, and whether it calls someone famous.
/// </summary>
internal sealed class SentenceFacts
{
    // First- and second-person words: a sentence with one of them is about the child or the reader.
    private static readonly string[] FirstOrSecondPerson = ["i", "me", "my", "mine", "we", "us", "our", "you", "your"];

    // Any person's pronoun and the words of a home: whoever has one of these before an address owns it.
    private static readonly string[] PersonalWords =
    [
        "i", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "they", "them", "their",
        "home", "house", "flat", "apartment", "address", "live", "lives", "lived", "living",
    ];

    // Words that make someone known to the world ("one of Ireland's most famous runners"); the name rules decide whether
    // they describe a name. "champion" is left out: a story calls its own child one ("Mia is our spelling champion").
    private static readonly string[] FameWords =
        ["famous", "olympic", "olympics", "olympian", "legend", "legendary", "superstar", "celebrity", "medallist", "medalist"];

    private static readonly string[] PublicPlaces =
    [
        "museum", "gallery", "zoo", "aquarium", "library", "stadium", "arena", "theatre", "theater", "cinema", "castle", "palace",
        "cathedral", "embassy", "parliament", "monument", "landmark",
    ];

    private readonly int[] _sentenceOf;
    private readonly List<int> _starts;
    private readonly List<int> _firstPersonal;
    private readonly List<int> _firstPublicPlace;
    private readonly List<bool> _firstOrSecondPerson;
    private readonly List<bool> _fame;

    private SentenceFacts(
        int[] sentenceOf, List<int> starts, List<int> firstPersonal, List<int> firstPublicPlace, List<bool> firstOrSecondPerson, List<bool> fame)
    {
        _fame = fame;
        _sentenceOf = sentenceOf;
        _starts = starts;
        _firstPersonal = firstPersonal;
        _firstPublicPlace = firstPublicPlace;
        _firstOrSecondPerson = firstOrSecondPerson;
    }

    public static SentenceFacts Build(string text, List<Token> tokens, bool[] sentenceStarts)
    {
        var sentenceOf = new int[tokens.Count];
        var starts = new List<int>();
        var firstPersonal = new List<int>();
        var firstPublicPlace = new List<int>();
        var firstOrSecondPerson = new List<bool>();
        var fame = new List<bool>();
        for (var t = 0; t < tokens.Count; t++)
        {
            if (t == 0 || sentenceStarts[t])
            {
                starts.Add(t);
                firstPersonal.Add(int.MaxValue);
                firstPublicPlace.Add(int.MaxValue);
                firstOrSecondPerson.Add(false);
                fame.Add(false);
            }

            var s = starts.Count - 1;
            sentenceOf[t] = s;
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = tokens[t].In(text);
            if (firstPersonal[s] == int.MaxValue && WordLists.Contains(PersonalWords, word))
            {
                firstPersonal[s] = t;
            }

            if (firstPublicPlace[s] == int.MaxValue && WordLists.Contains(PublicPlaces, word))
            {
                firstPublicPlace[s] = t;
            }

            firstOrSecondPerson[s] |= WordLists.Contains(FirstOrSecondPerson, word);
            fame[s] |= WordLists.Contains(FameWords, word);
        }

        return new SentenceFacts(sentenceOf, starts, firstPersonal, firstPublicPlace, firstOrSecondPerson, fame);
    }

    public int SentenceOf(int t) => _sentenceOf[t];

    public int Count => _starts.Count;

    /// <summary>The first token of sentence s.</summary>
    public int Start(int s) => _starts[s];

    /// <summary>The token after the last of sentence s.</summary>
    public int End(int s, int tokenCount) => s + 1 < _starts.Count ? _starts[s + 1] : tokenCount;

    /// <summary>Whether sentence s has a personal word (any pronoun, a home word) before token t.</summary>
    public bool HasPersonalWordBefore(int s, int t) => _firstPersonal[s] < t;

    /// <summary>Whether sentence s has a personal word anywhere.</summary>
    public bool HasPersonalWord(int s) => _firstPersonal[s] != int.MaxValue;

    /// <summary>Whether sentence s names a public place (museum, zoo …) before token t.</summary>
    public bool HasPublicPlaceBefore(int s, int t) => _firstPublicPlace[s] < t;

    /// <summary>Whether sentence s has a word of fame (famous, Olympic, legend …) anywhere.</summary>
    public bool HasFameWord(int s) => _fame[s];

    /// <summary>Whether sentence s speaks as or to the child: "I", "my", "we", "you".</summary>
    public bool HasFirstOrSecondPerson(int s) => _firstOrSecondPerson[s];
}
