namespace LlmSafety.Judge.Lexicons;

/// <summary>
/// A long list of given names (11,914, from the locales of Bogus, less every name an English-language locale or the
/// judge's surname lexicon lists as a surname, and 736 given names in the Latin spelling families type, which Bogus
/// writes in native script or lacks: Chinese, Vietnamese, Japanese, Korean and Nigerian, then Irish, Welsh, Gaelic, Maori
/// and Kenyan, then Arabic and Moroccan, South Asian, Ukrainian, Thai and Akan, Greek, Catalan and Filipino, and Sotho,
/// Tswana and Zulu, and Samoan and Tongan) for one question only: is the word after "Miss", "Coach" or "Mr." what a child calls a grown-up, or
/// a surname? The models never see it; the judge's own first-name lexicon stays short so that names are learned from
/// their shape.
/// </summary>
internal static class GivenNames
{
    private static readonly HashSet<string> Names = new(
        LexiconSet.ReadResource("given-names.txt").Concat(LexiconSet.ReadResource("given-names-romanised.txt")), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> EnglishFemaleNames = new(LexiconSet.ReadResource("english-female-given-names.txt"), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> EnglishMaleNames = new(LexiconSet.ReadResource("english-male-given-names.txt"), StringComparer.OrdinalIgnoreCase);

    public static bool Contains(ReadOnlySpan<char> word) => Names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// A woman's (<paramref name="female"/>) or a man's given name of the English-language locales that no locale lists as
    /// a surname ("Jenny", "Ben"), for the word after "Ms." or "Mr.", where the long list is too wide ("Mr. Kumar").
    /// </summary>
    public static bool IsEnglishGivenName(ReadOnlySpan<char> word, bool female) =>
        (female ? EnglishFemaleNames : EnglishMaleNames).GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>On the judge's first-name list (its lexicon marks) or the long given-name list ("Meena", "Matilda", "Kita").</summary>
    public static bool IsGivenName(LexiconKind kinds, ReadOnlySpan<char> word) => (kinds & LexiconKind.FirstName) != 0 || Contains(word);
}
