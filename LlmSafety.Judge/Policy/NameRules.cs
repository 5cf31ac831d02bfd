using System.Buffers;
using System.Runtime.CompilerServices;
using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// The policy's rules for person names: a bare first name is allowed by default, a name the caller allows is
/// allowed, but a surname, a full name or a title with a surname never is.
/// </summary>
internal static class NameRules
{
    public const string BareFirstNameSource = "policy:bare-first-name";

    /// <summary>
    /// A tagged name is kept unless the caller allows it, it names a well-known character, or it is a lone word without
    /// a title that is not known only as a surname and is not followed by "family", "twins" and the like: the tagger
    /// learns names from their frames, and a frame that carries full names ("When the lady calls out …") carries bare
    /// first names too.
    /// </summary>
    public static bool IsExempt(AnalyzedText analyzed, TaggedSpan span, JudgePolicy policy)
    {
        var text = analyzed.Text;
        var start = analyzed.Tokens[span.FirstToken].Start;
        var spanText = text.AsSpan(start, analyzed.Tokens[span.LastToken].End - start);
        var words = CountWords(analyzed, span);
        // "Doamna Învățătoare" (Mrs Teacher), "Pani Doktor": titles only, said to a teacher or a doctor by role.
        if ((words == 1 && IsAllowed(spanText, policy)) || IsWellKnown(analyzed, span) || IsOneWordRepeated(analyzed, span) || IsPlaceName(analyzed, span, words)
            || (words >= 2 && EveryWordIs(analyzed, span, LexiconKind.Title)) || IsSaintsName(analyzed, span))
        {
            return true;
        }

        if (!HasTitleBefore(analyzed, span.FirstToken)
            && (IsDescribedAsFamous(analyzed, span) || IsFansFavourite(analyzed, span) || (words == 1 && IsWordOfWellKnownName(analyzed, span.FirstToken)) || (words >= 2 && IsFigureAmongFamous(analyzed, span))))
        {
            return true;
        }

        if ((words == 1 && (IsHeadingWordWrittenLower(analyzed, span) || IsOwnNameSaid(analyzed, span) || (policy.AllowBareFirstNames && IsFirstNameAfterItsTitle(analyzed, span)))) || IsLabelInCapitals(analyzed, span) || IsNoticesWords(analyzed, span) || IsFrenchGrandparent(analyzed, span)
            || IsTechName(spanText))
        {
            return true;
        }

        if (!HasTitleBefore(analyzed, span.FirstToken) && words >= 2
            && (IsForeignPhrase(analyzed, span) || IsForeignSentenceHeading(analyzed, span) || IsNameOfPlace(analyzed, span) || IsPlaceEndingOnItsWord(analyzed, span) || IsArabicPlace(analyzed, span)
                || IsHyphenedArabicPlace(analyzed, span) || IsQuotedTitle(analyzed, span) || IsNameInTitleOfWork(analyzed, span) || IsFoodOrDrinkHandled(analyzed, span)
                || IsAfterWorkFrame(analyzed, span)))
        {
            return true;
        }

        if (!HasTitleBefore(analyzed, span.FirstToken)
            && (IsPeoplesOrLanguage(analyzed, span) || IsSaidToBeAThing(analyzed, span) || (words >= 2 && IsThingAfterThe(analyzed, span))))
        {
            return true;
        }

        // "Mei-Lin", "Xiao-Lin": two syllables of a Chinese given name joined by a hyphen are one given name; a full name is
        // written with a space ("Lin Mei").
        if (policy.AllowBareFirstNames && IsHyphenedChineseGivenName(analyzed, span))
        {
            return true;
        }

        // "Visiting Great-Aunt Fatma": a family title joined to "Great-" and a given name.
        if (policy.AllowBareFirstNames && IsGreatKinWithGivenName(analyzed, span))
        {
            return true;
        }

        // "He can teach Giulia Italian words": a given name, then a language that describes the words after it.
        if (policy.AllowBareFirstNames && words == 2 && IsGivenNameBeforeLanguagesThing(analyzed, span))
        {
            return true;
        }

        if (ToyNames.IsToysOrPetsName(analyzed, span) || ToyNames.IsCarriedToy(analyzed, span) || IsHeadingBeforeWellKnown(analyzed, span) || MakeBelieve.IsFictionCharacter(analyzed, span)
            || IsTitledCreature(analyzed, span) || IsNamedCreature(analyzed, span) || ((analyzed.Lexicons[span.FirstToken] & LexiconKind.Title) != 0 && IsEatenBrand(analyzed, span.FirstToken, span.LastToken)))
        {
            return true;
        }

        if (IsGreeting(analyzed, span, policy.AllowBareFirstNames) || (policy.AllowBareFirstNames && (IsOwnKinsFirstName(analyzed, span) || IsRoleAndFirstName(analyzed, span))))
        {
            return true;
        }

        // "Aferin, Elif!", "Bravo, Tomás!": praise said to a child, not "Surname, Given".
        if (policy.AllowBareFirstNames && IsPraiseToFirstName(analyzed, span))
        {
            return true;
        }

        // "When Mr. T says, "Chromebook time"": a title before one letter, the initial a story writes for a surname it leaves out.
        if (IsTitleBeforeInitial(analyzed, span))
        {
            return true;
        }

        // "Abuelo says, "Primero Mateo, luego tú."": a word of another language opens the quoted words, then a first name.
        if (policy.AllowBareFirstNames && words == 2 && IsOtherLanguageOpeningBeforeFirstName(analyzed, span))
        {
            return true;
        }

        // "During Matariki, Aroha …", "On Sant Jordi, Pau …": a feast's name, a comma and a first name.
        if (policy.AllowBareFirstNames && words == 2 && spanText.Contains(',')
            && ((analyzed.Lexicons[span.FirstToken] & LexiconKind.WellKnownName) != 0 || IsSaintOfFeast(analyzed, span.FirstToken))
            && IsFirstNameOnly(analyzed, span.LastToken, longList: true))
        {
            return true;
        }

        // "Laura, Salvador" of "my friends Laura, Salvador and Tom": first names in a list, not "Surname, Given"; so is
        // "with Hooyo, Aabo and my little sister", a list that goes on with someone's relative.
        if (policy.AllowBareFirstNames && words == 2 && spanText.Contains(',')
            && (NameCandidates.IsInList(analyzed, span.FirstToken, span.LastToken) || IsListGoingOnWithRelative(analyzed, span.FirstToken, span.LastToken)))
        {
            return true;
        }

        // "we saw King Ramesses and his treasure", "Queen Nefertiti": a ruler, known to history, not someone the story
        // discloses; not a ruler's title before a surname or a given name ("Queen Okafor is my teacher", "King Adebayo").
        if (words == 2 && WordLists.Contains(Rulers, analyzed.Tokens[span.FirstToken].In(text)) && char.IsUpper(text[start])
            && (analyzed.Lexicons[span.LastToken] & LexiconKind.Surname) == 0 && !IsGivenName(analyzed, span.LastToken))
        {
            return true;
        }

        // "my Food Tech teacher": a school subject, not a person.
        if (words >= 2 && !HasTitleBefore(analyzed, span.FirstToken) && SchoolActivities.IsSubject(analyzed, span))
        {
            return true;
        }

        if (policy.AllowBareFirstNames && words == 2 && IsHonorificWithFirstName(analyzed, span))
        {
            return true;
        }

        // "Ông Táo, the Kitchen God": a name a comma and "the … God" call a god is no one's; "Agios Nikolaos" is a saint
        // or the town and church named after him (no one is called "Agios").
        if (IsNamedGod(analyzed, span) || IsSaintsThing(analyzed, span) || IsSaintsTown(analyzed, span)
            || (words == 2 && WordLists.Contains(GreekSaintTitles, analyzed.Tokens[span.FirstToken].In(text)) && analyzed.IsCapitalisedWord(span.LastToken)))
        {
            return true;
        }

        // "Ukrainian Easter", "Dashain Tika Day": a festival, not a person; "Sant Jordi", "San Martín": a saint.
        if (NameCandidates.IsNamedFestival(analyzed, span.FirstToken, span.LastToken) || IsSaint(analyzed, span) || IsSaintsDay(analyzed, span)
            || IsKeptDay(analyzed, span) || IsCareDay(analyzed, span))
        {
            return true;
        }

        if (policy.AllowBareFirstNames && !HasTitleBefore(analyzed, span.FirstToken) && IsKinWithFirstName(analyzed, span))
        {
            return true;
        }

        // "give my worry a silly name, like "Mr. Grumbles,"": a quoted name the story gives a thing.
        if ((analyzed.Lexicons[span.FirstToken] & LexiconKind.Title) != 0 && IsQuotedNickname(analyzed, span.FirstToken))
        {
            return true;
        }

        // "Seo-yeon", "Ji-woo": one word joined by a hyphen to a lower-case syllable is a Korean or Chinese given name alone.
        if (policy.AllowBareFirstNames && IsHyphenedGivenName(analyzed, span))
        {
            return true;
        }

        // "Your aunt Yuki": a given name after a family word ("my cousin Okafor", a surname, stays); "Tonton Jean" ("Jean"
        // is on the surname list only).
        if (policy.AllowBareFirstNames && words == 1 && span.FirstToken > 0 && WordLists.Contains(KinTitles, analyzed.Tokens[span.FirstToken - 1].In(text))
            && (IsGivenName(analyzed, span.FirstToken) || IsFrenchKinWithGivenName(analyzed, span.FirstToken - 1)))
        {
            return true;
        }

        // "Tdoay Eliana will practise", "On Friday it is Spotrs Day": a typo of an ordinary word opening the sentence before
        // a given name, or before a day's word, names no one.
        if (words == 2 && IsTypoOpened(analyzed, span, policy.AllowBareFirstNames))
        {
            return true;
        }

        // "Your brother Frederick", "My name is Marie": one name of either list (the lists hold these as surnames only),
        // after someone's brother, sister or friend, or after "My name is", is how a story calls a child.
        if (policy.AllowBareFirstNames && words == 1 && (IsGivenName(analyzed, span.FirstToken) || (analyzed.Lexicons[span.FirstToken] & LexiconKind.Surname) != 0)
            && IsIntroducedFirstName(analyzed, span.FirstToken))
        {
            return true;
        }

        // "driving from Buenos Aires to Mendoza", "The Long Drive to Mendoza", "a trip to Salina Turda was fun": a surname
        // that is a town, or words that are no name or title on any list where a place ends, after a journey.
        if ((words == 1 || (!HasNameWord(analyzed, span) && EndsThePlace(analyzed, span.LastToken))) && IsJourneysEnd(analyzed, span, strongOnly: words > 1))
        {
            return true;
        }

        // "His friend Min-seo sits next to him": one given name written with a hyphen, whole on the long list ("Min-seo")
        // or a first name in both its parts ("Jean-Pierre"), is a bare first name too.
        if (policy.AllowBareFirstNames && words == 2 && span.LastToken == span.FirstToken + 2 && IsHyphenated(analyzed, span.FirstToken)
            && IsFirstNameOnly(analyzed, span.FirstToken, longList: true) && !HasTitleBefore(analyzed, span.FirstToken) && !IsFollowedByFamilyWord(analyzed, span.LastToken))
        {
            return true;
        }

        // "Wei Jie likes trains", "Hui Min and her mum": the two syllables of a Chinese given name written apart, as
        // Singapore and Malaysia write them, are one given name; not "Li Wei" nor "Tan Wei Jie", opened by a surname.
        if (policy.AllowBareFirstNames && words == 2 && span.LastToken == span.FirstToken + 1 && IsChineseGivenName(analyzed, span.FirstToken)
            && !HasTitleBefore(analyzed, span.FirstToken) && !IsFollowedByFamilyWord(analyzed, span.LastToken))
        {
            return true;
        }

        if (!policy.AllowBareFirstNames || words != 1 || HasTitleBefore(analyzed, span.FirstToken))
        {
            return false;
        }

        // One word without a title is read as what a child is called, unless it is known only as a surname or the
        // words after it make it a family name ("the Novak family", "the Novak twins").
        // A surname that is also an ordinary word ("Day" of "Swimming Day", "Brown") counts as one only with a title
        // or a family word.
        var kinds = analyzed.Lexicons[span.FirstToken];
        // "After my story, Da helps me": what a child calls a parent, a surname elsewhere ("Da", "Ma"), alone is the parent.
        if (WordLists.Contains(ParentCalls, analyzed.Tokens[span.FirstToken].In(text)))
        {
            return true;
        }

        // A Luo birth name ("Otieno", born at night) is a surname and a given name both, as the long list holds it.
        var surnameOnly = (kinds & LexiconKind.Surname) != 0 && (kinds & (LexiconKind.FirstName | LexiconKind.CommonWord)) == 0
            && !GivenNames.Contains(analyzed.Tokens[span.FirstToken].In(text));
        return !surnameOnly && (kinds & LexiconKind.Title) == 0 && !IsFollowedByFamilyWord(analyzed, span.LastToken);
    }

    // Irish, Scottish and older English words for a parent that the surname lists hold too.
    private static readonly string[] ParentCalls = ["da", "ma", "pa", "mam"];

    /// <summary>
    /// "…, Aabo and my little sister", "Freya, Ollie, and my cousin": "and" (after a comma or not) and a possessive after
    /// the name go on with a list of people; not when the first word is a surname and no given name ("Okafor, Chidi and
    /// his parents", a record's "Surname, Given"; "Omar, Priya and their friends" is a list).
    /// </summary>
    private static bool IsListGoingOnWithRelative(AnalyzedText analyzed, int first, int last)
    {
        var tokens = analyzed.Tokens;
        var and = last + 1 < tokens.Count && tokens[last + 1].In(analyzed.Text) is "," ? last + 2 : last + 1;
        return and + 1 < tokens.Count && tokens[and].In(analyzed.Text) is "and" or "&"
            && WordLists.Contains(NameOwners, tokens[and + 1].In(analyzed.Text))
            && ((analyzed.Lexicons[first] & LexiconKind.Surname) == 0 || IsGivenName(analyzed, first));
    }

    // Articles, pronouns and words of other languages that open a heading or a phrase and never a person's name: "El
    // Simulacro de Incendio", "Nos Mudamos", "Il Mio Compleanno", "Vamos a la Playa". ("La", "Le", "Su", "Ma", "Una",
    // "Uma" are names or name parts too: "Le Van Thanh", "Ma Long", "Uma"; NameLikeOpeners holds those that open a
    // heading on a longer line.)
    private static readonly string[] ForeignOpeners =
    [
        "el", "los", "las", "il", "gli", "nos", "mis", "sus", "nuestro", "nuestra", "nuestros", "vamos", "hoy", "mañana", "manana", "meu", "minha",
        "nossa", "nosso", "mes", "une", "wir", "unser", "unsere", "ich", "mein", "meine", "der", "die", "det", "och", "mijn", "onze", "het", "een",
        "todos", "todas",
    ];

    // Articles that are names or name parts too ("Le Van Thanh", "Les", "Una"): they open a foreign heading only before
    // two words or more, none of them a name ("# La Visite Médicale").
    private static readonly string[] NameLikeOpeners = ["la", "le", "les", "una", "uma", "mi"];

    // Openers that also begin surnames ("El Khoury", "El Sayed", the Armenian "Der Bedrosian"): a phrase only with a
    // lower-case word inside ("El Simulacro de Incendio").
    private static readonly string[] SurnameOpeners = ["el", "der"];

    private static readonly string[] Particles = ["de", "del", "da", "di", "do", "du", "des", "della", "la"];

    /// <summary>
    /// A heading that opens on a foreign article or pronoun and has no given name, surname, family word or title in it:
    /// "El Simulacro de Incendio — The Fire Drill", "## Nos Mudamos — We Are Moving". Only on a heading line: in a
    /// sentence "Los Ramírez live next door", "El Khoury and I" and "Mein Opa Schneider" are people, and so is "El" or
    /// "Der" before a surname anywhere unless a particle and a capitalised word follow ("El Simulacro de Incendio").
    /// </summary>
    private static bool IsForeignPhrase(AnalyzedText analyzed, TaggedSpan span)
    {
        var opener = analyzed.Tokens[span.FirstToken].In(analyzed.Text);
        var nameLike = WordLists.Contains(NameLikeOpeners, opener);
        if ((!nameLike && !WordLists.Contains(ForeignOpeners, opener)) || !JudgeEngine.IsInHeading(analyzed, span.FirstToken)
            || (nameLike && WordsToLineEnd(analyzed, span.FirstToken) < 3))
        {
            return false;
        }

        var lowerInside = false;
        for (var t = span.FirstToken + 1; t <= span.LastToken; t++)
        {
            lowerInside |= analyzed.Tokens[t].Kind == TokenKind.Word && char.IsLower(analyzed.Text[analyzed.Tokens[t].Start]);
            if (analyzed.Tokens[t].Kind == TokenKind.Word
                && ((analyzed.Lexicons[t] & (LexiconKind.FirstName | LexiconKind.Surname | LexiconKind.KinWord | LexiconKind.Title)) != 0
                    || GivenNames.Contains(analyzed.Tokens[t].In(analyzed.Text))))
            {
                return false;
            }
        }

        // The span may not yet hold the particle and the words after it ("El Simulacro" + "de Incendio").
        var tokens = analyzed.Tokens;
        var next = span.LastToken + 1;
        lowerInside |= next + 1 < tokens.Count && WordLists.Contains(Particles, tokens[next].In(analyzed.Text))
            && tokens[next + 1].Kind == TokenKind.Word && char.IsUpper(analyzed.Text[tokens[next + 1].Start]);
        return lowerInside || !WordLists.Contains(SurnameOpeners, opener);
    }

    // "My" in the stories' other languages: "Meu Irmão Davi", "Mi Hermana Sofía", "Mein Bruder Max".
    private static readonly string[] ForeignMy = ["meu", "minha", "mi", "mis", "mon", "ma", "mein", "meine", "mijn", "mio", "mia", "moja", "mój"];

    /// <summary>
    /// "Meu Irmão Davi" (my brother Davi): "my" in another language, a family word and one first name is a bare first
    /// name, as "my brother Davi" is.
    /// </summary>
    private static bool IsOwnKinsFirstName(AnalyzedText analyzed, TaggedSpan span)
    {
        var first = span.FirstToken;
        if (first + 2 > span.LastToken || !WordLists.Contains(ForeignMy, analyzed.Tokens[first].In(analyzed.Text))
            || (analyzed.Lexicons[first + 1] & (LexiconKind.KinWord | LexiconKind.Surname)) != LexiconKind.KinWord)
        {
            return false;
        }

        // One first name only: "Mein Bruder Max Werner" has a surname.
        return first + 2 == span.LastToken && IsFirstNameOnly(analyzed, first + 2, longList: true);
    }

    // Carers, teachers and faith leaders children call by a role and a first name: "Erzieherin Anke", "juf Sanne", "Trainer
    // Luca", "Seño Vero".
    private static readonly string[] RolesBeforeFirstName =
    [
        "erzieherin", "erzieher", "juf", "juffrouw", "meester", "trainer", "trainerin", "seño", "seno", "profe", "maestra", "maestro", "educadora", "monitora",
        "monitor", "animateur", "animatrice", "betreuerin", "betreuer",
        // Faith leaders called by a first name: "Cantor Ellen", "Pastor Mike", "Rabbi Josh".
        "cantor", "pastor", "rabbi",
        // Who looks after a child at home, said as a heading says it: "My New Babysitter, Hannah", "Nanny Rosa".
        "babysitter", "nanny", "childminder", "sitter", "tutor", "carer",
    ];

    /// <summary>"Erzieherin Anke", "Trainer Luca": a carer's or a teacher's role and one first name is a bare first name.</summary>
    private static bool IsRoleAndFirstName(AnalyzedText analyzed, TaggedSpan span)
    {
        var first = span.FirstToken;
        var name = first + 1 <= span.LastToken && analyzed.Tokens[first + 1].In(analyzed.Text) is "," ? first + 2 : first + 1;
        if (name > span.LastToken || !WordLists.Contains(RolesBeforeFirstName, analyzed.Tokens[first].In(analyzed.Text)))
        {
            return false;
        }

        // One first name only: "Maestra Carmen Gil" has a surname that is a given name too.
        return name == span.LastToken && IsFirstNameOnly(analyzed, name, longList: true);
    }

    /// <summary>How many words the line has from token <paramref name="first"/> on, counted up to three ("Una Visita al Dentista").</summary>
    private static int WordsToLineEnd(AnalyzedText analyzed, int first)
    {
        var words = 0;
        for (var t = first; t < analyzed.Tokens.Count && words < 3 && (t == first || !analyzed.HasLineBreak(t - 1, t)); t++)
        {
            words += analyzed.Tokens[t].Kind == TokenKind.Word ? 1 : 0;
        }

        return words;
    }

    // The verb "to be", "to have" or "to go" in the stories' other languages, folded as the text is ("Está" is "Esta").
    private static readonly string[] ForeignVerbs =
    [
        "esta", "estan", "estamos", "estou", "es", "son", "somos", "ist", "sind", "est", "sont", "sommes", "tem", "tiene", "tenemos", "hat", "haben",
        "fue", "foi", "war", "vai", "va", "geht", "gehen", "fait", "hace", "faz",
    ];

    private static readonly string[] FrenchGrandparents = ["maman", "papa", "mère", "mere", "père", "pere", "mamie", "papi"];

    /// <summary>
    /// "Grand-maman Huguette", "Grand-père Lucien": the French grandparent's hyphened word and a given name is what a child
    /// calls a grandparent, as "Grandma Huguette" is.
    /// </summary>
    private static bool IsFrenchGrandparent(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        return span.LastToken == first + 3 && tokens[first].In(analyzed.Text) is "Grand" or "grand" && tokens[first + 1].In(analyzed.Text) is "-"
            && WordLists.Contains(FrenchGrandparents, tokens[first + 2].In(analyzed.Text)) && IsFirstNameOnly(analyzed, span.LastToken, longList: true);
    }

    // Names of technology a tagger may take for people: "I can only use the Wi-Fi at home".
    private static readonly string[] TechNames = ["wi-fi", "wifi", "bluetooth", "wi fi"];

    private static bool IsTechName(ReadOnlySpan<char> span) => WordLists.Contains(TechNames, span);

    /// <summary>
    /// "I'm Harvey, and I'm 11.", "My name is Harvey.": one word the child gives as their own name, with nothing after it
    /// that could be a surname, is a bare first name, whatever the surname lexicon says of it ("Harvey", "Morgan").
    /// </summary>
    private static bool IsOwnNameSaid(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var t = span.FirstToken;
        var told = (t >= 3 && tokens[t - 1].In(text) is "m" && tokens[t - 2].In(text) is "'" or "’" && tokens[t - 3].In(text) is "I")
            || (t >= 2 && tokens[t - 1].In(text) is "am" && tokens[t - 2].In(text) is "I")
            || (t >= 3 && tokens[t - 1].In(text) is "is" && tokens[t - 2].In(text) is "name" && tokens[t - 3].In(text) is "My" or "my");
        return told && (span.LastToken + 1 >= tokens.Count || tokens[span.LastToken + 1].Kind == TokenKind.Punctuation || tokens[span.LastToken + 1].In(text) is "and");
    }

    private static readonly string[] LabelVerbs = ["say", "says", "said", "read", "reads"];

    // Things in the plural whose writing names a room or a thing, not a person (a wristband, a badge, a lunch box or a
    // door may carry a name).
    private static readonly string[] LabelledThings = ["boxes", "signs", "crates", "bins", "drawers", "arrows"];

    /// <summary>
    /// "Some boxes say SALLE DE BAIN.", "The signs say SORTIE": words in capitals, none a name of a list, right after what
    /// boxes or signs say are their label, not a name ("My wristband says TOLULOPE ADEBAYO" and "Her lunch box says AMARA
    /// OKAFOR" stay names).
    /// </summary>
    private static bool IsLabelInCapitals(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (span.FirstToken < 2 || !WordLists.Contains(LabelVerbs, tokens[span.FirstToken - 1].In(text))
            || !WordLists.Contains(LabelledThings, tokens[span.FirstToken - 2].In(text)))
        {
            return false;
        }

        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            var word = tokens[t].In(text);
            if (tokens[t].Kind == TokenKind.Word
                && (word.Length < 2 || !IsAllCapitals(word) || (analyzed.Lexicons[t] & (LexiconKind.FirstName | LexiconKind.Surname | LexiconKind.Title)) != 0 || GivenNames.Contains(word)))
            {
                return false;
            }
        }

