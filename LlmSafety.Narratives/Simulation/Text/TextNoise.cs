using System.Globalization;

namespace LlmSafety.Narratives.Simulation.Text;

/// <summary>
/// The untidiness of real LLM output and hand-edited stories: a few swapped letters, doubled spaces and, rarely, a
/// story typed all in lower case. Typos touch only unlabelled text so that every span still equals its value.
/// </summary>
internal static class TextNoise
{
    public static List<RenderedSentence> Apply(List<RenderedSentence> sentences, Random random)
    {
        var result = sentences;
        if (random.Next(100) < 15)
        {
            var typos = random.Next(1, 3);
            for (var i = 0; i < typos; i++)
            {
                result = AddTypo(result, random);
            }
        }

        if (random.Next(100) < 4)
        {
            result = Obfuscate(result, random);
        }

        if (random.Next(100) < 5)
        {
            result = [.. result.Select(s => new RenderedSentence([.. s.Pieces.Select(p => p with { Text = p.Text.ToLower(CultureInfo.InvariantCulture) })]))];
        }

        return result;
    }

    /// <summary>
    /// Hides one identifier the way people dodge filters: a zero-width space inside it, or full-width digits.
    /// The span keeps covering the changed value, so a judge that normalises text still has to find it.
    /// </summary>
    private static List<RenderedSentence> Obfuscate(List<RenderedSentence> sentences, Random random)
    {
        var targets = sentences
            .SelectMany((sentence, s) => sentence.Pieces.Select((piece, p) => (s, p, piece)))
            .Where(x => x.piece.Label is "PERSON_NAME" or "PHONE" or "EMAIL" or "ID_NUMBER" or "ADDRESS" && x.piece.Text.Length > 3)
            .ToList();
        if (targets.Count == 0)
        {
            return sentences;
        }

        var (sentenceIndex, pieceIndex, target) = targets[random.Next(targets.Count)];
        var text = target.Text;
        var changed = text.Any(char.IsAsciiDigit) && random.Next(2) == 0
            ? string.Concat(text.Select(c => char.IsAsciiDigit(c) ? (char)('\uFF10' + (c - '0')) : c))
            : text.Insert(1 + random.Next(text.Length - 2), "\u200B");
        var pieces = sentences[sentenceIndex].Pieces.ToList();
        pieces[pieceIndex] = target with { Text = changed };
        var copy = sentences.ToList();
        copy[sentenceIndex] = new RenderedSentence(pieces);
        return copy;
    }

    /// <summary>The separator between two sentences: usually one space, sometimes two or a stray trailing space.</summary>
    public static string SentenceGap(Random random, bool noisy) => !noisy
        ? " "
        : random.Next(3) switch
        {
            0 => "  ",
            1 => " \u00A0",
            _ => "   ",
        };

    private static List<RenderedSentence> AddTypo(List<RenderedSentence> sentences, Random random)
    {
        var sentenceIndex = random.Next(sentences.Count);
        var pieces = sentences[sentenceIndex].Pieces.ToList();
        var literalIndexes = Enumerable.Range(0, pieces.Count).Where(i => pieces[i].Label is null).ToList();
        if (literalIndexes.Count == 0)
        {
            return sentences;
        }

        var pieceIndex = literalIndexes[random.Next(literalIndexes.Count)];
        var text = pieces[pieceIndex].Text;
        var candidates = new List<int>();
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if (char.IsLetter(text[i - 1]) && char.IsLetter(text[i]) && char.IsLetter(text[i + 1]) && char.IsLetter(text[i + 2]) && text[i] != text[i + 1])
            {
                candidates.Add(i);
            }
        }

        if (candidates.Count == 0)
        {
            return sentences;
        }

        var at = candidates[random.Next(candidates.Count)];
        var chars = text.ToCharArray();
        (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
        pieces[pieceIndex] = pieces[pieceIndex] with { Text = new string(chars) };
        var copy = sentences.ToList();
        copy[sentenceIndex] = new RenderedSentence(pieces);
        return copy;
    }
}
