using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Normalization;
using LlmSafety.Judge.Recognizers;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Features;

/// <summary>Everything the models read about one text: normalised form, tokens, lexicon marks and recognizer finds.</summary>
public sealed class AnalyzedText
{
    private AnalyzedText(
        NormalizedText normalized, List<Token> tokens, bool[] sentenceStarts, LexiconKind[] lexicons,
        List<RecognizedEntity> recognized, EntityType?[] recognizedTypeByToken)
    {
        Normalized = normalized;
        Tokens = tokens;
        SentenceStarts = sentenceStarts;
        Lexicons = lexicons;
        Recognized = recognized;
        RecognizedTypeByToken = recognizedTypeByToken;
        WordCodes = new int[tokens.Count];
        Shapes = new int[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            var word = tokens[t].In(normalized.Text);
            WordCodes[t] = FeatureHasher.WordCode(word);
            Shapes[t] = FeatureHasher.ShapeCode(word);
        }
    }

    /// <summary>Per token: hash of the lower-cased word.</summary>
    public int[] WordCodes { get; }

    /// <summary>Per token: hash of the word shape (Xx, d, …).</summary>
    public int[] Shapes { get; }

    public NormalizedText Normalized { get; }

    public string Text => Normalized.Text;

    public List<Token> Tokens { get; }

    public bool[] SentenceStarts { get; }

    public LexiconKind[] Lexicons { get; }

    public List<RecognizedEntity> Recognized { get; }

    public EntityType?[] RecognizedTypeByToken { get; }

    public static AnalyzedText Analyze(string original)
    {
        var normalized = TextNormalizer.Normalize(original);
        var text = normalized.Text;
        var tokens = Tokenizer.Tokenize(text);
        var recognized = StructuredIdentifierRecognizer.Recognize(text);
        var byToken = new EntityType?[tokens.Count];
        var r = 0;
        for (var t = 0; t < tokens.Count && r < recognized.Count; t++)
        {
            while (r < recognized.Count && recognized[r].End <= tokens[t].Start)
            {
                r++;
            }

            if (r < recognized.Count && recognized[r].Start < tokens[t].End)
            {
                byToken[t] = recognized[r].Type;
            }
        }

        return new AnalyzedText(
            normalized, tokens, Tokenizer.SentenceStarts(text, tokens), LexiconSet.Default.Match(text, tokens), recognized, byToken);
    }
}
