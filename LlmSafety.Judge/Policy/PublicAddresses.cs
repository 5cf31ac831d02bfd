using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// An address is an identifier when it is someone's. "Paddington Bear lives at 32 Windsor Gardens" is a story
/// character's, and "Te Papa is the national museum. It is at 55 Cable Street." a museum's: an address in a sentence
/// with no first- or second-person word, after a well-known name in it or a public place (museum, zoo, stadium …) in
/// it or the sentence before, names no one's home.
/// </summary>
internal static class PublicAddresses
{
    private static readonly string[] PublicPlaces =
    [
        "museum", "gallery", "zoo", "aquarium", "library", "stadium", "arena", "theatre", "theater", "cinema", "castle", "palace",
        "cathedral", "embassy", "parliament", "monument", "landmark",
    ];

    private static readonly string[] PersonalWords = ["i", "me", "my", "we", "us", "our", "you", "your", "home", "live", "lives", "house"];

    /// <summary>Whether the address that starts at token <paramref name="first"/> belongs to a character or a public place.</summary>
    public static bool IsPublic(string text, List<Token> tokens, bool[] sentenceStarts, LexiconKind[] lexicons, int first)
    {
        var start = first;
        while (start > 0 && !sentenceStarts[start])
        {
            start--;
        }

        var wellKnownBefore = false;
        var publicPlace = false;
        for (var t = start; t < tokens.Count && (t == start || !sentenceStarts[t]); t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = tokens[t].In(text);
            // "Paddington Bear lives at …": after a well-known name its verb is the character's; anyone else's is a person's.
            if (WordLists.Contains(PersonalWords, word) && !(wellKnownBefore && word.StartsWith("live", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            wellKnownBefore |= t < first && (lexicons[t] & LexiconKind.WellKnownName) != 0;
            publicPlace |= WordLists.Contains(PublicPlaces, word);
        }

        if (wellKnownBefore || publicPlace)
        {
            return true;
        }

        // "It is at 55 Cable Street": the place was named in the sentence before.
        if (start == 0 || !tokens[start].In(text).Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var previous = start - 1;
        while (previous > 0 && !sentenceStarts[previous])
        {
            previous--;
        }

        for (var t = previous; t < start; t++)
        {
            if (tokens[t].Kind == TokenKind.Word)
            {
                var word = tokens[t].In(text);
                if (WordLists.Contains(PersonalWords, word))
                {
                    return false;
                }

                publicPlace |= WordLists.Contains(PublicPlaces, word);
            }
        }

        return publicPlace;
    }
}
