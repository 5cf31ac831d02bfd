using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// A medicine named by its strength: "He takes Levipil 250 mg twice a day", "Sofia uses Flixotide 50 mcg", "Jamie takes
/// 5 ml of Calpol". Brand names are countless and no list holds most of them (set 127 told epilepsy with "Levipil"), but a
/// capitalised word no list knows, right before a number with a dose's unit or right after "of" following one, is the
/// medicine that dose is of. "5 ml of water" and "100 mg of Vitamin C" name no one's medicine (an ordinary word, a word
/// of a list).
/// </summary>
internal static class DosedMedicines
{
    public const string Source = "rule:dosed-medicine";

    private const double Score = 0.85;

    /// <summary>Units of a dose, written apart from the number ("250 mg") or joined to it ("500mg").</summary>
    internal static readonly string[] DoseUnits = ["mg", "ml", "mcg", "µg", "ug", "milligrams", "millilitres", "milliliters", "units", "iu"];

    // Lexicon kinds of words that are not a medicine's brand: ordinary and function words, names of people and places,
    // titles, family words, days and months.
    private const LexiconKind NotABrand = LexiconKind.CommonWord | LexiconKind.FunctionWord | LexiconKind.FirstName | LexiconKind.Surname
        | LexiconKind.PlaceWord | LexiconKind.Title | LexiconKind.KinWord | LexiconKind.CalendarWord | LexiconKind.WellKnownName
        | LexiconKind.Provider | LexiconKind.StreetSuffix | LexiconKind.OrganizationSuffix;

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        var tokens = analyzed.Tokens;
        OrderedOverlaps? existing = null;
        List<CandidateEntity>? added = null;
        for (var t = 1; t < tokens.Count; t++)
        {
            var unit = DoseUnitAt(analyzed, t);
            if (unit < 0)
            {
                continue;
            }

            // "Levipil 250 mg", "Levipil 500mg"; "5 ml of Calpol".
            var name = IsBrand(analyzed, t - 1) ? t - 1
                : unit + 2 < tokens.Count && tokens[unit + 1].In(analyzed.Text) is "of" && IsBrand(analyzed, unit + 2) ? unit + 2
                : -1;
            if (name >= 0)
            {
                // "Clenil Modulite 100 mcg": a brand of two words.
                var first = name == t - 1 && name >= 1 && IsBrand(analyzed, name - 1) ? name - 1 : name;
                OrderedOverlaps.AddUnlessOverlapping(entities, ref existing, ref added,
                    new CandidateEntity(EntityType.Medication, tokens[first].Start, tokens[name].End, Score, Source));
            }
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }

    /// <summary>The token that ends a dose starting at t ("250" of "250 mg" → the "mg"; "500mg" → itself), or -1.</summary>
    internal static int DoseUnitAt(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var word = tokens[t].In(analyzed.Text);
        if (word.Length == 0 || !char.IsDigit(word[0]))
        {
            return -1;
        }

        if (tokens[t].Kind == TokenKind.Number)
        {
            return t + 1 < tokens.Count && WordLists.Contains(DoseUnits, tokens[t + 1].In(analyzed.Text)) ? t + 1 : -1;
        }

        var digits = word.IndexOfAnyExceptInRange('0', '9');
        return digits > 0 && WordLists.Contains(DoseUnits, word[digits..]) ? t : -1;
    }

    private static bool IsBrand(AnalyzedText analyzed, int t) =>
        analyzed.Tokens[t].Kind == TokenKind.Word && analyzed.IsCapitalisedWord(t, minLength: 3)
        && ((analyzed.Lexicons[t] & LexiconKind.Medication) != 0 || (analyzed.Lexicons[t] & (NotABrand | LexiconSet.HealthKinds)) == 0);
}
