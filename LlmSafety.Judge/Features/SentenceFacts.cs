using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Features;

/// <summary>
/// What the name and address rules ask about a sentence, read once per text so that every question costs a lookup,
/// however many names or addresses a long text without full stops holds: where each sentence starts, where the
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

    /// <summary>
    /// Words that make someone known to the world ("one of Ireland's most famous runners"); the name rules decide whether
    /// they describe a name. "champion" is left out: a story calls its own child one ("Mia is our spelling champion").
    /// </summary>
    internal static readonly string[] FameWords =
        ["famous", "olympic", "olympian", "legend", "legendary", "superstar", "celebrity", "medallist", "medalist"];

    private static readonly string[] PublicPlaces =
    [
        "museum", "gallery", "zoo", "aquarium", "library", "stadium", "arena", "theatre", "theater", "cinema", "castle", "palace",
        "cathedral", "embassy", "parliament", "monument", "landmark",
    ];

    private readonly Sentence[] _sentences;

    private SentenceFacts(Sentence[] sentences) => _sentences = sentences;

    private struct Sentence
    {
        public int Start;
        public int FirstPersonal;
        public int FirstPublicPlace;
        public bool FirstOrSecondPerson;
        public bool Fame;
    }

    public static SentenceFacts Build(string text, List<Token> tokens, bool[] sentenceStarts)
    {
        // Counted first, so that the facts take one array of the exact size.
        var count = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            count += t == 0 || sentenceStarts[t] ? 1 : 0;
        }

        var sentences = new Sentence[count];
        var s = -1;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (t == 0 || sentenceStarts[t])
            {
                sentences[++s] = new Sentence { Start = t, FirstPersonal = int.MaxValue, FirstPublicPlace = int.MaxValue };
            }

            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = tokens[t].In(text);
            ref var sentence = ref sentences[s];
            if (sentence.FirstPersonal == int.MaxValue && WordLists.Contains(PersonalWords, word))
            {
                sentence.FirstPersonal = t;
            }

            if (sentence.FirstPublicPlace == int.MaxValue && WordLists.Contains(PublicPlaces, word))
            {
                sentence.FirstPublicPlace = t;
            }

            sentence.FirstOrSecondPerson |= WordLists.Contains(FirstOrSecondPerson, word);
            sentence.Fame |= WordLists.Contains(FameWords, word);
        }

        return new SentenceFacts(sentences);
    }

    /// <summary>The sentence that holds token t (a search over the sentence starts: no array per token).</summary>
    public int SentenceOf(int t)
    {
        var (low, high) = (0, _sentences.Length - 1);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            (low, high) = _sentences[middle].Start <= t ? (middle, high) : (low, middle - 1);
        }

        return low;
    }

    public int Count => _sentences.Length;

    /// <summary>The first token of sentence s.</summary>
    public int Start(int s) => _sentences[s].Start;

    /// <summary>The token after the last of sentence s.</summary>
    public int End(int s, int tokenCount) => s + 1 < _sentences.Length ? _sentences[s + 1].Start : tokenCount;

    /// <summary>Whether sentence s has a personal word (any pronoun, a home word) before token t.</summary>
    public bool HasPersonalWordBefore(int s, int t) => _sentences[s].FirstPersonal < t;

    /// <summary>Whether sentence s has a personal word anywhere.</summary>
    public bool HasPersonalWord(int s) => _sentences[s].FirstPersonal != int.MaxValue;

    /// <summary>Whether sentence s names a public place (museum, zoo …) before token t.</summary>
    public bool HasPublicPlaceBefore(int s, int t) => _sentences[s].FirstPublicPlace < t;

    /// <summary>Whether sentence s has a word of fame (famous, Olympic, legend …) anywhere.</summary>
    public bool HasFameWord(int s) => _sentences[s].Fame;

    /// <summary>Whether sentence s speaks as or to the child: "I", "my", "we", "you".</summary>
    public bool HasFirstOrSecondPerson(int s) => _sentences[s].FirstOrSecondPerson;
}
