using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// The changes every body goes through in puberty, told in a story that names puberty: "I might sweat more", "start to
/// sweat more, so they use deodorant", "my voice might crack". They happen to everyone and are no one's condition. A
/// span counts only when every word in it is one of those changes or a small word around them; a change told against
/// others ("my periods are heavier than most girls'", "slower to start puberty than most boys") or with any word of a
/// health list stays found, and so does every change in a story of puberty that comes early or late ("precocious
/// puberty").
/// </summary>
internal static class GrowingUp
{
    // "puberty" and its Spanish, French, German, Italian and Portuguese words, accents folded as the text is read.
    private static readonly string[] PubertyWords = ["puberty", "pubertad", "puberte", "pubertat", "puberta", "puberdade"];

    // Puberty that is itself someone's condition: "Mia has precocious puberty".
    private static readonly string[] Untimely = ["early", "precocious", "delayed", "late"];

    // What puberty does, and the small words the tagger takes in with it: "sweat more", "get spots", "voice might crack".
    private static readonly string[] Changes =
    [
        "sweat", "sweats", "sweaty", "sweating", "spots", "spot", "spotty", "pimples", "pimple", "voice", "crack", "cracks", "cracking",
        "wobbly", "deeper", "taller", "hair", "hairs", "smell", "smelly", "grow", "grows", "growing", "more", "a", "bit", "lot",
        "i", "you", "he", "she", "they", "we", "my", "your", "his", "her", "their", "might", "may", "will", "can", "start", "starts",
        "to", "get", "gets", "begin", "begins", "and", "or",
    ];

    public static bool IsPubertyChange(AnalyzedText analyzed, TaggedSpan span)
    {
        if (span.Type != EntityType.Diagnosis)
        {
            return false;
        }

        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var change = false;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = tokens[t].In(text);
            if (!WordLists.Contains(Changes, word) || (analyzed.Lexicons[t] & LexiconSet.HealthKinds) != 0)
            {
                return false;
            }

            change |= word.StartsWith("sweat", StringComparison.OrdinalIgnoreCase) || word.StartsWith("spot", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("pimple", StringComparison.OrdinalIgnoreCase) || word.StartsWith("crack", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("smell", StringComparison.OrdinalIgnoreCase);
        }

        // Asked only of the rare span made of these words, so the story is read for "puberty" then, not kept.
        if (!change)
        {
            return false;
        }

        var puberty = false;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (WordLists.Contains(PubertyWords, tokens[t].In(text)))
            {
                if (t > 0 && WordLists.Contains(Untimely, tokens[t - 1].In(text)))
                {
                    return false;
                }

                puberty = true;
            }
        }

        return puberty;
    }
}
