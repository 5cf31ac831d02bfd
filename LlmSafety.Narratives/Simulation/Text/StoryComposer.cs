using LlmSafety.Narratives.Simulation.Catalog;

namespace LlmSafety.Narratives.Simulation.Text;

/// <summary>
/// Puts a story together: disclosures and asides go at random places in the family's sentences, coping sentences
/// pad it to the target length without passing the word ceiling, and the layout is one of single lines (sometimes a
/// Markdown list), paragraphs or one block, most often under a title.
/// </summary>
internal static class StoryComposer
{
    private static readonly string[] Bullets = ["- ", "* ", "• "];

    public static List<RenderedSentence> Compose(
        Random random,
        RenderedSentence? opening,
        List<RenderedSentence> body,
        IReadOnlyList<RenderedSentence> inserts,
        RenderedSentence ending,
        int targetWords,
        TemplateRenderer renderer,
        int maxWords = NarrativeSimulator.MaxWords)
    {
        var required = new HashSet<RenderedSentence>(inserts, ReferenceEqualityComparer.Instance);
        foreach (var insert in inserts)
        {
            body.Insert(random.Next(body.Count + 1), insert);
        }

        var words = (opening?.WordCount ?? 0) + ending.WordCount + body.Sum(s => s.WordCount);

        // Family sentences are dropped from the end first when the disclosures alone make the story too long.
        while (words > maxWords && body.FindLastIndex(s => !required.Contains(s)) is var last and >= 0)
        {
            words -= body[last].WordCount;
            body.RemoveAt(last);
        }

        foreach (var coping in random.Shuffled(StoryFrame.Coping))
        {
            if (words >= targetWords)
            {
                break;
            }

            var sentence = renderer.Render(coping);
            if (words + sentence.WordCount > maxWords)
            {
                break;
            }

            body.Insert(random.Next(body.Count + 1), sentence);
            words += sentence.WordCount;
        }

        return opening is null ? [.. body, ending] : [opening, .. body, ending];
    }

    public static SpanTextBuilder Build(Random random, IReadOnlyList<RenderedSentence> sentences, string? title = null)
    {
        var builder = new SpanTextBuilder();
        var layout = random.Next(3);
        var noisyWhitespace = random.Next(100) < 10;
        // Sentences one per line are sometimes a Markdown list, as LLMs like to write the steps of a story.
        string? bullet = layout == 0 && random.Next(4) == 0 ? Bullets[random.Next(Bullets.Length)] : null;
        if (title is not null)
        {
            builder.Append(title);
            builder.Append(random.Next(4) == 0 ? "\n" : "\n\n");
        }

        for (var i = 0; i < sentences.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(layout switch
                {
                    0 => "\n",
                    1 when random.Next(3) == 0 => "\n\n",
                    _ => TextNoise.SentenceGap(random, noisyWhitespace && random.Next(4) == 0),
                });
            }

            if (bullet is not null && i > 0 && i < sentences.Count - 1)
            {
                builder.Append(bullet);
            }

            foreach (var piece in sentences[i].Pieces)
            {
                if (piece.Label is null)
                {
                    builder.Append(piece.Text);
                }
                else
                {
                    builder.AppendSpan(piece.Text, piece.Label);
                }
            }
        }

        return builder;
    }
}