        return true;
    }

    // Public things whose quoted words are a notice, not a person: "a sign: "Außer Betrieb."", "The display also says …".
    // (Not a sticker, a display or a screen, which may carry a name: "a sticker that says "Tane Rangihuna, Room 5"".)
    private static readonly string[] Notices = ["sign", "signs", "notice", "notices", "announcement"];

    // How far before the opening quote the sign may be named: "there is a sign that says "…"".
    private const int NoticeReach = 5;

    /// <summary>
    /// "Then there is a sign: "Außer Betrieb."", "The display also says "Verzögerungen im Betriebsablauf"": words between
    /// quotation marks that open a few words after a sign, a display, a sticker or a notice in the same sentence, none of
    /// them a given name, surname or title of a list, are the notice's words. (A screen that calls "Mia Novak" names her.)
    /// </summary>
    internal static bool IsNoticesWords(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var open = span.FirstToken - 1;
        while (open >= 0 && tokens[open].Kind == TokenKind.Word && open >= span.FirstToken - 3 && !analyzed.SentenceStarts[open + 1])
        {
            open--;
        }

        if (open < 1 || !IsQuote(analyzed, open))
        {
            return false;
        }

        for (var t = open + 1; t <= span.LastToken; t++)
        {
            if (tokens[t].Kind == TokenKind.Word
                && ((analyzed.Lexicons[t] & (LexiconKind.FirstName | LexiconKind.Surname | LexiconKind.Title)) != 0 || GivenNames.Contains(tokens[t].In(analyzed.Text))))
            {
                return false;
            }
        }

        for (var t = open - 1; t >= 0 && t >= open - NoticeReach; t--)
        {
            if (WordLists.Contains(Notices, tokens[t].In(analyzed.Text)))
            {
                return true;
            }

            if (analyzed.SentenceStarts[t])
            {
                break;
            }
        }

        return false;
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Grandpa Come Fi Live Wid Us" over a story that says "Nuh need fi shout": a one-word name in a heading is the
    /// ordinary word the story writes in lower case inside a sentence, unless a list knows it as a name (and no "the" stands
    /// before it) or a title stands before it ("My Visit to Dr. Cook" over "Mum likes to cook" names the doctor).
    /// </summary>
    private static bool IsHeadingWordWrittenLower(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var word = tokens[span.FirstToken].In(analyzed.Text);
        // "Going to the Mercado" over "The mercado is busy": after "the" a surname's word is the heading's noun.
        var afterThe = span.FirstToken > 0 && tokens[span.FirstToken - 1].In(analyzed.Text) is "the" or "The";
        if (span.FirstToken != span.LastToken || !char.IsUpper(word[0]) || (!afterThe && (analyzed.Lexicons[span.FirstToken] & (LexiconKind.Surname | LexiconKind.FirstName)) != 0)
            || IsAfterTitle(analyzed, span.FirstToken) || !JudgeEngine.IsInHeading(analyzed, span.FirstToken))
        {
            return false;
        }

        return analyzed.Memo(LowerWordsKey, FindLowerWords).GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static readonly object LowerWordsKey = new();

    /// <summary>The words a text writes in lower case inside its sentences (not opening one), found once per text.</summary>
    private static HashSet<string> FindLowerWords(AnalyzedText analyzed)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var t = 0; t < analyzed.Tokens.Count; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word && !analyzed.SentenceStarts[t] && char.IsLower(analyzed.Text[analyzed.Tokens[t].Start]))
            {
                words.Add(analyzed.Tokens[t].In(analyzed.Text).ToString());
            }
        }

        return words;
    }

    /// <summary>A title ("Dr.", "Mr") right before token t, past its full stop: "My Visit to Dr. Cook".</summary>
    private static bool IsAfterTitle(AnalyzedText analyzed, int t)
    {
        var title = t >= 2 && analyzed.Tokens[t - 1].In(analyzed.Text) is "." ? t - 2 : t - 1;
        return title >= 0 && (analyzed.Lexicons[title] & LexiconKind.Title) != 0;
    }

    /// <summary>
    /// A heading that is a sentence of another language, a verb after its first word and only family or ordinary words
    /// before the verb: "Quando a Mamãe Está Doente" tagged as "Mamãe Está Doente", "Oma Ist Krank"; not "Mateo Brito Está
    /// Enfermo".
    /// </summary>
    private static bool IsForeignSentenceHeading(AnalyzedText analyzed, TaggedSpan span)
    {
        if (!JudgeEngine.IsInHeading(analyzed, span.FirstToken))
        {
            return false;
        }

        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            if (t > span.FirstToken && WordLists.Contains(ForeignVerbs, analyzed.Tokens[t].In(analyzed.Text)))
            {
                return true;
            }

            // Before the verb only family words and ordinary words: "Mateo Brito Está Enfermo" is a boy's full name.
            var kinds = analyzed.Lexicons[t];
            var kin = (kinds & LexiconKind.KinWord) != 0;
            if ((!kin && (kinds & LexiconKind.CommonWord) == 0) || (kinds & (LexiconKind.Title | LexiconKind.Surname)) != 0
                || (!kin && IsGivenName(analyzed, t)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Al-Azhar Park", "Al-Aqsa Mosque": an Arabic article joined by a hyphen to the next word opens the name, and a
    /// capitalised place word ends it; one that is a surname too ("Park", "Hall") only after a word of place ("goes to
    /// Al-Azhar Park"; not "Our bus driver is Al-Amin Hall").
    /// </summary>
    private static bool IsHyphenedArabicPlace(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        var last = span.LastToken;
        return last > first + 2 && WordLists.Contains(ArabicArticles, tokens[first].In(analyzed.Text)) && tokens[first + 1].In(analyzed.Text) is "-"
            && tokens[first].End == tokens[first + 1].Start && tokens[first + 1].End == tokens[first + 2].Start
            && (analyzed.Lexicons[last] & LexiconKind.PlaceWord) != 0 && analyzed.IsCapitalisedWord(last)
            && ((analyzed.Lexicons[last] & LexiconKind.Surname) == 0
                || (WordLists.Contains(PublicPlaceWords, tokens[last].In(analyzed.Text)) && first > 0 && WordLists.Contains(TownPrepositions, tokens[first - 1].In(analyzed.Text))
                    && !IsAppositionAfter(analyzed, last)));
    }

    // Place words that are surnames too and that name somewhere a family visits: "goes to Al-Azhar Park", "walked to
    // Al-Amin Hall for the wedding" (not with a role after it: "to Al-Amin Hall, our bus driver").
    private static readonly string[] PublicPlaceWords = ["park", "garden", "gardens", "square", "market", "tower", "bridge", "beach", "hall"];

    /// <summary>
    /// "Yɛn Ara Asaase Ni" between quotation marks: four words or more, the whole of what is quoted, two of them on no
    /// list of names, none a title, the first no given name, and a song, book, film or the like named a few words before
    /// with no name, tag or badge nearer, is the title of a work, not a person (a name tag's "Tatenda Rufaro Moyo Chikwanha" has no work before it; "Maria
    /// José da Silva" opens on a given name).
    /// </summary>
    private static bool IsQuotedTitle(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        var last = span.LastToken;
        if (first == 0 || last + 1 >= tokens.Count || !IsQuote(analyzed, first - 1) || !IsQuote(analyzed, last + 1)
            || tokens[first - 1].End != tokens[first].Start || tokens[last].End != tokens[last + 1].Start)
        {
            return false;
        }

        var (words, unknown) = (0, 0);
        for (var t = first; t <= last; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var kinds = analyzed.Lexicons[t];
            if ((kinds & LexiconKind.Title) != 0)
            {
                return false;
            }

            words++;
            if ((kinds & (LexiconKind.FirstName | LexiconKind.Surname)) == 0 && !GivenNames.Contains(tokens[t].In(analyzed.Text)))
            {
                unknown++;
            }
        }

        return words >= MinTitleWords && unknown >= 2 && !IsGivenName(analyzed, first) && HasWorkWordBefore(analyzed, first - 1);
    }

    private const int MinTitleWords = 4;

    // Works a title names: "My class will sing two songs. One is "Yɛn Ara Asaase Ni"".
    private static readonly string[] Works =
    [
        "song", "songs", "sing", "sings", "sang", "singing", "anthem", "hymn", "chant", "dance", "book", "books", "poem", "film", "movie", "album",
        "rhyme", "lullaby", "titled",
    ];

    // Words of a name written somewhere, which a quoted name follows: "my full name: "…"", "her name tag says "…"".
    private static readonly string[] NameWords = ["name", "names", "tag", "badge", "label", "sticker", "card", "wristband"];

    // How far before the opening quotation mark a work is looked for, across a sentence start: "two songs. One is "…"".
    private const int WorkWindow = 8;

    /// <summary>
    /// The nearer of a work ("song", "sang") and a name word ("name", "tag") in the few words before the quotation mark
    /// is a work; a work a name is written in ("my name in my book: "…"") is passed over.
    /// </summary>
    private static bool HasWorkWordBefore(AnalyzedText analyzed, int quote)
    {
        var tokens = analyzed.Tokens;
        for (var t = quote - 1; t >= 0 && quote - t <= WorkWindow; t--)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            if (WordLists.Contains(NameWords, tokens[t].In(analyzed.Text)))
            {
                return false;
            }

            var written = t >= 2 && tokens[t - 1].In(analyzed.Text) is "my" or "the" or "his" or "her" && tokens[t - 2].In(analyzed.Text) is "in" or "on";
            if (WordLists.Contains(Works, tokens[t].In(analyzed.Text)) && !written)
            {
                return true;
            }
        }

        return false;
    }

    // Works a show or a club puts on, which a quoted title follows after "called": "a play called 'The Forest Hospital.'".
    private static readonly string[] ShownWorks = ["play", "show", "musical", "pantomime", "panto", "book", "story", "film", "movie", "song", "cartoon", "episode"];

    /// <summary>
    /// "the club is putting on a play called 'The Forest Hospital.'": a name between quotation marks (single or double,
    /// "The" inside them allowed) right after "called", "named" or "titled", with a play, a show, a book or the like right
    /// before that word, is the work's title, not a hospital or a school anyone goes to ("a program called "Bright Steps
    /// Clinic"" is a place).
    /// </summary>
    internal static bool IsQuotedTitleOfWork(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var open = span.FirstToken - 1;
        if (open >= 0 && tokens[open].In(text) is "The" or "the")
        {
            open--;
        }

        var close = span.LastToken + 1;
        if (close < tokens.Count && tokens[close].In(text) is "." or "!" or "," or "?")
        {
            close++;
        }

        return open >= 3 && close < tokens.Count && IsQuote(tokens[open].In(text)) && IsQuote(tokens[close].In(text))
            && tokens[open - 1].In(text) is "called" or "named" or "titled" && WordLists.Contains(ShownWorks, tokens[open - 2].In(text));
    }

    private static bool IsQuote(AnalyzedText analyzed, int t) =>
        analyzed.Tokens[t].Kind == TokenKind.Punctuation && analyzed.Text[analyzed.Tokens[t].Start] is '"' or '“' or '”' or '„' or '«' or '»';

    // Where a story goes or is: "camping in Algonquin Park", "a trip to Bondi Beach".
    private static readonly string[] GoingOrBeingWords = ["in", "at", "to", "near", "from", "visit", "visiting", "around", "through"];

    /// <summary>
    /// "We are going camping in Algonquin Park": after a word of going or being somewhere, a word no list knows as a given
    /// name or surname and a place word that is a surname too ("Park", "Hill") is the place ("to Jae Park" and "at Mrs.
    /// Hill's" are people).
    /// </summary>
    private static bool IsPlaceEndingOnItsWord(AnalyzedText analyzed, TaggedSpan span)
    {
        var first = span.FirstToken;
        return span.LastToken == first + 1 && first > 0 && WordLists.Contains(GoingOrBeingWords, analyzed.Tokens[first - 1].In(analyzed.Text))
            && (analyzed.Lexicons[span.LastToken] & LexiconKind.PlaceWord) != 0 && analyzed.IsCapitalisedWord(first, minLength: 2)
            && (analyzed.Lexicons[first] & (LexiconKind.FirstName | LexiconKind.Surname | LexiconKind.Title | LexiconKind.KinWord)) == 0 && !IsGivenName(analyzed, first)
            && !IsPossessiveAfter(analyzed, span.LastToken);
    }

    /// <summary>
    /// "Warsaw Chopin Airport", "Nnamdi Azikiwe International Airport": a capitalised place word right after the span makes
    /// the name a place's, unless the span opens on a given name ("Jessica Hall" of a surname that is a place word is not
    /// after the span).
    /// </summary>
    private static bool IsNameOfPlace(AnalyzedText analyzed, TaggedSpan span)
    {
        // A given name first keeps the person: "Amara Okonkwo Beach Day" is a day in Amara's name.
        if (IsGivenName(analyzed, span.FirstToken))
        {
            return false;
        }

        for (var t = span.LastToken + 1; t < analyzed.Tokens.Count && t <= span.LastToken + 2; t++)
        {
            var word = analyzed.Tokens[t].In(analyzed.Text);
            if (analyzed.Tokens[t].Kind != TokenKind.Word || !char.IsUpper(word[0]) || analyzed.SentenceStarts[t])
            {
                return false;
            }

            var kinds = analyzed.Lexicons[t];
            if ((kinds & LexiconKind.PlaceWord) != 0 && (kinds & (LexiconKind.Surname | LexiconKind.FirstName)) == 0)
            {
                return true;
            }

            // One more word may come between: "International", "National".
            if (!WordLists.Contains(PlaceQualifiers, word))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly string[] PlaceQualifiers = ["international", "national", "central", "city", "memorial", "regional"];

    private static readonly string[] ArabicArticles = ["al", "el"];

    // Words a place follows: "live in El Paso"; "to" only after a journey ("drive to Al Ain", not "gave the card to Al
    // Mansoori"). "from" and "near" are people's as often ("a card from Al Zahrani", "I sit near Al Rashidi").
    private static readonly string[] PlacePrepositions = ["in", "into"];

    private static readonly string[] Journeys = ["drive", "driving", "drove", "go", "going", "went", "fly", "flying", "flew", "travel", "travelling", "traveling", "trip", "move", "moving", "moved", "ride", "road"];

    /// <summary>
    /// "drive to Al Ain", "we live in El Jadida": two words, the first the article of an Arabic place, after a word of
    /// place, and the second no name a list holds ("in Al Smith's class" is a person's).
    /// </summary>
    private static bool IsArabicPlace(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        // "went to Al Mansoori's house": an owner is a person.
        if (first < 2 || !WordLists.Contains(ArabicArticles, tokens[first].In(analyzed.Text)) || first + 1 != span.LastToken
            || (first + 2 < tokens.Count && tokens[first + 2].In(analyzed.Text) is "'" or "’"))
        {
            return false;
        }

        var before = tokens[first - 1].In(analyzed.Text);
        if (!WordLists.Contains(PlacePrepositions, before) && !(before is "to" && WordLists.Contains(Journeys, tokens[first - 2].In(analyzed.Text))))
        {
            return false;
        }

        var kinds = analyzed.Lexicons[span.LastToken];
        return (kinds & (LexiconKind.FirstName | LexiconKind.Surname)) == 0 && !GivenNames.Contains(tokens[span.LastToken].In(analyzed.Text));
    }

    // Words of praise a story may end on, in the languages of the stories: "Aferin, Elif!", "Bravo, Tomás!".
    private static readonly string[] Praise =
    [
        "aferin", "bravo", "brava", "bravissimo", "bravissima", "yay", "hooray", "hurray", "hurra", "olé", "ole", "mabrouk", "mabruk", "shabash",
        "shabaash", "hongera", "felicidades", "parabéns", "parabens", "genial", "super", "wunderbar", "mashallah", "barakallah",
        "sugoi", "jalhaesseo", "gioi", "wow", "yes", "galing", "magaling", "bagus", "hebat", "pintar", "sabash", "bien",
        // Cheers of a match or a race: "¡Vamos, Matías!", "Forza, Luca!", "Allez, Chloé!", "Yalla, Omar!".
        "vamos", "venga", "ándale", "andale", "ánimo", "animo", "forza", "allez", "yalla",
    ];

    /// <summary>
    /// "Aferin, Elif!", "Bravo Tomás.", "Wow, Elif!": a word of praise, maybe a comma, and a known first name that ends
    /// its sentence (after a comma with "!"). A roll call ("Haddad, Lina! It is your turn") keeps the listed name.
    /// </summary>
    private static bool IsPraiseToFirstName(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        var last = span.LastToken;
        // With a comma only "!" closes praise: "Bravo, Sofia. Castillo, Mateo." is a class list.
        var comma = last == first + 2 && tokens[first + 1].In(analyzed.Text) is ",";
        if ((!comma && last != first + 1) || (last + 1 < tokens.Count && tokens[last + 1].In(analyzed.Text) is not "!" && (comma || tokens[last + 1].In(analyzed.Text) is not ".")))
        {
            return false;
        }

        // Any name but one known only as a surname: "Galing, Migo!" ("Migo" is on no list), not "Bravo, Okafor!".
        var kinds = analyzed.Lexicons[last];
        return WordLists.Contains(Praise, tokens[first].In(analyzed.Text))
            && (IsFirstNameOnly(analyzed, last, longList: true) || (kinds & (LexiconKind.Surname | LexiconKind.CommonWord)) == 0);
    }

    /// <summary>
    /// "Dr. Noah (that's me!) says Bruno needs a cast", "Captain Zara, that's me, …": the narrator names themself in a game,
    /// a titled name the child plays under, said right after with "that's me" or "that is me", with the game named before.
    /// </summary>
    internal static bool IsNarratorsOwnName(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        // A titled play name in a story of play: not "Dylan O'Connor (that's me!)", nor "Dr. Amara Obi (that's me!), your
        // speech therapist" in a letter.
        if ((analyzed.Lexicons[span.FirstToken] & LexiconKind.Title) == 0
            || !WordLists.AnyIn(analyzed.Text, tokens, Math.Max(0, span.FirstToken - PlayCueReach), span.FirstToken - 1, PlayCues))
        {
            return false;
        }

        var t = span.LastToken + 1;
        if (t < tokens.Count && tokens[t].In(analyzed.Text) is "(" or "," or "—" or "–" or "-")
        {
            t++;
        }

        if (t + 2 >= tokens.Count || tokens[t].In(analyzed.Text) is not ("that" or "That"))
        {
            return false;
        }

        var me = tokens[t + 1].In(analyzed.Text) is "is" ? t + 2 : tokens[t + 1].In(analyzed.Text) is "'" or "’" && tokens[t + 2].In(analyzed.Text) is "s" ? t + 3 : -1;
        return me > 0 && me < tokens.Count && tokens[me].In(analyzed.Text) is "me";
    }

    // Words of a game before a play name, and how far before it they are looked for: "In our game, … Dr. Noah (that's me!)".
    private static readonly string[] PlayCues = ["game", "play", "playing", "pretend", "pretending"];

    private const int PlayCueReach = 60;

    /// <summary>"Mr. T", "Ms K": titles, maybe a full stop, and one capital letter that no word follows as a surname.</summary>
    private static bool IsTitleBeforeInitial(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var last = span.LastToken;
        // Not the "O" of "Mrs. O'Neill", nor the initial of "Mr. T. Okafor".
        if (last == span.FirstToken || tokens[last].End - tokens[last].Start != 1 || !char.IsUpper(analyzed.Text[tokens[last].Start])
            || NameParticles.IsApostrophePrefix(analyzed, last)
            || (last + 1 < tokens.Count && tokens[last + 1].Kind == TokenKind.Word && analyzed.IsCapitalisedWord(last + 1) && NameCandidates.SingleSpace(analyzed, last, last + 1))
            || (last + 2 < tokens.Count && tokens[last + 1].In(analyzed.Text) is "." && analyzed.IsCapitalisedWord(last + 2, minLength: 2)
                && (analyzed.Lexicons[last + 2] & LexiconKind.Surname) != 0))
        {
            return false;
        }

        for (var t = span.FirstToken; t < last; t++)
        {
            if ((analyzed.Lexicons[t] & LexiconKind.Title) == 0 && tokens[t].In(analyzed.Text) is not ".")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Primero Mateo, luego tú.", "¡Mira Lucía!": the first word opens a quotation or an exclamation, is a word of Spanish,
    /// Portuguese or French that no English list and no name list holds, and the second is a first name known only as one.
    /// </summary>
    private static bool IsOtherLanguageOpeningBeforeFirstName(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        // Two words side by side: with a comma between it is a roll call ("Herrero, Lucía!").
        if (first == 0 || span.LastToken != first + 1 || tokens[first - 1].In(analyzed.Text) is not ("\"" or "“" or "¡"))
        {
            return false;
        }

        const LexiconKind NotForeign = LexiconKind.FirstName | LexiconKind.Surname | LexiconKind.CommonWord | LexiconKind.FunctionWord | LexiconKind.Title | LexiconKind.KinWord;
        return (analyzed.Lexicons[first] & NotForeign) == 0 && !IsGivenName(analyzed, first) && OtherLanguageWords.Contains(tokens[first].In(analyzed.Text))
            && IsFirstNameOnly(analyzed, span.LastToken, longList: true);
    }

    // Words of a journey before "to" or "from" and a town: "driving from Buenos Aires to Mendoza", "our trip to Mendoza".
    private static readonly string[] JourneyWords =
    [
        "drive", "driving", "drove", "trip", "journey", "flight", "fly", "flying", "flew", "travel", "travelling", "traveling", "train", "bus",
        "road", "going", "go", "went", "move", "moving", "moved", "visit", "visiting", "holiday", "holidays", "vacation",
    ];

    // How far before "to" or "from" a journey word may stand: "driving from Buenos Aires to Mendoza".
    private const int JourneyWindow = 5;

    // What may follow a place the journey ends at: "a trip to Salina Turda.", "a flight to Kuala Lumpur on Friday" (not
    // "a drive to Tevita Fonua and his family's farm").
    private static readonly string[] AfterPlace = ["in", "on", "for", "with", "at", "by", "near", "this", "next", "last", "today", "tomorrow", "was", "is", "will", "takes", "took"];

    private static bool EndsThePlace(AnalyzedText analyzed, int last) =>
        last + 1 >= analyzed.Tokens.Count
        || (analyzed.Tokens[last + 1].Kind == TokenKind.Punctuation && analyzed.Tokens[last + 1].In(analyzed.Text) is not ("'" or "’"))
        || WordLists.Contains(AfterPlace, analyzed.Tokens[last + 1].In(analyzed.Text));

    // The journeys that end at a place, not at a person: "a trip to Salina Turda" (but "I went to Sione Taufa and said
    // sorry"). Several words after "to" are a place only after one of these.
    private static readonly string[] Trips =
        ["trip", "trips", "journey", "flight", "fly", "flying", "flew", "drive", "driving", "drove", "travel", "travelling", "traveling", "excursion", "outing"];

    /// <summary>
    /// One word after "to" or "from" with a journey a few words before it in its sentence and no "'s" after it: a town
    /// ("the long drive to Mendoza"), not a person ("I gave the card to Mendoza", "we went to Mendoza's house"). With
    /// <paramref name="strongOnly"/> (several words) only a trip, flight or drive counts as the journey.
    /// </summary>
    private static bool IsJourneysEnd(AnalyzedText analyzed, TaggedSpan span, bool strongOnly)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        if (first < 2 || tokens[first - 1].In(analyzed.Text) is not ("to" or "from")
            || (span.LastToken + 1 < tokens.Count && tokens[span.LastToken + 1].In(analyzed.Text) is "'" or "’"))
        {
            return false;
        }

        for (var t = first - 2; t >= 0 && t >= first - 1 - JourneyWindow && !analyzed.SentenceStarts[t + 1]; t--)
        {
            if (WordLists.Contains(strongOnly ? Trips : JourneyWords, tokens[t].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every word of the span names a people or a language, none is a name too, and the story speaks of a language: "a
    /// few Chilean Spanish words", "in Malayalam"; not "Roman Welsh" or "Sami English", whose words are given names and
    /// surnames as well, nor "Shona Zulu sits next to me".
    /// </summary>
    private static bool IsPeoplesOrLanguage(AnalyzedText analyzed, TaggedSpan span)
    {
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word && !Peoples.Contains(analyzed.Tokens[t].In(analyzed.Text)))
            {
                return false;
            }
        }

        // "a Hebrew-English word page": two languages joined by a hyphen are a pair of languages when a word of language
        // follows or none is a name ("Sami-English came to my party" may be a child).
        if (span.LastToken == span.FirstToken + 2 && analyzed.Tokens[span.FirstToken + 1].In(analyzed.Text) is "-"
            && (IsInLanguageFrame(analyzed, span) || !HasNameWord(analyzed, span)))
        {
            return true;
        }

        // "in simple Indian English", "Brazilian Portuguese": a people that is no given name before a language is the
        // language as that people speaks it, though the language is a surname too ("English").
        if (span.LastToken == span.FirstToken + 1 && Peoples.IsNationality(analyzed.Tokens[span.FirstToken].In(analyzed.Text))
            && !IsGivenName(analyzed, span.FirstToken) && (analyzed.Lexicons[span.FirstToken] & (LexiconKind.FirstName | LexiconKind.Surname)) == 0
            && WordLists.Contains(SpokenVarieties, analyzed.Tokens[span.LastToken].In(analyzed.Text)))
        {
            return true;
        }

        // "at school I speak English", "Sofiia is learning English", "I counted in English": after a verb of speaking or
        // learning, or "in", one word of a people is its language, a surname too ("English"); and languages listed with
        // commas are languages ("in Cantonese, English, and Putonghua"), as is the last of languages listed after such a
        // verb ("Pedro speaks Portuguese and English").
        return ((!HasNameWord(analyzed, span) || (span.FirstToken == span.LastToken && span.FirstToken > 0
                && WordLists.Contains(LanguageUseVerbs, analyzed.Tokens[span.FirstToken - 1].In(analyzed.Text)))
                || IsListOfLanguages(analyzed, span))
            && IsInLanguageFrame(analyzed, span))
            || (span.FirstToken == span.LastToken && (IsLastOfListedLanguages(analyzed, span.FirstToken) || IsBareLanguage(analyzed, span.FirstToken)));
    }

    // Languages a child learns, chooses or has as a lesson ("then English", "We pick English"); no name parts such as
    // "Sri" of "Sri Lankan" or "Reo" of "te reo".
    private static readonly string[] LessonLanguages =
    [
        "english", "french", "spanish", "german", "italian", "latin", "welsh", "gaelic", "mandarin", "cantonese", "arabic", "urdu", "hindi",
        "japanese", "korean", "portuguese", "polish", "russian", "greek", "hebrew", "punjabi", "bengali", "kiswahili", "swahili", "dutch",
    ];

    /// <summary>
    /// "then English, then lunch", "We pick English", "Mathematics, English, Kiswahili": one word of a language a child
    /// learns that no list of given names holds ("English" is a surname only), with no title or capitalised word right
    /// before it and no family word after it, is the language or the school subject; a person of that surname has a
    /// title or a given name with it ("Mr. English", "Tom English") or a family word ("the English family next door").
    /// </summary>
    private static bool IsBareLanguage(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        if (!WordLists.Contains(LessonLanguages, tokens[t].In(analyzed.Text)) || (analyzed.Lexicons[t] & LexiconKind.FirstName) != 0
            || IsGivenName(analyzed, t) || IsFollowedByFamilyWord(analyzed, t))
        {
            return false;
        }

        var before = t - 1;
        while (before >= 0 && tokens[before].In(analyzed.Text) is ".")
        {
            before--;
        }

        return before < 0 || analyzed.SentenceStarts[t]
            || ((analyzed.Lexicons[before] & LexiconKind.Title) == 0 && !(tokens[before].Kind == TokenKind.Word && char.IsUpper(analyzed.Text[tokens[before].Start])));
    }

    private static readonly string[] LanguageUseVerbs = ["speak", "speaks", "speaking", "spoke", "learn", "learns", "learning", "learnt", "learned", "in"];

    /// <summary>
    /// "speaks Portuguese and English", "speaks Tagalog and Cebuano and English": the word at <paramref name="last"/> ends
    /// a list of peoples' words joined by "and", "or" or commas, and a verb of language (<see cref="LanguageVerbs"/>) opens it.
    /// </summary>
    private static bool IsLastOfListedLanguages(AnalyzedText analyzed, int last)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var t = last - 1;
        var listed = 0;
        while (t >= 1 && tokens[t].In(text) is "and" or "or" or "," && Peoples.Contains(tokens[t - 1].In(text)))
        {
            listed++;
            t -= 2;
        }

        return listed > 0 && t >= 0 && WordLists.Contains(LanguageVerbs, tokens[t].In(text));
    }

    /// <summary>"Great-Aunt Fatma", "great-uncle Bill": "great", a hyphen, a family title and a given name (not a surname only).</summary>
    private static bool IsGreatKinWithGivenName(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        return span.LastToken == first + 3 && tokens[first].In(analyzed.Text) is "Great" or "great" && tokens[first + 1].In(analyzed.Text) is "-"
            && WordLists.Contains(KinTitles, tokens[first + 2].In(analyzed.Text)) && analyzed.IsCapitalisedWord(span.LastToken, minLength: 2)
            && ((analyzed.Lexicons[span.LastToken] & LexiconKind.Surname) == 0 || IsGivenName(analyzed, span.LastToken));
    }

    // What a language may describe right after it: "Italian words", "Arabic songs", "Spanish lessons".
    private static readonly string[] LanguagesThings = ["words", "word", "songs", "song", "lessons", "lesson", "class", "classes", "books", "book", "names", "phrases", "food", "stories", "letters"];

    /// <summary>
    /// "teach Giulia Italian words": a span of a first name only and a people's or language's word, with what that
    /// language describes right after it in lower case, is the child and the words, no "Given Surname".
    /// </summary>
    private static bool IsGivenNameBeforeLanguagesThing(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var after = span.LastToken + 1;
        return after < tokens.Count && span.LastToken == span.FirstToken + 1 && Peoples.Contains(tokens[span.LastToken].In(analyzed.Text))
            && WordLists.Contains(LanguagesThings, tokens[after].In(analyzed.Text)) && char.IsLower(analyzed.Text[tokens[after].Start])
            && IsFirstNameOnly(analyzed, span.FirstToken, longList: true);
    }

    // Languages spoken as several peoples speak them: "Indian English", "Mexican Spanish", "Canadian French", "Nigerian Pidgin".
    private static readonly string[] SpokenVarieties = ["english", "spanish", "french", "portuguese", "arabic", "chinese", "german", "pidgin", "creole", "patois"];

    /// <summary>"Cantonese, English, and Putonghua": a comma or "and" after the span's first word, and a language after the span too.</summary>
    private static bool IsListOfLanguages(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var after = span.LastToken + 1;
        if (after < tokens.Count && tokens[after].In(text) is ",")
        {
            after++;
        }

        if (after < tokens.Count && tokens[after].In(text) is "and" or "or")
        {
            after++;
        }

        return span.FirstToken < span.LastToken && tokens[span.FirstToken + 1].In(text) is "," or "and"
            && after < tokens.Count && after > span.LastToken + 1 && Peoples.Contains(tokens[after].In(text));
    }

    // What a story says of a language or a people's words: "a few Chilean Spanish words", "the Malayalam family words",
    // "in Malayalam", "we speak Tamil".
    private static readonly string[] LanguageNouns =
        ["word", "words", "language", "family", "phrase", "phrases", "name", "names", "song", "songs", "food", "dishes", "people", "speakers", "version", "terms"];

    private static readonly string[] LanguageVerbs =
        ["in", "speak", "speaks", "speaking", "spoke", "learn", "learns", "learning", "say", "says", "teach", "teaches", "taught", "me", "us", "about"];

    private static bool IsInLanguageFrame(AnalyzedText analyzed, TaggedSpan span) =>
        (span.LastToken + 1 < analyzed.Tokens.Count && WordLists.Contains(LanguageNouns, analyzed.Tokens[span.LastToken + 1].In(analyzed.Text)))
        || (span.FirstToken > 0 && WordLists.Contains(LanguageVerbs, analyzed.Tokens[span.FirstToken - 1].In(analyzed.Text)));

    /// <summary>A word of the span is a given name, a surname or a title on some list ("Ortega", "Reverend").</summary>
    private static bool HasNameWord(AnalyzedText analyzed, TaggedSpan span)
    {
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word
                && ((analyzed.Lexicons[t] & (LexiconKind.FirstName | LexiconKind.Surname | LexiconKind.Title)) != 0 || IsGivenName(analyzed, t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the Charlie Brown Thanksgiving movie", "the Harry Potter books": "the", the name, at most two more capitalised
    /// words and a work that is named after its character; "the Okafor family" is a family's name.
    /// </summary>
    private static bool IsNameInTitleOfWork(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        if (span.FirstToken == 0 || !tokens[span.FirstToken - 1].In(analyzed.Text).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var t = span.LastToken + 1; t < tokens.Count && t - span.LastToken <= MaxTitleWordsAfterName + 1; t++)
        {
            // The work in lower case: "the Ava Jones Dance Show" is an event the child may be in.
            if (WordLists.Contains(NamedWorks, tokens[t].In(analyzed.Text)) && char.IsLower(analyzed.Text[tokens[t].Start]))
            {
                return true;
            }

            if (!analyzed.IsCapitalisedWord(t) || analyzed.HasLineBreak(t - 1, t))
            {
                return false;
            }
        }

        return false;
    }

    private const int MaxTitleWordsAfterName = 2;

    // Works a sentence opens on before the characters it tells of: "In the movie *Coco*, Miguel Rivera plays his guitar".
    private static readonly string[] WorkFrames = ["movie", "film", "book", "show", "cartoon", "series", "episode", "story", "game", "play"];

    // How many words a work's title may have between its noun and the comma.
    private const int MaxFrameTitleWords = 6;

    /// <summary>
    /// "In the movie *Coco*, Miguel Rivera plays his guitar", "In the book Wonder, Auggie Pullman …": a sentence that opens
    /// on "In the" and a work with its title, then a comma, tells of the work's characters. "In the morning, Mia Jones …"
    /// and "In the school play, Ava Smith is the lion" (no title) are not such frames.
    /// </summary>
    private static bool IsAfterWorkFrame(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var comma = span.FirstToken - 1;
        if (comma < 3 || tokens[comma].In(analyzed.Text) is not ",")
        {
            return false;
        }

        var titleWords = 0;
        for (var t = comma - 1; t >= 2 && comma - t <= MaxFrameTitleWords + 2; t--)
        {
            if (WordLists.Contains(WorkFrames, tokens[t].In(analyzed.Text)) && tokens[t - 1].In(analyzed.Text) is "the" && tokens[t - 2].In(analyzed.Text) is "In"
                && analyzed.SentenceStarts[t - 2])
            {
                return titleWords > 0;
            }

            if (tokens[t].Kind == TokenKind.Word)
            {
                if (!analyzed.IsCapitalisedWord(t))
                {
                    return false;
                }

                titleWords++;
            }
            else if (analyzed.Text[tokens[t].Start] is not ('*' or '_' or '"' or '“' or '”' or '\''))
            {
                return false;
            }
        }

        return false;
    }


    // What is done to food and drink, never to a person: "I pour the Rooh Afza into the glasses", "we stir the Milo".
    private static readonly string[] FoodVerbs =
        ["pour", "pours", "poured", "pouring", "stir", "stirs", "stirred", "stirring", "sip", "sips", "sipped", "drink", "drinks", "drank", "mix", "mixes", "mixed", "bake", "bakes", "baked", "fry", "fries", "fried"];

    /// <summary>
    /// "pour the Rooh Afza", "stir the Milo": "the" and a capitalised name after a verb done to food or drink; "cold Rooh
    /// Afza", "hot Milo": a name served cold or hot.
    /// </summary>
    private static bool IsFoodOrDrinkHandled(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        return (span.FirstToken >= 2 && tokens[span.FirstToken - 1].In(analyzed.Text) is "the"
                && WordLists.Contains(FoodVerbs, tokens[span.FirstToken - 2].In(analyzed.Text)))
            || (span.FirstToken >= 1 && tokens[span.FirstToken - 1].In(analyzed.Text) is "cold" or "hot" or "iced" or "chilled");
    }

    // Works named after a character: "the Peppa Pig episode", "the Charlie Brown Christmas special". (Not "videos",
    // "songs" or "books": "the Ava Thompson videos from her birthday party" are a child's.)
    private static readonly string[] NamedWorks =
        ["movie", "movies", "film", "films", "show", "cartoon", "cartoons", "special", "episode", "episodes", "series"];

    /// <summary>
    /// "the Boishakhi Mela", "the Pohela Boishakh fair": two capitalised words or more after "the", none of them a name or
    /// a title on any list, ending on or followed by a word for a day or a thing, name a thing or a day. Anywhere else
    /// they may be a family's ("the Ortega Garcia house", "dinner at the Faleolo Tuilagi place", "the Akana Kealoha").
    /// </summary>
    private static bool IsThingAfterThe(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var next = span.LastToken + 1;
        return span.FirstToken > 0 && tokens[span.FirstToken - 1].In(analyzed.Text).Equals("the", StringComparison.OrdinalIgnoreCase) && !HasNameWord(analyzed, span)
            && (WordLists.Contains(ThingNouns, tokens[span.LastToken].In(analyzed.Text))
                || (next < tokens.Count && WordLists.Contains(ThingNouns, tokens[next].In(analyzed.Text))));
    }

    // What a story says a name of another language is when it is no person: a day, a place, a thing, a custom.
    private static readonly string[] ThingNouns =
    [
        "year", "festival", "holiday", "celebration", "feast", "fair", "mela", "day", "night", "mine", "temple", "mosque", "church", "shrine", "book",
        "song", "dance", "prayer", "greeting", "blessing", "dish", "food", "sweet", "treat", "cake", "bread", "soup", "drink", "market",
        "park", "river", "mountain", "lake", "island", "town", "city", "village", "game", "custom", "tradition", "word", "phrase",
        "language", "month", "ceremony", "service", "meal", "museum", "castle", "palace", "cave", "beach", "forest",
    ];

    /// <summary>Token t is a comma, "or", or the mark of a list item ("- ", "1.") that the name follows.</summary>
    private static bool IsAfterListMarkOrComma(AnalyzedText analyzed, int t) =>
        analyzed.Tokens[t].In(analyzed.Text) is "," or "or" || (analyzed.Tokens[t].Kind == TokenKind.Punctuation && analyzed.SentenceStarts[t]);

    // Words that may stand between "is" and the thing: "a very old salt mine", "the Thai New Year".
    private static readonly string[] ThingDeterminers = ["a", "an", "the", "very", "big", "small", "little", "special", "old", "new"];

    // The nouns of ThingNouns that only a feast is: "… is the Mid-Autumn Festival", "… is Vietnamese New Year".
    private static readonly string[] FeastNouns = ["festival", "holiday", "celebration", "feast", "year"];

    /// <summary>A hyphen inside a word pair, no space on either side: "Mid-Autumn".</summary>
    private static bool IsJoiningHyphen(AnalyzedText analyzed, int t) =>
        t > 0 && t + 1 < analyzed.Tokens.Count && analyzed.Tokens[t].In(analyzed.Text) is "-"
        && analyzed.Tokens[t - 1].End == analyzed.Tokens[t].Start && analyzed.Tokens[t].End == analyzed.Tokens[t + 1].Start;

    // What may follow the thing and end its clause: "… New Year for Bengali people", "a special day when …".
    private static readonly string[] ThingClauseEnds = ["for", "of", "in", "when", "where", "that", "which", "with", "and", "under", "near", "on"];

    /// <summary>
    /// The story says what the name is, and it is no person: "Pohela Boishakh is Bengali New Year", "White Sunday, or
    /// Lotu Tamaiti, is a special day". The name opens its sentence or follows a comma or "or"; only determiners and
    /// describing words between (not "is at the park", "is a day student"); no word of the name a name or title on any
    /// list. (A thing in brackets after a name was tried and dropped: details blocks write "Kalani Akana (hula dance)".)
    /// </summary>
    private static bool IsSaidToBeAThing(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;

        // The name opens its sentence or stands in apposition ("White Sunday, or Lotu Tamaiti, is"): not "Lunch with
        // Siosaia Havili is a Sunday tradition".
        var before = span.FirstToken - 1;
        if (before >= 0 && !analyzed.SentenceStarts[span.FirstToken] && !IsAfterListMarkOrComma(analyzed, before))
        {
            return false;
        }

        var t = span.LastToken + 1;
        if (t < tokens.Count && tokens[t].In(text) is ",")
        {
            t++;
        }

        if (t >= tokens.Count || tokens[t].In(text) is not ("is" or "was" or "means"))
        {
            return false;
        }

        // "Tết Trung Thu is the Mid-Autumn Festival": with a word of the name that is a given name too ("Thu"), only a
        // feast's own noun says it is no person.
        var nameWord = HasNameWord(analyzed, span);
        for (var r = t + 1; r < tokens.Count && r <= t + 7 && (tokens[r].Kind == TokenKind.Word || IsJoiningHyphen(analyzed, r)); r++)
        {
            var word = tokens[r].In(text);
            if (tokens[r].Kind != TokenKind.Word)
            {
                continue;
            }

            var next = r + 1 < tokens.Count ? tokens[r + 1] : default;
            if (WordLists.Contains(nameWord ? FeastNouns : ThingNouns, word)
                && (r + 1 == tokens.Count || next.Kind == TokenKind.Punctuation || WordLists.Contains(ThingClauseEnds, next.In(text)))
                && (!nameWord || !word.Equals("year", StringComparison.OrdinalIgnoreCase) || tokens[r - 1].In(text) is "New"))
            {
                return true;
            }

            if ((analyzed.Lexicons[r] & LexiconKind.FunctionWord) != 0 && !WordLists.Contains(ThingDeterminers, word))
            {
                return false;
            }
        }

        return false;
    }

    // Greetings, thanks, wishes and polite words to a role, in the stories' other languages, folded as the text is
    // ("Dziękuję" is "Dziekuje"): "Guten Morgen", "Annyeonghaseyo", "Barka da Sallah", "Viel Spaß", "Pani Pielęgniarko"
    // ("Nurse!" in Polish). Words that are names too ("Ola", "Salam", "Tak", "Moi") are left out.
    private static readonly string[] Greetings =
    [
        "viel spass", "viel spaß", "viel gluck", "viel glück", "alles gute", "bonne chance", "bonne route", "bon voyage", "buena suerte", "buen viaje", "boa sorte",
        "boa viagem", "gute reise", "gute besserung", "buon viaggio", "in bocca", "ang galing", "jia you", "bon appetit", "buen provecho",
        "guten morgen", "guten tag", "guten abend", "gute nacht", "gruss gott", "gruß gott", "bonjour", "bonsoir", "bonne nuit", "merci beaucoup",
        "buenos dias", "buenas tardes", "buenas noches", "muchas gracias", "bom dia", "boa tarde", "boa noite", "muito obrigado", "muito obrigada",
        "buongiorno", "buonasera", "buonanotte", "annyeonghaseyo", "annyeong haseyo", "kamsahamnida", "gamsahamnida", "konnichiwa", "ohayo gozaimasu",
        "arigato gozaimasu", "ni hao", "nihao", "xie xie", "xiexie", "zao shang hao", "namaste", "namaskar", "vanakkam", "sat sri akal",
        "assalamu alaikum", "assalamualaikum", "as salamu alaykum", "salaam alaikum", "marhaba", "shukran", "sabah el kheir", "sabah al khair",
        "sabah al - khair", "sabah el - kheir", "sabah al - kheir", "masa al - khair", "masa el - kheir",
        "boker tov", "shabbat shalom", "merhaba", "gunaydin", "tesekkurler", "tesekkur ederim", "sawubona", "jambo", "asante sana", "karibu",
        "barka da sallah", "barka da safiya", "barka da yamma", "barka da rana", "ekaaro", "e kaaro", "akwaaba", "medaase", "selamat pagi", "selamat datang",
        "selamat hari raya", "terima kasih", "apa kabar", "maraming salamat", "magandang umaga", "kumusta", "kamusta", "xin chao", "cam on",
        "sawasdee", "sawatdee", "spasibo", "zdravstvuyte", "dzien dobry", "dziekuje", "dobry den", "dekuji", "kiitos", "goedemorgen", "kia ora",
        "eid mubarak", "ramadan mubarak", "chag sameach", "jag sameaj", "jag saméaj", "jag januka sameaj", "jag januká saméaj", "jag januka saméaj", "januka sameaj", "januká saméaj",
        "chag chanukah sameach", "chanukah sameach", "hanukkah sameach", "shana tova", "feliz navidad", "joyeux noel", "frohe weihnachten", "gong xi fa cai",
        // Bengali New Year, Greek Easter, Somali Eid, the Sikh farewell.
        "shubho noboborsho", "shubho nobobarsho", "shubho nababarsha", "christos anesti", "alithos anesti", "christos voskrese", "ciid mubaarak",
        "ciid wanaagsan", "waheguru ji", "khop khun ka", "khop khun krap", "khob khun ka", "khob khun krap", "khop khun", "khob khun", "sok dee pi mai", "boun pi mai", "iechyd da", "bore da", "nos da", "prynhawn da",
        // Quechua ("Thank you", "Are we well?"), Dzongkha ("Hello") and Plains Cree ("Thank you", "Hello").
        "sulpayki", "allillanchu", "kuzuzangpo", "kuzu zangpo", "kinanaskomitin", "tansi",
        // Tibetan ("Good luck", said at Losar and to anyone), Greek ("Good morning", "Many years!").
        "tashi delek", "kalimera", "chronia polla", "kalo pascha", "kalo paska", "kala christougenna", "kali chronia",
        // The Urdu and Punjabi farewell ("God be your protector"); Scandinavian and Finnish hellos.
        "allah hafiz", "khuda hafiz", "hej", "hejsan", "hei", "hallå",
        // Hawaiian thanks and hello; the Urdu and Punjabi "Well done".
        "mahalo", "aloha", "shabash", "shabaash",
        // Welsh "Well done", "Thank you", "Welcome"; German, Dutch and Afrikaans hellos and thanks; Spanish and
        // Portuguese hellos.
        "da iawn", "diolch", "croeso", "hallo", "hoi", "moin", "servus", "grüezi", "gruezi", "dankie", "baie dankie", "baie goed", "goeie môre",
        "hola", "olá", "buenos días",
        // Letters to parents: German, Dutch, French and Spanish "Dear parents", "Dear families".
        "liebe eltern", "liebe familien", "liebe familie", "beste ouders", "chers parents", "queridos padres", "queridas familias",
        // "Happy birthday", sung or said: Indonesian and Malay, Spanish, French, German, Italian, Portuguese, Polish, Japanese,
        // Korean, Mandarin, Hindi and Urdu; and Indonesian good night, good afternoon and safe journey.
        "selamat ulang tahun", "selamat hari lahir", "feliz cumpleanos", "joyeux anniversaire", "alles gute zum geburtstag", "buon compleanno",
        "feliz aniversario", "sto lat", "otanjoubi omedetou", "otanjobi omedeto", "saengil chukha", "sheng ri kuai le",
        "janamdin mubarak", "janam din mubarak", "salgirah mubarak", "selamat malam", "selamat siang", "selamat jalan",
        // Thanks in other languages, said alone or to a child by first name ("Gracias, Valentina").
        "gracias", "merci", "danke", "grazie", "obrigado", "obrigada", "dhanyavaad", "dhanyavad", "shukriya", "arigato",
        // Words of faith said aloud: "Allahu Akbar" in the prayer, "Jai Swaminarayan" at the mandir.
        "allahu akbar", "alhamdulillah", "subhanallah", "inshallah", "insha allah", "bismillah", "jai swaminarayan", "jai shri krishna",
        // Arabic thanks, "May God bless you" ("Baraka Allahu fik", said to a host).
        "baraka allahu fik", "baraka allahu fiki", "barakallahu fik", "barak allahu feek", "jazakallah khair", "jazak allahu khairan",
        "jai shree krishna", "jai shri ram", "jai shree ram", "radhe radhe", "hari om", "om shanti",
        // Amharic wishes of a feast: "Happy New Year", "You have reached the feast" (said at Genna, Fasika, Meskel).
        "melkam addis amet", "enkuan aderesachu", "enkuan aderesachihu", "enkwan aderesachu", "enkuan aderesen", "enkuan aderesesh",
        // Samoan, Tongan, Cook Islands Māori and Tahitian.
        "talofa", "fa ' afetai", "faafetai", "malo e lelei", "kia orana", "mauruuru",
        // Japanese words of the day said at home: "Gohan desu yo!" (dinner is ready), "Itadakimasu", "Tadaima", "Okaeri".
        "gohan desu", "gohan da yo", "itadakimasu", "gochisousama", "tadaima", "okaeri", "okaerinasai", "ittekimasu", "itterasshai", "oyasumi", "oyasuminasai",
        // Polish words to a role ("Nurse!", "Doctor!", "Miss!"): only with no name after them ("Pani Doktor Nowak").
        "pani pielegniarko", "pani doktor", "panie doktorze", "pani nauczycielko", "pani profesor", "prosze pani",
    ];

    // The greetings by their first word ("guten" → "guten morgen", "guten tag", "guten abend").
    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> GreetingsByFirstWord = Greetings
        .GroupBy(g => g.Split(' ')[0], StringComparer.OrdinalIgnoreCase)
        .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // How many tokens before a name a greeting may start: "Guten Morgen, Lukas" tagged as "Morgen, Lukas".
    private const int GreetingReach = 2;

    /// <summary>
    /// A greeting, thanks or wish of another language, alone ("Guten Morgen", "Barka da Sallah", "Viel Spaß") or with
    /// the bare first name or family word it is said to, after a comma or not ("Annyeonghaseyo, Min-jun", "Guten Morgen,
    /// Lukas" tagged as "Morgen, Lukas", "Vanakkam Nani"). A word the lists know as a surname, or do not know at all,
    /// stays a name ("Sawubona, Dlamini"), and so does a greeting with a capitalised word right after it ("Pani Doktor
    /// Nowak"). A policy that allows no bare first name keeps the name after a greeting.
    /// </summary>
    private static bool IsGreeting(AnalyzedText analyzed, TaggedSpan span, bool allowFirstName)
    {
        var tokens = analyzed.Tokens;
        for (var start = Math.Max(0, span.FirstToken - GreetingReach); start <= span.FirstToken; start++)
        {
            // Most tokens open no greeting: a text of thousands of names asks the table, not the whole list, each time.
            if (!GreetingsByFirstWord.TryGetValue(tokens[start].In(analyzed.Text), out var greetings))
            {
                continue;
            }

            foreach (var greeting in greetings)
            {
                var end = PhraseEnd(analyzed, start, greeting);
                if (end < span.FirstToken)
                {
                    continue;
                }

                if (end >= span.LastToken)
                {
                    // Not when a name goes on after it: "Pani Doktor" + "Nowak".
                    return end + 1 >= tokens.Count || !analyzed.IsCapitalisedWord(end + 1) || !NameCandidates.SingleSpace(analyzed, end, end + 1);
                }

                // "Vanakkam Nani": the comma may be left out. A word no list knows may be a surname ("Sawubona, Dlamini").
                var name = tokens[end + 1].In(analyzed.Text) is "," ? end + 2 : end + 1;
                if (allowFirstName && name <= span.LastToken && NameParticles.JoinedEnd(analyzed, name) == span.LastToken
                    && (IsFirstNameOnly(analyzed, name, longList: true)
                        || (name == span.LastToken && (analyzed.Lexicons[name] & (LexiconKind.KinWord | LexiconKind.Surname)) == LexiconKind.KinWord)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The last token of <paramref name="phrase"/> (tokens split by single spaces: "fa ' afetai") read from token start,
    /// or -1.
    /// </summary>
    private static int PhraseEnd(AnalyzedText analyzed, int start, string phrase)
    {
        var tokens = analyzed.Tokens;
        var t = start;
        var rest = phrase.AsSpan();
        while (true)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            if (t >= tokens.Count || !tokens[t].In(analyzed.Text).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }

            if (space < 0)
            {
                return t;
            }

            rest = rest[(space + 1)..];
            t++;
        }
    }

    /// <summary>"the Malayalam family words": a language's words a family uses, not a family called Malayalam.</summary>
    private static bool IsLanguagesFamilyWords(AnalyzedText analyzed, int t) =>
        Peoples.Contains(analyzed.Tokens[t].In(analyzed.Text)) && t + 2 < analyzed.Tokens.Count
        && WordLists.Contains(LanguageNouns, analyzed.Tokens[t + 2].In(analyzed.Text));

    // The word for a family before its name in Portuguese, Spanish, French, German and Italian, accents folded ("a família
    // Albuquerque", "la famille Martin", "Familie Schmidt", "la famiglia Rossi").
    private static readonly string[] ForeignFamilyWords = ["familia", "famille", "familie", "famiglia"];

    // A film's, book's or song's family ("Encanto, about la familia Madrigal", "a song called Mi Familia Feliz").
    private static readonly string[] WorksOfFiction = ["film", "movie", "book", "song", "show", "called", "cartoon", "story", "encanto"];

    private const int WorkReach = 8;

    // "the Tamihana whānau", "the Kealoha ohana": the family word of Māori and Hawaiian English too.
    private static readonly string[] FamilyWords =
        ["family", "families", "twins", "household", "kids", "children", "brothers", "sisters", "grandparents", "parents", "whānau", "whanau", "ohana"];

    /// <summary>
    /// "Grandma and Grandad Whitaker", "Nana and Pop Okafor": a capitalised word after two grandparents joined by "and" is
    /// the surname the two share; a family title before a first name is how a child calls one grown-up ("Grandpa Joe").
    /// Not a word known only as a first name ("Nana and Grandpa Joe") unless it is a surname built on "Ben" ("Savta and
    /// Saba Ben-David"), a family word, an ordinary word or a word on the next line. Grandparents named in other
    /// languages count with a surname the lists hold ("Oma and Opa Bakker").
    /// </summary>
    private static bool IsCouplesSurname(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        if (t < 3 || !analyzed.IsCapitalisedWord(t, minLength: 2) || !analyzed.IsCapitalisedWord(t - 1) || analyzed.HasLineBreak(t - 1, t)
            || tokens[t - 2].In(analyzed.Text) is not ("and" or "&")
            || (analyzed.Lexicons[t] & (LexiconKind.CommonWord | LexiconKind.FunctionWord | LexiconKind.KinWord | LexiconKind.Title | LexiconKind.WellKnownName
                | LexiconKind.CalendarWord | LexiconKind.PlaceWord)) != 0)
        {
            return false;
        }

        // "Ben-David": a surname built on "Ben" (son of), not a hyphenated given name ("Hans-Peter").
        var patronymic = IsPatronymic(analyzed, t);
        if (WordLists.Contains(Grandparents, tokens[t - 1].In(analyzed.Text)) && WordLists.Contains(Grandparents, tokens[t - 3].In(analyzed.Text)))
        {
            return patronymic || !IsFirstNameOnly(analyzed, t, longList: true);
        }

        // Grandparents in other languages sign with a surname the lists hold ("Oma and Opa Bakker"), not any word ("Oma and
        // Opa Lebkuchen").
        return WordLists.Contains(OtherGrandparents, tokens[t - 1].In(analyzed.Text)) && WordLists.Contains(OtherGrandparents, tokens[t - 3].In(analyzed.Text))
            && (patronymic || (analyzed.Lexicons[t] & (LexiconKind.Surname | LexiconKind.FirstName)) == LexiconKind.Surname);
    }

    // What opens a surname built on a father's name: "Ben-David", "Bar-On", "Abu-Bakr", "Ibn-Rushd".
    private static readonly string[] PatronymicHeads = ["ben", "bar", "bat", "abu", "ibn", "bin"];

    private static bool IsPatronymic(AnalyzedText analyzed, int t) =>
        NameParticles.JoinedEnd(analyzed, t) > t && analyzed.Tokens[t + 1].In(analyzed.Text) is "-" && WordLists.Contains(PatronymicHeads, analyzed.Tokens[t].In(analyzed.Text));

    // How far before "That's our family name" the name may be: "a little sign that says AL-FARSI – 10:15 EDINBURGH.".
    private const int FamilyNameReach = 12;

    private static readonly string[] NameOwners = ["our", "my", "his", "her", "your", "their"];

    // What a name is given for: "booked under Mensah", "Name for the booking?", "a table under the name Haddad".
    private static readonly string[] Bookings =
        ["booking", "booked", "book", "reservation", "reserved", "reserve", "table", "tickets", "ticket", "order", "collection", "pickup", "pick-up"];

    // How far before the name its booking may be: "The tickets are booked online under Mensah", "'Name for the booking?' I
    // will say, 'Asante.'".
    private const int BookingReach = 14;

    /// <summary>
    /// "The table is booked under Haddad", "a reservation under the name Okafor", "'Name for the booking?' I will say,
    /// 'Asante.'": the name a booking is made or collected under is a family name. A capitalised word that is no
    /// ordinary word, place, day, title or family word, after "under" (and "the name", "our name" or "the surname") with a
    /// booking before it, or alone in quotes after a word of saying with "name" and a booking before it.
    /// </summary>
    private static bool IsBookingName(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (t < 2 || !analyzed.IsCapitalisedWord(t, minLength: 2)
            || (analyzed.Lexicons[t] & (LexiconKind.CommonWord | LexiconKind.FunctionWord | LexiconKind.PlaceWord | LexiconKind.CalendarWord | LexiconKind.Title
                | LexiconKind.KinWord | LexiconKind.WellKnownName)) != 0)
        {
            return false;
        }

        var before = t - 1;
        if (before >= 2 && tokens[before].In(text) is "name" or "surname" && (WordLists.Contains(NameOwners, tokens[before - 1].In(text)) || tokens[before - 1].In(text) is "the"))
        {
            before -= 2;
        }

        // "booked under Sam's name" is a first name's.
        var from = Math.Max(0, t - BookingReach);
        if (tokens[before].In(text) is "under")
        {
            return WordLists.AnyIn(text, tokens, from, before - 1, Bookings) && !(t + 1 < tokens.Count && tokens[t + 1].In(text) is "'" or "’");
        }

        // "I will say, 'Asante.'": the word alone between quotes, after saying, with the question of the name before.
        var open = t - 1;
        var said = open >= 2 && tokens[open - 1].In(text) is "," ? open - 2 : open - 1;
        var close = NameParticles.JoinedEnd(analyzed, t) + 1;
        // "The waiter's name tag says "Dawit."": what a name tag or a badge shows is the name a person goes by, no booking's.
        if (said >= 1 && WordLists.Contains(NameShowers, tokens[said - 1].In(text)))
        {
            return false;
        }

        return IsQuote(tokens[open].In(text)) && said >= 0 && tokens[said].In(text) is "say" or "says" or "said" or "answer" or "answers" or "reply" or "replies"
            && close < tokens.Count && (IsQuote(tokens[close].In(text)) || (tokens[close].In(text) is "." or "!" && close + 1 < tokens.Count && IsQuote(tokens[close + 1].In(text))))
            && WordLists.AnyIn(text, tokens, from, said, Bookings) && WordLists.AnyIn(text, tokens, from, said, NameAsked);
    }

    private static readonly string[] NameAsked = ["name", "surname"];

    // What shows a worker's name to everyone: "her name tag says", "his badge says".
    private static readonly string[] NameShowers = ["tag", "tags", "badge", "badges", "lanyard"];

    private static bool IsQuote(ReadOnlySpan<char> token) => token is "'" or "’" or "‘" or "\"" or "“" or "”";

    /// <summary>
    /// "She will be holding a little sign that says AL-FARSI – 10:15 EDINBURGH. That's our family name": a capitalised
    /// word (or one in capitals, hyphens joining it) in the sentence before one that opens on "That's", "That is" or "It
    /// is" and "our family name", "my surname" or "our last name", and no other such word between, is that surname. Not
    /// an ordinary word, a place, a day, a title or a family word, nor a name something is "called" ("Our dog is called
    /// Zeus. That's our family name for him").
    /// </summary>
    private static bool IsSaidToBeFamilyName(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (!analyzed.IsCapitalisedWord(t, minLength: 2) || analyzed.SentenceStarts[t] || tokens[t - 1].In(text) is "-" or "called" or "named"
            || (analyzed.Lexicons[t] & (LexiconKind.CommonWord | LexiconKind.FunctionWord | LexiconKind.PlaceWord | LexiconKind.CalendarWord | LexiconKind.Title
                | LexiconKind.KinWord | LexiconKind.WellKnownName)) != 0)
        {
            return false;
        }

        var end = NameParticles.JoinedEnd(analyzed, t);
        for (var u = end + 1; u < tokens.Count && u <= end + FamilyNameReach; u++)
        {
            // A clock's colon ("10:15") opens no sentence that matters here.
            if (!analyzed.SentenceStarts[u] || tokens[u - 1].In(text) is ":")
            {
                if (analyzed.IsCapitalisedWord(u, minLength: 2) && (analyzed.Lexicons[u] & (LexiconKind.PlaceWord | LexiconKind.CalendarWord)) == 0)
                {
                    return false;
                }

                continue;
            }

            // "That's our family name", "That is my surname", "It is our last name".
            var w = u + 1;
            if (tokens[u].In(text) is not ("That" or "It" or "This"))
            {
                return false;
            }

            if (w + 1 < tokens.Count && tokens[w].In(text) is "'" or "’" && tokens[w + 1].In(text) is "s")
            {
                w += 2;
            }
            else if (w < tokens.Count && tokens[w].In(text) is "is")
            {
                w++;
            }
            else
            {
                return false;
            }

            // Not "That's our family name for him" (a pet's or a thing's nickname).
            var name = w + 1 < tokens.Count && tokens[w + 1].In(text) is "surname" ? w + 1
                : w + 2 < tokens.Count && tokens[w + 1].In(text) is "family" or "last" && tokens[w + 2].In(text) is "name" ? w + 2
                : -1;
            return name > 0 && WordLists.Contains(NameOwners, tokens[w].In(text)) && (name + 1 >= tokens.Count || tokens[name + 1].In(text) is not "for");
        }

        return false;
    }

    // Grandparents, whom families pair by the surname ("Grandma and Grandad Whitaker", "Savta and Saba Ben-David", "Oma
    // and Opa Bakker"); aunts and uncles are paired by a first name as often ("Aunty and Uncle Tunde").
    private static readonly string[] Grandparents =
        ["grandma", "grandpa", "granny", "grandad", "granddad", "grandmother", "grandfather", "nana", "nanna", "nan", "gran", "pop", "pops", "grampa", "gramps"];

    private static readonly string[] OtherGrandparents =
        ["savta", "saba", "oma", "opa", "nonna", "nonno", "abuela", "abuelo", "babcia", "dziadek", "yiayia", "papou", "mormor", "morfar", "farmor", "farfar"];

    /// <summary>
    /// A family called by its surname in the plural after "the": "the Nguyens", "the Okafors" (a surname the list holds,
    /// "s" or "es" added), or any such word no list knows in a sign-off, on the text's last line or in brackets ("(the
    /// Kowalczyks)", "(the Van der Merwes)", with its particles in either case). Not before another capitalised word ("the Johnsons Road"), nor near a film, a show or a book ("we
    /// watched the Simpsons"), nor a word a list knows otherwise ("the Andes", "the Beatles").
    /// </summary>
    private static bool IsFamilyByPluralSurname(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var word = tokens[t].In(text);
        if (t == 0 || word.Length < 5 || word[^1] != 's' || !analyzed.IsCapitalisedWord(t))
        {
            return false;
        }

        // "the Van der Merwes", "the de Souzas": the particles of the surname, in either case, between "the" and it.
        var the = t - 1;
        while (the > 0 && t - the <= MaxFamilyParticles && NameParticles.IsParticle(tokens[the].In(text)))
        {
            the--;
        }

        if (!tokens[the].In(text).Equals("the", StringComparison.OrdinalIgnoreCase)
            || (analyzed.Lexicons[t] & ~LexiconKind.Surname) != LexiconKind.None || (t + 1 < tokens.Count && analyzed.IsCapitalisedWord(t + 1))
            || WordLists.AnyIn(text, tokens, Math.Max(0, t - WorkReach), Math.Min(tokens.Count - 1, t + WorkReach), WorksOfFiction))
        {
            return false;
        }

        var stem = word[..^1];
        var stemKinds = LexiconSet.Default.KindsOf(stem);
        if ((stemKinds & LexiconKind.Surname) == 0 && stem.EndsWith('e'))
        {
            stemKinds = LexiconSet.Default.KindsOf(stem[..^1]);
        }

        if (WordLists.Contains(FamousFamilies, word))
        {
            return false;
        }

        if ((stemKinds & LexiconKind.Surname) != 0)
        {
            return (stemKinds & (LexiconKind.CommonWord | LexiconKind.WellKnownName | LexiconKind.PlaceWord)) == 0;
        }

        // A word no list knows, signed off: in brackets, or after a word of signing off on the text's last line ("Lots of
        // love, the Nguyens"; not "one of the Octonauts" of a text with no line break).
        var inBrackets = the >= 1 && tokens[the - 1].In(text) is "(" && t + 1 < tokens.Count && tokens[t + 1].In(text) is ")";
        if (stemKinds != LexiconKind.None)
        {
            return false;
        }

        if (inBrackets)
        {
            return true;
        }

        var lineStart = text.AsSpan(0, tokens[t].Start).LastIndexOf('\n') + 1;
        if (lineStart > 0 && text.AsSpan(lineStart, tokens[the].Start - lineStart).IsWhiteSpace())
        {
            // "Lots of love,\nthe Kowalczyks": the sign-off's words on the line before.
            lineStart = text.AsSpan(0, lineStart - 1).LastIndexOf('\n') + 1;
        }

        return text.AsSpan(tokens[t].End).TrimEnd().IndexOf('\n') < 0
            && WordLists.ContainsAnyPhrase(text.AsSpan(lineStart, tokens[t].Start - lineStart), SignOffWords);
    }

    // Syllables Chinese given names are often made of, in pinyin and in the spellings of Singapore and Malaysia.
    private static readonly string[] GivenSyllables =
    [
        "wei", "jie", "hui", "min", "xiao", "ming", "jia", "yi", "xin", "hao", "jun", "kai", "zhi", "mei", "ling", "ying", "qi", "jing", "en", "rui",
        "xuan", "zi", "yong", "ting", "hua", "lei", "yan", "yun", "shu", "wen", "ning", "kang", "sheng", "jian", "bo", "xiang", "ru", "si", "yue",
        "qing", "zhen", "shan", "ping", "bin", "yuan", "jin", "xi", "kiat", "kiong", "boon", "siew", "seng", "choon", "keat",
    ];

    /// <summary>
    /// "Mei-Lin": a span of exactly a word, a hyphen and a word written together, the first a syllable of Chinese given
    /// names that is no common surname, the second such a syllable or one a surname shares ("Lin").
    /// </summary>
    private static bool IsHyphenedChineseGivenName(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var first = span.FirstToken;
        if (span.LastToken != first + 2 || !IsHyphenated(analyzed, first))
        {
            return false;
        }

        var second = tokens[first + 2].In(text);
        return WordLists.Contains(GivenSyllables, tokens[first].In(text)) && !WordLists.Contains(CommonChineseSurnames, tokens[first].In(text))
            && (WordLists.Contains(GivenSyllables, second) || WordLists.Contains(CommonChineseSurnames, second));
    }

    // Common Chinese surnames that may open a full name: "Li Wei", "Tan Wei Jie".
    private static readonly string[] CommonChineseSurnames =
    [
        "li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "gao", "luo",
        "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng", "tian", "dong", "pan", "cai", "jiang", "yu", "du", "ye",
        "cheng", "su", "lu", "ding", "ren", "shen", "yao", "fang", "fu", "zhong", "tan", "lim", "lee", "ng", "wong", "chan", "goh", "koh", "teo", "ong",
        "chua", "yeo", "lau", "low", "toh", "sim", "chong", "ho", "foo", "ang", "yap", "leong", "chew", "quek", "tay", "seah", "kwok", "loh", "lai",
        "soh", "pang", "neo", "cheong", "tsang", "cheung", "leung", "chow", "yip", "kong", "jin", "kim", "park",
    ];

    /// <summary>
    /// Two capitalised syllables of a Chinese given name from t, the first no common surname ("Wei Jie", "Hui Min"), with
    /// no capitalised word right before or after them ("Tan Wei Jie", "Wei Jie Tan") nor a surname and a comma before
    /// ("Tan, Wei Jie").
    /// </summary>
    private static bool IsChineseGivenName(AnalyzedText analyzed, int t)
    {
        var text = analyzed.Text;
        var first = analyzed.Tokens[t].In(text);
        var second = analyzed.Tokens[t + 1].In(text);
        return analyzed.IsCapitalisedWord(t, minLength: 2) && analyzed.IsCapitalisedWord(t + 1, minLength: 2) && NameCandidates.SingleSpace(analyzed, t, t + 1)
            && WordLists.Contains(GivenSyllables, first) && WordLists.Contains(GivenSyllables, second) && !WordLists.Contains(CommonChineseSurnames, first)
            && !(t > 0 && NameCandidates.SingleSpace(analyzed, t - 1, t) && analyzed.IsCapitalisedWord(t - 1, minLength: 2) && !IsOpenerOrKinTitle(analyzed, t - 1))
            && !(t > 1 && analyzed.Tokens[t - 1].In(text) is "," && WordLists.Contains(CommonChineseSurnames, analyzed.Tokens[t - 2].In(text)))
            && !(t + 2 < analyzed.Tokens.Count && NameCandidates.SingleSpace(analyzed, t + 1, t + 2) && analyzed.IsCapitalisedWord(t + 2, minLength: 2));
    }

    /// <summary>
    /// "Auntie" of "Auntie Mei Ling", "Today" of "Today Wei Jie and I": a family title, or an ordinary word opening the
    /// sentence that is no Chinese surname ("Tan", "Long" and "Low" are words too).
    /// </summary>
    private static bool IsOpenerOrKinTitle(AnalyzedText analyzed, int t) =>
        WordLists.Contains(KinTitles, analyzed.Tokens[t].In(analyzed.Text))
        || (analyzed.SentenceStarts[t] && (analyzed.Lexicons[t] & (LexiconKind.CommonWord | LexiconKind.Surname | LexiconKind.FirstName)) == LexiconKind.CommonWord
            && !WordLists.Contains(CommonChineseSurnames, analyzed.Tokens[t].In(analyzed.Text)));

    // "the Van der Merwes": at most two particles.
    private const int MaxFamilyParticles = 2;

    // What a sign-off line says before the family's name: "Lots of love, the Nguyens", "From all of us, the Okafors".
    private static readonly string[] SignOffWords = ["love", "from", "regards", "wishes", "hugs", "thanks", "cheers", "warmly", "sincerely", "xx"];

    // Families of films, shows and history, said in the plural as a family's surname is: "I like the Simpsons".
    private static readonly string[] FamousFamilies =
    [
        "simpsons", "flintstones", "incredibles", "kennedys", "tudors", "windsors", "stuarts", "romanovs", "medicis", "obamas", "kardashians",
        "addams", "jetsons", "smurfs", "waltons", "osbournes", "beckhams", "bradys", "munsters", "griswolds", "weasleys", "dursleys", "potters",
        "cullens", "belchers", "griffins", "octonauts", "borrowers", "wombles", "moomins", "bridgertons", "sopranos", "clampetts", "robinsons",
        "pevensies", "baudelaires", "marches", "bennets", "darlings", "banks", "trolls", "minions", "teletubbies",
    ];

    private static bool IsFollowedByFamilyWord(AnalyzedText analyzed, int last)
    {
        var next = last + 1;
        if (next < analyzed.Tokens.Count && analyzed.Tokens[next].In(analyzed.Text) is "'" or "’")
        {
            next++;
        }

        if (next >= analyzed.Tokens.Count)
        {
            return false;
        }

        return WordLists.Contains(FamilyWords, analyzed.Tokens[next].In(analyzed.Text));
    }

    /// <summary>
    /// "Check-Up Like Doc McStuffins" of a heading: a span that ends on a well-known name (with its title, "Doc"), the
    /// words before it ordinary words of a heading in title case, holds no one's name.
    /// </summary>
    private static bool IsHeadingBeforeWellKnown(AnalyzedText analyzed, TaggedSpan span)
    {
        var last = span.LastToken;
        if ((analyzed.Lexicons[last] & LexiconKind.WellKnownName) == 0 || last == span.FirstToken)
        {
            return false;
        }

        var t = last - 1;
        while (t >= span.FirstToken && (analyzed.Lexicons[t] & LexiconKind.WellKnownName) != 0)
        {
            t--;
        }

        t -= t >= span.FirstToken && (analyzed.Lexicons[t] & LexiconKind.Title) != 0 ? 1 : 0;
        if (t < span.FirstToken)
        {
            return false;
        }

        for (var n = span.FirstToken; n <= t; n++)
        {
            var kinds = analyzed.Lexicons[n];
            if (analyzed.Tokens[n].Kind == TokenKind.Word
                && ((kinds & (LexiconKind.CommonWord | LexiconKind.FunctionWord)) == 0 || (kinds & (LexiconKind.FirstName | LexiconKind.Surname)) != 0 || IsGivenName(analyzed, n)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Dr. King" where the story names "Dr. Martin Luther King Jr.", "President Lincoln" after "Abraham Lincoln": titles
    /// and one capitalised word that a well-known name of the text holds after its first word.
    /// </summary>
    internal static bool IsTitledWellKnown(AnalyzedText analyzed, TaggedSpan span)
    {
        var name = -1;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind != TokenKind.Word || (analyzed.Lexicons[t] & LexiconKind.Title) != 0)
            {
                continue;
            }

            if (name >= 0)
            {
                return false;
            }

            name = t;
        }

        return name > span.FirstToken && IsFamousSurname(analyzed, span.FirstToken, name);
    }

    /// <summary>"MS makes his legs tired": "MS" in capitals before a lower-case word is the condition, not a title.</summary>
    private static bool IsMultipleSclerosis(AnalyzedText analyzed, int title, int surname) =>
        analyzed.Tokens[title].In(analyzed.Text) is "MS" && char.IsLower(analyzed.Text[analyzed.Tokens[surname].Start]);

    // Roles of people a child knows, and places they work: "Mrs. King, our school librarian", "Dr. Goodall from our
    // health centre". (A coach is one by title: "Coach Armstrong".)
    private static readonly string[] KnownRoles =
    [
        "teacher", "teachers", "librarian", "coach", "nurse", "doctor", "dentist", "neighbour", "neighbor", "headteacher", "principal", "therapist",
        "tutor", "instructor", "centre", "center", "clinic", "surgery", "assistant", "helper", "driver",
    ];

    // The child and those with them, beside a titled name: a person they meet, not a figure of history.
    private static readonly string[] ChildWords = ["i", "me", "my", "we", "us", "our", "you", "your", "him"];

    // How far around the name its sentence is read for a role: "my teacher, Mrs. King", "Mrs. King, our school librarian".
    private const int RoleWindow = 12;

    private const int RoleBefore = 4;

    private const int RoleAfter = 5;

    /// <summary>
    /// "Dr. King" where the text names "Dr. Martin Luther King Jr.", "Mrs. Parks" after "Rosa Parks": a title and a word
    /// that a well-known name of the text holds after its first word, after "about" or with no role of someone the child
    /// knows and no "I", "we", "you" or "him" beside it ("Mrs. King, our school librarian", "Coach Armstrong", "Mrs.
    /// Parker is my teacher", "I will see Dr. King about my asthma", "Mr. Williams takes him" keep their names).
    /// </summary>
    private static bool IsFamousSurname(AnalyzedText analyzed, int title, int surname)
    {
        if (!analyzed.IsLaterWordOfWellKnownName(analyzed.Tokens[surname].In(analyzed.Text)))
        {
            return false;
        }

        // Talked or read about: "a book about Dr. King", "talk about Dr. King's dream".
        if (title >= 1 && analyzed.Tokens[title - 1].In(analyzed.Text) is "about" or "About")
        {
            return true;
        }

        // Beside the name: "our school librarian" after it, "my teacher" before it, the title itself ("Coach"); or the child
        // with the person: "I will see Dr. King about my asthma", "Mr. Williams takes him to the tennis club".
        var (from, to) = analyzed.WindowInSentence(title, surname, RoleWindow);
        var (near, far) = (Math.Max(from, title - RoleBefore), Math.Min(to, surname + RoleAfter));
        return !WordLists.AnyIn(analyzed.Text, analyzed.Tokens, near, far, KnownRoles) && !WordLists.AnyIn(analyzed.Text, analyzed.Tokens, near, far, ChildWords);
    }

    /// <summary>Every word of the span is a well-known character or person's ("Dr. Seuss", "Elsa").</summary>
    internal static bool IsWellKnown(AnalyzedText analyzed, TaggedSpan span) =>
        EveryWordIs(analyzed, span, LexiconKind.WellKnownName) || IsPeoplesWellKnown(analyzed, span);

    /// <summary>
    /// "the Brazilian Santa Claus", "the Nigerian Peppa Pig": a people's word that is no given name before a well-known
    /// name of two words or more.
    /// </summary>
    private static bool IsPeoplesWellKnown(AnalyzedText analyzed, TaggedSpan span)
    {
        var first = span.FirstToken;
        var word = analyzed.Tokens[first].In(analyzed.Text);
        return span.LastToken >= first + 2 && Peoples.Contains(word) && !GivenNames.IsGivenName(analyzed.Lexicons[first], word)
            && EveryWordIs(analyzed, span with { FirstToken = first + 1 }, LexiconKind.WellKnownName);
    }

    private static readonly string[] EventNouns =
        ["play", "show", "performance", "assembly", "day", "party", "festival", "project", "story", "dance", "song", "concert", "parade", "celebration"];

    /// <summary>
    /// "school Ramayana" of "Aarav's school Ramayana play": the span's capitalised words are all a well-known story's or
    /// character's, no organisation word is among them and an event follows: a school's play of the story. ("Hanuman
    /// school in Jaipur" and "the Mozart kindergarten" are schools.)
    /// </summary>
    internal static bool IsOnlyWellKnownCapitalised(AnalyzedText analyzed, TaggedSpan span)
    {
        if (span.LastToken + 1 >= analyzed.Tokens.Count || !WordLists.Contains(EventNouns, analyzed.Tokens[span.LastToken + 1].In(analyzed.Text)))
        {
            return false;
        }

        var capitalised = 0;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind != TokenKind.Word || !char.IsUpper(analyzed.Text[analyzed.Tokens[t].Start]))
            {
                continue;
            }

            if ((analyzed.Lexicons[t] & (LexiconKind.WellKnownName | LexiconKind.OrganizationSuffix)) != LexiconKind.WellKnownName)
            {
                return false;
            }

            capitalised++;
        }

        return capitalised > 0;
    }

    /// <summary>Every word token of the span is on one of the given lists (punctuation aside).</summary>
    internal static bool EveryWordIs(AnalyzedText analyzed, TaggedSpan span, LexiconKind kinds)
    {
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word && (analyzed.Lexicons[t] & kinds) == 0)
            {
                return false;
            }
        }

        return true;
    }

    // Whom a fan calls a favourite: "My favourite player is Nick Suzuki", "Her favourite singer is Tems".
    private static readonly string[] FanRoles =
    [
        "player", "players", "footballer", "striker", "goalie", "goalkeeper", "keeper", "athlete", "skater", "gymnast", "swimmer", "runner",
        "driver", "wrestler", "cricketer", "batter", "pitcher", "quarterback", "singer", "rapper", "band", "popstar", "youtuber", "streamer",
        "gamer", "author", "writer", "artist", "actor", "actress",
    ];

    private static readonly string[] Favourites = ["favourite", "favorite", "fave"];

    // Words after a favourite's name that tie it to the child: "from my class", "my big sister", "next to me".
    private static readonly string[] KnownToTheChild = ["my", "our", "me", "us", "we", "i", "class", "classmate", "teammate", "friend", "neighbour", "neighbor"];

    // How many words may stand between "favourite" and the role: "favourite hockey player", "favorite Premier League player".
    private const int MaxFavouriteWords = 3;

    // How far after a favourite's name the child's circle is looked for: "Chloe Martin, who sits next to me at school".
    private const int KnownReach = 10;

    /// <summary>
    /// "My favourite player is Nick Suzuki", "Her favorite singer was Tems": a name a fan calls a favourite player, singer
    /// or author is a public figure's. One of the child's own circle is said to be so, before or after the name ("my
    /// favourite player on our team is Jack Hill", "… is Chloe Martin from my class", "…, my teacher") and stays.
    /// </summary>
    private static bool IsFansFavourite(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var verb = span.FirstToken - 1;
        if (verb < 2 || !IsWord(analyzed, verb, BeVerbs) || !IsWord(analyzed, verb - 1, FanRoles))
        {
            return false;
        }

        var sentenceStart = analyzed.Sentences.Start(analyzed.Sentences.SentenceOf(span.FirstToken));
        for (var t = verb - 2; t >= sentenceStart && t >= verb - 1 - MaxFavouriteWords; t--)
        {
            if (IsWord(analyzed, t, Favourites))
            {
                // "My favourite singer is Chloe Martin from my class", "…, my teacher", "…, who sits next to me": someone the
                // child knows, said a few words after the name (a fixed reach: a sentence of many names stays linear).
                var (_, to) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, KnownReach);
                return !WordLists.AnyIn(analyzed.Text, tokens, span.LastToken + 1, to, KnownToTheChild);
            }

            if (tokens[t].Kind != TokenKind.Word || (analyzed.Lexicons[t] & LexiconKind.Possessive) != 0)
            {
                return false;
            }
        }

        return false;
    }

    // What a public figure is, said right before the name: "the author Julia Donaldson", "Pope John Paul II". Roles a
    // parent or neighbour may have ("scientist", "astronaut") are left out: "the scientist Raj Patel" may be a dad.
    private static readonly string[] FameRoles =
        ["author", "illustrator", "novelist", "poet", "singer", "songwriter", "rapper", "composer", "footballer", "pope", "saint", "emperor"];

    // Roles of history a story names someone by, only before "called" or "named" ("Queen Okafor is my teacher" is a name).
    private static readonly string[] RolesOfHistory = ["pirate", "queen", "king", "explorer", "warrior", "chief", "knight", "princess", "prince", "pharaoh"];

    private static readonly string[] BeVerbs = ["is", "was", "became", "becomes"];

    /// <summary>
    /// A public figure a story holds up as an example, when the words about fame describe the name itself: set off
    /// after it ("Sonia O'Sullivan, one of Ireland's most famous runners,"), said of it ("Kim Yuna was a famous
    /// skater"), or standing right before it ("the famous runner Sonia O'Sullivan", "the author Julia Donaldson"), in a
    /// sentence that neither speaks as nor to the child. A fame word elsewhere in the sentence ("Mia swims at the
    /// Olympic pool") says nothing about the name.
    /// </summary>
    private static bool IsDescribedAsFamous(AnalyzedText analyzed, TaggedSpan span)
    {
        // "… a famous poet called Dylan Thomas lived. Dylan Thomas was born in Swansea in 1914.": a name once described as
        // famous is that figure wherever the story names it after (spans are read in the text's order).
        var famous = analyzed.Memo(FamousNamesKey, static _ => new HashSet<string>(StringComparer.Ordinal));
        var start = analyzed.Tokens[span.FirstToken].Start;
        var name = analyzed.Text.AsSpan(start, analyzed.Tokens[span.LastToken].End - start);
        if (famous.Count > 0 && famous.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
        {
            return true;
        }

        if (IsDescribedAsFamousHere(analyzed, span))
        {
            famous.Add(name.ToString());
            return true;
        }

        return false;
    }

    private static readonly object FamousNamesKey = new();

    private static bool IsDescribedAsFamousHere(AnalyzedText analyzed, TaggedSpan span)
    {
        var sentences = analyzed.Sentences;
        var s = sentences.SentenceOf(span.FirstToken);
        var sentenceStart = sentences.Start(s);
        // "the author Julia Donaldson"; "a pirate queen called Grace O'Malley" of long ago.
        var roleBefore = (span.FirstToken > sentenceStart && IsWord(analyzed, span.FirstToken - 1, FameRoles))
            || (span.FirstToken - 2 >= sentenceStart && analyzed.Tokens[span.FirstToken - 1].In(analyzed.Text) is "called" or "named"
                && (IsWord(analyzed, span.FirstToken - 2, FameRoles) || IsWord(analyzed, span.FirstToken - 2, RolesOfHistory)));
        if ((!roleBefore && !sentences.HasFameWord(s)) || sentences.HasFirstOrSecondPerson(s))
        {
            return false;
        }

        // Right before it: a role word next to the name, or a fame word at most three words back.
        if (roleBefore)
        {
            return true;
        }

        var tokens = analyzed.Tokens;
        var sentenceEnd = sentences.End(s, tokens.Count);

        for (var t = span.FirstToken - 1; t >= sentenceStart && t >= span.FirstToken - 3; t--)
        {
            if (IsWord(analyzed, t, SentenceFacts.FameWords))
            {
                return true;
            }
        }

        // After it: ", one of … famous …" up to the next comma, or "is / was a famous …" within four words.
        var after = span.LastToken + 1;
        if (after < sentenceEnd && (tokens[after].In(analyzed.Text) is "," || IsWord(analyzed, after, BeVerbs)))
        {
            var apposition = tokens[after].In(analyzed.Text) is ",";
            for (var t = after + 1; t < sentenceEnd && (apposition ? tokens[t].In(analyzed.Text) is not "," : t <= after + 4); t++)
            {
                if (IsWord(analyzed, t, SentenceFacts.FameWords))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // How many sentences before a figure's the story may say whom it is about ("It tells stories about famous scientists
    // and athletes."), and after it ("She has won lots of medals … famous").
    private const int FameSentencesBefore = 8;

    private const int FameSentencesAfter = 1;

    // How many words may describe the trade: "an athlete", "a brilliant young scientist".
    private const int TradeAdjectives = 2;

    /// <summary>
    /// "Tatyana McFadden is an athlete who races in a wheelchair." in a story about "famous scientists and athletes": a
    /// full name that opens its sentence and is said to be (or have been) one of a trade of public figures, with a word of
    /// fame a few sentences around and no "I" or "you" in its own sentence, is a figure the story introduces, not a
    /// child's family ("My aunt Rosa Diaz is a scientist" speaks as the child; "Rosa Diaz is a scientist." with no fame
    /// word near stays a name).
    /// </summary>
    private static bool IsFigureAmongFamous(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (!analyzed.SentenceStarts[span.FirstToken] || span.LastToken + 3 >= tokens.Count || !IsWord(analyzed, span.LastToken + 1, BeVerbs)
            || tokens[span.LastToken + 2].In(text) is not ("a" or "an"))
        {
            return false;
        }

        var trade = span.LastToken + 3;
        while (trade < tokens.Count && trade - (span.LastToken + 3) < TradeAdjectives && tokens[trade].Kind == TokenKind.Word
            && char.IsLower(text[tokens[trade].Start]) && !WordLists.Contains(MakeBelieve.Trades, tokens[trade].In(text)))
        {
            trade++;
        }

        if (trade >= tokens.Count || !IsWord(analyzed, trade, MakeBelieve.Trades))
        {
            return false;
        }

        var sentences = analyzed.Sentences;
        var s = sentences.SentenceOf(span.FirstToken);
        if (sentences.HasFirstOrSecondPerson(s) || WordLists.AnyIn(text, tokens, sentences.Start(s), sentences.End(s, tokens.Count) - 1, StoryOwnWorld))
        {
            return false;
        }

        for (var other = Math.Max(0, s - FameSentencesBefore); other <= Math.Min(sentences.Count - 1, s + FameSentencesAfter); other++)
        {
            if (sentences.HasFameWord(other) && HasFameOfGroup(analyzed, sentences.Start(other), sentences.End(other, tokens.Count)))
            {
                return true;
            }
        }

        return false;
    }

    // Words of the story's own people and days in the figure's sentence: "Wiremu Tane is an explorer who took Year 3 on a
    // bush walk", "a writer who lives next door to Grandma".
    private static readonly string[] StoryOwnWorld =
        ["our", "us", "year", "class", "school", "next", "door", "visitor", "visited", "came", "today", "tomorrow", "grandma", "grandpa", "mum", "dad", "mom"];

    // People a story about famous ones is about: "famous scientists and athletes", "famous women".
    private static readonly string[] FamousGroups =
    [
        "people", "scientists", "athletes", "inventors", "artists", "painters", "writers", "authors", "poets", "explorers", "musicians", "composers",
        "singers", "astronauts", "women", "men", "leaders", "heroes", "footballers", "swimmers", "runners", "mathematicians", "paralympians", "olympians",
    ];

    // How far after a fame word its group may be: "famous scientists and athletes", "famous and brave women".
    private const int FameGroupReach = 4;

    /// <summary>A fame word with a group of people within a few words after it, in the sentence [start, end).</summary>
    private static bool HasFameOfGroup(AnalyzedText analyzed, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (IsWord(analyzed, t, SentenceFacts.FameWords)
                && WordLists.AnyIn(analyzed.Text, analyzed.Tokens, t + 1, Math.Min(end - 1, t + FameGroupReach), FamousGroups))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWord(AnalyzedText analyzed, int t, string[] words) =>
        analyzed.Tokens[t].Kind == TokenKind.Word && WordLists.Contains(words, analyzed.Tokens[t].In(analyzed.Text));

    /// <summary>
    /// "Franklin" after "Franklin the Turtle", "Paddington" after "Paddington Bear": one word that opens a well-known name
    /// elsewhere in the text is that character again. A word later in such a name is not ("Parker" after "Peter Parker").
    /// </summary>
    private static bool IsWordOfWellKnownName(AnalyzedText analyzed, int word) =>
        analyzed.IsFirstWordOfWellKnownName(analyzed.Tokens[word].In(analyzed.Text));

    /// <summary>
    /// "Mount Fuji", "Lake Tahoe", "Bondi Beach", "Table Mountain", "Via San Gregorio Armeno": a mountain, lake, street or
    /// other place, named by its head word, is no person. A last word that is also a surname ("Park", "Hall") and a first
    /// word that is a given name ("Anna River") keep the name, as does a title before it. A street's head word makes a
    /// street with no given name after it and in three words or more, with a lower-case word inside ("Rua da Prata") or
    /// after a word of place ("live on Via Roma"); "Rue" and "Calle" are given names too ("Rue Thompson", the Swedish
    /// "Calle Lindqvist") and make no street.
    /// </summary>
    // The place list's names of more than one word, as written there ("belo horizonte", "rio de janeiro").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MultiWordPlaces = LexiconSet.ReadResource("place-names.txt")
        .Where(entry => entry.Contains(' ', StringComparison.Ordinal))
        .ToHashSet(StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    internal static bool IsPlaceName(AnalyzedText analyzed, TaggedSpan span, int words)
    {
        // A title right before ("Dr. Santo Domingo"), not one a word further ("Grandpa in Nova Scotia").
        var before = span.FirstToken - 1;
        if (before >= 1 && analyzed.Tokens[before].In(analyzed.Text) is ".")
        {
            before--;
        }

        if (words < 2 || (before >= 0 && (analyzed.Lexicons[before] & LexiconKind.Title) != 0 && char.IsUpper(analyzed.Tokens[before].In(analyzed.Text)[0])))
        {
            return false;
        }

        var first = span.FirstToken;
        while (first < span.LastToken && analyzed.Tokens[first].Kind != TokenKind.Word)
        {
            first++;
        }

        // A given name first keeps the person: "Monte Rivera", "Anna River"; but a town named for a saint whose title is a
        // given name too, that the place list holds whole, after a word of place, is the town ("fly to Santo Domingo";
        // not "school at Santa Teresa").
        var firstWord = analyzed.Tokens[first].In(analyzed.Text);
        if ((analyzed.Lexicons[first] & LexiconKind.FirstName) != 0 || GivenNames.Contains(firstWord))
        {
            // So is a place the list holds whole and the text writes with its own letters ("going to Việt Nam", "Việt"
            // a given name too).
            // So is a town of several words the place list holds whole, whose last word no name list holds ("in Belo
            // Horizonte"; not "from Santiago Córdoba", two places' words).
            return (WordLists.Contains(SaintWords, firstWord) || IsWrittenWithMarks(analyzed, first)
                    || (span.LastToken > first && (analyzed.Lexicons[span.LastToken] & (LexiconKind.FirstName | LexiconKind.Surname)) == 0
                        && !GivenNames.Contains(analyzed.Tokens[span.LastToken].In(analyzed.Text))
                        && MultiWordPlaces.Contains(analyzed.Text.AsSpan(analyzed.Tokens[first].Start, analyzed.Tokens[span.LastToken].End - analyzed.Tokens[first].Start))))
                && first > 0
                && WordLists.Contains(TownPrepositions, analyzed.Tokens[first - 1].In(analyzed.Text)) && EveryWordIs(analyzed, span, LexiconKind.PlaceWord);
        }

        if (char.IsUpper(firstWord[0]) && (WordLists.Contains(PlaceHeads, firstWord)
            || (words <= 3 && WordLists.Contains(SaintWords, firstWord) && first > 0 && WordLists.Contains(TownPrepositions, analyzed.Tokens[first - 1].In(analyzed.Text)))))
        {
            return true;
        }

        if (HasPlaceNoun(analyzed, span))
        {
            return true;
        }

        if (char.IsUpper(firstWord[0]) && WordLists.Contains(StreetHeads, firstWord)
            && !HasGivenNameAfter(analyzed, first, span.LastToken)
            && (words >= 3 || HasLowerCaseWordInside(analyzed, span) || (first > 0 && WordLists.Contains(StreetPrepositions, analyzed.Tokens[first - 1].In(analyzed.Text)))))
        {
            return true;
        }

        var lastKinds = analyzed.Lexicons[span.LastToken];
        return analyzed.Tokens[span.LastToken].Kind == TokenKind.Word && (lastKinds & LexiconKind.PlaceWord) != 0
            && (lastKinds & LexiconKind.Surname) == 0;
    }

    private static readonly string[] PlaceHeads = ["mount", "mt", "lake", "loch", "cape", "isle", "monte", "lago", "wat"];

    // A town or place named for a saint, after a word of place: "the stop in San Luis", "from Santa Cruz", "to São
    // Paulo" ("St" is a street's too; "San Pedro Reyes" opening a sentence is a person).
    private static readonly string[] SaintWords = ["san", "santa", "santo", "sao", "sankt"];

    private static readonly string[] TownPrepositions = ["in", "to", "from", "near", "through", "via", "visit", "visiting", "at"];

    // Houses, museums, churches, markets and stadiums in the stories' other languages: "La Casa Azul", "Museo del Prado".
    private static readonly string[] PlaceNouns =
    [
        "casa", "museo", "museu", "musee", "iglesia", "igreja", "catedral", "mercado", "parque", "templo", "mezquita", "chiesa", "duomo",
        "basilica", "palazzo", "castello", "schloss", "kirche", "tempel", "moschee", "mercato", "parc", "marche",
        // Stadiums, theatres and beaches: "Estadio Quisqueya", "Stade de France", "Praia da Rocha".
        "estadio", "stadio", "stade", "teatro", "playa", "praia", "plage",
        // Temples, gurdwaras, mosques and monasteries by their own words: "BAPS Shri Swaminarayan Mandir".
        "mandir", "gurdwara", "gurudwara", "masjid", "gompa", "vihara", "pagoda",
    ];

    private static bool HasPlaceNoun(AnalyzedText analyzed, TaggedSpan span)
    {
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word && char.IsUpper(analyzed.Text[analyzed.Tokens[t].Start])
                && WordLists.Contains(PlaceNouns, analyzed.Tokens[t].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    // Streets whose road word comes first ("Via San Gregorio Armeno", "Rua Augusta", "Jalan Alor").
    private static readonly string[] StreetHeads =
        ["via", "viale", "piazza", "corso", "avenida", "rua", "praca", "plaza", "paseo", "rambla", "carrer", "jalan", "lorong", "lebuh"];

    // Not "to", "at", "from" or "near", which people follow as often.
    private static readonly string[] StreetPrepositions = ["on", "along", "down", "up", "in", "through", "across"];

    // A saint's name is a street's, not a person's: "Via San Gregorio Armeno", "Rua Santa Ana".
    private static readonly string[] Saints = ["san", "santa", "santo", "sao", "sant", "saint", "st"];

    /// <summary>A given name after the street word, not a saint's ("Via San Gregorio" has none).</summary>
    private static bool HasGivenNameAfter(AnalyzedText analyzed, int first, int last)
    {
        for (var t = first + 1; t <= last; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word && IsGivenName(analyzed, t) && !WordLists.Contains(Saints, analyzed.Tokens[t].In(analyzed.Text))
                && !WordLists.Contains(Saints, analyzed.Tokens[t - 1].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLowerCaseWordInside(AnalyzedText analyzed, TaggedSpan span)
    {
        for (var t = span.FirstToken + 1; t < span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word && char.IsLower(analyzed.Text[analyzed.Tokens[t].Start]))
            {
                return true;
            }
        }

        return false;
    }

    public const string SurnameSource = "rule:surname";

    /// <summary>"isn" of "The Doctor isn't a real doctor": a word with a contraction's apostrophe right after it is a verb.</summary>
    private static bool IsContracted(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        return t + 2 < tokens.Count && tokens[t + 1].In(analyzed.Text) is "'" or "’" && tokens[t + 1].Start == tokens[t].End
            && tokens[t + 2].Start == tokens[t + 1].End && tokens[t + 2].In(analyzed.Text) is "t" or "ll" or "re" or "ve" or "d" or "m";
    }

    public const string ProviderSource = "rule:titled-clinician";

    // Words that give a thing a name: "give my worry a silly name, like "Mr. Grumbles,"", "we call it 'Mr. Wobbly'".
    private static readonly string[] NamingWords = ["name", "names", "named", "call", "calls", "called", "nickname", "nicknamed"];

    /// <summary>
    /// "Sometimes we give my worry a silly name, like "Mr. Grumbles,"", "we call it "Mr. Wobbly"": a title that opens a
    /// short quoted name (see <see cref="QuotedNameWordBefore"/>) with a word of naming and "like" or "it" shortly before
    /// it is a name given to a thing or a feeling, no person's ("My teacher's name is "Mrs. Okafor"", "we call her" and
    /// "we call them" stay theirs).
    /// </summary>
    private static bool IsQuotedNickname(AnalyzedText analyzed, int title)
    {
        var thing = false;
        for (var t = QuotedNameWordBefore(analyzed, title); t >= 0 && t >= title - 1 - GameReach; t = WordBefore(analyzed, t, title))
        {
            var word = analyzed.Tokens[t].In(analyzed.Text);
            if (WordLists.Contains(NamingWords, word))
            {
                return thing;
            }

            // Between the naming word and the quote, "like" or "it" says a thing is named ("a silly name, like", "we call it").
            thing |= word is "like" or "it";
        }

        return false;
    }

    // How far before a quoted name its word of a game may stand: "Today's game is "Doctor Dodgeball."".
    private const int GameReach = 6;

    // How many tokens a short quoted name may run before its closing quote: "Doctor Dodgeball."".
    private const int QuotedNameLength = 5;

    /// <summary>
    /// "Today's game is "Doctor Dodgeball."", "a game called 'Doctor Says'": a doctor's title that opens a short quoted name
    /// with "game" shortly before it, in its sentence, names the game (not the speech of "After the game, Mum said, "Dr.
    /// Mensah will check your knee."").
    /// </summary>
    internal static bool IsQuotedGame(AnalyzedText analyzed, int title)
    {
        for (var t = QuotedNameWordBefore(analyzed, title); t >= 0 && t >= title - 1 - GameReach; t = WordBefore(analyzed, t, title))
        {
            if (analyzed.Tokens[t].In(analyzed.Text) is "game" or "games" or "Game")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The token before the opening quote of a short quoted name that starts with the title at <paramref name="title"/>:
    /// the quote closes within a few tokens (a name, not speech), no "'s" follows the name, and the quote does not open
    /// its sentence. -1 for none.
    /// </summary>
    private static int QuotedNameWordBefore(AnalyzedText analyzed, int title)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (title < 2 || tokens[title - 1].In(text) is not ("\"" or "“" or "'" or "‘") || tokens[title - 2].In(text) is "." or "!" or "?")
        {
            return -1;
        }

        for (var t = title + 1; t < tokens.Count && t <= title + QuotedNameLength; t++)
        {
            var word = tokens[t].In(text);
            if (word is "'" or "’" && t + 1 < tokens.Count && tokens[t + 1].In(text) is "s" && tokens[t + 1].Start == tokens[t].End)
            {
                return -1;
            }

            if (word is "\"" or "”" or "'" or "’")
            {
                return title - 2;
            }
        }

        return -1;
    }

    /// <summary>The token before t in the sentence of the quoted name at <paramref name="title"/>, or -1 at its start.</summary>
    private static int WordBefore(AnalyzedText analyzed, int t, int title) =>
        t <= 0 || (analyzed.SentenceStarts[t] && t < title - 1) ? -1 : t - 1;

    // Parts no person has ("Mrs. Okafor's fur coat" and "Mr. Henderson's kennel" are theirs).
    private static readonly string[] AnimalOnlyParts = ["paw", "paws", "hoof", "hooves", "beak", "snout", "muzzle"];

    /// <summary>
    /// "I put a bandage on Mr. Snuggles' paw": a titled name whose part only an animal has (a paw, a hoof, a beak) is a toy's
    /// or an animal's, wherever the story says it.
    /// </summary>
    private static bool HasAnimalPartAfter(AnalyzedText analyzed, int surname)
    {
        var owners = analyzed.Memo(AnimalPartOwnersKey, FindAnimalPartOwners);
        return owners.Count > 0 && owners.Contains(analyzed.Tokens[surname].In(analyzed.Text).ToString());
    }

    private static readonly object AnimalPartOwnersKey = new();

    /// <summary>The words a story gives a part only an animal has ("Snuggles" of "Mr. Snuggles' paw"), read once per text.</summary>
    private static HashSet<string> FindAnimalPartOwners(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var owners = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t + 2 < tokens.Count; t++)
        {
            if (tokens[t + 1].In(text) is not ("'" or "’") || tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var part = tokens[t + 2].In(text) is "s" && t + 3 < tokens.Count ? t + 3 : t + 2;
            if (WordLists.Contains(AnimalOnlyParts, tokens[part].In(text)))
            {
                owners.Add(tokens[t].In(text).ToString());
            }
        }

        return owners;
    }

    // Mountains Japanese calls with "-san" (山, mountain), which is no honorific there: "Fuji-san".
    // (Only Fuji: Takao, Aso, Iwaki and Koya are surnames too.)
    private static readonly string[] JapaneseMountains = ["fuji"];

    // Soft toys and storybook animals a title names ("Mr. Bear always has a tummy ache", "Mr. Owl", "Mr. Hippo"): animals
    // no family is called (not "Fox", "Wolf", "Badger", "Mole", "Otter", "Duck", "Bee" or "Lamb").
    private static readonly string[] ToyAnimals =
    [
        "bear", "teddy", "bunny", "panda", "hippo", "dino", "dinosaur", "unicorn", "penguin", "monkey", "giraffe", "elephant", "kitty", "puppy", "piggy",
        "froggy", "octopus", "owl", "hedgehog", "tortoise", "crocodile", "koala", "kangaroo", "llama", "zebra", "squirrel", "rabbit", "tiger", "lion",
        "dragon", "caterpillar", "spider", "snail", "ladybird", "butterfly", "whale", "shark", "frog", "mouse", "pig", "turtle", "kitten", "dog", "cat",
        // The weather and things a story makes a character of: "Mr. Wind is not a real person", "a skeleton the museum calls
        // Mr. Bones", "Mr. Worry" (not "Sun", "Rain", "Moon", "Frost" or "Snow", which families are called: "Mrs. Sun").
        "wind", "raindrop", "cloud", "thunder", "lightning", "snowflake", "rainbow", "bones", "skeleton", "worry", "worries", "germ", "sneeze", "tooth",
    ];

    /// <summary>
    /// An animal or a soft toy after a title ("Mr. Bear", "Mr. Owl", "Mr. Hippo"): a storybook animal, a toy or a child in a
    /// costume, when the surname lexicon does not hold it too.
    /// </summary>
    private static bool IsCreatureWord(AnalyzedText analyzed, int t) =>
        (analyzed.Lexicons[t] & LexiconKind.Surname) == 0 && WordLists.Contains(ToyAnimals, analyzed.Tokens[t].In(analyzed.Text));

    // English family words a title may honour as a role: "Doctor Aunty", "Nurse Uncle" (never a surname).
    private static readonly string[] EnglishKinTitles = ["aunty", "auntie", "aunt", "uncle", "mummy", "mommy", "daddy", "granny", "grandma", "grandpa", "nana", "papa", "didi", "akka", "bhaiya"];

    // The English honorifics, first on the lists below (declared before them: static fields start in order of the text).
    private static readonly string[] EnglishHonorifics = ["mr", "mrs", "ms", "mx", "miss"];

    // The English honorifics and their French, Spanish, German, Italian, Swahili, Romanian and Thai counterparts ("Mme
    // Lacroix", "Herr Vogel", "Doamna Popescu").
    private static readonly string[] Honorifics =
    [
        .. EnglishHonorifics, "monsieur", "madame", "mme", "mlle", "mademoiselle", "señor", "señora", "señorita",
        "senor", "senora", "senorita", "sra", "srta", "herr", "frau", "signor", "signora", "signorina", "mwalimu",
        // Romanian and Thai ("Pani" of Polish and Ukrainian is said before a first name and as "Pani Doktor"; only that
        // list has it).
        "doamna", "domnul", "domnisoara", "khun",
    ];

    // Said after a surname: teacher or doctor, anyone, someone honoured.
    private static readonly string[] JapaneseHonorifics = ["sensei", "san", "sama"];

    // What a Japanese family word is before its honorific: "Okaa-san" (mother), "Otou-san", "Obaa-chan", "Onii-san" are
    // kin, not surnames.
    // (Not the short stems: "Oba" is a surname too, "Oba-sensei".)
    private static readonly string[] JapaneseKinStems = ["okaa", "otou", "otoo", "obaa", "ojii", "onee", "onii"];

    // The Korean title of a teacher, said after the surname ("Park seonsaengnim"), romanised three ways, and its
    // children's short form "ssaem".
    private static readonly string[] KoreanHonorifics = ["seonsaengnim", "sonsaengnim", "sunsaengnim", "ssaem"];

    // Korean surnames in their usual romanisations: a few hundred families carry nearly every Korean name.
    private static readonly string[] KoreanSurnames =
    [
        "kim", "gim", "lee", "yi", "rhee", "park", "pak", "bak", "choi", "choe", "jung", "jeong", "chung", "kang", "gang", "cho", "jo", "yoon", "yun",
        "jang", "chang", "lim", "im", "han", "oh", "shin", "sin", "seo", "suh", "kwon", "gwon", "hwang", "ahn", "an", "song", "yoo", "yu", "ryu",
        "hong", "jeon", "jun", "ko", "go", "moon", "mun", "yang", "son", "bae", "baek", "paik", "heo", "huh", "nam", "noh", "roh", "ha", "kwak",
        "sung", "seong", "cha", "joo", "ju", "woo", "min", "na", "jin", "um", "eom", "chae", "won", "chun", "cheon", "bang", "gong", "hyun", "ham",
        "byun", "yeom", "ma", "gu", "koo", "shim", "sim", "no", "do", "tak", "pyo", "seol", "maeng", "ok", "ji",
    ];

    // A doctor's title in English and the stories' other languages ("Dra. Rocha", "Dottoressa Bianchi", "Doktor Yılmaz").
    internal static readonly string[] DoctorTitles =
        ["dr", "doctor", "dra", "doctora", "doutora", "doutor", "dottoressa", "dottore", "dott", "doktor", "dokter", "docteur"];

    // What may stand before a first name that is all a child calls someone ("Mr. Dave", "Coach Sam", the Swahili "Mwalimu
    // Grace", the Filipino "Teacher Ana").
    // "Dr." and "Professor" are left out: with them even a first name names a clinician.
    private static readonly string[] FirstNameTitles =
    [
        .. EnglishHonorifics, "coach", "nurse", "officer", "monsieur", "madame", "mademoiselle", "señor", "señora", "señorita",
        "senor", "senora", "senorita", "signor", "signora", "signorina", "mwalimu", "teacher", "mme", "mlle", "sra", "srta",
        "pani", "doamna", "domnul", "domnisoara", "khun", "lalla",
        // Yoruba "Iya" (mother), said before a market woman's or an elder's first name ("Iya Basira's pepper stall"); the
        // Vietnamese teacher's "Cô" and "Thầy" as the text folds them ("Cô Lan").
        "iya", "co", "thay",
        // Greek: "Kyria Eleni", "Kyrios Nikos" (Mrs., Mr.), said before the first name as often as the surname. (Not the
        // vocative "Kyrie", a boy's name too: "Kyrie Tyson".)
        "kyria", "kiria", "kyrios", "kirios",
        // Swedish, Norwegian and Danish "Miss", how children address a teacher by her first name ("Fröken Lena").
        "froken", "frøken",
    ];

    // A school teacher's title in Portuguese, Spanish, Italian, Dutch, Malay, Arabic, Thai, Samoan, Irish, Hawaiian, Japanese and Hebrew
    // ("Professora Bia", "Maestra Lupita", "Maestro Luca", "Seño Flor", "Juf Marieke", "Cikgu Aminah", "Ustaza Mona", "Khru Nok",
    // "Faiaoga Lusia", "Múinteoir Clíona", "Kumu Leilani", "Sensei Kenji"): what follows is a first name when a list knows it as one,
    // or it is a common short form ("Bia").
    private static readonly string[] TeacherTitles =
    [
        "professora", "maestra", "maestro", "profe", "seño", "seno", "juf", "meester", "cikgu", "ustazah", "ustaza", "ustaz", "ustadh", "ustadha", "khru", "kru",
        "faiaoga", "muinteoir", "kumu", "sensei",
        // Hebrew, as an Israeli class or a Jewish day school calls its teacher by her given name: "Morah Dana", "Moreh Avi".
        "morah", "moreh",
    ];

    // Spanish, Portuguese and Italian classrooms call the teacher by the given name: after these titles a given name that
    // is also a surname somewhere ("Profe Martín", "Maestra Rosa") is still the given name. Their surnames are many and
    // mostly on no list ("Professora Souza", "Maestra Bonetti"), so an unknown word after them stays a surname.
    private static readonly string[] GivenNameTeacherTitles = ["professora", "maestra", "maestro", "profe", "seño", "seno"];

    // Malay, Thai, Samoan, Irish and Hawaiian classrooms say the teacher's given name after the title, and a Malay given
    // name is all of one's own name there is: a word no list knows after these is a given name ("Cikgu Aminah", "Faiaoga
    // Lusia", "Múinteoir Clíona"), while a known surname still is one ("Cikgu Lim", and the Chinese Malaysian "Cikgu Goh",
    // "Cikgu Ng" of the Chinese surname list).
    private static readonly string[] UnknownGivenNameTeacherTitles = ["cikgu", "khru", "kru", "faiaoga", "muinteoir", "kumu"];

    // Malay and Arabic titles of religious teachers, said before the given name: "Ustaz Ahmad" ("Ahmad" is on the
    // surname list too, as a father's name passed on). Not "Cikgu", which Chinese Malaysians say before a surname
    // ("Cikgu Tan").
    private static readonly string[] GivenNameTitles = ["ustaz", "ustaza", "ustazah", "ustadh", "ustadha"];

    // Titles said before a given name where names have no family name: the Amharic "Ato Girma" is Mr. Girma by his own
    // name ("Ato Girma Bekele" adds his father's), and the Thai "Khun Somchai" greets anyone by the first name.
    private static readonly string[] GivenNameOnlyTitles = ["ato", "weyzero", "woizero", "wro", "weyzerit", "khun"];

    // The Dzongkha "Lopen Karma" (a teacher), "Aum Pema" (a woman) and "Dasho Tshering" greet Bhutanese grown-ups by one
    // of their given names; southern Bhutan's Nepali families have surnames no list holds ("Lopen Gurung"), so what follows
    // must be a given name a list knows or one of Bhutan's.
    private static readonly string[] BhutaneseTitles = ["lopen", "aum", "dasho"];

    // Bhutanese given names, which every Bhutanese name is made of ("Karma Wangchuk", "Pema Choden").
    private static readonly string[] BhutaneseGivenNames =
    [
        "karma", "pema", "dorji", "tshering", "sonam", "tashi", "kinley", "kinzang", "jigme", "ugyen", "choden", "wangchuk", "dema", "yangchen",
        "namgay", "dechen", "sangay", "phuntsho", "pasang", "passang", "norbu", "tenzin", "yeshi", "chimi", "nima", "rinzin", "lhamo", "zangmo",
        "wangmo", "deki", "tandin", "thinley", "kuenga", "gyeltshen", "dawa", "lobzang", "tshewang", "nidup", "sherab", "kezang", "yangzom",
    ];

    // The short forms of given names that children call their teachers by in Brazil, Spain and Spanish America
    // ("Professora Bia", "Profe Caro", "Maestra Lupita"), and their aunts and uncles by in Poland ("Ciocia Ania").
    private static readonly string[] Nicknames =
    [
        "bia", "gabi", "dani", "cris", "fer", "lu", "rafa", "manu", "paty", "mari", "ju", "duda", "nanda", "tati", "vivi", "lari", "isa", "malu", "pati", "jú",
        "lupe", "pili", "maite", "nacho", "paco", "caro", "flor", "vale", "cami", "sofi", "agus", "juli", "naty", "lore", "sole", "mica", "euge", "romi",
        "pau", "marce", "clau", "vero", "meli", "guada", "majo", "belu", "luli", "moni", "cata", "fede", "nico", "santi", "seba", "tomi",
        "lupita", "pepe", "lalo", "memo", "chuy", "quique", "chema", "pancho", "paquita", "conchita", "charo", "chelo",
        // Filipino: "Tita Bing", "Tito Bong".
        "bing", "bong", "jojo", "ging", "malou", "girlie", "pinky",
        // Polish: "Ciocia Ania", "Wujek Tomek".
        "ania", "kasia", "basia", "zosia", "gosia", "tosia", "asia", "madzia", "ola", "kuba", "olek", "bartek", "tomek", "wojtek", "franek", "jasiek",
    ];

    private static bool IsShortNickname(AnalyzedText analyzed, int t) => WordLists.Contains(Nicknames, analyzed.Tokens[t].In(analyzed.Text));

    // Family words used as titles ("Aunty Rania", "Uncle Femi", "Nana Rose", the Filipino "Kuya Ben", the Spanish "Tía
    // Lupe", the German "Opa Klaus"): what follows is a first name, known or not; nobody calls an aunt by her surname.
    // Words that are given names too ("Tia", "Oma", "Dadi", "Nani") are left out: "Tia Johnson" is a full name.
    /// <summary>
    /// Two words, the first a typo of an ordinary word ("Tdoay", "Spotrs"), the second an ordinary or calendar word
    /// ("Day"), or a given name when the typo opens the sentence and bare first names are allowed.
    /// </summary>
    private static bool IsTypoOpened(AnalyzedText analyzed, TaggedSpan span, bool allowFirstName)
    {
        var (first, second) = (span.FirstToken, span.LastToken);
        if (!LexiconSet.Default.IsTypoOfCommonWord(analyzed.Tokens[first].In(analyzed.Text)))
        {
            return false;
        }

        var kinds = analyzed.Lexicons[second];
        return (kinds & LexiconKind.CalendarWord) != 0 || ((kinds & LexiconKind.CommonWord) != 0 && (kinds & LexiconKind.FirstName) == 0)
            || (allowFirstName && analyzed.SentenceStarts[first] && IsFirstNameOnly(analyzed, second, longList: true));
    }

    // Who a child is to someone, before the child's given name: "your brother Frederick", "my friend Gilbert".
    private static readonly string[] Siblings =
        ["brother", "sister", "stepbrother", "stepsister", "twin", "friend", "classmate", "buddy", "son", "daughter", "baby"];

    private static readonly string[] SiblingOwners = ["my", "your", "his", "her", "our", "their"];

    /// <summary>"your brother Frederick", "my friend Gilbert", "My name is Marie", "my name's Marie": a child's given name at t.</summary>
    private static bool IsIntroducedFirstName(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (t >= 2 && WordLists.Contains(Siblings, tokens[t - 1].In(text)) && WordLists.Contains(SiblingOwners, tokens[t - 2].In(text)))
        {
            return true;
        }

        var name = t >= 1 && tokens[t - 1].In(text) is "is" ? t - 2 : t >= 3 && tokens[t - 1].In(text) is "s" && tokens[t - 2].In(text) is "'" or "’" ? t - 3 : -1;
        return name >= 1 && tokens[name].In(text) is "name" && tokens[name - 1].In(text) is "my" or "My" or "your" or "Your"
            && (t + 1 >= tokens.Count || !analyzed.IsCapitalisedWord(t + 1) || !NameCandidates.SingleSpace(analyzed, t, t + 1));
    }

    private static readonly string[] KinTitles =
    [
        "aunt", "auntie", "aunty", "uncle", "grandma", "grandpa", "granny", "grandad", "granddad", "nana", "nanna", "nan", "cousin",
        "kuya", "tio", "opa", "abuela", "abuelo", "abuelita", "abuelito",
        // Korean: an uncle, a father's sister, an older sister or brother ("Samchon Min-ho", "Gomo Ji-eun").
        // (Not "Unni", "Hyung" or "Imo", given names too: "Unni Menon is my music teacher".)
        "samchon", "samchun", "gomo", "eonni", "oppa", "noona", "nuna",
        // Malay: an older sister or brother, an aunt or uncle, a grandparent ("Kak Aisyah", "Abang Amir", "Makcik Rosnah").
        "kak", "kakak", "abang", "makcik", "pakcik", "atuk", "atok", "nenek", "opah",
        // French and Haitian: "Tonton Jean", "Tatie Rose".
        "tonton", "tatie",
        // Māori: an aunt or a woman teacher, an uncle or a man teacher, called by the given name ("Whaea Rawinia", "Matua Hemi").
        "whaea", "matua",
        // Levantine and Gulf Arabic: a mother's sister or brother, a father's sister or brother, said to family and
        // neighbours alike before the given name ("Khalto Rana", "Ammu Karim", "Amo Sami"). (Not "ammo", an English word.)
        "khalto", "khalti", "khala", "khalo", "khalu", "amto", "amti", "ammu", "amo", "3amo",
        // And a grandmother and grandfather ("Teta Mariam", "Jiddo Salim").
        "teta", "tayta", "sitto", "sitti", "jiddo", "jeddo", "jeddi",
        // Greek: an uncle, a godmother and godfather, a grandmother and grandfather ("Theios Nikos", "Nouna Eleni"; the aunt's
        // "Theia" is a given name too, below).
        "theios", "theio", "nouna", "nounos", "nouno", "yiayia", "giagia", "pappou", "papou",
        // Persian: a mother's sister, a father's sister, a father's brother, a mother's brother ("Khaleh Nasrin", "Amu
        // Reza", "Dayi Hassan").
        "khaleh", "khale", "ameh", "ammeh", "amu", "amoo", "dayi", "daei", "daee",
        // Tagalog: the respect given an older man or woman before the given name ("Mang Tomas", "Aling Nena").
        "mang", "aling",
        // Bengali: a grandfather, a mother's father or mother ("Dadu Karim", "Nanu Salma").
        "dadu", "nanu",
        // Words of love said before a child's given name: Arabic "habibti Amira", Spanish "mija", Persian "azizam".
        "habibti", "habibi", "hayati", "mija", "mijo", "cariño", "carino", "azizam",
        // Portuguese: the words a child says for a grandmother and grandfather ("Vovô Zé"), as the text is read with its
        // accents folded.
        "vovo",
        // Javanese and Indonesian: a grandparent, and a grandfather ("Eyang Kakung").
        "eyang", "kakung",
        // Māori: a teacher called by the given name, as "Whaea" and "Matua" are ("Kaiako Hemi").
        "kaiako",
    ];

    // Family words that are given names or surnames too (the Thai "Nong" and "Phi", a younger and an older child, are the
    // Vietnamese surnames "Nông" and "Phí" folded), and the Polish aunt and uncle, whose surnames follow them as often: before a
    // word known only as a first name or a short form of one they are the family word ("Oma Anna", "Nani Priya", the
    // Filipino "Tito Ben", "Ciocia Ania"; not "Ciocia Kowalska"); before anything else the name they may be. ("Tia" is left out: "my classmate Tia Grace" is a
    // full name as often as "Tia Ana" is an aunt.)
    private static readonly string[] NameLikeKinTitles =
    [
        "oma", "dadi", "nani", "tito", "ciocia", "ciocio", "wujek", "wujku", "nong", "phi",
        // Hindi, Urdu and Bengali: a father's father ("Dada Rahim"; "Dada" is a Yoruba given name and surname too).
        "dada",
        // Greek: an aunt and an uncle ("Theia Vaso", "Thio Nikos"; "Theia Morgan" is a girl).
        "theia", "thia", "thios", "thio",
        // A newborn called by the family's word for it ("the health visitor weighs Baby Osian"; "Baby" is a Filipino given
        // name, and hospitals call a newborn "Baby Pritchard").
        "baby",
        // Portuguese: a grandmother or grandfather, accents folded ("Avó Lurdes"; "Avo" is an Armenian given name), and the
        // Javanese grandparent ("Mbah Sri"; "Mbah" is a surname too).
        "avo", "mbah",
        // Hebrew: a grandfather and a grandmother ("Saba Eitan", "Savta Rivka"; "Saba" is an Arabic given name too).
        "saba", "savta",
        // Romanian, folded: an aunt, an uncle, a grown-up a child calls aunt or uncle ("Tanti Ionescu" of the third floor is
        // a neighbour by her surname, and "Tanti" an Indonesian given name), a grandmother and grandfather ("Mătușa Elena",
        // "Unchiul Radu", "Bunicul Vasile").
        "matusa", "unchiul", "unchiu", "tanti", "nenea", "bunica", "bunicul", "bunicu",
        // Andean Kichwa and Spanish: a father or grandfather, said with respect ("Taita Manuel").
        "taita",
        // Catalan: an aunt, an uncle ("Tieta Montse", "Tiet Pere"), as "Tía" and "Tío".
        "tieta", "tiet",
        // Spanish and Italian: a cousin ("Primo Diego", "Prima Sofía"); "Primo" is a given name too ("Primo Rossi").
        "primo", "prima", "primito", "primita",
        // Spanish and Portuguese: the respect a neighbour or an elder is given before the given name ("Don Hernán", "Doña
        // Carmen", "Dona Lúcia"); "Don" is an English given name too ("Don Walsh").
        "don", "dona",
    ];


    /// <summary>
    /// Shapes that always carry a surname, wherever the sentence comes from: an honorific and a word ("Ms. Suffa",
    /// "mrs. nanni"), "the" + a capitalised word that is not an ordinary English word + a family word ("the Ogunleye
    /// family", "the Rana twins"), a capitalised word with a Japanese honorific ("Tanaka-sensei") and a surname with the
    /// Korean teacher's title after it ("Park seonsaengnim"); and a doctor's
    /// title with a word that is no English word ("dr. lý", "Dra. Rocha"), a PROVIDER.
    /// Added where nothing else was found; a name the policy allows is left alone.
    /// </summary>
    public static void AddSurnames(AnalyzedText analyzed, List<CandidateEntity> entities, JudgePolicy policy)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var existing = new OrderedOverlaps(entities);
        var added = new List<CandidateEntity>();
        for (var t = 0; t < tokens.Count; t++)
        {
            int first;
            int surname;
            var last = -1;
            var type = EntityType.PersonName;
            if (IsCouplesSurname(analyzed, t) || IsFamilyByPluralSurname(analyzed, t) || IsSaidToBeFamilyName(analyzed, t) || IsBookingName(analyzed, t))
            {
                // "Love from Grandma and Grandad Whitaker", "(the Kowalczyks)", "We had dinner with the Nguyens": a sign-off's
                // last word too; "Ben-David" and "AL-FARSI" whole.
                first = t;
                surname = t;
                last = NameParticles.JoinedEnd(analyzed, t);
            }
            else if (t + 1 >= tokens.Count)
            {
                continue;
            }
            else if (WordLists.Contains(DoctorTitles, tokens[t].In(text)))
            {
                // "dr. lý", "Doctor Nicolas": a doctor's title and a word that is no English word is a named clinician.
                first = t;
                var word = WordAfterTitle(analyzed, t);
                (surname, last) = SurnameAfter(analyzed, word);
                // A lower-case title written out ("doctor", "doctora", "dottore") is a role word more often than a title: after
                // it only a capitalised name counts ("La doctora escucha mi corazón"), while a lower-case abbreviation still
                // names someone in an all-lower-case text ("dr. lý"). A name is never on the next line ("la doctora\n\nMi
                // mamá"). After a particle an English word is a surname too ("Dr. van Dam").
                if (surname < 0
                    || (analyzed.Lexicons[surname] & ((surname == word ? LexiconKind.CommonWord : LexiconKind.None) | LexiconKind.FunctionWord | LexiconKind.Title
                        | LexiconKind.WellKnownName | LexiconKind.Provider | LexiconKind.CalendarWord | LexiconSet.HealthKinds)) != 0
                    || (char.IsLower(text[tokens[t].Start]) && tokens[t].End - tokens[t].Start > 4 && !char.IsUpper(text[tokens[surname].Start]))
                    || analyzed.HasLineBreak(t, surname)
                    || IsContracted(analyzed, surname)
                    || IsFamousSurname(analyzed, t, surname)
                    || WordLists.Contains(EnglishKinTitles, tokens[surname].In(text))
                    || JudgeEngine.IsBrandAfterTitle(analyzed, t, Math.Max(surname, last))
                    || IsQuotedGame(analyzed, t)
                    || IsNarratorsOwnName(analyzed, new TaggedSpan(EntityType.Provider, t, Math.Max(surname, last), 0.9f, 1))
                    || JudgeEngine.IsToyDoctor(analyzed, new TaggedSpan(EntityType.Provider, t, Math.Max(surname, last), 0.9f, 1))
                    || MakeBelieve.IsFictionCharacter(analyzed, new TaggedSpan(EntityType.PersonName, t, surname, 0.9f, 1)))
                {
                    // "Doctor Aunty": a family word after the title honours a role; "a Dr. Oetker pizza" is a brand's; "a funny
                    // book about Dokter Proktor" names the book's hero.
                    continue;
                }

                type = EntityType.Provider;
            }
            else if ((WordLists.Contains(Honorifics, tokens[t].In(text)) || IsCoachBeforeName(analyzed, t)) && !IsInsideGreeting(analyzed, t))
            {
                first = t;
                (surname, last) = SurnameAfter(analyzed, WordAfterTitle(analyzed, t));
                if (surname >= 0 && IsGivenNameAfterTitle(analyzed, surname, tokens[t].In(text)) && IsSurnameAfterGiven(analyzed, surname))
                {
                    // "Ms. Grace Lund is my teacher": a title, a given name and a surname.
                    (surname, last) = (surname + 1, surname + 1);
                }

                // A family word after a title is whom it honours ("Khun Yai", grandmother in Thai), not a surname.
                if (surname < 0
                    || (analyzed.Lexicons[surname] & (LexiconKind.FunctionWord | LexiconKind.Title | LexiconKind.WellKnownName)) != 0
                    || ((analyzed.Lexicons[surname] & (LexiconKind.KinWord | LexiconKind.Surname)) == LexiconKind.KinWord
                        && (!WordLists.Contains(EnglishHonorifics, tokens[t].In(text)) || WordLists.Contains(EnglishKinTitles, tokens[surname].In(text))))
                    || IsGivenNameAfterTitle(analyzed, surname, tokens[t].In(text))
                    || (WordLists.Contains(GivenNameOnlyTitles, tokens[t].In(text)) && (analyzed.Lexicons[surname] & LexiconKind.Surname) == 0)
                    || IsTitleInOtherSense(analyzed, t, surname)
                    || IsFamousSurname(analyzed, t, surname)
                    || ToyNames.IsToysOrPetsName(analyzed, new TaggedSpan(EntityType.PersonName, t, surname, 0.9f, 1))
                    || ToyNames.IsCarriedToy(analyzed, new TaggedSpan(EntityType.PersonName, t, surname, 0.9f, 1))
                    || IsMultipleSclerosis(analyzed, t, surname)
                    || IsVerbAfterBareTitle(analyzed, t, surname)
                    || IsCreatureWord(analyzed, surname)
                    || HasAnimalPartAfter(analyzed, surname)
                    || IsQuotedNickname(analyzed, t)
                    || JudgeEngine.IsSaidToBeToyCreature(analyzed, surname)
                    || IsEatenBrand(analyzed, t, surname)
                    || MakeBelieve.IsFictionCharacter(analyzed, new TaggedSpan(EntityType.PersonName, t, surname, 0.9f, 1)))
                {
                    continue;
                }
            }
            else if (t > 0 && tokens[t - 1].In(text).Equals("the", StringComparison.OrdinalIgnoreCase) && NameParticles.HeadAfter(analyzed, t) is var head and >= 0
                && IsFollowedByFamilyWord(analyzed, NameParticles.JoinedEnd(analyzed, head)))
            {
                // "the de Albuquerque family", "the van der Berg twins".
                first = t;
                surname = head;
                last = NameParticles.JoinedEnd(analyzed, head);
            }
            else if (t > 0 && tokens[t - 1].In(text).Equals("the", StringComparison.OrdinalIgnoreCase) && analyzed.IsCapitalisedWord(t, minLength: 2)
                && (analyzed.Lexicons[t] & (LexiconKind.CommonWord | LexiconKind.FunctionWord | LexiconKind.WellKnownName | LexiconKind.CalendarWord)) == 0
                && IsFollowedByFamilyWord(analyzed, t) && !IsLanguagesFamilyWords(analyzed, t))
            {
                first = t;
                surname = t;
            }
            else if (WordLists.Contains(ForeignFamilyWords, tokens[t].In(text)) && analyzed.IsCapitalisedWord(t + 1, minLength: 2)
                && !analyzed.HasLineBreak(t, t + 1) && !IsGivenName(analyzed, t + 1) && !WordLists.AnyIn(text, tokens, Math.Max(0, t - WorkReach), t, WorksOfFiction)
                && (analyzed.Lexicons[t + 1] & (LexiconKind.CommonWord | LexiconKind.FunctionWord | LexiconKind.WellKnownName | LexiconKind.CalendarWord
                    | LexiconKind.Title | LexiconKind.KinWord)) == 0)
            {
                // "Com carinho, a família Albuquerque", "la familia Pérez", "Familie Schmidt": the family's name after the
                // Portuguese, Spanish, French or German word for a family, as a sign-off signs it.
                first = t + 1;
                surname = t + 1;
            }
            else if (analyzed.IsCapitalisedWord(t, minLength: 2) && t + 2 < tokens.Count && tokens[t + 1].In(text) is "-"
                && tokens[t + 1].Start == tokens[t].End && tokens[t + 2].Start == tokens[t + 1].End
                && WordLists.Contains(JapaneseHonorifics, tokens[t + 2].In(text))
                && (analyzed.Lexicons[t] & (LexiconKind.CommonWord | LexiconKind.FunctionWord | LexiconKind.WellKnownName)) == 0
                && !(tokens[t + 2].In(text) is "san" && WordLists.Contains(JapaneseMountains, tokens[t].In(text)))
                && !(WordLists.Contains(JapaneseKinStems, tokens[t].In(text)) && tokens[t + 2].In(text) is not "sensei")
                && !IsFirstNameOnlyWord(analyzed, t, longList: true))
            {
                // "Tanaka-sensei", "Sato-san": a surname with a Japanese honorific after it; a kindergarten calls its
                // teacher by the given name ("Haruka-sensei"), which stays the bare first name it is.
                first = t;
                surname = t + 2;
            }
            else if (analyzed.IsCapitalisedWord(t, minLength: 2) && t + 3 < tokens.Count && WordLists.Contains(KoreanSurnames, tokens[t].In(text))
                && NameCandidates.SingleSpace(analyzed, t, t + 1) && analyzed.IsCapitalisedWord(t + 1, minLength: 2) && IsHyphenated(analyzed, t + 1)
                && char.IsLower(text[tokens[t + 3].Start]) && (t + 4 >= tokens.Count || tokens[t + 4].In(text) is not "-")
                && ((analyzed.Lexicons[t + 1] | analyzed.Lexicons[t + 3]) & (LexiconKind.CommonWord | LexiconKind.FunctionWord)) == 0
                && !IsFamousWherever(analyzed, t, t + 3))
            {
                // "Kim Seo-yeon", "Park Ji-woo": a Korean family name before a given name of two syllables joined by a hyphen,
                // neither an English word ("the Park Clean-up" is an event).
                first = t;
                surname = t;
                last = t + 3;
            }
            else if (analyzed.IsCapitalisedWord(t, minLength: 2) && t + 1 < tokens.Count && WordLists.Contains(KoreanHonorifics, tokens[t + 1].In(text))
                && WordLists.Contains(KoreanSurnames, tokens[t].In(text)) && (t == 0 || analyzed.SentenceStarts[t] || !analyzed.IsCapitalisedWord(t - 1)))
            {
                // "Park seonsaengnim", "Kim sonsaengnim": a teacher called by the surname and the Korean title after it
                // (not "Taekwondo seonsaengnim", "Annyeonghaseyo seonsaengnim" nor "At Olympic Park seonsaengnim takes …").
                first = t;
                surname = t;
                last = t + 1;
            }
            else
            {
                continue;
            }

            var (start, end) = (tokens[first].Start, tokens[Math.Max(surname, last)].End);
            var named = WordLists.Contains(JapaneseHonorifics, tokens[surname].In(text)) ? first : surname;
            if (!IsAllowed(tokens[named].In(text), policy) && !existing.Any(start, end) && !OverlapsLast(added, start))
            {
                added.Add(new CandidateEntity(type, start, end, 0.9, type == EntityType.Provider ? ProviderSource : SurnameSource));
            }
        }

        OrderedOverlaps.AddInOrder(entities, added);
    }

    /// <summary>
    /// "calls out "Vitor Macedo"": exactly two capitalised words between quotation marks, a given name and a word no
    /// list knows, are a name called out or written on something. (The name classifier reads quoted speech weakly: it
    /// scored this frame 0.52 in round 10 and below its threshold once round 11's lists retrained it.)
    /// </summary>
    private static bool IsQuotedGivenAndUnknown(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        return t > 0 && t + 2 < tokens.Count && NameShape.Of(analyzed, t - 1) == 9 && NameShape.Of(analyzed, t + 2) == 9
            && tokens[t - 1].End == tokens[t].Start && tokens[t + 1].End == tokens[t + 2].Start
            && IsGivenName(analyzed, t) && NameShape.Of(analyzed, t + 1) == NameShape.UnknownWord
            && !((analyzed.Lexicons[t] & LexiconKind.KinWord) != 0 && GivenNames.Contains(tokens[t + 1].In(analyzed.Text)));
    }

    /// <summary>
    /// A name found in pieces is made whole: "Mrs. O" takes "'Neill", "Kon" takes the "O'" before it, "Mr. van" takes
    /// "der Berg", "der Berg" takes the "Mr. van" (or the given name) before it, "Daan" + "de Vries" becomes one name,
    /// and a surname takes the "Coach" before it. A name that now opens on a title carries the title rule's score.
    /// Pieces of one name merge; an extension that would reach into any other entity is not made. One pass, written
    /// in place, so a text of many names stays linear.
    /// </summary>
    public static void CompleteSurnames(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        var tokens = analyzed.Tokens;
        var write = 0;
        for (var read = 0; read < entities.Count; read++)
        {
            var entity = entities[read];
            if (entity.Type is EntityType.PersonName or EntityType.Provider && Completed(analyzed, entity) is var (first, last) && first >= 0)
            {
                var (start, end) = (tokens[first].Start, tokens[last].End);
                var back = write;
                var ahead = read + 1;
                var namesOnly = true;
                while (back > 0 && entities[back - 1].End > start)
                {
                    namesOnly &= entities[--back].Type is EntityType.PersonName or EntityType.Provider;
                }

                while (ahead < entities.Count && entities[ahead].Start < end)
                {
                    namesOnly &= entities[ahead++].Type is EntityType.PersonName or EntityType.Provider;
                }

                if (namesOnly)
                {
                    // The pieces: names already written that it reaches back over, itself, and names ahead it takes in.
                    var merged = new CandidateEntity(entity.Type, start, end, entity.Score, entity.Source);
                    for (var j = back; j < write; j++)
                    {
                        merged = Merge(merged, entities[j]);
                    }

                    for (var j = read + 1; j < ahead; j++)
                    {
                        merged = Merge(merged, entities[j]);
                    }

                    var score = merged.Score;
                    if (IsTitle(analyzed, first))
                    {
                        // "Mr. van der Berg" found as "der Berg" by the tagger is what the title rule finds.
                        score = Math.Max(score, TitleRuleScore);
                    }

                    entities[back] = merged with { Score = score };
                    write = back + 1;
                    read = ahead - 1;
                    continue;
                }
            }

            entities[write++] = entity;
        }

        entities.RemoveRange(write, entities.Count - write);
    }

    private const double TitleRuleScore = 0.9;

    /// <summary>One name of two pieces: the union of their spans, the higher score, PROVIDER (and its source) if either is one.</summary>
    private static CandidateEntity Merge(CandidateEntity name, CandidateEntity piece) => new(
        piece.Type == EntityType.Provider ? EntityType.Provider : name.Type,
        Math.Min(name.Start, piece.Start),
        Math.Max(name.End, piece.End),
        Math.Max(name.Score, piece.Score),
        piece.Type == EntityType.Provider && name.Type != EntityType.Provider ? piece.Source : name.Source);

    /// <summary>The tokens the completed name covers, or (-1, -1) when there is nothing to complete.</summary>
    private static (int First, int Last) Completed(AnalyzedText analyzed, CandidateEntity entity)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var first = AnalyzedText.TokenAt(tokens, entity.Start);
        var last = AnalyzedText.TokenAt(tokens, Math.Max(entity.End - 1, entity.Start));
        if (tokens[last].Start >= entity.End)
        {
            last--;
        }

        if (last < first || tokens[first].Start != entity.Start || tokens[last].End != entity.End)
        {
            return (-1, -1);
        }

        var (newFirst, newLast) = (first, NameParticles.JoinedEnd(analyzed, last));
        if (newFirst >= 2 && NameParticles.IsApostrophePrefix(analyzed, newFirst - 2))
        {
            // "Kon" of "O'Kon".
            newFirst -= 2;
        }

        if (NameParticles.HeadAfter(analyzed, newLast) is var head and >= 0)
        {
            // "Mr. van" + "der Berg".
            newLast = NameParticles.JoinedEnd(analyzed, head);
        }
        else if (newLast + 1 < tokens.Count && analyzed.IsCapitalisedWord(newLast, minLength: 2) && NameCandidates.SingleSpace(analyzed, newLast, newLast + 1)
            && NameParticles.HeadAfter(analyzed, newLast + 1) is var after and >= 0)
        {
            // "Daan" + "de Vries".
            newLast = NameParticles.JoinedEnd(analyzed, after);
        }

        if (NameParticles.IsParticle(analyzed, newFirst))
        {
            // "der Berg" after "Mr. van": back over the particles and to the title or given name before them, not to
            // any capitalised word ("de Mendoza" of "Provincia de Mendoza" stays as it is).
            while (newFirst > 0 && NameCandidates.SingleSpace(analyzed, newFirst - 1, newFirst) && NameParticles.IsParticle(analyzed, newFirst - 1))
            {
                newFirst--;
            }

            if (newFirst > 1 && tokens[newFirst - 1].In(text) is "." && WordLists.Contains(AbbreviatedTitles, tokens[newFirst - 2].In(text)))
            {
                newFirst -= 2;
            }
            else if (newFirst > 0 && NameCandidates.SingleSpace(analyzed, newFirst - 1, newFirst) && analyzed.IsCapitalisedWord(newFirst - 1, minLength: 2)
                && (IsGivenName(analyzed, newFirst - 1) || WordLists.Contains(Honorifics, tokens[newFirst - 1].In(text))))
            {
                newFirst--;
            }
        }

        if (newFirst > 0 && tokens[newFirst - 1].In(text) is "Coach" && NameCandidates.SingleSpace(analyzed, newFirst - 1, newFirst)
            && entity.Type == EntityType.PersonName && analyzed.IsCapitalisedWord(newFirst))
        {
            // "Coach" + "O'Reilly": the title is part of the name, as "Mrs." is.
            newFirst--;
        }

        return newFirst == first && newLast == last ? (-1, -1) : (newFirst, newLast);
    }

    private static bool IsTitle(AnalyzedText analyzed, int t)
    {
        var word = analyzed.Tokens[t].In(analyzed.Text);
        return WordLists.Contains(Honorifics, word) || WordLists.Contains(DoctorTitles, word) || word is "Coach";
    }

    /// <summary>
    /// "Coach O'Brien", "Coach McAllister", "Coach Okafor", "Nurse Okafor": the capitalised title before a word that can
    /// only be a surname: one with an Irish or Scottish prefix, or one the lexicon knows as a surname and as no given name.
    /// Children call coaches and nurses by first name as often ("Coach Sam", "Coach Bayo", "Nurse Adwoa"), so a word that
    /// may be a given name, or that no list knows, is left to the tagger.
    /// </summary>
    private static bool IsCoachBeforeName(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        if (tokens[t].In(analyzed.Text) is not ("Coach" or "Nurse") || t + 1 >= tokens.Count || !NameCandidates.SingleSpace(analyzed, t, t + 1))
        {
            return false;
        }

        var word = tokens[t + 1].In(analyzed.Text);
        var kinds = analyzed.Lexicons[t + 1];
        return NameParticles.IsApostrophePrefix(analyzed, t + 1)
            || (analyzed.IsCapitalisedWord(t + 1, minLength: 4) && (word.StartsWith("Mc") || word.StartsWith("Mac")) && char.IsUpper(word[word.StartsWith("Mc") ? 2 : 3]))
            || ((kinds & (LexiconKind.Surname | LexiconKind.CommonWord | LexiconKind.CalendarWord | LexiconKind.PlaceWord)) == LexiconKind.Surname
                && !IsGivenName(analyzed, t + 1) && analyzed.IsCapitalisedWord(t + 1, minLength: 2));
    }

    /// <summary>"Miss", "Mme", "Kuya", "Aunty": a title whose next word the policy rules judge (surname or first name).</summary>
    internal static bool IsHonorificOrKinTitle(ReadOnlySpan<char> word) => WordLists.Contains(Honorifics, word) || WordLists.Contains(KinTitles, word);

    /// <summary>
    /// "the señora says": a lower-case title of another language before a lower-case English word is the person's role,
    /// not a title with a surname. "miss" in lower case with no period before a lower-case English word is the verb ("players miss lots of shots",
    /// "I might miss home"), not the title of "mrs. nanni"; so is "miss" after a subject or modal ("I miss Awoowe") and
    /// after "to" or "you" before a family word that is no surname and says who it is ("It is okay to miss Mamá", "When
    /// you miss Granny, you can …"; not "Thank you miss Babu", "Are you miss Babu?" nor "a card to miss Babu, my teacher").
    /// </summary>
    private static bool IsTitleInOtherSense(AnalyzedText analyzed, int title, int word)
    {
        var text = analyzed.Text;
        if (word != title + 1)
        {
            return false;
        }

        // "The señora says", "madame shows us", "Mwalimu helps me": a title of another language, no abbreviation, in lower
        // case or said as a name ("Mwalimu" is what a Kenyan child calls the teacher), before a lower-case English verb
        // ("says", "smiled", "is") that is no surname ("mr brown", "señora white" and "frau winter reads" of a text in
        // lower case keep their surnames).
        if (analyzed.Tokens[title].In(text) is not "miss")
        {
            var next = analyzed.Tokens[word].In(text);
            return (char.IsLower(text[analyzed.Tokens[title].Start]) || !WordLists.Contains(EnglishHonorifics, analyzed.Tokens[title].In(text)))
                && !WordLists.Contains(AbbreviatedTitles, analyzed.Tokens[title].In(text))
                && char.IsLower(next[0]) && (analyzed.Lexicons[word] & (LexiconKind.CommonWord | LexiconKind.Surname)) == LexiconKind.CommonWord
                && ((analyzed.Lexicons[word] & LexiconKind.FunctionWord) != 0 || next.EndsWith("s", StringComparison.Ordinal) || next.EndsWith("ed", StringComparison.Ordinal));
        }

        return (!char.IsUpper(text[analyzed.Tokens[word].Start]) && (analyzed.Lexicons[word] & LexiconKind.CommonWord) != 0)
            || (title > 0 && (analyzed.Tokens[title - 1].In(text) is "to" || (analyzed.Tokens[title - 1].In(text) is "you" && !IsThanksOrQuestion(analyzed, title - 1)))
                && (analyzed.Lexicons[word] & (LexiconKind.KinWord | LexiconKind.Surname)) == LexiconKind.KinWord
                && !IsAppositionAfter(analyzed, word))
            || (title > 0 && WordLists.Contains(MissVerbSubjects, analyzed.Tokens[title - 1].In(text)))
            || (title >= 2 && analyzed.Tokens[title - 1].In(text) is "to" && WordLists.Contains(AllRightTo, analyzed.Tokens[title - 2].In(text)))
            || IsMissedAgain(analyzed, title);
    }

    /// <summary>Lower-case "miss" at title is the verb by its own words: a subject or modal before it, or "okay to".</summary>
    private static bool IsMissVerbByItself(AnalyzedText analyzed, int title)
    {
        var text = analyzed.Text;
        return title > 0 && (WordLists.Contains(MissVerbSubjects, analyzed.Tokens[title - 1].In(text))
            || (title >= 2 && analyzed.Tokens[title - 1].In(text) is "to" && WordLists.Contains(AllRightTo, analyzed.Tokens[title - 2].In(text))));
    }

    // "It's okay to miss Pepper", "It is normal to miss Nana": missing someone is all right.
    private static readonly string[] AllRightTo = ["okay", "ok", "fine", "normal", "alright", "natural", "sad", "hard", "easy", "common", "usual"];

    private const int MissAgainReach = 16;

    /// <summary>
    /// "Lena might miss Mama when she is at Papa's, or miss Papa when she is at Mama's": lower-case "miss" after "or" or
    /// "and" before a family word that is no surname, whose sentence missed someone before with the verb (not "Mum and
    /// miss Okafor", nor "I miss Mum, and miss Okafor helps me").
    /// </summary>
    private static bool IsMissedAgain(AnalyzedText analyzed, int title)
    {
        var tokens = analyzed.Tokens;
        if (title == 0 || tokens[title - 1].In(analyzed.Text) is not ("or" or "and") || title + 1 >= tokens.Count
            || (analyzed.Lexicons[title + 1] & (LexiconKind.KinWord | LexiconKind.Surname)) != LexiconKind.KinWord)
        {
            return false;
        }

        for (var t = title - 2; t >= 0 && title - t <= MissAgainReach && !analyzed.SentenceStarts[t + 1]; t--)
        {
            if (tokens[t].In(analyzed.Text) is "miss" && IsMissVerbByItself(analyzed, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Token t is a word inside a greeting of the list ("khun" of the Thai thanks "Khop khun ka"), not a title.
    /// </summary>
    private static bool IsInsideGreeting(AnalyzedText analyzed, int t)
    {
        for (var start = Math.Max(0, t - GreetingReach); start < t; start++)
        {
            if (GreetingsByFirstWord.TryGetValue(analyzed.Tokens[start].In(analyzed.Text), out var greetings))
            {
                foreach (var greeting in greetings)
                {
                    if (PhraseEnd(analyzed, start, greeting) >= t)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// ", my teacher", ", the lunch lady", ", our bus driver", ", who drives our bus" right after the word at t: a person
    /// named by a role (not ", the best mum in the world").
    /// </summary>
    private static bool IsAppositionAfter(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        if (t + 2 < tokens.Count && tokens[t + 1].In(analyzed.Text) is "," && tokens[t + 2].In(analyzed.Text) is "who")
        {
            // ", who drives our bus".
            return true;
        }

        if (t + 3 >= tokens.Count || tokens[t + 1].In(analyzed.Text) is not "," || tokens[t + 2].In(analyzed.Text) is not ("my" or "the" or "our" or "your" or "his" or "her" or "their" or "a" or "an"))
        {
            return false;
        }

        for (var r = t + 3; r < tokens.Count && r <= t + 5 && tokens[r].Kind == TokenKind.Word; r++)
        {
            if (WordLists.Contains(AppositionRoles, tokens[r].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] AppositionRoles =
        ["teacher", "lady", "man", "helper", "nurse", "coach", "driver", "neighbour", "neighbor", "aide", "assistant", "doctor", "dentist", "cook"];

    /// <summary>"Thank you miss Babu", "Are you miss Babu?": "you" after thanks or a question's verb is whom a title is said to.</summary>
    private static bool IsThanksOrQuestion(AnalyzedText analyzed, int you) =>
        you > 0 && analyzed.Tokens[you - 1].In(analyzed.Text) is "thank" or "Thank" or "are" or "Are" or "were" or "Were";

    // Words after which lower-case "miss" is the verb whatever follows: "I miss Awoowe", "we will miss Tita Rose" ("t" of
    // "don't", which the tokenizer splits). Not "you" or "to": "Thank you miss Okonkwo", "a card to miss Okonkwo".
    private static readonly string[] MissVerbSubjects =
    [
        "i", "we", "they", "he", "she", "will", "would", "might", "may", "can", "could", "really", "still",
        "always", "sometimes", "also", "t", "dont", "never",
    ];

    /// <summary>Titles that may take a period ("Mrs. Baker", "Mme. Roy"); after any other title a period ends the sentence.</summary>
    internal static readonly string[] AbbreviatedTitles = ["dr", "dra", "mr", "mrs", "ms", "mx", "prof", "mme", "mlle", "sra", "srta", "dott"];

    /// <summary>
    /// The word of two letters or more after a title and, for an abbreviation, its optional period ("Ms. Suffa",
    /// "dr lý"), or -1. After "doctor." or "miss." the period ends the sentence: "see the doctor. Clara waits" names no one.
    /// </summary>
    private static int WordAfterTitle(AnalyzedText analyzed, int title)
    {
        var tokens = analyzed.Tokens;
        if (tokens[title + 1].In(analyzed.Text) is "." && !WordLists.Contains(AbbreviatedTitles, tokens[title].In(analyzed.Text)))
        {
            return -1;
        }

        var word = tokens[title + 1].In(analyzed.Text) is "." && title + 2 < tokens.Count ? title + 2 : title + 1;
        return tokens[word].Kind == TokenKind.Word && (tokens[word].End - tokens[word].Start >= 2 || NameParticles.IsApostrophePrefix(analyzed, word) || NameParticles.HeadAfter(analyzed, word) >= 0)
            ? word
            : -1;
    }

    /// <summary>
    /// "Miss says we will rehearse", "Sir will help": a title alone as what a class calls its teacher, before a verb in
    /// lower case that is an ordinary word and no surname, the title itself capitalised ("mrs. nanni" and "frau winter" of a
    /// text in lower case, and "Mr. brown", stay).
    /// </summary>
    private static bool IsVerbAfterBareTitle(AnalyzedText analyzed, int title, int surname) =>
        char.IsUpper(analyzed.Text[analyzed.Tokens[title].Start]) && char.IsLower(analyzed.Text[analyzed.Tokens[surname].Start])
        && (analyzed.Lexicons[surname] & (LexiconKind.CommonWord | LexiconKind.Surname | LexiconKind.FirstName)) == LexiconKind.CommonWord;

    /// <summary>
    /// The word after a title that says whose name it is, and the last token of the surname: "Okafor" for "Mr. Okafor",
    /// "Brien" of "Mr. O'Brien", "Berg" of "Mr. van der Berg" (ending there), "Nguyen" of "Ms. Nguyen-Tran" (ending on
    /// "Tran"). Particles with no capitalised word after them are no surname ("Mrs. de" → -1).
    /// </summary>
    private static (int Word, int Last) SurnameAfter(AnalyzedText analyzed, int word)
    {
        if (word < 0)
        {
            return (-1, -1);
        }

        if (NameParticles.IsApostrophePrefix(analyzed, word))
        {
            return (word + 2, NameParticles.JoinedEnd(analyzed, word));
        }

        if (NameParticles.HeadAfter(analyzed, word) is var head and >= 0)
        {
            return (head, NameParticles.JoinedEnd(analyzed, head));
        }

        // A particle with no capitalised word after it is no surname ("Mrs. de", "Mr. O").
        return NameParticles.IsParticle(analyzed, word) ? (-1, -1) : (word, NameParticles.JoinedEnd(analyzed, word));
    }

    /// <summary>
    /// The word after a given name at t is a surname: capitalised, one space on, on a surname list or on no list of
    /// ordinary, place, title, calendar, organisation or health words ("Grace Lund", "Grace Lundberg"; not "Grace Street",
    /// "Sarah Said").
    /// </summary>
    private static bool IsSurnameAfterGiven(AnalyzedText analyzed, int t)
    {
        var next = t + 1;
        if (next >= analyzed.Tokens.Count || !analyzed.IsCapitalisedWord(next, minLength: 2) || analyzed.SentenceStarts[next] || !NameCandidates.SingleSpace(analyzed, t, next))
        {
            return false;
        }

        // "Miss Grace XOXO": a sign-off in capitals.
        if (!analyzed.Tokens[next].In(analyzed.Text)[1..].ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        var kinds = analyzed.Lexicons[next];
        const LexiconKind NotSurname = LexiconKind.CommonWord | LexiconKind.FunctionWord | LexiconKind.Title | LexiconKind.CalendarWord | LexiconKind.PlaceWord
            | LexiconKind.OrganizationSuffix | LexiconKind.StreetSuffix | LexiconKind.WellKnownName | LexiconKind.KinWord | LexiconSet.HealthKinds;
        return (kinds & LexiconKind.Surname) != 0 ? (kinds & (LexiconKind.FunctionWord | LexiconKind.Title | LexiconKind.StreetSuffix | LexiconKind.OrganizationSuffix)) == 0
            : (kinds & NotSurname) == 0;
    }

    /// <summary>
    /// "Mr. Dave", "Miss Sarah", "Coach Sam": a title before a word known only as a first name is how children address a
    /// grown-up by first name, no surname; it is judged as the bare first name it carries.
    /// </summary>
    private static bool IsHonorificWithFirstName(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var title = tokens[span.FirstToken].In(analyzed.Text);
        return tokens[span.LastToken].Kind == TokenKind.Word
            && (WordLists.Contains(KinTitles, title) || IsAccentedKinTitle(analyzed, span.FirstToken)
                || (WordLists.Contains(NameLikeKinTitles, title) && (IsFirstNameOnly(analyzed, span.LastToken, longList: true) || IsShortNickname(analyzed, span.LastToken)))
                || IsKinTitleAmongKinTitles(analyzed, span) || IsKinTitleInItsLanguage(analyzed, span)
                || (WordLists.Contains(TeacherTitles, title) && IsTeachersGivenName(analyzed, title, span.LastToken))
                || (WordLists.Contains(GivenNameTitles, title) && IsGivenName(analyzed, span.LastToken))
                || (WordLists.Contains(GivenNameOnlyTitles, title) && (analyzed.Lexicons[span.LastToken] & LexiconKind.Surname) == 0)
                || (WordLists.Contains(BhutaneseTitles, title)
                    && (IsFirstNameOnly(analyzed, span.LastToken, longList: true) || WordLists.Contains(BhutaneseGivenNames, tokens[span.LastToken].In(analyzed.Text))))
                || (WordLists.Contains(FirstNameTitles, title) && IsGivenNameAfterTitle(analyzed, span.LastToken, title)));
    }

    // Family words that are given names too, whose culture's stories call every relative by a family title: the Filipino
    // grandmother and grandfather ("Lola Cely", "Lolo Ben"), the Portuguese aunt ("Tia Rosa"), the French aunt and
    // grandmother ("Tata Odile", "Mamie Ginette").
    private static readonly string[] TitlesAmongTitles = ["lola", "lolo", "tia", "tata", "mamie", "tita", "ninang", "ninong", .. NameLikeKinTitles];

    // Family titles that may stand before a relative's given name elsewhere in the same story: "Kuya Jomar", "Tita Lorna".
    private static readonly string[] OtherFamilyTitles = [.. KinTitles, .. TitlesAmongTitles, "ate", "manang", "manong", "tatie", "tante", "nonna", "nonno"];

    /// <summary>
    /// "I live with Mama, Papa, Lola Cely and my Kuya Jomar": a family word that is a given name too (<see
    /// cref="TitlesAmongTitles"/>), before a capitalised word that no surname list holds, in a story that puts another
    /// family title before another capitalised word, is a family title: the story names its relatives so. Not after a
    /// word that introduces a person ("my friend Lola Oyelaran", "a girl named Tia Mensah").
    /// </summary>
    private static bool IsKinTitleAmongKinTitles(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (span.LastToken != span.FirstToken + 1 || !WordLists.Contains(TitlesAmongTitles, tokens[span.FirstToken].In(text))
            || (analyzed.Lexicons[span.LastToken] & LexiconKind.Surname) != 0 || !analyzed.IsCapitalisedWord(span.LastToken, minLength: 2)
            || IsIntroducedByNoun(analyzed, span.FirstToken))
        {
            return false;
        }

        // Another titled name than this one: the story's set of them holds a pair that is not this pair.
        var titled = analyzed.Memo(TitledRelativesKey, FindTitledRelatives);
        return titled.Count > 1 || (titled.Count == 1 && !titled.Contains(TitledRelative(analyzed, span.FirstToken)));
    }

    private static readonly object TitledRelativesKey = new();

    // The Filipino grandparents, aunt, uncle and godparents, who are called by pet names that are English words.
    private static readonly string[] FilipinoKinTitles = ["lola", "lolo", "tita", "tito", "ninang", "ninong"];

    // The Portuguese and Spanish aunt and uncle written without an accent ("Tia", a given name in English too).
    private static readonly string[] IberianKinTitles = ["tia", "tio"];

    // How many words of another language a story needs before its "Tia" is the family word.
    private const int OtherLanguageWordsNeeded = 3;

    /// <summary>
    /// A family word that is a given name too ("Tia", "Lola", "Tita") before a word known only as a given name, or a
    /// short form of one ("Tia Bia"), is the family word; so is "Tia Rosa reads gibis with me … Tia Rosa makes chocolate quente. Obrigado, Tia Rosa!": "Tia" or "Tio", or
    /// any family word of that kind, before a given name (or, after a Filipino title, an English word: "Tita Rose" beside
    /// "mga anak", "banig" and "merienda"), in a story that says three or more distinct words of another language that are no English words (a
    /// family title not counted), is the relative the child calls so. In an English story "Tia
    /// Luna" ("Luna" a surname too) stays a full name, and a word that introduces a person keeps any of them one ("a girl
    /// named Tia Mensah", "my friend Tia Rosa").
    /// </summary>
    private static bool IsKinTitleInItsLanguage(AnalyzedText analyzed, TaggedSpan span)
    {
        var title = analyzed.Tokens[span.FirstToken].In(analyzed.Text);
        if (span.LastToken != span.FirstToken + 1 || !analyzed.IsCapitalisedWord(span.LastToken, minLength: 2)
            || (span.FirstToken > 0 && WordLists.Contains(IntroducingWords, analyzed.Tokens[span.FirstToken - 1].In(analyzed.Text))))
        {
            return false;
        }

        // "Bea lives with her Lola Remy. (Lola means grandma in Tagalog!)": a title the story itself says is a family word.
        if (IsDefinedAsKin(analyzed, title) && (analyzed.Lexicons[span.LastToken] & LexiconKind.Surname) == 0)
        {
            return true;
        }

        // "Tia Rosa gives out the plates", "This is Lola Nene. She is my grandma.": before a word known only as a given
        // name, two given names in a row, the first is the family word (a full name needs a surname).
        if ((WordLists.Contains(TitlesAmongTitles, title) || WordLists.Contains(IberianKinTitles, title))
            && (IsFirstNameOnly(analyzed, span.LastToken, longList: true) || IsShortNickname(analyzed, span.LastToken)))
        {
            return true;
        }

        // After a Filipino family title, a name that is an English word too ("Tita Rose", "Lola Baby", "Tito Boy") is a pet
        // name; after the others an English word may be a surname ("Don White", "Tia Brown").
        return (WordLists.Contains(IberianKinTitles, title) || WordLists.Contains(TitlesAmongTitles, title))
            && (IsGivenName(analyzed, span.LastToken)
                || (WordLists.Contains(FilipinoKinTitles, title) && (analyzed.Lexicons[span.LastToken] & LexiconKind.CommonWord) != 0))
            && analyzed.Memo(OtherLanguageStoryKey, CountOtherLanguageWords).Value >= OtherLanguageWordsNeeded;
    }

    private static readonly object OtherLanguageStoryKey = new();

    private static readonly object DefinedKinKey = new();

    // How far after "means" or "is" the family word of a definition may stand: "Lola means grandma", "Lola is the Tagalog word for grandma".
    private const int DefinitionReach = 6;

    /// <summary>A family word or a family title of any list at t ("Lola", "Tita", "Khaleh").</summary>
    private static bool IsAnyKinTitle(AnalyzedText analyzed, int t)
    {
        var word = analyzed.Tokens[t].In(analyzed.Text);
        return (analyzed.Lexicons[t] & LexiconKind.KinWord) != 0 || WordLists.Contains(KinTitles, word) || WordLists.Contains(TitlesAmongTitles, word)
            || WordLists.Contains(IberianKinTitles, word);
    }

    private static bool IsDefinedAsKin(AnalyzedText analyzed, ReadOnlySpan<char> title)
    {
        var defined = analyzed.Memo(DefinedKinKey, FindDefinedKin);
        return defined.Count > 0 && defined.GetAlternateLookup<ReadOnlySpan<char>>().Contains(title);
    }

    /// <summary>
    /// The capitalised words a story defines as a family word: "Lola means grandma", "Lola is the Tagalog word for
    /// grandma", "(Tita means aunt)". Read once per text.
    /// </summary>
    private static HashSet<string> FindDefinedKin(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var defined = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var t = 0; t + 2 < tokens.Count; t++)
        {
            var verb = tokens[t + 1].In(text);
            // Only a family title defines so: "Maria is waiting for her mom" defines nothing.
            if (!analyzed.IsCapitalisedWord(t, minLength: 2) || verb is not ("means" or "is") || !IsAnyKinTitle(analyzed, t))
            {
                continue;
            }

            // "Lola means grandma", or "Lola is the Tagalog word for grandma".
            var sawFor = verb is "means";
            for (var k = t + 2; k < tokens.Count && k <= t + 1 + DefinitionReach && tokens[k].Kind == TokenKind.Word; k++)
            {
                sawFor |= tokens[k].In(text) is "for" && tokens[k - 1].In(text) is "word";
                if (sawFor && (analyzed.Lexicons[k] & LexiconKind.KinWord) != 0 && char.IsLower(text[tokens[k].Start]))
                {
                    defined.Add(tokens[t].In(text).ToString());
                    break;
                }
            }
        }

        return defined;
    }

    // Words that introduce someone by a full name: "a girl named Tia Mensah", "my friend Tia Rosa", "her teacher Tio Santos".
    private static readonly string[] IntroducingWords =
        ["named", "called", "friend", "girl", "boy", "lady", "man", "woman", "teacher", "neighbour", "neighbor", "classmate", "student", "coach", "nurse", "doctor"];

    /// <summary>
    /// The distinct words of the text, in lower case or opening a sentence ("Obrigado, Tia Rosa!"), that the
    /// other-language list holds and no English list does (up to the number needed).
    /// </summary>
    private static StrongBox<int> CountOtherLanguageWords(AnalyzedText analyzed)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tokens = analyzed.Tokens;
        for (var t = 0; t < tokens.Count && seen.Count < OtherLanguageWordsNeeded; t++)
        {
            var word = tokens[t].In(analyzed.Text);
            if (tokens[t].Kind == TokenKind.Word && word.Length >= 3 && (char.IsLower(word[0]) || analyzed.SentenceStarts[t])
                && (analyzed.Lexicons[t] & (LexiconKind.CommonWord | LexiconKind.FunctionWord | LexiconKind.CalendarWord | LexiconKind.Title | LexiconKind.KinWord)) == 0
                && !WordLists.Contains(IberianKinTitles, word) && !WordLists.Contains(TitlesAmongTitles, word) && OtherLanguageWords.Contains(word))
            {
                seen.Add(word.ToString());
            }
        }

        return new StrongBox<int>(seen.Count);
    }

    /// <summary>Every family title before a capitalised word in the text ("Kuya Jomar", "Tita Lorna"), once per title and name.</summary>
    private static HashSet<string> FindTitledRelatives(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var titled = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            if (analyzed.IsCapitalisedWord(t, minLength: 2) && WordLists.Contains(OtherFamilyTitles, tokens[t].In(analyzed.Text))
                && analyzed.IsCapitalisedWord(t + 1, minLength: 2) && NameCandidates.SingleSpace(analyzed, t, t + 1))
            {
                titled.Add(TitledRelative(analyzed, t));
            }
        }

        return titled;
    }

    /// <summary>The title at t (in any case) and the name after it (as written), as one key.</summary>
    private static string TitledRelative(AnalyzedText analyzed, int t) =>
        $"{analyzed.Tokens[t].In(analyzed.Text).ToString().ToLowerInvariant()} {analyzed.Tokens[t + 1].In(analyzed.Text)}";

    /// <summary>"my friend Lola Oyelaran", "a girl named Tia Mensah": a word before the title that is no small word and no family word.</summary>
    private static bool IsIntroducedByNoun(AnalyzedText analyzed, int t) =>
        t > 0 && analyzed.Tokens[t - 1].Kind == TokenKind.Word
        && (analyzed.Lexicons[t - 1] & (LexiconKind.FunctionWord | LexiconKind.Possessive | LexiconKind.KinWord)) == 0;

    /// <summary>"Cikgu Aminah", "Profe Martín", "Faiaoga Lusia": the word after a teacher's title is the teacher's given name.</summary>
    private static bool IsTeachersGivenName(AnalyzedText analyzed, ReadOnlySpan<char> title, int t)
    {
        var kinds = analyzed.Lexicons[t];
        return IsFirstNameOnly(analyzed, t, longList: true) || IsShortNickname(analyzed, t)
            || (WordLists.Contains(UnknownGivenNameTeacherTitles, title) && analyzed.IsCapitalisedWord(t, minLength: 2)
                && (kinds & (LexiconKind.FirstName | LexiconKind.Surname | LexiconKind.CommonWord | LexiconKind.WellKnownName)) == 0
                && !WordLists.Contains(CommonChineseSurnames, analyzed.Tokens[t].In(analyzed.Text)))
            || (WordLists.Contains(GivenNameTeacherTitles, title) && IsGivenName(analyzed, t));
    }

    /// <summary>
    /// "Tonton Jean will drive us": a French family word capitalised as a title before a French given name that the lists
    /// hold only as a surname ("Jean", "Pierre", "Marie"). "Tonton Dupont" of next door and "Auntie Lim" are neighbours by
    /// their surnames.
    /// </summary>
    private static bool IsFrenchKinWithGivenName(AnalyzedText analyzed, int t) =>
        char.IsUpper(analyzed.Text[analyzed.Tokens[t].Start]) && analyzed.Tokens[t].In(analyzed.Text) is "Tonton" or "Tatie" or "TONTON" or "TATIE"
        && t + 1 < analyzed.Tokens.Count && WordLists.Contains(FrenchGivenNamesOnSurnameList, analyzed.Tokens[t + 1].In(analyzed.Text));

    private static readonly string[] FrenchGivenNamesOnSurnameList =
        ["jean", "pierre", "philippe", "marie", "francois", "francoise", "bernard", "paul", "louis", "anne", "jeanne", "martin", "thomas", "simon", "vincent"];

    /// <summary>
    /// "Tía Lupe", "Ñaño Andrés": normalisation folds the accent away and leaves "Tia", a given name too ("Tia Johnson"),
    /// or "Nano", but the mark the writer typed makes it the Spanish family word, or the Andean Spanish word for a brother.
    /// ("Tío" folds to "tio", no given name, on the list; "Ñaña", a sister, folds to "Nana", on it already.)
    /// </summary>
    private static bool IsAccentedKinTitle(AnalyzedText analyzed, int t)
    {
        var token = analyzed.Tokens[t];
        var word = token.In(analyzed.Text);
        var tia = word.Equals("tia", StringComparison.OrdinalIgnoreCase);
        if (!tia && !word.Equals("nano", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Precomposed or as a combining mark: the acute accent on the "i" of "Tía", the tilde of "Ñaño".
        var (start, end) = analyzed.Normalized.ToOriginal(token.Start, token.End);
        var original = analyzed.Normalized.Original.AsSpan(start, end - start);
        return tia ? original.ContainsAny('í', 'Í', '\u0301') : original.ContainsAny('ñ', 'Ñ', '\u0303');
    }

    /// <summary>
    /// "Bà Nội", "Meena Akka", "Ayşe Teyze", "Tita Joy": family words of any language, alone or beside one known given
    /// name that is no surname (or, before a family word that closes the name, any word no list holds as a surname:
    /// "Nilay Teyze"), are how a child names a relative; so is a teacher's title after a given name ("Ayşe Öğretmen"). A family word that is a given name too ("Lola", "Tia",
    /// "Nana") counts only beside other family words, in the name or in its sentence ("Lola Remedios, Tita Baby, and my
    /// cousins"), so "Lola Okafor" and "Tia Rosa" stay full names, and "Hala Haddad" (Haddad on no list) is one too.
    /// </summary>
    private static bool IsKinWithFirstName(AnalyzedText analyzed, TaggedSpan span)
    {
        var first = span.FirstToken;
        if ((span.LastToken == first + 1 && WordLists.Contains(TitlesAfterName, analyzed.Tokens[first + 1].In(analyzed.Text))) || IsMaamAfter(analyzed, span))
        {
            // "Ayşe Öğretmen": a teacher's title after her given name, as a Turkish class calls her; "Deepa Ma'am".
            return IsGivenName(analyzed, first) && (analyzed.Lexicons[first] & LexiconKind.Surname) == 0;
        }

        // "Bác Hai", "Cô Út": a Vietnamese family word and the relative's place among the siblings ("Uncle Two", "youngest
        // Auntie") are how a child calls them.
        if (span.LastToken == first + 1 && WordLists.Contains(BirthOrderWords, analyzed.Tokens[first + 1].In(analyzed.Text))
            && ((analyzed.Lexicons[first] & LexiconKind.KinWord) != 0
                || (WordLists.Contains(VietnameseKinTitles, analyzed.Tokens[first].In(analyzed.Text)) && IsWrittenWithMarks(analyzed, first))))
        {
            return true;
        }

        var kin = 0;
        var ambiguousKin = false;
        var other = -1;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var kinds = analyzed.Lexicons[t];
            if ((kinds & LexiconKind.KinWord) != 0 && (kinds & LexiconKind.Surname) == 0)
            {
                kin++;
                ambiguousKin |= IsGivenName(analyzed, t);
            }
            else if (other >= 0)
            {
                return false;
            }
            else
            {
                other = t;
            }
        }

        return kin > 0 && (other < 0 || ((!ambiguousKin || IsBesideOtherKin(analyzed, span)) && (IsGivenName(analyzed, other) || IsBeforeKinWord(analyzed, span, other))
            && (analyzed.Lexicons[other] & LexiconKind.Surname) == 0));
    }

    // Vietnamese birth-order words, folded as the text is: "Hai" (two, the eldest), "Ba", "Tư", "Năm", "Sáu", "Bảy",
    // "Tám", "Chín", "Mười" and "Út" (the youngest).
    // Vietnamese family words written with their marks ("Cô", "Chú", "Cậu", "Mợ", "Thím", "Dượng"), folded as the text is;
    // without the marks they are English words or surnames ("Co", "Chu"), so the family-word list does not hold them.
    private static readonly string[] VietnameseKinTitles = ["co", "chu", "cau", "mo", "thim", "duong"];

    private static readonly string[] BirthOrderWords = ["hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi", "ut"];

    // Titles a language puts after a given name: "Ayşe Öğretmen" (teacher), "Mehmet Hoca", "Ali Bey"; and as Indian
    // English calls a teacher, "Ravi Sir", "Deepa Madam".
    private static readonly string[] TitlesAfterName = ["Ogretmen", "Hoca", "Hocam", "Bey", "Efendi", "Sir", "Madam", "Maam"];

    /// <summary>"Deepa Ma'am": a given name, then "Ma", an apostrophe and "am", ending the span.</summary>
    private static bool IsMaamAfter(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        return span.LastToken == first + 3 && tokens[first + 1].In(analyzed.Text) is "Ma" && tokens[first + 2].In(analyzed.Text) is "'" or "’"
            && tokens[first + 3].In(analyzed.Text) is "am";
    }

    /// <summary>
    /// "Nilay Teyze": one capitalised word that no list holds as a surname, then a family word that is no given name and
    /// ends the name; languages that put the family word after it put it after a given name ("Meena Akka", "Ayşe Teyze").
    /// Not the English "Aunty" or "Uncle", which Indian English puts after a surname ("Kulkarni Aunty").
    /// </summary>
    private static bool IsBeforeKinWord(AnalyzedText analyzed, TaggedSpan span, int other) =>
        other == span.FirstToken && span.LastToken == other + 1 && analyzed.IsCapitalisedWord(other, minLength: 2) && !IsGivenName(analyzed, other + 1)
        && !WordLists.Contains(EnglishKinAfterSurname, analyzed.Tokens[other + 1].In(analyzed.Text));

    // English family words that Indian English puts after a surname: "Kulkarni Aunty", "Deshpande Uncle".
    private static readonly string[] EnglishKinAfterSurname = ["aunty", "auntie", "aunt", "uncle", "ji"];

    // How far around a family word that is a given name too its sentence is read for another family word.
    private const int OtherKinReach = 10;

    /// <summary>
    /// "Lola Remedios, Tita Baby, and my cousins were coming too": a family word that is a given name too ("Lola",
    /// "Nana") is the family word beside another family word of its sentence that is no given name ("Tita", "cousins"),
    /// here or where the story says the same name again within a few paragraphs. "Lola Rosa is my friend" stays a name.
    /// </summary>
    private static bool IsBesideOtherKin(AnalyzedText analyzed, TaggedSpan span)
    {
        if (HasOtherKinAround(analyzed, span.FirstToken, span.LastToken))
        {
            return true;
        }

        // "Lola Remedios will cook" a few sentences after "Lola Remedios, Tita Baby, and my cousins": the same name again.
        var tokens = analyzed.Tokens;
        var length = span.LastToken - span.FirstToken;
        for (var t = Math.Max(0, span.FirstToken - SameNameReach); t + length < tokens.Count && t <= span.FirstToken + SameNameReach; t++)
        {
            if (t != span.FirstToken && IsSameWords(analyzed, t, span.FirstToken, length) && HasOtherKinAround(analyzed, t, t + length))
            {
                return true;
            }
        }

        return false;
    }

    // How far around the name the story is read for the same name beside a family word.
    private const int SameNameReach = 300;

    private static bool IsSameWords(AnalyzedText analyzed, int a, int b, int length)
    {
        for (var n = 0; n <= length; n++)
        {
            if (!analyzed.Tokens[a + n].In(analyzed.Text).Equals(analyzed.Tokens[b + n].In(analyzed.Text), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasOtherKinAround(AnalyzedText analyzed, int first, int last)
    {
        var (from, to) = analyzed.WindowInSentence(first, last, OtherKinReach);
        for (var t = from; t <= to; t++)
        {
            if ((t < first || t > last) && analyzed.Tokens[t].Kind == TokenKind.Word
                && (analyzed.Lexicons[t] & LexiconKind.KinWord) != 0 && !IsGivenName(analyzed, t))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsGivenName(AnalyzedText analyzed, int t) => GivenNames.IsGivenName(analyzed.Lexicons[t], analyzed.Tokens[t].In(analyzed.Text));

    /// <summary>A capitalised given name at t that does not open its sentence ("put Amara on", "Amara reads her books").</summary>
    internal static bool IsGivenNameInSentence(AnalyzedText analyzed, int t) =>
        analyzed.IsCapitalisedWord(t, minLength: 2) && !analyzed.SentenceStarts[t] && IsGivenName(analyzed, t);

    /// <summary>
    /// One word said again and again ("BEEP BEEP BEEP", "Knock knock", "NEE-NAW NEE-NAW", "Bye-bye"): a sound or a game,
    /// not a name. The words are what stands between spaces, so a hyphened sound counts as one; one hyphened word counts
    /// when its halves are the same.
    /// </summary>
    private static readonly SearchValues<char> Spaces = SearchValues.Create(" \t\r\n\u00A0");

    private static bool IsOneWordRepeated(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var span0 = text.AsSpan(tokens[span.FirstToken].Start, tokens[span.LastToken].End - tokens[span.FirstToken].Start);
        var space = span0.IndexOfAny(Spaces);
        if (space <= 0)
        {
            // "Knock-knock", "Bye-bye": one word said twice with a hyphen.
            var hyphen = span0.IndexOf('-');
            return hyphen > 0 && span0[..hyphen].Equals(span0[(hyphen + 1)..], StringComparison.OrdinalIgnoreCase);
        }

        var first = span0[..space].TrimEnd(",.!?");
        var words = 1;
        var rest = span0[(space + 1)..].TrimStart();
        while (!rest.IsEmpty)
        {
            var next = rest.IndexOfAny(Spaces);
            var word = (next < 0 ? rest : rest[..next]).TrimEnd(",.!?");
            if (!word.Equals(first, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            words++;
            rest = next < 0 ? [] : rest[(next + 1)..].TrimStart();
        }

        return words >= 2;
    }

    /// <summary>
    /// Known to the lexicon as a first name and not as a surname, or (after "Miss", "Coach", "Monsieur" …) unknown to it
    /// and on the long given-name list ("Jennifer", "Ofelia"): after a title such a word is what a child calls a grown-up.
    /// </summary>
    private static bool IsFirstNameOnly(AnalyzedText analyzed, int t, bool longList)
    {
        if (IsHyphenated(analyzed, t))
        {
            // "Miss Seo-yeon" and "Coach Jean-Pierre" are given names, "Miss Anh-Smith" a surname: a hyphenated word is
            // a first name whole or in both its parts, never by its first part alone.
            return (longList && IsHyphenatedGivenName(analyzed, t)) || (IsFirstNameOnlyWord(analyzed, t, longList) && IsFirstNameOnlyWord(analyzed, t + 2, longList));
        }

        return IsFirstNameOnlyWord(analyzed, t, longList);
    }

    private static bool IsFirstNameOnlyWord(AnalyzedText analyzed, int t, bool longList)
    {
        var kinds = analyzed.Lexicons[t] & (LexiconKind.FirstName | LexiconKind.Surname);
        return kinds == LexiconKind.FirstName
            || (longList && kinds == LexiconKind.None && (GivenNames.Contains(analyzed.Tokens[t].In(analyzed.Text)) || IsJoinedChineseGivenName(analyzed, t)));
    }

    /// <summary>
    /// "Xiaoling", "Meiling", "Jiahui": two syllables of Chinese given names written as one word, the first no common
    /// surname, on no list of ordinary words (a Chinese surname is one syllable: "Miss Xiaoling" is called by her given name).
    /// </summary>
    private static bool IsJoinedChineseGivenName(AnalyzedText analyzed, int t)
    {
        var word = analyzed.Tokens[t].In(analyzed.Text);
        if (word.Length < 5 || !char.IsUpper(word[0]) || (analyzed.Lexicons[t] & (LexiconKind.CommonWord | LexiconKind.FunctionWord | LexiconKind.PlaceWord)) != 0)
        {
            return false;
        }

        for (var split = 2; split <= word.Length - 2; split++)
        {
            if (WordLists.Contains(GivenSyllables, word[..split]) && WordLists.Contains(GivenSyllables, word[split..])
                && !WordLists.Contains(CommonChineseSurnames, word[..split]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word at t and the next are joined by a hyphen with no space ("Seo-yeon"), as <see cref="NameParticles.JoinedEnd"/> reads joins.</summary>
    private static bool IsHyphenated(AnalyzedText analyzed, int t) =>
        NameParticles.JoinedEnd(analyzed, t) > t && analyzed.Tokens[t + 1].In(analyzed.Text) is "-";

    /// <summary>"Seo-yeon" of "Miss Seo-yeon": a word, a hyphen and a word written together that the long list knows whole.</summary>
    private static bool IsHyphenatedGivenName(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        return GivenNames.Contains(analyzed.Text.AsSpan(tokens[t].Start, tokens[t + 2].End - tokens[t].Start));
    }

    // After "Mr.", "Mrs.", "Ms.", "Mx." and the French and Spanish "Mme", "Mlle", "Sra.", "Srta." a surname is the rule ("Mr. Kumar", "Mrs. Yilmaz": names the long list also
    // holds as given names in some locale), so only the judge's own first-name lexicon and the English given names that
    // no locale has as a surname ("Ms. Jenny", see IsGivenNameAfterTitle) make a first name there.
    private static readonly string[] SurnameHonorifics = ["mr", "mrs", "ms", "mx", "mme", "mlle", "sra", "srta"];

    private static bool UsesLongList(ReadOnlySpan<char> title) => !WordLists.Contains(SurnameHonorifics, title);

    /// <summary>
    /// The word at t is a given name after <paramref name="title"/>: on the long list after most titles; after "Mr.",
    /// "Ms." and the like on the judge's own list, or a man's (after "Mr.") or a woman's (after the others; after "Mx."
    /// either) English given name that is no surname anywhere ("Ms. Jenny", "Mr. Ben"; not "Mrs. Fernando").
    /// </summary>
    private static bool IsGivenNameAfterTitle(AnalyzedText analyzed, int t, ReadOnlySpan<char> title)
    {
        // "Miss Bia": a short form of a given name on no surname list is no surname ("Mr. Lu" is).
        if (IsShortNickname(analyzed, t) && (analyzed.Lexicons[t] & LexiconKind.Surname) == 0)
        {
            return true;
        }

        if (UsesLongList(title))
        {
            return IsFirstNameOnly(analyzed, t, longList: true);
        }

        if (IsFirstNameOnly(analyzed, t, longList: false))
        {
            return true;
        }

        var word = analyzed.Tokens[t].In(analyzed.Text);
        var mx = title.Equals("mx", StringComparison.OrdinalIgnoreCase);
        var mr = title.Equals("mr", StringComparison.OrdinalIgnoreCase);
        return (analyzed.Lexicons[t] & (LexiconKind.FirstName | LexiconKind.Surname)) == LexiconKind.None
            && ((mx || !mr) && GivenNames.IsEnglishGivenName(word, female: true) || ((mx || mr) && GivenNames.IsEnglishGivenName(word, female: false)));
    }

    public const string FullNameSource = "rule:full-name";

    /// <summary>
    /// A surname of the lexicon, or a common Chinese surname that is also an English word, capitalised inside its sentence
    /// ("Tan" of "My name is Lucas Tan"): the lexicon leaves such words out, since at a sentence's start "Tan", "Song" or
    /// "Long" is as often the word. Not "Ma", a mother (nor "Ma'am"), nor after "the" or "a" before the given name ("the
    /// Grace Song").
    /// </summary>
    private static bool IsSurnameWord(AnalyzedText analyzed, int t) =>
        (analyzed.Lexicons[t] & LexiconKind.Surname) != 0
        || (!analyzed.SentenceStarts[t] && analyzed.IsCapitalisedWord(t, minLength: 2) && (analyzed.Lexicons[t] & (LexiconKind.FunctionWord | LexiconKind.KinWord)) == 0
            && WordLists.Contains(CommonChineseSurnames, analyzed.Tokens[t].In(analyzed.Text)) && analyzed.Tokens[t].In(analyzed.Text) is not ("Ma" or "MA")
            && !(t + 2 < analyzed.Tokens.Count && analyzed.Tokens[t + 1].In(analyzed.Text) is "'" or "’" && analyzed.Tokens[t + 2].In(analyzed.Text) is "m" or "am")
            && !(t >= 2 && analyzed.Tokens[t - 2].In(analyzed.Text) is "the" or "The" or "a" or "A"));

    /// <summary>
    /// A given name and a surname that name someone else or something else: a famous person, a fan's favourite, a saint's
    /// or feast day, a film's character, a food, a character of fiction.
    /// </summary>
    private static bool IsNotAFullName(AnalyzedText analyzed, TaggedSpan pair) =>
        IsDescribedAsFamous(analyzed, pair) || IsFansFavourite(analyzed, pair) || IsSaintsDay(analyzed, pair) || IsKeptDay(analyzed, pair)
        || IsNameInTitleOfWork(analyzed, pair) || IsFoodOrDrinkHandled(analyzed, pair) || IsAfterWorkFrame(analyzed, pair) || MakeBelieve.IsFictionCharacter(analyzed, pair)
        || IsHeadingsGivenNameAndVerb(analyzed, pair) || JudgeEngine.IsEatery(analyzed, pair) || NameCandidates.IsOtherLanguageVerbAt(analyzed, pair.LastToken);

    /// <summary>
    /// "Rosa Babysits" of a heading "Staying Safe When Aunt Rosa Babysits" over "Aunt Rosa is babysitting me": a heading's
    /// second word, on no surname list, that the story writes in lower case (its stem) is the heading's verb.
    /// </summary>
    private static bool IsHeadingsGivenNameAndVerb(AnalyzedText analyzed, TaggedSpan pair) =>
        (analyzed.Lexicons[pair.LastToken] & LexiconKind.Surname) == 0 && JudgeEngine.IsInHeading(analyzed, pair.FirstToken)
        && JudgeEngine.IsStemWrittenInLowerCase(analyzed, pair.LastToken);

    private const LexiconKind NotANamePart =
        LexiconKind.Title | LexiconKind.WellKnownName | LexiconKind.PlaceWord | LexiconKind.OrganizationSuffix | LexiconKind.StreetSuffix;

    /// <summary>
    /// A known first name and a known surname, both capitalised and one space apart ("Olivia Bennett loves to paint",
    /// "Lily Harper"), a first name and a word no list holds ("Holly Whitfield", see IsFirstNameAndUnknownWord), a name
    /// after a frame that says one follows ("Name: Holly Smith"), or a quoted given name and unknown word ("Vitor Macedo"
    /// in quotes), are a full name in any sentence: the name classifier learns the frames of the training stories and can
    /// score a plain full name in a frame it never saw near zero. Not when a place, organisation or street word
    /// follows ("Grant Street"), a title or a well-known name is part of it, "at" comes before it without a possessive
    /// after ("dinner at Jasmine Thai"), or an unknown capitalised word comes
    /// before it (a longer name the model reads on its own), nor a family word after the name ("Priya Akka", an elder
    /// sister in Tamil). A health span the tagger put on the surname alone
    /// ("Lily Walker" as a walking frame) gives way.
    /// </summary>
    public static void AddFullNames(AnalyzedText analyzed, List<CandidateEntity> entities, JudgePolicy policy)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var existing = new OrderedOverlaps(entities);
        var added = new List<CandidateEntity>();
        var removed = new HashSet<int>();
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            if (IsNamedInThreeWords(analyzed, t) && !OverlapsLast(added, tokens[t].Start) && GivesWay(entities, existing, removed, tokens[t].Start, tokens[t + 2].End, tokens[t + 2].Start))
            {
                // "A boy named Lệ Chi Tô sits next to you in class".
                added.Add(new CandidateEntity(EntityType.PersonName, tokens[t].Start, tokens[t + 2].End, 0.9, FullNameSource));
                t += 2;
                continue;
            }

            if (IsDedicatedToFullName(analyzed, t) && !OverlapsLast(added, tokens[t].Start)
                && GivesWay(entities, existing, removed, tokens[t].Start, tokens[t + 1].End, tokens[t + 1].Start))
            {
                // "This story is for Harvey Pritchard.", "For Harvey Pritchard – Year 5".
                added.Add(new CandidateEntity(EntityType.PersonName, tokens[t].Start, tokens[t + 1].End, 0.9, FullNameSource));
                t++;
                continue;
            }

            if (FramedFullNameEnd(analyzed, t) is var framedEnd and > 0 && !OverlapsLast(added, tokens[t].Start)
                && GivesWay(entities, existing, removed, tokens[t].Start, tokens[framedEnd].End, tokens[framedEnd].Start))
            {
                // "Name: Holly Smith", "my name is emma smith", "A girl named Amber Whitfield", "Pupil: Holly May Whitfield".
                added.Add(new CandidateEntity(EntityType.PersonName, tokens[t].Start, tokens[framedEnd].End, 0.9, FullNameSource));
                t = framedEnd;
                continue;
            }

            var surname = t + 1;
            var quoted = IsQuotedGivenAndUnknown(analyzed, t);
            var characterGiven = IsCharacterGivenName(analyzed, t, surname);
            var signed = !quoted && !characterGiven && IsSignedGivenAndUnknown(analyzed, t);
            var unknownSurname = IsFirstNameAndUnknownWord(analyzed, t);
            if ((((analyzed.Lexicons[t] & LexiconKind.FirstName) == 0 || !IsSurnameWord(analyzed, surname)) && !quoted && !characterGiven && !signed
                    && !unknownSurname)
                || !analyzed.IsCapitalisedWord(t, minLength: 2) || !analyzed.IsCapitalisedWord(surname, minLength: 2) || !NameCandidates.SingleSpace(analyzed, t, surname)
                || (((characterGiven ? LexiconKind.None : analyzed.Lexicons[t]) | analyzed.Lexicons[surname]) & NotANamePart) != 0
                || (analyzed.Lexicons[surname] & (LexiconKind.KinWord | LexiconKind.Surname)) == LexiconKind.KinWord
                || (surname + 1 < tokens.Count && (analyzed.Lexicons[surname + 1] & NotANamePart) != 0)
                || (t > 0 && NameShape.Of(analyzed, t - 1) == NameShape.UnknownWord)
                || (t > 0 && tokens[t - 1].In(text) is "at" or "At" && !IsPossessiveAfter(analyzed, surname))
                || IsAllowed(tokens[surname].In(text), policy)
                || IsNotAFullName(analyzed, new TaggedSpan(EntityType.PersonName, t, surname, 0.9f, 1)) || IsInsideGreeting(analyzed, surname)
                || IsKinTitleAmongKinTitles(analyzed, new TaggedSpan(EntityType.PersonName, t, surname, 0.9f, 1))
                || IsKinTitleInItsLanguage(analyzed, new TaggedSpan(EntityType.PersonName, t, surname, 0.9f, 1)))
            {
                continue;
            }

            var (start, end) = (tokens[t].Start, tokens[surname].End);
            if (OverlapsLast(added, start) || !GivesWay(entities, existing, removed, start, end, tokens[surname].Start))
            {
                continue;
            }

            added.Add(new CandidateEntity(EntityType.PersonName, start, end, 0.9, FullNameSource));
            t = surname;
        }

        var kept = 0;
        for (var i = 0; i < entities.Count; i++)
        {
            if (!removed.Contains(i))
            {
                entities[kept++] = entities[i];
            }
        }

        entities.RemoveRange(kept, entities.Count - kept);

        OrderedOverlaps.AddInOrder(entities, added);
    }

    /// <summary>
    /// "Holly Whitfield", "Jack Hargreaves": a first name of the lexicon, or an English word that is a given name too
    /// ("Holly", "Amber"), then a capitalised word of three letters or more that no list holds (not even as a given
    /// name) and that is not all capitals. The name classifier scores a given name that is an English word too low beside
    /// a surname it never saw; the shape is a full name (for a word like "Holly", only where the
    /// story names that person again). Not a ruler ("King Ramesses"), a Chinese given name ("Mei Xin") nor a people ("Jasmine
    /// Thai food").
    /// </summary>
    private static bool IsFirstNameAndUnknownWord(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var surname = t + 1;
        var token = tokens[surname];
        var surnameKinds = analyzed.Lexicons[surname];
        if (token.Kind != TokenKind.Word || !analyzed.IsCapitalisedWord(t, minLength: 2)
            || (surnameKinds != LexiconKind.None && (surnameKinds & LexiconKind.Surname) == 0))
        {
            return false;
        }

        var given = tokens[t].In(analyzed.Text);
        var family = token.In(analyzed.Text);
        var unknown = surnameKinds == LexiconKind.None;
        var wordName = WordLists.Contains(WordGivenNames, given) && (IsGivenNameAgain(analyzed, t) || IsOwnerOrAddressee(analyzed, t));
        return (((analyzed.Lexicons[t] & LexiconKind.FirstName) != 0 && unknown)
                || (wordName && (unknown || (analyzed.Lexicons[surname] & (LexiconKind.Surname | LexiconKind.FirstName | LexiconKind.CommonWord)) == LexiconKind.Surname)))
            && family.Length >= 3 && IsAllLetters(family) && family[1..].ContainsAnyInRange('a', 'z') && family.ContainsAny(Vowels)
            && !GivenNames.Contains(family) && !Peoples.Contains(family) && !WordLists.Contains(RulersTitles, given)
            && !IsChineseGivenName(analyzed, t)
            && !(t > 0 && tokens[t - 1].In(analyzed.Text) is "named" or "called" && !IsPersonBefore(analyzed, t - 1)) && !IsGluedToNumber(analyzed, surname);
    }

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouyAEIOUY");

    /// <summary>"Yr3", "Rm4": a number written right after the word at t, as a class or a room is coded.</summary>
    private static bool IsGluedToNumber(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        return t + 1 < tokens.Count && tokens[t + 1].Start == tokens[t].End && char.IsDigit(analyzed.Text[tokens[t + 1].Start]);
    }

    /// <summary>"Whitfield's": an apostrophe and "s" written right after token t.</summary>
    private static bool IsPossessiveAfter(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        return t + 2 < tokens.Count && tokens[t + 1].In(analyzed.Text) is "'" or "’" && tokens[t + 2].In(analyzed.Text) is "s" && tokens[t + 1].Start == tokens[t].End;
    }

    /// <summary>
    /// "Name: Holly Smith", "NAME: HOLLY WHITFIELD", "my name is emma smith", "A girl named Amber Whitfield": a given name
    /// (of any list, or an English word that is one) and a surname, after a middle name or not ("Holly May Whitfield"), or
    /// a word no list holds, in one case, right after a name field ("Name:", "Pupil:", "NAME OF CHILD:"), "my name is" or
    /// "named"/"called"; not a title and a given name ("The barber is called Don Julio"). The frame says a name follows,
    /// so the words need no capitals and the given name may be an ordinary word. Returns the surname's token, or -1.
    /// </summary>
    private static int FramedFullNameEnd(AnalyzedText analyzed, int t)
    {
        if (!HasNameFrame(analyzed, t))
        {
            return -1;
        }

        // "Holly May Whitfield", "Amber Rose Quigley": a given name in the middle ("May" is a month too) before the surname.
        var tokens = analyzed.Tokens;
        var middle = t + 1;
        if (middle + 1 < tokens.Count && tokens[middle].Kind == TokenKind.Word && NameCandidates.SingleSpace(analyzed, t, middle)
            && analyzed.IsCapitalisedWord(middle, minLength: 2) && (IsAnyGivenName(analyzed, middle) || WordLists.Contains(MonthNames, tokens[middle].In(analyzed.Text)))
            && IsNameAfterFrame(analyzed, t, middle + 1))
        {
            return middle + 1;
        }

        return IsNameAfterFrame(analyzed, t, t + 1) ? t + 1 : -1;
    }

    // What a story is dedicated with: "This story is for …", "written for …", "made for …".
    private static readonly string[] DedicationVerbs = ["is", "written", "made", "wrote", "story"];

    /// <summary>
    /// "This story is for Harvey Pritchard.", "For Harvey Pritchard – Year 5, St Anne's": two capitalised words after the
    /// "for" that dedicates the story (opening its line, or after "is", "story", "written", "wrote" or "made"), the first a given name of
    /// any list or a word the surname lexicon holds ("Harvey", "Morgan"), the second a surname or a word no list holds,
    /// closing the phrase. A place, a title, a family word or a well-known name in it, or a frame for a thing ("for Grand
    /// Central"), is not one.
    /// </summary>
    private static bool IsDedicatedToFullName(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var surname = t + 1;
        if (t < 1 || surname >= tokens.Count || !tokens[t - 1].In(text).Equals("for", StringComparison.OrdinalIgnoreCase)
            || !analyzed.IsCapitalisedWord(t, minLength: 2) || !analyzed.IsCapitalisedWord(surname, minLength: 3) || !NameCandidates.SingleSpace(analyzed, t, surname))
        {
            return false;
        }

        var mark = t - 1;
        while (mark > 0 && tokens[mark - 1].Kind == TokenKind.Punctuation && text[tokens[mark - 1].Start] is '*' or '_' or '#' && !analyzed.HasLineBreak(mark - 1, mark))
        {
            mark--;
        }

        var opensLine = mark == 0 || analyzed.HasLineBreak(mark - 1, mark);
        if (!opensLine && !(t >= 2 && WordLists.Contains(DedicationVerbs, tokens[t - 2].In(text))))
        {
            return false;
        }

        var givenKinds = analyzed.Lexicons[t];
        var familyKinds = analyzed.Lexicons[surname];
        var given = (IsAnyGivenName(analyzed, t) || (givenKinds & (LexiconKind.Surname | LexiconKind.CommonWord)) == LexiconKind.Surname)
            && (givenKinds & (NotANamePart | LexiconKind.KinWord | LexiconKind.FunctionWord)) == 0;
        var family = ((familyKinds & LexiconKind.Surname) != 0 || familyKinds == LexiconKind.None) && (familyKinds & (NotANamePart | LexiconKind.KinWord | LexiconKind.CommonWord)) == 0
            && IsAllLetters(tokens[surname].In(text)) && !GivenNames.Contains(tokens[surname].In(text));
        var closes = surname + 1 >= tokens.Count || tokens[surname + 1].Kind == TokenKind.Punctuation;
        return given && family && closes && !IsNotAFullName(analyzed, new TaggedSpan(EntityType.PersonName, t, surname, 0.9f, 1));
    }

    // Months that are given names too, as a middle name often is: "Holly May", "Grace June".
    private static readonly string[] MonthNames = ["april", "may", "june", "july", "august"];

    /// <summary>A given name of the lexicon, of the long list, or an English word that is one ("Holly").</summary>
    private static bool IsAnyGivenName(AnalyzedText analyzed, int t)
    {
        var word = analyzed.Tokens[t].In(analyzed.Text);
        return (analyzed.Lexicons[t] & LexiconKind.FirstName) != 0 || GivenNames.Contains(word) || WordLists.Contains(WordGivenNames, word);
    }

    // Labels of a field that holds a person's name: "Name:", "Pupil:", "Child's name:", "NAME OF CHILD:".
    private static readonly string[] NameFields = ["name", "pupil", "student", "child", "patient", "learner", "client", "participant"];

    /// <summary>A frame ends right before token t: a name field and its colon, "my name is", or "named"/"called" after a person.</summary>
    private static bool HasNameFrame(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (t < 1 || t >= tokens.Count)
        {
            return false;
        }

        static bool Is(ReadOnlySpan<char> word, string expected) => word.Equals(expected, StringComparison.OrdinalIgnoreCase);
        var before = tokens[t - 1].In(text);
        var field = t >= 2 && before is ":" && WordLists.Contains(NameFields, tokens[t - 2].In(text)) && !analyzed.HasLineBreak(t - 1, t);
        var told = t >= 3 && Is(before, "is") && Is(tokens[t - 2].In(text), "name") && WordLists.Contains(NameOwners, tokens[t - 3].In(text));
        // "My brother is called Will Marchetti", "A girl named …": a person or a relative is named, not a puppy or a bike.
        return field || told || ((Is(before, "named") || Is(before, "called")) && IsPersonBefore(analyzed, t - 1));
    }

    /// <summary>The given name at t and the surname at <paramref name="surname"/>, right after a frame.</summary>
    private static bool IsNameAfterFrame(AnalyzedText analyzed, int t, int surname)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (surname >= tokens.Count || tokens[t].Kind != TokenKind.Word || tokens[surname].Kind != TokenKind.Word
            || !NameCandidates.SingleSpace(analyzed, surname - 1, surname))
        {
            return false;
        }

        var given = tokens[t].In(text);
        var family = tokens[surname].In(text);
        var kinds = analyzed.Lexicons[surname];
        var lower = IsAllLower(given) && IsAllLower(family);
        var sameCase = lower || (analyzed.IsCapitalisedWord(t, minLength: 2) && analyzed.IsCapitalisedWord(surname, minLength: 2));
        // "Will" is a function word too; written with its capital after a frame it is the name.
        var givenKinds = WordLists.Contains(WordGivenNames, given) && !lower ? analyzed.Lexicons[t] & ~LexiconKind.FunctionWord : analyzed.Lexicons[t];
        // In lower case a short word no list holds is as likely slang ("my name is sam tho", "lily sooo"): only a known
        // surname or a longer word without a drawn-out letter counts ("my name is holly whitfield").
        return sameCase && family.Length >= 2 && IsAllLetters(family) && !IsGluedToNumber(analyzed, surname) && IsAnyGivenName(analyzed, t)
            && ((kinds & LexiconKind.Surname) != 0 || (kinds == LexiconKind.None && (!lower || IsLongPlainWord(family)) && !GivenNames.Contains(family)))
            && ((givenKinds | kinds) & (NotANamePart | LexiconKind.FunctionWord)) == 0 && !IsHonorificOrKinTitle(given)
            && !MakeBelieve.IsFictionCharacter(analyzed, new TaggedSpan(EntityType.PersonName, t, surname, 0.9f, 1));
    }

    private static bool IsAllLower(ReadOnlySpan<char> word) => !word.ContainsAnyInRange('A', 'Z');

    private static bool IsLongPlainWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 5)
        {
            return false;
        }

        for (var i = 2; i < word.Length; i++)
        {
            if (word[i] == word[i - 1] && word[i] == word[i - 2])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    // Who is called by a name: "I'm called", "I am called", "She is called".
    private static readonly string[] CalledPeople = ["i", "m", "he", "she", "we", "they", "you"];

    /// <summary>
    /// A person or a relative a few words before "named" or "called" at <paramref name="verb"/>: "A girl named", "My
    /// brother is called"; not "Our new puppy is named", "My bike is called".
    /// </summary>
    private static bool IsPersonBefore(AnalyzedText analyzed, int verb)
    {
        var tokens = analyzed.Tokens;
        for (var n = verb - 1; n >= 0 && n >= verb - 4 && !analyzed.SentenceStarts[n + 1]; n--)
        {
            if (WordLists.Contains(NamedPeople, tokens[n].In(analyzed.Text)) || WordLists.Contains(RolesOfPeople, tokens[n].In(analyzed.Text))
                || WordLists.Contains(CalledPeople, tokens[n].In(analyzed.Text))
                || ((analyzed.Lexicons[n] & LexiconKind.KinWord) != 0 && (analyzed.Lexicons[n] & LexiconKind.FirstName) == 0))
            {
                return true;
            }
        }

        return false;
    }

    // Given names that are English words and not on the lexicon's short first-name list: "Holly", "Amber", "Frank".
    private static readonly string[] WordGivenNames =
    [
        "holly", "amber", "hope", "faith", "joy", "pearl", "ruby", "rose", "robin", "frank", "bill", "bob", "will", "sky", "skye",
        "star", "sunny", "rocky", "maple", "ivy", "daisy", "poppy", "violet", "hazel", "heather", "dawn", "jasmine", "willow", "jade",
        "crystal", "destiny", "harmony", "ginger", "fern", "flora", "basil", "drew", "iris", "lily", "angel", "blossom", "bonnie", "cherry",
        "clementine", "honey", "olive", "sage", "saffron", "rusty", "chip", "sandy", "misty", "melody", "jewel", "sterling", "mercy", "patience",
    ];

    /// <summary>
    /// "Holly Whitfield … Holly's lunchbox", "… and then Holly can play": the word at t comes again on its own as someone's
    /// name (capitalised inside a sentence, or before "'s"), as a story names its child; "Summer Solstice" and "Sky
    /// Atlantic" do not.
    /// </summary>
    private static bool IsGivenNameAgain(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var uses = analyzed.Memo(GivenNameUsesKey, FindGivenNameUses);
        if (!uses.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens[t].In(text), out var found))
        {
            return false;
        }

        // Any use that is not this one and not before the same surname ("Holly Whitfield … Holly Whitfield" is one use).
        var surname = tokens[t + 1].In(text);
        foreach (var n in found)
        {
            if (n != t && !(n + 1 < tokens.Count && tokens[n + 1].In(text).SequenceEqual(surname)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly object GivenNameUsesKey = new();

    // How many uses of one word are kept: with uses before this many different next words, one is neither this use nor
    // before this surname.
    private const int KeptUses = 3;

    /// <summary>Whether one of <paramref name="uses"/> stands before the same word as the use at <paramref name="n"/>.</summary>
    private static bool HasUseBeforeSameWord(AnalyzedText analyzed, List<int> uses, int n)
    {
        var tokens = analyzed.Tokens;
        var next = n + 1 < tokens.Count ? tokens[n + 1].In(analyzed.Text) : default;
        foreach (var u in uses)
        {
            if ((u + 1 < tokens.Count ? tokens[u + 1].In(analyzed.Text) : default).SequenceEqual(next))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Once per text: where each word of <see cref="WordGivenNames"/> stands as someone's name (capitalised inside a
    /// sentence and outside a heading, before "'s", or opening a sentence before a verb), at most a few uses per word
    /// with different words after them, so that a text of thousands of names is read once.
    /// </summary>
    private static Dictionary<string, List<int>> FindGivenNameUses(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var uses = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var n = 0; n < tokens.Count; n++)
        {
            var word = tokens[n].In(text);
            if (tokens[n].Kind != TokenKind.Word || !char.IsUpper(word[0]) || !WordLists.Contains(WordGivenNames, word))
            {
                continue;
            }

            var possessive = n + 2 < tokens.Count && tokens[n + 1].In(text) is "'" or "’" && tokens[n + 2].In(text) is "s";
            if (!possessive && (analyzed.SentenceStarts[n] || JudgeEngine.IsInHeading(analyzed, n)) && !IsSubjectOfVerb(analyzed, n))
            {
                continue;
            }

            var key = word.ToString();
            if (!uses.TryGetValue(key, out var list))
            {
                uses[key] = list = [];
            }

            if (list.Count < KeptUses && !HasUseBeforeSameWord(analyzed, list, n))
            {
                list.Add(n);
            }
        }

        return uses;
    }

    /// <summary>
    /// "Holly likes horses" at a sentence's start: the word, then a lower-case verb of the third person ("likes", "goes",
    /// "has"); not "Hope is important" nor "Will you …".
    /// </summary>
    private static bool IsSubjectOfVerb(AnalyzedText analyzed, int n)
    {
        var tokens = analyzed.Tokens;
        if (n + 1 >= tokens.Count || tokens[n + 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var verb = tokens[n + 1].In(analyzed.Text);
        return verb.Length >= 3 && char.IsLower(verb[0]) && verb[^1] == 's' && verb is not ("is" or "was" or "this" or "us") && !verb.EndsWith("ss");
    }

    // Who a story may say someone is: "My nurse is Joy Pemberton", "My speech therapist is Heather Ramsbottom".
    private static readonly string[] RolesOfPeople =
    [
        "nurse", "doctor", "therapist", "teacher", "worker", "tutor", "coach", "helper", "assistant", "carer", "childminder", "nanny", "friend",
        "neighbour", "neighbor", "cousin", "aunt", "uncle", "psychologist", "paediatrician", "pediatrician", "consultant", "dentist", "physio",
        "senco", "name", "mum", "mom", "dad", "sister", "brother", "grandma", "grandad", "teacher's", "classmate", "buddy",
    ];

    /// <summary>
    /// "This is Holly Whitfield's story", "A Story for Amber Hargreaves", "This story is for Amber Quigley.", "My nurse is
    /// Joy Pemberton": a possessive after the surname, a heading's or a story's "for" before the given name, or a role that
    /// is the person, says a person is meant.
    /// </summary>
    private static bool IsOwnerOrAddressee(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var forBefore = t > 0 && tokens[t - 1].In(text) is "for" or "For";
        return IsPossessiveAfter(analyzed, t + 1)
            || (forBefore && (JudgeEngine.IsInHeading(analyzed, t) || WordLists.AnyIn(text, tokens, Math.Max(0, t - 4), t - 2, StoryWords)))
            || (t > 1 && tokens[t - 1].In(text) is "is" && WordLists.AnyIn(text, tokens, Math.Max(0, t - 4), t - 2, RolesOfPeople)
                && WordLists.AnyIn(text, tokens, Math.Max(0, t - 5), t - 2, PersonsOwners));
    }

    private static readonly string[] StoryWords = ["story"];

    // Whose role it is (WordLists ignores case): "My nurse is …", "Her speech therapist is …".
    private static readonly string[] PersonsOwners = ["my", "our", "your", "his", "her"];

    // Rulers' titles: "King Ramesses", "Queen Nefertiti", "Pharaoh Khufu". Not "Prince" nor "Princess", given names too.
    private static readonly string[] Rulers = ["king", "queen", "pharaoh", "emperor", "empress", "tsar", "tsarina"];

    // Titles of rulers and nobles that are given names too: "King Ramesses", "Prince Harry", "Lady Jane".
    private static readonly string[] RulersTitles = [.. Rulers, "sultan", "prince", "princess", "lord", "lady", "sir", "dame", "duke", "earl", "baron"];

    // Who a story introduces by name: "A boy named …", "a girl called …".
    private static readonly string[] NamedPeople =
        ["boy", "girl", "child", "kid", "friend", "classmate", "student", "pupil", "baby", "man", "woman", "lady", "teacher", "neighbour", "neighbor"];

    /// <summary>
    /// "A boy named Lệ Chi Tô": a person introduced by "named" or "called" and three capitalised words one space apart,
    /// none of them a title, place, organisation or well-known word and no fourth after them, is a full name (given,
    /// middle and family names); not a character's.
    /// </summary>
    private static bool IsNamedInThreeWords(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        if (t < 2 || t + 2 >= tokens.Count || tokens[t - 1].In(analyzed.Text) is not ("named" or "called") || !WordLists.Contains(NamedPeople, tokens[t - 2].In(analyzed.Text)))
        {
            return false;
        }

        // A name the text wrote with tone marks is no English phrase, whatever its folded letters spell ("Lệ Chi Tô").
        var marked = IsWrittenWithMarks(analyzed, t) || IsWrittenWithMarks(analyzed, t + 1) || IsWrittenWithMarks(analyzed, t + 2);
        for (var n = t; n <= t + 2; n++)
        {
            var plain = (analyzed.Lexicons[n] & (LexiconKind.CommonWord | LexiconKind.FunctionWord)) != 0 && !marked;
            if (!analyzed.IsCapitalisedWord(n, minLength: 2) || (n > t && !NameCandidates.SingleSpace(analyzed, n - 1, n)) || (analyzed.Lexicons[n] & NotANamePart) != 0 || plain)
            {
                return false;
            }
        }

        return !(t + 3 < tokens.Count && analyzed.IsCapitalisedWord(t + 3) && NameCandidates.SingleSpace(analyzed, t + 2, t + 3))
            && !MakeBelieve.IsFictionCharacter(analyzed, new TaggedSpan(EntityType.PersonName, t, t + 2, 0.9f, 1));
    }

    /// <summary>Whether the original text of token t holds a letter outside ASCII ("Tô", "Lệ").</summary>
    private static bool IsWrittenWithMarks(AnalyzedText analyzed, int t)
    {
        var (start, end) = analyzed.Normalized.ToOriginal(analyzed.Tokens[t].Start, analyzed.Tokens[t].End);
        foreach (var c in analyzed.Normalized.Original.AsSpan(start, end - start))
        {
            if (c > '\u007f' && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Thanks so much, Claire Whitfield" at the end of a message, "Love,\nClaire Whitfield": a given name the lists know
    /// and a capitalised word no list knows, signed off (a word of signing off and a comma before them on their line, or
    /// alone on the line after one) and ending their line, are a full name, as "Claire Smith" is anywhere.
    /// </summary>
    private static bool IsSignedGivenAndUnknown(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var surname = t + 1;
        if ((analyzed.Lexicons[t] & LexiconKind.Surname) != 0 || analyzed.Lexicons[surname] != LexiconKind.None
            || tokens[surname].End - tokens[surname].Start < 3)
        {
            return false;
        }

        // The end of the line must follow the surname at once: "Claire Whitfield" then a line break or the text's end.
        // Checked before the long given-name list, which this rule would otherwise read for most words of a story.
        var after = text.AsSpan(tokens[surname].End).TrimStart(" .)");
        if ((after.Length > 0 && after[0] is not ('\n' or '\r')) || !GivenNames.IsGivenName(analyzed.Lexicons[t], tokens[t].In(text)))
        {
            return false;
        }

        var lineStart = text.AsSpan(0, tokens[t].Start).LastIndexOf('\n') + 1;
        var before = text.AsSpan(lineStart, tokens[t].Start - lineStart);
        if (before.IsWhiteSpace() && lineStart > 0)
        {
            // "Love,\nClaire Whitfield": the sign-off alone on the line before.
            var previous = text.AsSpan(0, lineStart - 1).TrimEnd();
            before = previous[(previous.LastIndexOf('\n') + 1)..];
            return before.TrimEnd().EndsWith(",") && before.Length <= SignOffLineLength && WordLists.ContainsAnyPhrase(before, SignOffWords);
        }

        return before.TrimEnd().EndsWith(",") && WordLists.ContainsAnyPhrase(before, SignOffWords);
    }

    // How long a line of signing off may be: "With love and thanks from all of us,".
    private const int SignOffLineLength = 40;

    /// <summary>
    /// "Elsa Lindqvist", "Anna Kowalczyk": a character's one-word name that is also a given name, then a word that is a
    /// surname or on no list at all, is a person; a character's own two-word name ("Peter Parker", "Mario Kart") is on
    /// the well-known list whole and so never matches.
    /// </summary>
    private static bool IsCharacterGivenName(AnalyzedText analyzed, int t, int surname) =>
        (analyzed.Lexicons[t] & LexiconKind.WellKnownName) != 0
        && (analyzed.Lexicons[surname] & ~LexiconKind.Surname) == LexiconKind.None
        && GivenNames.Contains(analyzed.Tokens[t].In(analyzed.Text));

    /// <summary>
    /// Whether what overlaps the full name [start, end) may give way to it, and if so marks it removed: a PERSON_NAME
    /// inside it that the model scored lower (the same name, read as weak evidence), or a health entity on the surname
    /// alone ("Lily Walker" read as a walking frame). Anything else keeps the name rule out.
    /// </summary>
    private static bool GivesWay(
        List<CandidateEntity> entities, OrderedOverlaps existing, HashSet<int> removed, int start, int end, int surnameStart)
    {
        var (from, to) = existing.Near(start, end);
        for (var i = from; i < to; i++)
        {
            var entity = entities[i];
            if (removed.Contains(i) || entity.Start >= end || start >= entity.End)
            {
                continue;
            }

            var weakerName = entity.Type == EntityType.PersonName && entity.Start >= start && entity.End <= end && entity.Score < 0.9;
            var healthOnSurname = EntityCategories.Of(entity.Type) == Category.Health && entity.Start == surnameStart && entity.End == end;
            if (!weakerName && !healthOnSurname)
            {
                return false;
            }
        }

        for (var i = from; i < to; i++)
        {
            if (entities[i].Start < end && start < entities[i].End)
            {
                removed.Add(i);
            }
        }

        return true;
    }

    /// <summary>Whether the last of the entities a rule added, in text order, reaches past start.</summary>
    private static bool OverlapsLast(List<CandidateEntity> added, int start) => added.Count > 0 && added[^1].End > start;

    /// <summary>Under a policy that forbids bare first names, every capitalised known first name becomes an entity.</summary>
    public static void AddBareFirstNames(AnalyzedText analyzed, List<CandidateEntity> entities, JudgePolicy policy)
    {
        var existing = new OrderedOverlaps(entities);
        var added = new List<CandidateEntity>();
        for (var t = 0; t < analyzed.Tokens.Count; t++)
        {
            var token = analyzed.Tokens[t];
            var word = token.In(analyzed.Text);
            if ((analyzed.Lexicons[t] & LexiconKind.FirstName) == 0 || !char.IsUpper(word[0]) || IsAllowed(word, policy))
            {
                continue;
            }

            if (!existing.Any(token.Start, token.End))
            {
                added.Add(new CandidateEntity(EntityType.PersonName, token.Start, token.End, 0.9, BareFirstNameSource));
            }
        }

        OrderedOverlaps.AddInOrder(entities, added);
    }

    private static bool IsAllowed(ReadOnlySpan<char> name, JudgePolicy policy)
    {
        foreach (var allowed in policy.AllowedNames)
        {
            if (name.Equals(allowed.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The Greek saint's title ("Agios Nikolaos"), which no one is called (declared first: static fields start in order).
    private static readonly string[] GreekSaintTitles = ["agios", "agia", "ayios", "ayia", "aghios"];

    // A saint's title in English and the languages of Europe ("St." is a street only after its name).
    private static readonly string[] SaintTitles = ["saint", "st", "sainte", "ste", "san", "sant", "santo", "santa", "sao", "sankt", "sveti", "sveta", "sv", "sint", .. GreekSaintTitles];

    // Words before a saint's name that make it the feast: "On San Martín", "It's almost Sant Jordi", "during Sankt Martin".
    private static readonly string[] FeastCues =
        ["on", "almost", "during", "celebrate", "celebrates", "celebrated", "celebrating", "until", "till", "before", "after", "eve"];

    // Words after it: "the Santo Tomas fair", "Saint Nicholas Day", "St. Patrick was a saint".
    private static readonly string[] FeastWords =
    [
        "day", "fair", "feast", "festival", "fiesta", "festa", "night", "eve", "parade", "procession", "celebration", "celebrations", "bonfire",
        "bonfires", "market", "lantern", "lanterns",
    ];

    /// <summary>
    /// "It's almost Sant Jordi", "the Santo Tomas fair", "On San Martín", "St. Patrick was a saint": a capitalised saint's
    /// title and one given name, with no title or capitalised name before them, is the saint or the feast when a word of a
    /// feast stands before or after it. A school, a club or a person named so ("Ana goes to Santa Teresa", "plays for San
    /// Lorenzo", "Mr. St. John", "Maria Santo Tomas", "Santa Rodriguez") keeps the name.
    /// </summary>
    private static bool IsSaint(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var first = span.FirstToken;
        var name = SaintsName(analyzed, first);
        if (name >= 0 && !HasTitleBefore(analyzed, first) && IsSaintsFeastAfter(analyzed, name, span.LastToken))
        {
            // "Sankt Martin Day", "Happy St. David's Day".
            return true;
        }

        if (name < 0 || name != span.LastToken || HasTitleBefore(analyzed, first))
        {
            return false;
        }

        if (first > 0 && tokens[first - 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[first - 1].Start])
            && (analyzed.Lexicons[first - 1] & (LexiconKind.FunctionWord | LexiconKind.CommonWord | LexiconKind.CalendarWord)) == 0)
        {
            return false;
        }

        return IsFeastSaintHere(analyzed, first, name)
            || analyzed.Memo(FeastSaintsKey, FindFeastSaints).GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(tokens[first].Start, tokens[name].End - tokens[first].Start));
    }

    /// <summary>A word of a feast before the saint's title at first, or after the name, or "was a saint" after it.</summary>
    private static bool IsFeastSaintHere(AnalyzedText analyzed, int first, int name)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var after = name + 1 < tokens.Count ? tokens[name + 1].In(text) : [];
        return IsAfterFeastCue(analyzed, first)
            || WordLists.Contains(FeastWords, after)
            || (after is "was" or "is" && name + 3 < tokens.Count && tokens[name + 2].In(text) is "a" or "the" && tokens[name + 3].In(text) is "saint" or "patron");
    }

    // Where a place is gone to or stayed at: "a trip to St Davids", "near St Ives", "in St Austell".
    private static readonly string[] TownPrepositionsOfSaints = ["to", "in", "near", "at", "from", "visit", "visiting", "around", "outside"];

    // What a saint's name may head when it is a school or a church, not a town: "at St Mary's", "St Joseph Primary".
    private static readonly string[] SaintsInstitutions = ["school", "primary", "church", "hospital", "academy", "college", "chapel", "cathedral", "parish", "high"];

    /// <summary>
    /// "We will stay in a caravan near St Ives. St Ives is a town by the sea", "a school trip to St Davids": a saint's
    /// title and one capitalised word after "near" (or after "to", "in", "at" or "from" in a sentence of a journey), with
    /// no "'s" and no school or church word after it, is a town; the story's other mentions of the same words are that
    /// town too. "I go to school at Santa Teresa" names the school.
    /// </summary>
    private static bool IsSaintsTown(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        var name = first + 1 < tokens.Count && tokens[first + 1].In(analyzed.Text) is "." ? first + 2 : first + 1;
        if (name != span.LastToken || !WordLists.Contains(SaintTitles, tokens[first].In(analyzed.Text)) || !analyzed.IsCapitalisedWord(first))
        {
            return false;
        }

        return analyzed.Memo(SaintTownsKey, FindSaintTowns).GetAlternateLookup<ReadOnlySpan<char>>()
            .Contains(analyzed.Text.AsSpan(tokens[first].Start, tokens[name].End - tokens[first].Start));
    }

    private static readonly object SaintTownsKey = new();

    private static HashSet<string> FindSaintTowns(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var towns = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 1; t + 1 < tokens.Count; t++)
        {
            if (!WordLists.Contains(SaintTitles, tokens[t].In(analyzed.Text)) || !analyzed.IsCapitalisedWord(t) || !WordLists.Contains(TownPrepositionsOfSaints, tokens[t - 1].In(analyzed.Text)))
            {
                continue;
            }

            var name = tokens[t + 1].In(analyzed.Text) is "." ? t + 2 : t + 1;
            if (name >= tokens.Count || !analyzed.IsCapitalisedWord(name, minLength: 3) || IsPossessiveAfter(analyzed, name)
                || (name + 1 < tokens.Count && (WordLists.Contains(SaintsInstitutions, tokens[name + 1].In(analyzed.Text)) || analyzed.IsCapitalisedWord(name + 1))))
            {
                continue;
            }

            // "near St Ives" is a place; "to", "in", "at" or "from" only with a journey in the sentence ("a school trip to
            // St Davids"; "I go to school at Santa Teresa" names the school).
            var (from, to) = analyzed.WindowInSentence(t, name, TownWindow);
            if (!WordLists.Contains(NearWords, tokens[t - 1].In(analyzed.Text)) && !WordLists.AnyIn(analyzed.Text, tokens, from, to, TownJourneys))
            {
                continue;
            }

            towns.Add(analyzed.Text[tokens[t].Start..tokens[name].End]);
        }

        return towns;
    }

    private static readonly string[] NearWords = ["near", "outside", "around", "visit", "visiting"];

    // A journey to a town, not a daily going to school: "a school trip to", "on holiday in", "stay in a caravan".
    private static readonly string[] TownJourneys =
        ["trip", "holiday", "holidays", "travel", "travelling", "traveling", "drive", "caravan", "stay", "staying", "beach", "train", "coach", "flight", "city", "town"];

    // How far around a saint's town its sentence is read for a journey.
    private const int TownWindow = 16;

    private static readonly object FeastSaintsKey = new();

    /// <summary>
    /// The saints a story names at a feast somewhere ("our Kita walks with lanterns for Sankt Martin"): the same saint is
    /// the saint wherever the story names him again ("Sankt Martin was a kind soldier long ago").
    /// </summary>
    private static HashSet<string> FindFeastSaints(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var saints = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < tokens.Count; t++)
        {
            if (WordLists.Contains(SaintTitles, tokens[t].In(analyzed.Text)) && SaintsName(analyzed, t) is var name and >= 0 && IsFeastSaintHere(analyzed, t, name))
            {
                saints.Add(analyzed.Text[tokens[t].Start..tokens[name].End]);
            }
        }

        return saints;
    }

    /// <summary>
    /// "Day" right after the saint's name in the span ("Sankt Martin Day"), or "'s Day" after a span that ends on the name
    /// ("St. David" of "St. David's Day").
    /// </summary>
    private static bool IsSaintsFeastAfter(AnalyzedText analyzed, int name, int last)
    {
        var tokens = analyzed.Tokens;
        if (last == name + 1)
        {
            return WordLists.Contains(FeastWords, tokens[last].In(analyzed.Text));
        }

        return last == name && name + 3 < tokens.Count && IsPossessiveAfter(analyzed, name) && WordLists.Contains(FeastWords, tokens[name + 3].In(analyzed.Text));
    }

    /// <summary>
    /// A word of a feast right before t: "On", "almost", "the night of" ("On the night of San Martín"), "lanterns for"
    /// ("walks with lanterns for Sankt Martin").
    /// </summary>
    private static bool IsAfterFeastCue(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        return t > 0 && (WordLists.Contains(FeastCues, tokens[t - 1].In(analyzed.Text))
            || (t > 1 && tokens[t - 1].In(analyzed.Text) is "of" && WordLists.Contains(FeastWords, tokens[t - 2].In(analyzed.Text)))
            || (t > 1 && tokens[t - 1].In(analyzed.Text) is "for" && WordLists.Contains(FeastWords, tokens[t - 2].In(analyzed.Text))));
    }

    private const int MaxSaintMentions = 8;

    // "my teacher Lucia Day": a person's role right before a name makes it a person's.
    private static readonly string[] RolesBeforeName = ["teacher", "coach", "friend", "neighbour", "neighbor", "classmate", "nurse", "doctor", "aunt", "uncle", "cousin"];

    /// <summary>"MRI Day", "Dentist Day": a word of care and "Day" is the day of it, not a person called so.</summary>
    private static bool IsCareDay(AnalyzedText analyzed, TaggedSpan span)
    {
        var kinds = analyzed.Lexicons[span.FirstToken];
        return span.LastToken == span.FirstToken + 1 && analyzed.Tokens[span.LastToken].In(analyzed.Text) is "Day" or "Week" or "Night"
            && (kinds & (LexiconSet.HealthKinds | LexiconKind.Provider)) != 0 && (kinds & (LexiconKind.FirstName | LexiconKind.Surname)) == 0;
    }

    // The saints' titles no given name or surname shares ("San", "Santa" and "Santo" may open a person's or a place's name).
    private static readonly string[] PlainSaintTitles = ["saint", "st", "sainte", "ste", "sankt", "sveti", "sveta", "sint", .. GreekSaintTitles];

    /// <summary>
    /// "a statue of Saint Francis holding a little bird", "The story says Saint Barbara hid in a wheat field": a saint's
    /// title and one given name, with no "'s" or capitalised word after it, is the saint, no person of the story ("St.
    /// Mary's" and "Saint Anne School" are a school's).
    /// </summary>
    private static bool IsSaintsName(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var title = span.FirstToken;
        if (!analyzed.IsCapitalisedWord(title) || !WordLists.Contains(PlainSaintTitles, tokens[title].In(analyzed.Text)))
        {
            return false;
        }

        // "St. Francis", and a saint's name that is a surname too ("Francis", "Patrick").
        var name = title + 1 < tokens.Count && tokens[title + 1].In(analyzed.Text) is "." ? title + 2 : title + 1;
        return name == span.LastToken && analyzed.IsCapitalisedWord(name, minLength: 2)
            && (IsGivenName(analyzed, name) || (analyzed.Lexicons[name] & LexiconKind.Surname) != 0)
            && (name + 1 >= tokens.Count || (tokens[name + 1].In(analyzed.Text) is not ("'" or "’") && !analyzed.IsCapitalisedWord(name + 1)));
    }

    /// <summary>
    /// "an icon of Saint Luke": an ORGANIZATION of a saint's title and one given name and nothing else is the saint; "St.
    /// Mary's", "St. Jude Hospital" and "Saint Anne School" keep their schools and hospitals.
    /// </summary>
    internal static bool IsSaintAlone(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var name = SaintsName(analyzed, span.FirstToken);
        if (name >= 0 && name == span.LastToken
            && (name + 1 >= tokens.Count || (tokens[name + 1].In(analyzed.Text) is not ("'" or "’") && !analyzed.IsCapitalisedWord(name + 1))))
        {
            return true;
        }

        return IsSaintsThing(analyzed, span);
    }

    /// <summary>
    /// "a Saint Brigid's cross", "a St. Christopher's medal": a saint's title and any capitalised name after it, when
    /// what it owns is a saint's thing in lower case with no capitalised word after it ("St. Bride's Well-being Group" is
    /// a group).
    /// </summary>
    private static bool IsSaintsThing(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var last = span.LastToken;
        var thing = last + 3;
        return analyzed.IsCapitalisedWord(span.FirstToken) && WordLists.Contains(SaintTitles, tokens[span.FirstToken].In(analyzed.Text)) && last > span.FirstToken
            && analyzed.IsCapitalisedWord(last) && thing < tokens.Count && IsPossessiveAfter(analyzed, last) && WordLists.Contains(SaintsThings, tokens[thing].In(analyzed.Text))
            && char.IsLower(analyzed.Text[tokens[thing].Start])
            && (thing + 1 >= tokens.Count || (tokens[thing + 1].In(analyzed.Text) is not "-" && !analyzed.IsCapitalisedWord(thing + 1)));
    }

    // What a saint's name owns that is no school or church: "a Saint Brigid's cross", "St. Anthony's prayer".
    private static readonly string[] SaintsThings = ["cross", "crosses", "day", "eve", "feast", "well", "statue", "medal", "icon", "prayer", "story", "bread"];

    /// <summary>
    /// The given name after a capitalised saint's title at <paramref name="title"/> ("Sant Jordi", "St. Luke"), capitalised
    /// too; -1 for none.
    /// </summary>
    private static int SaintsName(AnalyzedText analyzed, int title)
    {
        var tokens = analyzed.Tokens;
        // "St. Luke", "Sint-Maarten".
        var name = title + 1 < tokens.Count && tokens[title + 1].In(analyzed.Text) is "." or "-" ? title + 2 : title + 1;
        return name < tokens.Count && analyzed.IsCapitalisedWord(title) && WordLists.Contains(SaintTitles, tokens[title].In(analyzed.Text))
            && analyzed.IsCapitalisedWord(name) && IsGivenName(analyzed, name)
            ? name
            : -1;
    }

    /// <summary>"Jordi" of "On Sant Jordi, Pau …": a given name after a saint's title that a word of a feast opens.</summary>
    private static bool IsSaintOfFeast(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var title = t >= 2 && tokens[t - 1].In(analyzed.Text) is "." ? t - 2 : t - 1;
        return title >= 0 && analyzed.IsCapitalisedWord(title) && WordLists.Contains(SaintTitles, tokens[title].In(analyzed.Text))
            && IsAfterFeastCue(analyzed, title) && IsGivenName(analyzed, t);
    }

    /// <summary>
    /// "Lucia Day" where the story speaks of "Saint Lucia": a given name and "Day" is the saint's feast when the text
    /// names that saint ("Sankta Lucia", "St. Patrick"). "Doris Day" and "my teacher Lucia Day" stay names.
    /// </summary>
    private static bool IsSaintsDay(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (!IsDayAfterWord(analyzed, span) || !IsGivenName(analyzed, span.FirstToken))
        {
            return false;
        }

        return AnyMentionNear(analyzed, span.FirstToken, tokens[span.FirstToken].In(text), static (analyzed, t) =>
        {
            var tokens = analyzed.Tokens;
            var title = t >= 1 && tokens[t - 1].In(analyzed.Text) is "." ? t - 2 : t - 1;
            return title >= 0 && char.IsUpper(analyzed.Text[tokens[title].Start])
                && (WordLists.Contains(SaintTitles, tokens[title].In(analyzed.Text)) || tokens[title].In(analyzed.Text) is "Sankta" or "Sancta");
        });
    }

    private const int SaintReach = 2000;

    private static readonly string[] Gods = ["god", "goddess", "deity"];


    // How many words may stand between "the" and "God": "the Kitchen God", "the Jade Emperor God".
    private const int GodReach = 3;

    /// <summary>
    /// "Ông Táo, the Kitchen God", "Athena, the Goddess of Wisdom": a comma, "the" and, within a few words, a god written
    /// capitalised or after a capitalised word; "Amira Hussain, the maths goddess of our class" is praise for a girl.
    /// </summary>
    private static bool IsNamedGod(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var comma = span.LastToken + 1;
        if (comma + 2 >= tokens.Count || tokens[comma].In(analyzed.Text) is not "," || tokens[comma + 1].In(analyzed.Text) is not "the")
        {
            return false;
        }

        for (var t = comma + 2; t < tokens.Count && t <= comma + 1 + GodReach; t++)
        {
            if (WordLists.Contains(Gods, tokens[t].In(analyzed.Text)) && (analyzed.IsCapitalisedWord(t) || analyzed.IsCapitalisedWord(t - 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Nikolaus Day" where the story says "children celebrate Nikolaus Day", "on Nikolaus Day" or "Happy Nikolaus Day":
    /// a capitalised word and "Day" kept as a day, not a person called so. "my teacher Lucia Day" and "Doris Day sang"
    /// stay names.
    /// </summary>
    private static bool IsKeptDay(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        if (!IsDayAfterWord(analyzed, span) || !analyzed.IsCapitalisedWord(span.FirstToken))
        {
            return false;
        }

        var name = analyzed.Text.AsSpan(tokens[span.FirstToken].Start, tokens[span.LastToken].End - tokens[span.FirstToken].Start);
        return AnyMentionNear(analyzed, span.FirstToken, name, static (analyzed, t) =>
            t >= 1 && (WordLists.Contains(FeastDayCues, analyzed.Tokens[t - 1].In(analyzed.Text))
                || (analyzed.Tokens[t - 1].In(analyzed.Text) is "On" && analyzed.SentenceStarts[t - 1]))
            && (t + 2 >= analyzed.Tokens.Count || analyzed.Tokens[t + 2].In(analyzed.Text) is not ("'" or "’")));
    }

    /// <summary>A word and "Day" with no role before them ("my teacher Lucia Day" is a person).</summary>
    private static bool IsDayAfterWord(AnalyzedText analyzed, TaggedSpan span) =>
        span.LastToken == span.FirstToken + 1 && analyzed.Tokens[span.LastToken].In(analyzed.Text) is "Day"
        && (span.FirstToken == 0 || !WordLists.Contains(RolesBeforeName, analyzed.Tokens[span.FirstToken - 1].In(analyzed.Text)));

    /// <summary>
    /// Whether some mention of <paramref name="name"/> that starts a token, among the first few within a few paragraphs of
    /// <paramref name="token"/>, passes <paramref name="test"/>: bounded, so that a text of many such days stays linear.
    /// </summary>
    private static bool AnyMentionNear(AnalyzedText analyzed, int token, ReadOnlySpan<char> name, Func<AnalyzedText, int, bool> test)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var from = Math.Max(0, tokens[token].Start - SaintReach);
        var to = Math.Min(text.Length, tokens[token].Start + SaintReach);
        var tries = 0;
        for (var at = Found(text.AsSpan(from, to - from).IndexOf(name, StringComparison.Ordinal), from); at >= 0 && tries++ < MaxSaintMentions;)
        {
            var t = AnalyzedText.TokenAt(tokens, at);
            if (tokens[t].Start == at && test(analyzed, t))
            {
                return true;
            }

            at = Found(text.AsSpan(at + name.Length, to - at - name.Length).IndexOf(name, StringComparison.Ordinal), at + name.Length);
        }

        return false;
    }

    // Words a feast day follows: "we celebrate Nikolaus Day", "Happy Nikolaus Day", and "On" opening a sentence ("On
    // Nikolaus Day, …"; not "I can count on Ella Day", nor a person's "on Lucia Day's lap").
    private static readonly string[] FeastDayCues = ["celebrate", "celebrates", "celebrating", "celebrated", "happy"];

    private static int Found(int index, int offset) => index < 0 ? -1 : offset + index;

    private static int CountWords(AnalyzedText analyzed, TaggedSpan span)
    {
        var words = 0;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word)
            {
                words++;
            }
        }

        return words;
    }

    private static readonly string[] EatVerbs = ["eat", "eats", "ate", "eating", "drink", "drinks", "drank", "lick", "licks", "suck", "sucks"];

    /// <summary>
    /// "After, her throat will hurt. She will eat Mr. Freeze and Jell-O.", "We bought Mr. Kipling cakes": a title and a
    /// word eaten or drunk, or before a food, is a brand, not a person ("We eat Mrs. Patel's curry" is hers, with the "'s").
    /// </summary>
    private static bool IsEatenBrand(AnalyzedText analyzed, int title, int last) =>
        (title >= 1 && WordLists.Contains(EatVerbs, analyzed.Tokens[title - 1].In(analyzed.Text)) && !IsPossessiveAfter(analyzed, last))
        || (last + 1 < analyzed.Tokens.Count && WordLists.Contains(BrandedFoods, analyzed.Tokens[last + 1].In(analyzed.Text)));

    // Foods sold under a title's name: "Mr. Kipling cakes", "Mr Freeze pops".
    private static readonly string[] BrandedFoods = ["cakes", "cake", "biscuits", "cookies", "pies", "lollies", "sauce", "crisps", "juice", "cereal"];

    /// <summary>
    /// "His teacher, Mr. Owl, helped him", "Don't worry, Mr. Hippo": a title and one animal word the tagger found is a
    /// storybook animal or a child in a costume, not a person (<see cref="IsCreatureWord"/>); so is a titled name the
    /// story says is a toy creature ("Mrs. Feathers is a stuffed owl").
    /// </summary>
    private static bool IsTitledCreature(AnalyzedText analyzed, TaggedSpan span)
    {
        var last = span.LastToken;
        var title = last >= 2 && analyzed.Tokens[last - 1].In(analyzed.Text) is "." ? last - 2 : last - 1;
        return title >= 0 && title >= span.FirstToken - 2 && title <= span.FirstToken && (analyzed.Lexicons[title] & LexiconKind.Title) != 0
            && (IsCreatureWord(analyzed, last) || JudgeEngine.IsSaidToBeToyCreature(analyzed, last));
    }

    /// <summary>
    /// "Barnaby Bear is the patient", "Peter Rabbit": a capitalised name and a capitalised animal word no family is called
    /// (<see cref="IsCreatureWord"/>), with no organisation word, is a toy's or a picture book's creature, neither a
    /// person nor a body a child belongs to.
    /// </summary>
    internal static bool IsNamedCreature(AnalyzedText analyzed, TaggedSpan span)
    {
        var last = span.LastToken;
        if (last == span.FirstToken || !analyzed.IsCapitalisedWord(last, minLength: 2) || !IsCreatureWord(analyzed, last))
        {
            return false;
        }

        for (var t = span.FirstToken; t < last; t++)
        {
            if ((analyzed.Lexicons[t] & (LexiconKind.OrganizationSuffix | LexiconKind.Title)) != 0
                || (analyzed.Tokens[t].Kind == TokenKind.Word && !analyzed.IsCapitalisedWord(t, minLength: 2)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Ana" of "his sessions with Miss Ana": a first name read without the title right before it is the bare first name
    /// that title and name make together (see <see cref="IsHonorificWithFirstName"/>).
    /// </summary>
    private static bool IsFirstNameAfterItsTitle(AnalyzedText analyzed, TaggedSpan span)
    {
        var title = Pets.TitleStartBefore(analyzed, span.FirstToken);
        return title < span.FirstToken && char.IsUpper(analyzed.Text[analyzed.Tokens[title].Start])
            && IsHonorificWithFirstName(analyzed, new TaggedSpan(span.Type, title, span.LastToken, 0.9f, 1));
    }

    /// <summary>
    /// "my Son Heung-min jersey … Son Heung-min is a famous soccer player": the name at [first, last] is said to be famous
    /// or a fan's favourite where the story says it, or wherever else it says it again.
    /// </summary>
    private static bool IsFamousWherever(AnalyzedText analyzed, int first, int last)
    {
        // Each name is read once per text: a long list of the same name costs one pass.
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var known = analyzed.Memo(FamousWhereverKey, static _ => new Dictionary<string, bool>(StringComparer.Ordinal));
        var key = text[tokens[first].Start..tokens[last].End];
        if (!known.TryGetValue(key, out var famous))
        {
            famous = FindFamousMention(analyzed, first, last);
            known[key] = famous;
        }

        return famous;
    }

    private static readonly object FamousWhereverKey = new();

    private static bool FindFamousMention(AnalyzedText analyzed, int first, int last)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var name = text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start);
        var length = last - first;
        for (var t = 0; t + length < tokens.Count; t++)
        {
            if (tokens[t].In(text).SequenceEqual(tokens[first].In(text)) && text.AsSpan(tokens[t].Start, tokens[t + length].End - tokens[t].Start).SequenceEqual(name))
            {
                var mention = new TaggedSpan(EntityType.PersonName, t, t + length, 0.9f, 1);
                if (IsDescribedAsFamous(analyzed, mention) || IsFansFavourite(analyzed, mention))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "Seo-yeon" of "Your baby cousin Seo-yeon is turning one": a capitalised syllable, a hyphen and a lower-case
    /// syllable, written as one word, is a given name (a family name stands apart: "Kim Seo-yeon").
    /// </summary>
    private static bool IsHyphenedGivenName(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        // The tagger may read "Seo" alone, which the name's hyphen joins to the rest.
        return (span.LastToken == first + 2 || (span.LastToken == first && first + 2 < tokens.Count))
            && tokens[first + 1].In(analyzed.Text) is "-" && tokens[first + 1].Start == tokens[first].End
            && tokens[first + 2].Start == tokens[first + 1].End && tokens[first + 2].Kind == TokenKind.Word
            && analyzed.IsCapitalisedWord(first) && char.IsLower(analyzed.Text[tokens[first + 2].Start]);
    }

    private static bool HasTitleBefore(AnalyzedText analyzed, int token)
    {
        for (var t = Math.Max(0, token - 2); t < token; t++)
        {
            if ((analyzed.Lexicons[t] & LexiconKind.Title) != 0 && char.IsUpper(analyzed.Tokens[t].In(analyzed.Text)[0]))
            {
                return true;
            }
        }

        return false;
    }
}
