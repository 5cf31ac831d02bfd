using System.Globalization;
using System.Text;

namespace LlmSafety.Narratives.Simulation.Text;

/// <summary>
/// Turns a sentence template into text for one voice. The template language:
/// <c>{I}</c> subject pronoun, <c>{N}</c> subject by first name in the third person, <c>{me}</c>, <c>{my}</c>,
/// <c>{myself}</c>; verb agreement with the latest subject through <c>{s}</c>, <c>{es}</c>, <c>{am}</c>,
/// <c>{was}</c> and <c>{plain|third}</c> pairs; <c>$key</c> inserts a story value; <c>[[LABEL|content]]</c> marks the
/// rendered content as a labelled span.
/// </summary>
internal sealed class TemplateRenderer(StoryContext context)
{
    private enum Subject
    {
        FirstPerson,
        SecondPerson,
        ThirdPlural,
        ThirdSingular,
    }

    private Subject _subject;
    private int _sentences;

    public RenderedSentence Render(string template)
    {
        _subject = DefaultSubject();

        // A third-person story names its subject now and then instead of repeating the pronoun.
        if (context.Voice == NarrativeVoice.Third && _sentences++ % 3 == 1 && template.StartsWith("{I}", StringComparison.Ordinal))
        {
            template = "{N}" + template[3..];
        }

        var pieces = new List<RenderedPiece>();
        var literal = new StringBuilder();
        var index = 0;
        while (index < template.Length)
        {
            if (string.CompareOrdinal(template, index, "[[", 0, 2) == 0)
            {
                var close = template.IndexOf("]]", index, StringComparison.Ordinal);
                var bar = template.IndexOf('|', index);
                if (close < 0 || bar < 0 || bar > close)
                {
                    throw new FormatException($"Unclosed or unlabelled span in template \"{template}\".");
                }

                if (literal.Length > 0)
                {
                    pieces.Add(new RenderedPiece(literal.ToString(), null));
                    literal.Clear();
                }

                var label = template[(index + 2)..bar];
                EntityLabels.Parse(label);
                var value = new StringBuilder();
                RenderInline(template[(bar + 1)..close], value);
                pieces.Add(new RenderedPiece(value.ToString(), label));
                index = close + 2;
                continue;
            }

            index = RenderOne(template, index, literal);
        }

        if (literal.Length > 0)
        {
            pieces.Add(new RenderedPiece(literal.ToString(), null));
        }

        return new RenderedSentence(CapitaliseStart(pieces));
    }

    private void RenderInline(string template, StringBuilder output)
    {
        var index = 0;
        while (index < template.Length)
        {
            index = RenderOne(template, index, output);
        }
    }

    private int RenderOne(string template, int index, StringBuilder output)
    {
        var c = template[index];
        if (c == '{')
        {
            var close = template.IndexOf('}', index);
            if (close < 0)
            {
                throw new FormatException($"Unclosed token in template \"{template}\".");
            }

            output.Append(Token(template[(index + 1)..close]));
            return close + 1;
        }

        if (c == '$' && index + 1 < template.Length && char.IsAsciiLetter(template[index + 1]))
        {
            var end = index + 1;
            while (end < template.Length && char.IsAsciiLetterOrDigit(template[end]))
            {
                end++;
            }

            var key = template[(index + 1)..end];
            output.Append(context.Values.TryGetValue(key, out var value)
                ? value
                : throw new KeyNotFoundException($"Template value ${key} is not defined."));
            return end;
        }

        output.Append(c);
        return index + 1;
    }

    private string Token(string token)
    {
        var bar = token.IndexOf('|', StringComparison.Ordinal);
        if (bar >= 0)
        {
            return _subject == Subject.ThirdSingular ? token[(bar + 1)..] : token[..bar];
        }

        return token switch
        {
            "I" => SubjectPronoun(),
            "N" => SubjectByName(),
            "me" => Pick("me", "you", context.Pronouns.Object),
            "my" => Pick("my", "your", context.Pronouns.Possessive),
            "myself" => Pick("myself", "yourself", context.Pronouns.Reflexive),
            "we" => Group("we", "you", "they"),
            "us" => Pick("us", "you", "them"),
            "s" => _subject == Subject.ThirdSingular ? "s" : "",
            "es" => _subject == Subject.ThirdSingular ? "es" : "",
            "am" => _subject switch
            {
                Subject.FirstPerson => "am",
                Subject.ThirdSingular => "is",
                _ => "are",
            },
            "was" => _subject is Subject.FirstPerson or Subject.ThirdSingular ? "was" : "were",
            _ when char.IsUpper(token[0]) => Capitalise(Token(char.ToLowerInvariant(token[0]) + token[1..])),
            _ => throw new FormatException($"Unknown template token {{{token}}}."),
        };
    }

    private string SubjectPronoun()
    {
        _subject = DefaultSubject();
        return Pick("I", "you", context.Pronouns.Subject);
    }

    private string SubjectByName()
    {
        if (context.Voice != NarrativeVoice.Third)
        {
            return SubjectPronoun();
        }

        _subject = Subject.ThirdSingular;
        return context.FirstName;
    }

    private string Group(string first, string second, string third)
    {
        _subject = Subject.ThirdPlural;
        return Pick(first, second, third);
    }

    private Subject DefaultSubject() => context.Voice switch
    {
        NarrativeVoice.First => Subject.FirstPerson,
        NarrativeVoice.Second => Subject.SecondPerson,
        _ => context.Pronouns.Plural ? Subject.ThirdPlural : Subject.ThirdSingular,
    };

    private string Pick(string first, string second, string third) => context.Voice switch
    {
        NarrativeVoice.First => first,
        NarrativeVoice.Second => second,
        _ => third,
    };

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static List<RenderedPiece> CapitaliseStart(List<RenderedPiece> pieces)
    {
        if (pieces.Count > 0 && pieces[0].Text.Length > 0 && char.IsLower(pieces[0].Text[0]))
        {
            var text = pieces[0].Text;
            pieces[0] = pieces[0] with { Text = Capitalise(text) };
        }

        return pieces;
    }
}
