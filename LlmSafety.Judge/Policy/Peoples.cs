namespace LlmSafety.Judge.Policy;

/// <summary>
/// Words that name a people or a language ("Spanish", "Chilean", "Malayalam", "Yoruba"). A story says them when it
/// tells where a famous person came from ("a famous Spanish painter") or which family words it uses ("a few Chilean
/// Spanish words", "the Malayalam family words"); capitalised, they look like names to a model that learned names from
/// their shape. Folded as the text is ("Kreyòl" is "Kreyol").
/// </summary>
internal static class Peoples
{
    // The peoples a figure of history is most often said to be of ("Goya was a famous Spanish painter"): MakeBelieve
    // walks past these back to the figure. The longer list below holds given names too ("Sami", "German"), which there
    // may be the child.
    private static readonly string[] Nationalities =
    [
        "american", "british", "english", "french", "german", "spanish", "italian", "mexican", "chinese", "japanese", "korean", "indian",
        "african", "egyptian", "greek", "roman", "russian", "dutch", "polish", "irish", "scottish", "welsh", "brazilian", "canadian",
        "australian", "swedish", "danish", "norwegian", "turkish", "arab", "persian", "nigerian", "kenyan", "ghanaian", "portuguese",
        "austrian", "swiss", "colombian", "argentine", "argentinian", "peruvian", "cuban", "jamaican", "filipino", "vietnamese", "thai",
        "indonesian", "pakistani", "ethiopian", "european", "asian", "ancient",
        // Said of Australians and New Zealanders and of how they speak: "in Aussie English", "Kiwi slang".
        "aussie", "kiwi",
    ];

    private static readonly HashSet<string> Words = new(
    [
        .. Nationalities,

        // More peoples of the Americas, Europe, Africa, Asia and the Pacific.
        "chilean", "bolivian", "ecuadorian", "venezuelan", "uruguayan", "paraguayan", "guatemalan", "honduran", "salvadoran", "nicaraguan",
        "dominican", "puerto", "rican", "haitian", "ukrainian", "romanian", "hungarian", "czech", "slovak", "croatian", "serbian", "bosnian", "albanian",
        "bulgarian", "lithuanian", "latvian", "estonian", "finnish", "icelandic", "belgian", "flemish", "catalan", "basque", "galician",
        "moroccan", "algerian", "tunisian", "libyan", "sudanese", "somali", "eritrean", "ugandan", "tanzanian", "rwandan", "congolese",
        "cameroonian", "senegalese", "malian", "ivorian", "zimbabwean", "zambian", "malawian", "namibian", "botswanan", "lebanese", "syrian",
        "iraqi", "iranian", "afghan", "jordanian", "palestinian", "israeli", "yemeni", "saudi", "emirati", "kuwaiti", "qatari", "omani",
        "bangladeshi", "nepali", "nepalese", "sri", "lankan", "tibetan", "bhutanese", "burmese", "cambodian", "laotian", "malaysian",
        "singaporean", "taiwanese", "mongolian", "kazakh", "uzbek", "kyrgyz", "tajik", "turkmen", "azerbaijani", "armenian", "georgian",
        "samoan", "tongan", "fijian", "maori", "hawaiian", "aboriginal", "inuit", "sami", "kurdish", "jewish", "sikh", "hindu", "muslim",

        // Languages that are no people's name in English.
        "bengali", "bangla", "malayalam", "tamil", "telugu", "kannada", "marathi", "gujarati", "punjabi", "hindi", "urdu", "sinhala",
        "sinhalese", "tagalog", "cebuano", "ilocano", "swahili", "kiswahili", "amharic", "tigrinya", "oromo", "yoruba", "igbo", "hausa", "twi",
        "akan", "ewe", "zulu", "isizulu", "xhosa", "isixhosa", "sesotho", "setswana", "afrikaans", "arabic", "farsi", "dari", "pashto",
        "hebrew", "yiddish", "mandarin", "cantonese", "hokkien", "hakka", "malay", "khmer", "lao", "inuktitut", "cree", "ojibwe", "navajo",
        "quechua", "aymara", "guarani", "kreyol", "creole", "patois", "wolof", "lingala", "kinyarwanda", "luganda", "shona", "chichewa",
        "gaelic", "cymraeg", "te", "reo", "putonghua", "teochew", "shanghainese", "taishanese", "fuzhounese",
    ], StringComparer.OrdinalIgnoreCase);

    public static bool Contains(ReadOnlySpan<char> word) => Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsNationality(ReadOnlySpan<char> word) => Text.WordLists.Contains(Nationalities, word);
}
