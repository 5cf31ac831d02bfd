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

    /// <summary>Units of a dose ("250 mg"; the tokenizer also splits "500mg" into the number and the unit).</summary>
    internal static readonly string[] DoseUnits = ["mg", "ml", "mcg", "ug", "milligrams", "millilitres", "milliliters", "units", "iu"];

    // What a drink comes in: "a Yakult 65 ml bottle", "Ribena 200 ml cartons" are drinks, not doses.
    private static readonly string[] Containers = ["bottle", "bottles", "carton", "cartons", "can", "cans", "glass", "cup", "pack", "packs", "box", "tub", "jar", "pouch", "pouches"];

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
        for (var t = 0; t < tokens.Count; t++)
        {
            var unit = DoseUnitAt(analyzed, t);
            if (unit < 0 || (unit + 1 < tokens.Count && WordLists.Contains(Containers, tokens[unit + 1].In(analyzed.Text))))
            {
                continue;
            }

            // "5 ml of Calpol": the medicine follows "of", and a word before the dose is whom it is given to ("Mum gives
            // Tamati 5 ml of Pamol"); "Levipil 250 mg": the medicine comes before.
            var of = unit + 2 < tokens.Count && IsOfAfter(analyzed, unit);
            var name = of ? (IsBrand(analyzed, unit + 2) ? unit + 2 : -1) : t >= 1 && IsBrand(analyzed, t - 1) ? t - 1 : -1;
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

    /// <summary>The unit's token when a dose starts at t ("250" of "250 mg" → the "mg"), or -1.</summary>
    internal static int DoseUnitAt(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        return tokens[t].Kind == TokenKind.Number && t + 1 < tokens.Count && WordLists.Contains(DoseUnits, tokens[t + 1].In(analyzed.Text)) ? t + 1 : -1;
    }

    /// <summary>A dose follows token t and is given "of" something: "Aroha Ngata 5 ml of Pamol" names whom it is given to.</summary>
    internal static bool IsDoseOfSomething(AnalyzedText analyzed, int t)
    {
        var unit = t + 1 < analyzed.Tokens.Count ? DoseUnitAt(analyzed, t + 1) : -1;
        return unit >= 0 && IsOfAfter(analyzed, unit);
    }

    /// <summary>"of" right after the dose's unit: "5 ml of Calpol".</summary>
    private static bool IsOfAfter(AnalyzedText analyzed, int unit) =>
        unit + 1 < analyzed.Tokens.Count && analyzed.Tokens[unit + 1].In(analyzed.Text) is "of";

    private static bool IsBrand(AnalyzedText analyzed, int t) =>
        analyzed.Tokens[t].Kind == TokenKind.Word && analyzed.IsCapitalisedWord(t, minLength: 3)
        && ((analyzed.Lexicons[t] & LexiconKind.Medication) != 0 || (analyzed.Lexicons[t] & (NotABrand | LexiconSet.HealthKinds)) == 0);
}
