using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Features;

/// <summary>How a name candidate was found.</summary>
internal enum NameCandidateKind
{
    /// <summary>Two or more capitalised name parts in a row ("Lionel Stehr", "Yuxuan M. Huang", "Ji-woo Cho").</summary>
    Forward = 1,

    /// <summary>"Surname, First" as on lists and labels ("Stanek, Wirginia").</summary>
    Inverted = 2,

    /// <summary>Two or three lower-case words that are not ordinary English words ("noortje leeuwen").</summary>
    LowerCase = 3,
}

/// <summary>A run of tokens that could be a multi-word personal name, for the span-level name classifier.</summary>
internal readonly record struct NameCandidate(int FirstToken, int LastToken, NameCandidateKind Kind, int Parts);

/// <summary>
/// Finds multi-word name candidates and describes each one as a whole: what its parts are (known first name, known
/// surname, ordinary word, unknown word, initial, hyphenated), how its parts end, what stands before and after it.
/// A token tagger sees a name one word at a time and learns the frames it was trained on; a candidate seen whole
/// carries the evidence that generalises to sentences nobody wrote templates for.
/// </summary>
internal static class NameCandidates
{
    public const int Bits = TokenFeatureExtractor.Bits;
    private const int MaxParts = 4;

    /// <summary>One name part: a word, a word joined to others by hyphens or apostrophes, or an initial with its period.</summary>
    private readonly record struct Part(int First, int Last, int Class, bool Capitalised, bool Compound);

    public static List<NameCandidate> Find(AnalyzedText analyzed)
    {
        var found = new List<NameCandidate>();
        var tokens = analyzed.Tokens;
        var run = new List<Part>(8);
        var t = 0;
        // Lower-case candidates only in a sentence that itself starts in lower case ("my name is oksana"): a text that
        // capitalises its sentences capitalises names too, and its lower-case runs are foreign words ("mübarek olsun").
        var sentencePending = true;
        var sentenceLower = false;
        while (t < tokens.Count)
        {
            sentencePending |= analyzed.SentenceStarts[t];
            if (sentencePending && tokens[t].Kind == TokenKind.Word)
            {
                sentenceLower = char.IsLower(analyzed.Text[tokens[t].Start]);
                sentencePending = false;
            }

            if (ReadPart(analyzed, t) is not { } part)
            {
                t++;
                continue;
            }

            run.Clear();
            run.Add(part);
            var next = part.Last + 1;
            while (next < tokens.Count && SingleSpace(analyzed, run[^1].Last, next)
                && (ReadPart(analyzed, next) is { } read && read.Capitalised == part.Capitalised ? read
                    : part.Capitalised ? ReadParticlePart(analyzed, run[^1], next) : null) is { } following)
            {
                run.Add(following);
                next = following.Last + 1;
            }

            if (part.Capitalised)
            {
                AddForward(analyzed, run, found);
                AddInverted(analyzed, run[^1], found);
            }
            else if (sentenceLower)
            {
                AddLowerCase(analyzed, run, found);
            }

            t = run[^1].Last + 1;
        }

        return found;
    }

    /// <summary>
    /// The run without an ordinary word that opens a sentence ("When Lionel Stehr"), a quotation or a greeting ("Happy
    /// Eid"; a greeting of another language before a family word or a feast, "Chúc Bà", "Melkam Genna"), an honorific or kin title ("Miss Nina",
    /// "Kuya Ben", "Mme Lacroix": the policy rules judge those with the word after them), or closes the run; an ordinary word inside a sentence stays ("for Joy Greenholt", "the Royal
    /// Albert Hall", "Principal Skinner") for the classifier to weigh.
    /// </summary>
    private static void AddForward(AnalyzedText analyzed, List<Part> run, List<NameCandidate> found)
    {
        var first = 0;
        var last = run.Count - 1;
        while (first <= last && !run[first].Compound
            && (Policy.NameRules.IsHonorificOrKinTitle(analyzed.Tokens[run[first].First].In(analyzed.Text))
                || (run[first].Class == NameShape.OrdinaryWord
                    && (first > 0 || analyzed.SentenceStarts[run[first].First] || OpensSpeech(analyzed, run[first].First) || IsGreeting(analyzed, run[first].First)))
                || (IsGreeting(analyzed, run[first].First) && first < last
                    && ((analyzed.Lexicons[run[first + 1].First] & LexiconKind.KinWord) != 0 || IsEventWord(analyzed.Tokens[run[first + 1].First].In(analyzed.Text))))))
        {
            first++;
        }

        while (last >= first && run[last].Class == NameShape.OrdinaryWord && !run[last].Compound)
        {
            last--;
        }

        // "Lucas Vai para a Escola Nova", "Sofía Va al Cole": a heading of another language goes on after the child's name
        // with its verb; in a heading, a word of Spanish, Portuguese or French that no given-name list holds, right before a
        // preposition of those languages, ends the name before it.
        for (var p = first + 1; p <= last; p++)
        {
            if (run[p].First == run[p].Last && !run[p].Compound && IsOtherLanguageVerbAt(analyzed, run[p].First))
            {
                last = p - 1;
                break;
            }
        }

        var parts = last - first + 1;
        if (parts >= 2 && parts <= MaxParts && (run[first].Class != 6 || run[last].Class != 6) && !IsNamedPlace(analyzed, run, first, last)
            && !IsNamedEvent(analyzed, run, first, last) && !(last > first && run[last].First == run[last].Last && IsNamedDish(analyzed, run[last].First)))
        {
            found.Add(new NameCandidate(run[first].First, run[last].Last, NameCandidateKind.Forward, parts));
        }
    }

    /// <summary>
    /// "Sydney Opera House", "the Royal Albert Hall": a place noun last and an ordinary word before it. A person's
    /// surname can be a place noun ("Jessica Hall"), but a person's name has no ordinary word in it.
    /// </summary>
    private static bool IsNamedPlace(AnalyzedText analyzed, List<Part> run, int first, int last)
    {
        if ((analyzed.Lexicons[run[last].Last] & LexiconKind.PlaceWord) == 0)
        {
            return false;
        }

        for (var p = first; p < last; p++)
        {
            if (run[p].Class == NameShape.OrdinaryWord)
            {
                return true;
            }
        }

        return false;
    }

    // Last words of days and events that a story capitalises: "Sports Day", "Book Week", "the Science Fair", "Happy Eid",
    // "Taraweeh prayers".
    private static readonly string[] EventWords =
    [
        "day", "days", "night", "week", "fair", "festival", "fest", "party", "parade", "carnival", "concert", "assembly",
        "market", "show", "games", "camp", "trip", "sale", "disco", "fete", "gala", "eid", "diwali", "christmas", "easter",
        "halloween", "hanukkah", "ramadan", "thanksgiving", "holi", "passover", "vaisakhi", "kwanzaa", "mubarak", "vesak",
        "nowruz", "navruz", "songkran", "onam", "pongal", "lohri", "navratri", "dussehra", "chuseok", "seollal", "obon", "purim",
        "sukkot", "nauryz", "nooruz", "noruz", "mela",
        // The Vietnamese New Year ("Tết", folded "Tet"), the Tibetan one, and the eve of Eid ("Chaand Raat", the night of the moon).
        "tết", "tet", "losar", "raat",
        // Hanukkah as Spanish writes it: "Januká", "Jánuca".
        "januká", "januka", "jánuca", "januca", "janucá", "chanukah", "hanukah",
        // Prayers and the meals of Ramadan: "Taraweeh Prayers", "Friday Prayer", "Family Iftar".
        "prayers", "prayer", "taraweeh", "tarawih", "iftar", "suhoor", "sehri", "jummah", "jumuah",
        // The Ethiopian and Eritrean Epiphany, Finding of the Cross and New Year.
        "timkat", "timket", "meskel", "meskal", "enkutatash",
    ];

    // Feasts whose names are given names too, events only after a greeting ("Melkam Genna!", "Happy Fasika"; but "Lidet
    // Fasika lives next door"): the Ethiopian and Eritrean Christmas ("Genna", "Lidet") and Easter ("Fasika").
    private static readonly string[] FeastsAfterGreeting = ["genna", "gena", "ganna", "lidet", "fasika"];

    // The event words any event may end on, as against a feast's own name ("Easter", "Diwali").
    private static readonly string[] AnyEventWords =
    [
        "day", "days", "night", "week", "fair", "festival", "fest", "party", "parade", "carnival", "concert", "assembly", "market", "show", "games",
        "camp", "trip", "sale", "disco", "fete", "gala", "mela",
    ];

    // Words that open a greeting or a wish rather than a name: "Happy Eid!", "Hello Aunty Rania", "Merry Christmas".
    private static readonly string[] GreetingWords =
        ["happy", "merry", "hello", "hi", "hey", "hiya", "welcome", "congratulations", "congrats", "goodbye", "bye", "thanks", "dear", "good",
         "feliz", "joyeux", "joyeuse", "bonne", "frohe", "frohes", "buon", "buona", "boas", "chúc", "chuc", "selamat", "mabuhay", "salamat",
         // Welcomes and hellos of other languages: "¡Bienvenida, Lucía!", "Karibu, Amani".
         "bienvenida", "bienvenido", "bienvenidas", "bienvenidos", "bienvenue", "bienvenu", "willkommen", "benvenuta", "benvenuto", "hola", "bonjour",
         "ciao", "hallo", "olá", "gracias", "obrigada", "obrigado", "merci", "danke", "grazie", "namaste", "jambo", "karibu", "shalom",
         // Farewells, cheers and wishes: "¡Adiós, Mateo!", the Twi "Ayekoo" (well done), the Tagalog "Maligayang Pasko"
         // (Merry Christmas), "¡Felicidades, Sofía!". ("Chau" and "Bravo" are surnames too: "¡Chau, Valentina!" is a cheer by its "¡".)
         "adiós", "adios", "ayekoo", "maligayang", "felicidades", "felicitaciones",
         // Amharic "happy" of a feast's wish: "Melkam Genna!", "Melkam Addis Amet!".
         "melkam",
         // Samoan, Tongan and Fijian hellos and farewells: "Talofa, Sione!", "Manuia, Sione!", "Bula, Mere!".
         "talofa", "manuia", "bula", "tofa",
         // The German goodbye: "Tschüss, Schuh-Paradies!".
         "tschüss", "tschuss",
         // Swahili thanks: "Asante, Wanjiru, you were a great helper!".
         "asante"];

    /// <summary>
    /// "Sports Day", "Happy Eid", "Book Week", "Ukrainian Easter": an event word last and an ordinary word or a people's
    /// before it. A surname can be an event word ("Doris Day"), but then the word before it is a name, not an English word.
    /// </summary>
    private static bool IsNamedEvent(AnalyzedText analyzed, List<Part> run, int first, int last)
    {
        if (run[last].First != run[last].Last || !WordLists.Contains(EventWords, analyzed.Tokens[run[last].First].In(analyzed.Text)))
        {
            return false;
        }

        for (var p = first; p < last; p++)
        {
            var word = analyzed.Tokens[run[p].First].In(analyzed.Text);
            if (run[p].Class == NameShape.OrdinaryWord || WordLists.Contains(EventWords, word) || Policy.Peoples.IsNationality(word))
            {
                return true;
            }
        }

        return IsPlacesDay(analyzed, run, first, last);
    }

    /// <summary>
    /// "Australia Day", "Canada Day": every word before the event word a place's name that is no surname and no given name
    /// ("Georgia Day", "Kent Day" and "India Day" may be people).
    /// </summary>
    private static bool IsPlacesDay(AnalyzedText analyzed, List<Part> run, int first, int last)
    {
        for (var p = first; p < last; p++)
        {
            var word = analyzed.Tokens[run[p].First].In(analyzed.Text);
            var kinds = analyzed.Lexicons[run[p].First];
            if (run[p].First != run[p].Last || (kinds & LexiconKind.PlaceWord) == 0 || (kinds & LexiconKind.Surname) != 0 || GivenNames.IsGivenName(kinds, word)
                || GivenNames.IsEnglishGivenName(word, female: true) || GivenNames.IsEnglishGivenName(word, female: false))
            {
                return false;
            }
        }

        return first < last;
    }

    /// <summary>
    /// "BBQ" of "Korean BBQ", "Rostbratwurst" of "Nürnberger Rostbratwurst": capitalised words that end on a dish of the
    /// dishes list, on no name list, name a food.
    /// The word before it must be a people's word, a place or an ordinary word, never a title or a name: "Priya Sarma",
    /// "Mrs. Bento" and "Dr. Haleem" keep their surnames.
    /// </summary>
    internal static bool IsNamedDish(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var word = tokens[t].In(analyzed.Text);
        if (t < 1 || (analyzed.Lexicons[t] & (LexiconKind.FirstName | LexiconKind.Surname)) != 0 || GivenNames.Contains(word) || !Policy.Dishes.IsDish(word))
        {
            return false;
        }

        var before = tokens[t - 1].In(analyzed.Text);
        var kinds = analyzed.Lexicons[t - 1];
        return tokens[t - 1].Kind == TokenKind.Word && (kinds & (LexiconKind.Title | LexiconKind.FirstName | LexiconKind.Surname | LexiconKind.KinWord)) == 0
            && !GivenNames.Contains(before)
            && (Policy.Peoples.IsNationality(before) || (kinds & (LexiconKind.PlaceWord | LexiconKind.CommonWord)) != 0 || OtherLanguageWords.Contains(before));
    }

    /// <summary>
    /// "Ukrainian Easter", "Dashain Tika Day", "Harry Potter Day": an event word last, and before it only a people's word
    /// or words of a well-known name (a festival's, a character's). "Amir Eid", "Doris Day" and "Arthur Day" are names.
    /// </summary>
    internal static bool IsNamedFestival(AnalyzedText analyzed, int first, int last)
    {
        if (first >= last || !WordLists.Contains(EventWords, analyzed.Tokens[last].In(analyzed.Text)))
        {
            return false;
        }

        // A people's word that is no given name before a feast's own name ("Ukrainian Easter", "Orthodox Christmas"
        // is not: "Orthodox" is no people); not before a word any event may end on ("Shona Day" may be a woman).
        var word = analyzed.Tokens[first].In(analyzed.Text);
        if (last == first + 1 && Policy.Peoples.Contains(word) && !GivenNames.IsGivenName(analyzed.Lexicons[first], word)
            && !WordLists.Contains(AnyEventWords, analyzed.Tokens[last].In(analyzed.Text)))
        {
            return true;
        }

        // Well-known words before it: two or more ("Dashain Tika Day", "Harry Potter Day"), or one that is no given name
        // ("Tihar"; "Arthur Day", "Belle Day" and "Heidi Day" are people).
        var words = 0;
        for (var t = first; t < last; t++)
        {
            if (analyzed.Tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            if ((analyzed.Lexicons[t] & LexiconKind.WellKnownName) == 0)
            {
                return false;
            }

            words++;
        }

        return words >= 2 || !GivenNames.IsGivenName(analyzed.Lexicons[first], word);
    }

    // Words that end the name of an occasion or of a market anyone may walk into: "Online Safety Week", "Makola Market",
    // "My First Canadiens Game", "Finn's Sleepover Test", a meal of a feast ("Friday Night Shabbat Dinner").
    private static readonly string[] OccasionHeads =
        ["week", "day", "month", "fortnight", "fair", "festival", "fest", "carnival", "parade", "gala", "fete", "mela", "market", "bazaar", "souk", "game", "match", "test", "tests", "visit", "appointment", "trip", "party", "sleepover",
            "dinner", "lunch", "breakfast", "brunch", "supper", "feast", "picnic", "barbecue",
            // An evening of fun or a school's open one: "Priya's Online Game Night", "Family Movie Night", "Open Evening".
            "night", "evening"];

    // Organisation words that still name a place of care, not the body holding the occasion: "Mental Health Week".
    private static readonly string[] CareOrganizationWords = ["health", "medical", "therapy", "therapies", "practice", "surgery", "camp"];

    // Care words that name an awareness week, day or month ("Dental Health Week") but keep a visit or an appointment a
    // clinic's ("Bright Smiles Dental Visit").
    private static readonly string[] AwarenessCareWords = ["dental", "dentistry", "pediatrics", "paediatrics"];

    private static readonly string[] CalendarHeads = ["week", "day", "month", "fortnight"];

    /// <summary>
    /// "Online Safety Week", "Neurodiversity Celebration" of "Neurodiversity Celebration Week", "Makola Market": an
    /// organisation span that ends on a word of an occasion or a market, or runs into one written with a capital, is no
    /// school, clinic or team a child belongs to. A school's or a club's word inside keeps it ("Oakfield Primary Sports
    /// Day", "Rovers Club Fair").
    /// </summary>
    internal static bool IsOccasionOrMarket(AnalyzedText analyzed, int first, int last)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var head = last;
        if (!WordLists.Contains(OccasionHeads, tokens[head].In(text)))
        {
            head = last + 1;
            if (head >= tokens.Count || tokens[head].Kind != TokenKind.Word || tokens[head].Start != tokens[last].End + 1 || text[tokens[last].End] != ' '
                || !char.IsUpper(text[tokens[head].Start]) || !WordLists.Contains(OccasionHeads, tokens[head].In(text)))
            {
                return false;
            }
        }

        // An evening at a place of care is the place's: "Acorns Hospice Family Night", "Sunrise Kids Therapy Night".
        var evening = tokens[head].In(text).Equals("night", StringComparison.OrdinalIgnoreCase) || tokens[head].In(text).Equals("evening", StringComparison.OrdinalIgnoreCase);
        for (var t = first; t < head; t++)
        {
            if (evening && (WordLists.Contains(CareOrganizationWords, tokens[t].In(text)) || tokens[t].In(text).Equals("hospice", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            if ((analyzed.Lexicons[t] & LexiconKind.OrganizationSuffix) != 0 && !WordLists.Contains(CareOrganizationWords, tokens[t].In(text))
                && !(WordLists.Contains(AwarenessCareWords, tokens[t].In(text)) && WordLists.Contains(CalendarHeads, tokens[head].In(text))))
            {
                return false;
            }
        }

        return head > first;
    }

    // Toys a pretend clinic sees: "the Teddy Bear Clinic", "a Teddy Bear Hospital", "the Dolls' Hospital".
    private static readonly string[] ToyPatients = ["teddy", "teddies", "teddys", "toy", "toys", "doll", "dolls", "dolly"];

    private static readonly string[] ClinicWords = ["clinic", "hospital", "surgery"];

    /// <summary>
    /// "The hospital is having a Teddy Bear Clinic for children", "the Teddy Bear Hospital": an organisation span with a
    /// soft toy right before a word of a clinic or a hospital is the day a hospital or a school holds for children's toys, no
    /// place of anyone's care ("Teddy Bears Nursery", with no clinic's word, and "Teddy Bear Therapy Clinic" stay).
    /// </summary>
    internal static bool IsToysClinic(AnalyzedText analyzed, int first, int last)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var toy = WordLists.FirstIn(text, tokens, first, last, ToyPatients);
        if (toy < 0)
        {
            return false;
        }

        // The clinic's word right after the toy ("Teddy Bear Clinic", "Teddy Bears' Hospital", "Dolls' Hospital"): "the Teddy
        // Bear Children's Clinic on Oak Street" and "Teddy Bear Therapy Clinic" are places of care.
        var next = toy + 1;
        while (next <= last && tokens[next].In(text) is "Bear" or "Bears" or "bear" or "bears" or "'" or "’" or "s")
        {
            next++;
        }

        return next <= last && WordLists.Contains(ClinicWords, tokens[next].In(text));
    }

    // The verbs of playing (the game rules of JudgeEngine read them too).
    internal static readonly string[] PlayVerbs = ["play", "plays", "playing", "played"];

    /// <summary>
    /// "At bath time, I like to play Bubble Hospital": a clinic's or a hospital's name the story plays (right after
    /// "play") is a game, in its heading too ("play at Riverside Hospital's playroom" is a real hospital).
    /// </summary>
    internal static bool IsPlayedClinic(AnalyzedText analyzed, int first, int last)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (last <= first || !WordLists.Contains(ClinicWords, tokens[last].In(text)))
        {
            return false;
        }

        var played = analyzed.Memo(PlayedStartsKey, FindPlayedStarts);
        var name = text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start);
        foreach (var start in played)
        {
            if (text.AsSpan(start).StartsWith(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly object PlayedStartsKey = new();

    /// <summary>Where the words right after "play" start, for capitalised ones only ("Bubble Hospital"), read once per text.</summary>
    private static List<int> FindPlayedStarts(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var starts = new List<int>();
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            if (WordLists.Contains(PlayVerbs, tokens[t].In(analyzed.Text)) && analyzed.IsCapitalisedWord(t + 1))
            {
                starts.Add(tokens[t + 1].Start);
            }
        }

        return starts;
    }

    // Words of a kind of care service, which every area has: "Speech & Language Therapy", "Occupational Therapy Team".
    private static readonly string[] ServiceWords =
    [
        "speech", "language", "and", "&", "occupational", "physical", "therapy", "therapies", "physiotherapy", "physio", "service", "services",
        "team", "department", "paediatric", "pediatric", "paediatrics", "pediatrics", "audiology", "orthoptics", "dietetics", "psychology",
        "nursing", "school", "community", "child", "children's", "children", "s", "'", "’", "-", "based", "the",
    ];

    // The words that make such a span a care service at all: "Language Therapy", not "the Community Team".
    private static readonly string[] ServiceHeads = ["therapy", "therapies", "physiotherapy", "audiology", "paediatrics", "pediatrics", "psychology"];

    /// <summary>
    /// "Speech & Language Therapy (school-based)", "Language Therapy", "the Community Paediatrics Team": an organisation
    /// span of only words for a kind of care service names the service anyone's area has, not a clinic tied to a child.
    /// A name of its own keeps it ("Bright Steps Pediatric Therapy").
    /// </summary>
    internal static bool IsKindOfService(AnalyzedText analyzed, int first, int last)
    {
        var tokens = analyzed.Tokens;
        var therapy = false;
        for (var t = first; t <= last; t++)
        {
            var word = tokens[t].In(analyzed.Text);
            if (!WordLists.Contains(ServiceWords, word))
            {
                return false;
            }

            therapy |= WordLists.Contains(ServiceHeads, word);
        }

        return therapy;
    }

    private static bool IsGreeting(AnalyzedText analyzed, int t) => WordLists.Contains(GreetingWords, analyzed.Tokens[t].In(analyzed.Text));

    /// <summary>A word of an event, or a feast's name that only a greeting before it makes one (it follows a greeting here).</summary>
    private static bool IsEventWord(ReadOnlySpan<char> word) => WordLists.Contains(EventWords, word) || WordLists.Contains(FeastsAfterGreeting, word);

    /// <summary>
    /// Tokens [first, last] are a greeting or an event and nothing else: every word an event or greeting word ("Eid
    /// Mubarak", "Happy Diwali") or an ordinary or family word beside one ("Sports Day", "Chúc Bà"). The tagger's spans
    /// are checked too.
    /// </summary>
    internal static bool IsGreetingOrEvent(AnalyzedText analyzed, int first, int last)
    {
        var special = false;
        for (var t = first; t <= last; t++)
        {
            if (analyzed.Tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = analyzed.Tokens[t].In(analyzed.Text);
            if (WordLists.Contains(EventWords, word) || WordLists.Contains(GreetingWords, word)
                || (t > first && WordLists.Contains(FeastsAfterGreeting, word) && IsGreeting(analyzed, t - 1)))
            {
                special = true;
            }
            else if ((analyzed.Lexicons[t] & (LexiconKind.CommonWord | LexiconKind.FunctionWord | LexiconKind.CalendarWord | LexiconKind.KinWord)) == 0)
            {
                return false;
            }
        }

        return special;
    }

    /// <summary>The word right after an opening quotation mark: quoted speech starts a sentence of its own.</summary>
    private static bool OpensSpeech(AnalyzedText analyzed, int t)
    {
        if (t == 0 || NameShape.Of(analyzed, t - 1) != 9 || analyzed.Tokens[t - 1].End != analyzed.Tokens[t].Start)
        {
            return false;
        }

        var quote = analyzed.Tokens[t - 1].Start;
        return analyzed.Text[quote] == '“' || quote == 0 || char.IsWhiteSpace(analyzed.Text[quote - 1]) || analyzed.Text[quote - 1] is '(' or ':';
    }

    /// <summary>"Texas" of "Austin, Texas": a place no name list knows.</summary>
    private static bool IsPlaceName(AnalyzedText analyzed, Part part) =>
        part.First == part.Last && !NameShape.IsKnownName(NameShape.Of(analyzed, part.First))
        && (analyzed.Lexicons[part.First] & LexiconKind.PlaceWord) != 0;

    /// <summary>"OT", "MD", "BCBA" after a comma are credentials ("Jenna Brooks, OT"), not a given name.</summary>
    private static bool IsAllCapitals(AnalyzedText analyzed, Part part)
    {
        foreach (var c in analyzed.Text.AsSpan(analyzed.Tokens[part.First].Start, analyzed.Tokens[part.Last].End - analyzed.Tokens[part.First].Start))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Stanek, Wirginia": a capitalised part, a comma, a space and one more capitalised part.</summary>
    private static void AddInverted(AnalyzedText analyzed, Part surname, List<NameCandidate> found)
    {
        var tokens = analyzed.Tokens;
        var comma = surname.Last + 1;
        if (surname.Class == NameShape.OrdinaryWord || surname.Class == 6 || comma + 1 >= tokens.Count
            || NameShape.Of(analyzed, comma) != 7 || tokens[comma].Start != tokens[surname.Last].End || !SingleSpace(analyzed, comma, comma + 1)
            || ReadPart(analyzed, comma + 1) is not { Capitalised: true } given || given.Class == NameShape.OrdinaryWord || given.Class == 6
            || IsAllCapitals(analyzed, given) || IsPlaceName(analyzed, given))
        {
            return;
        }

        // "When they get to Hamburg, Oma is waiting", "Happy Holi, Priya!": a place, an event or a greeting before the
        // comma, or a family word on either side ("with Ibu, Ayah and my brother"), is no "Surname, Given"; a surname or
        // a given name keeps it ("Day, Amelia", "Fernández, Lola").
        if (IsInList(analyzed, surname.First, given.Last) || OpensSpeech(analyzed, surname.First) || IsGreeting(analyzed, surname.First)
            || (surname.First > 0 && IsGreeting(analyzed, surname.First - 1)) || IsPlaceName(analyzed, surname)
            || (WordLists.Contains(EventWords, tokens[surname.Last].In(analyzed.Text)) && (analyzed.Lexicons[surname.Last] & LexiconKind.Surname) == 0)
            || IsKinOnly(analyzed, given.First) || IsKinOnly(analyzed, surname.First) || OpensKinPhrase(analyzed, given.First)
            || IsStepKin(tokens[surname.Last].In(analyzed.Text)) || (surname.First == surname.Last && WordLists.Contains(RoleAcronyms, tokens[surname.First].In(analyzed.Text)))
            || (surname.First > 0 && WordLists.Contains(InvertedNameBreakers, tokens[surname.First - 1].In(analyzed.Text)) && (analyzed.Lexicons[surname.Last] & LexiconKind.Surname) == 0)
            || IsCheer(analyzed, surname.First, given) || IsSignOff(analyzed, surname, given)
            || (surname.First >= 2 && tokens[surname.First - 1].In(analyzed.Text) is "s" && tokens[surname.First - 2].In(analyzed.Text) is "'" or "’")
            || ((analyzed.Lexicons[surname.Last] & LexiconKind.Surname) == 0 && IsOwnerBeforeThing(analyzed, given.Last)))
        {
            return;
        }

        found.Add(new NameCandidate(surname.First, given.Last, NameCandidateKind.Inverted, 2));
    }

    // Prepositions of Spanish, Portuguese, French and German that a heading's verb goes on with ("va al", "vai para", "va à",
    // "fährt zur"); not the particles of names ("de", "da", "do", "del", "van", "von").
    private static readonly string[] OtherLanguagePrepositions =
        ["para", "al", "con", "com", "ao", "aos", "pela", "pelo", "au", "aux", "chez", "sur", "zu", "zum", "zur", "nach", "mit"];

    /// <summary>
    /// A word of Spanish, Portuguese or French that no given-name list holds, on a title line ("Lucas Vai para a Escola Nova":
    /// "Vai" is a surname too, but a heading's verb there; "Ms. Lucia Machado a thank-you card" in a sentence keeps its name).
    /// </summary>
    private static bool IsOtherLanguageWordNoName(AnalyzedText analyzed, int t)
    {
        var word = analyzed.Tokens[t].In(analyzed.Text);
        return (analyzed.Lexicons[t] & LexiconKind.FirstName) == 0 && !GivenNames.Contains(word) && IsOnTitleLine(analyzed, t)
            && OtherLanguageWords.Contains(word);
    }

    // How many tokens a title line may hold on either side of a word.
    private const int TitleLineReach = 16;

    /// <summary>
    /// The word at t stands on a short line of its own that ends on no full stop, question or exclamation mark (markup
    /// aside): a title, in any language's casing ("**Lucas Vai para a Escola Nova / Lucas Goes to a New School**").
    /// </summary>
    private static bool IsOnTitleLine(AnalyzedText analyzed, int t) =>
        analyzed.ShortLineAround(t, TitleLineReach) is var (_, _, end) && !analyzed.IsSentenceMark(end);

    /// <summary>"Vai" of "Lucas Vai para a Escola": the word at t is a verb of another language before one of its prepositions.</summary>
    internal static bool IsOtherLanguageVerbAt(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        return t + 1 < tokens.Count && SingleSpace(analyzed, t, t + 1) && WordLists.Contains(OtherLanguagePrepositions, tokens[t + 1].In(analyzed.Text))
            && IsOtherLanguageWordNoName(analyzed, t);
    }

    /// <summary>
    /// "Va al Cole" of a heading "Sofía Va al Cole": a name the tagger starts on a verb of another language before one of
    /// its prepositions (see <see cref="IsOtherLanguageVerbAt"/>) is that heading's rest.
    /// </summary>
    internal static bool StartsWithOtherLanguageVerb(AnalyzedText analyzed, int first) =>
        analyzed.IsCapitalisedWord(first, minLength: 2) && IsOtherLanguageVerbAt(analyzed, first);

    /// <summary>
    /// "The patient is Gomdori, Min-jun's teddy bear": a given name with an owner's "'s" after it owns what follows; the
    /// word before the comma, on no surname list, is what it owns ("Okonkwo, Chidi's turn!" stays a roll call).
    /// </summary>
    private static bool IsOwnerBeforeThing(AnalyzedText analyzed, int given)
    {
        var tokens = analyzed.Tokens;
        return given + 2 < tokens.Count && tokens[given + 1].In(analyzed.Text) is "'" or "’" && tokens[given + 2].In(analyzed.Text) is "s"
            && tokens[given + 1].Start == tokens[given].End;
    }

    // How a letter or a card ends before who wrote it: "Love, Nana", "Hugs, Auntie Efua".
    private static readonly string[] SignOffs = ["love", "hugs", "kisses", "cheers", "thanks", "regards", "yours", "xoxo", "xo", "best", "warmly", "blessings"];

    /// <summary>
    /// "Love, Nana." ending a card: a sign-off, a comma and who wrote it, a family word or the end of its line or sentence
    /// after it ("Best, Amelia, Grade 3" may be a list's name).
    /// </summary>
    private static bool IsSignOff(AnalyzedText analyzed, Part surname, Part given)
    {
        var tokens = analyzed.Tokens;
        if (surname.First != surname.Last || !WordLists.Contains(SignOffs, tokens[surname.First].In(analyzed.Text)))
        {
            return false;
        }

        var after = given.Last + 1;
        return (analyzed.Lexicons[given.First] & LexiconKind.KinWord) != 0 || after >= tokens.Count || analyzed.HasLineBreak(given.Last, after)
            || tokens[after].In(analyzed.Text) is "." or "!" or "\"" or "”";
    }

    // A name turned round ("Nguyen, Minh") heads a register, a form or a list; a sentence does not put a word no surname
    // list holds after a preposition and call it one ("On the first morning of Tết, Minh wakes up" is a feast, then the
    // child; "For Nguyen, Minh" stays), nor a name after an owner's "'s" ("On New Year's Day, Mei can say …").
    private static readonly string[] InvertedNameBreakers =
        ["of", "on", "in", "at", "for", "during", "after", "before", "until", "till", "since", "from", "to", "into", "with", "by", "near", "around"];

    /// <summary>
    /// "Ayekoo, Kofi!", "¡Adiós, Mateo!": a word that opens its sentence (no surname: "Mensah, Kofi!" is a roll call), or
    /// any word after "¡", a comma and a known first name that closes it with "!" cheer, greet or bid farewell to the child
    /// in a language the lists do not hold, not a surname and a given name.
    /// </summary>
    private static bool IsCheer(AnalyzedText analyzed, int first, Part given)
    {
        var tokens = analyzed.Tokens;
        var after = given.Last + 1;
        return after < tokens.Count && tokens[after].In(analyzed.Text) is "!" && (analyzed.Lexicons[given.First] & LexiconKind.FirstName) != 0
            && ((first > 0 && tokens[first - 1].In(analyzed.Text) is "¡")
                || ((first == 0 || analyzed.SentenceStarts[first]) && (analyzed.Lexicons[first] & LexiconKind.Surname) == 0));
    }

    // Short names of a child's helpers and school roles: "My PT, Jess, helped me", "our SENCO, Anna": the role, then
    // who holds it.
    private static readonly string[] RoleAcronyms =
        ["pt", "ot", "slt", "slp", "salt", "ta", "lsa", "sna", "senco", "sendco", "bcba", "rbt", "gp", "rn", "np", "pa", "camhs", "ehcp", "iep", "pe", "ict"];

    // Family words a step-family word is made of: "Stepdad", "Stepmum", "Stepsister".
    private static readonly string[] StepKin =
        ["dad", "mum", "mom", "father", "mother", "brother", "sister", "son", "daughter", "parent", "parents", "grandma", "grandad", "grandpa", "nan"];

    /// <summary>"My New Stepdad, Sipho": a step-family word before the comma is the family word, not a surname.</summary>
    private static bool IsStepKin(ReadOnlySpan<char> word) =>
        word.Length > 4 && word[..4].Equals("step", StringComparison.OrdinalIgnoreCase) && WordLists.Contains(StepKin, word[4..].TrimStart('-'));

    /// <summary>
    /// A family word that opens a family phrase of two words ("Maman Bozorg", "Khun Yai"): "I'm Arash, Maman Bozorg" says
    /// whom the child speaks to, though "Maman" alone is a given name too.
    /// </summary>
    private static bool OpensKinPhrase(AnalyzedText analyzed, int t) =>
        t + 1 < analyzed.Tokens.Count && (analyzed.Lexicons[t] & analyzed.Lexicons[t + 1] & LexiconKind.KinWord) != 0 && SingleSpace(analyzed, t, t + 1);

    /// <summary>A family word that is neither a given name nor a surname ("Oma" is both a family word and a name).</summary>
    private static bool IsKinOnly(AnalyzedText analyzed, int t) =>
        (analyzed.Lexicons[t] & LexiconKind.KinWord) != 0 && (analyzed.Lexicons[t] & LexiconKind.Surname) == 0 && !Policy.NameRules.IsGivenName(analyzed, t);

    /// <summary>
    /// "Kofi, Sienna and Yusuf", "Ana, Kofi, Sienna": a comma between two capitalised words that a list continues
    /// (a comma, "and", "or" or "&amp;" — or a comma and one of those — and another capitalised word or a pronoun after
    /// them, "Rosa, Mylo and I", "Priya, Sam, and Jordan"; or a
    /// capitalised word and a comma before them) joins first names, not a surname to a given name.
    /// </summary>
    private static readonly string[] SubjectPronouns = ["i", "me", "you", "he", "she", "we", "they", "him", "us", "them"];

    internal static bool IsInList(AnalyzedText analyzed, int first, int last)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var after = last + 1;
        // The serial comma: "Priya, Sam, and Jordan", "Rama, Sita, and Hanuman".
        if (after + 1 < tokens.Count && tokens[after].In(text) is ",")
        {
            after++;
        }

        if (after + 1 < tokens.Count && tokens[after].In(text) is "and" or "or" or "&"
            && (analyzed.IsCapitalisedWord(after + 1) || WordLists.Contains(SubjectPronouns, tokens[after + 1].In(text))))
        {
            return true;
        }

        after = last + 1;

        // After a comma the next word must itself go on as a list or be a known first name: "Bennett, Olivia, Grade 3"
        // is a surname and a given name followed by a class.
        if (after + 1 < tokens.Count && tokens[after].In(text) is "," && analyzed.IsCapitalisedWord(after + 1)
            && ((analyzed.Lexicons[after + 1] & LexiconKind.FirstName) != 0
                || (after + 2 < tokens.Count && tokens[after + 2].In(text) is "," or "and" or "or" or "&")))
        {
            return true;
        }

        return first >= 2 && NameShape.Of(analyzed, first - 1) == 7 && analyzed.IsCapitalisedWord(first - 2);
    }

    private static void AddLowerCase(AnalyzedText analyzed, List<Part> run, List<NameCandidate> found)
    {
        var start = 0;
        for (var i = 0; i <= run.Count; i++)
        {
            if (i < run.Count && IsUnusualLowerWord(analyzed, run[i]))
            {
                continue;
            }

            var parts = i - start;
            if (parts is >= 2 and <= 3)
            {
                found.Add(new NameCandidate(run[start].First, run[i - 1].Last, NameCandidateKind.LowerCase, parts));
            }

            start = i + 1;
        }
    }

    private static bool IsUnusualLowerWord(AnalyzedText analyzed, Part part)
    {
        // Without capitals only words outside the ordinary vocabulary and every other word list can start a name.
        // Nor can an event or greeting word ("eid mubarak").
        var kinds = analyzed.Lexicons[part.First] & ~(LexiconKind.FirstName | LexiconKind.Surname);
        return analyzed.Tokens[part.First].End - analyzed.Tokens[part.First].Start >= 2 && kinds == LexiconKind.None
            && !WordLists.Contains(EventWords, analyzed.Tokens[part.First].In(analyzed.Text));
    }

    private static Part? ReadPart(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (tokens[t].Kind != TokenKind.Word)
        {
            return null;
        }

        var capitalised = char.IsUpper(text[tokens[t].Start]);
        var nameClass = NameShape.Of(analyzed, t);
        // The "O" of "O'Connor" and the "D" of "D'Souza" open a surname joined by an apostrophe (below), not an initial.
        if (nameClass == 6 && !NameParticles.IsApostrophePrefix(analyzed, t))
        {
            // An initial carries its period ("M."); a lone capital letter is the pronoun "I" or the article "A".
            var withPeriod = t + 1 < tokens.Count && tokens[t + 1].Start == tokens[t].End && text[tokens[t + 1].Start] == '.';
            return withPeriod && !IsEndOfDottedAbbreviation(analyzed, t) && !IsCodesLetter(analyzed, t) ? new Part(t, t + 1, 6, true, false) : null;
        }

        if (!capitalised && (analyzed.Lexicons[t] & LexiconKind.FunctionWord) != 0)
        {
            return null;
        }

        // Hyphens and apostrophes join parts ("Ji-woo", "O'Brien"), but a possessive "'s" is not part of the name, and a
        // capitalised word that ends on "n't" ("Couldn't" of a heading) is no name at all. "O'Connor" has the shape of
        // "Connor", not of an initial.
        var last = NameParticles.JoinedEnd(analyzed, t);
        if (nameClass == 6 && last > t)
        {
            nameClass = NameShape.Of(analyzed, last);
        }
        return capitalised && last > t && IsNegation(analyzed, last) ? null : new Part(t, last, nameClass, capitalised, last > t);
    }

    /// <summary>
    /// "B" of "Seats 12-A and 12-B." and of "in class Room 3B.": a capital letter joined by a hyphen to what comes before
    /// it, or joined to a number, ends a code.
    /// </summary>
    private static bool IsCodesLetter(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        return t >= 1 && tokens[t - 1].End == tokens[t].Start
            && (tokens[t - 1].Kind == TokenKind.Number || (t >= 2 && analyzed.Text[tokens[t - 1].Start] == '-' && tokens[t - 2].End == tokens[t - 1].Start));
    }

    // Two-letter abbreviations written with periods that a school story uses: "P.E. Day" holds no initial "E.".
    // (Not "A.M." or "D.C.", which are initials too: "Mrs. A.M. Lopez".)
    private static readonly string[] DottedAbbreviations = ["PE", "UK", "EU", "TV"];

    /// <summary>
    /// The second letter of "P.E." or "U.K.": a capital letter right after another one and its period, the two of them an
    /// abbreviation of school subjects, places or times, not a name's initials ("A.J. Smith" keeps them).
    /// </summary>
    private static bool IsEndOfDottedAbbreviation(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (t < 2 || tokens[t - 1].End != tokens[t].Start || text[tokens[t - 1].Start] != '.' || tokens[t - 2].End != tokens[t - 1].Start
            || tokens[t - 2].End - tokens[t - 2].Start != 1)
        {
            return false;
        }

        Span<char> pair = [text[tokens[t - 2].Start], text[tokens[t].Start]];
        foreach (var abbreviation in DottedAbbreviations)
        {
            if (abbreviation.AsSpan().SequenceEqual(pair))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The "t" of "Couldn't", what an apostrophe leaves of "not" (not the "ll" of "Faleolo'll", a name that will).</summary>
    private static bool IsNegation(AnalyzedText analyzed, int piece) =>
        analyzed.Text[analyzed.Tokens[piece - 1].Start] is '\'' or '’' && analyzed.Tokens[piece].In(analyzed.Text) is "t" or "T";

    /// <summary>
    /// After a given name, surname particles and the capitalised word after them are one part ("de Vries" of "Daan de
    /// Vries", "da Silva" of "Maria da Silva", "Ó Briain" of "Seán Ó Briain"), of that word's class. Places and events
    /// are built the same way ("Playa del Carmen", "Gare du Nord", "Cinco de Mayo", "Santiago de Compostela"), so the
    /// word before must be a given name and neither side a place or well-known word.
    /// </summary>
    private static Part? ReadParticlePart(AnalyzedText analyzed, Part before, int t)
    {
        const LexiconKind NotAName = LexiconKind.PlaceWord | LexiconKind.WellKnownName | LexiconKind.CalendarWord;
        var head = NameParticles.HeadAfter(analyzed, t);
        return head < 0 || before.Compound || !Policy.NameRules.IsGivenName(analyzed, before.First)
            || ((analyzed.Lexicons[before.First] | analyzed.Lexicons[head]) & NotAName) != 0 || ReadPart(analyzed, head) is not { } part
            ? null
            : new Part(t, part.Last, part.Class, true, true);
    }

    /// <summary>Tokens left and right are separated by exactly one space character.</summary>
    internal static bool SingleSpace(AnalyzedText analyzed, int left, int right)
    {
        var gap = analyzed.Tokens[right].Start - analyzed.Tokens[left].End;
        return gap == 1 && analyzed.Text[analyzed.Tokens[left].End] == ' ';
    }

    /// <summary>
    /// The candidate's features. Without <paramref name="words"/> no word identity is used (not the parts, not the
    /// neighbours), only classes, lexicons, endings and positions; training adds such copies so the classifier must
    /// learn what a name looks like rather than which names and frames it was shown.
    /// </summary>
    public static void AddFeatures(AnalyzedText analyzed, NameCandidate candidate, List<int> f, bool words)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        f.Add(FeatureHasher.Hash(60, (int)candidate.Kind, candidate.Parts, Bits));

        var sequence = 0;
        var compound = false;
        for (var t = candidate.FirstToken; t <= candidate.LastToken; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Word || (t > candidate.FirstToken && tokens[t - 1].End == token.Start && NameShape.Of(analyzed, t - 1) == 10))
            {
                compound |= t > candidate.FirstToken && NameShape.Of(analyzed, t - 1) == 10;
                continue;
            }

            var nameClass = NameShape.Of(analyzed, t);
            var lower = char.IsLower(text[token.Start]);
            var position = t == candidate.FirstToken ? 0 : IsLastPart(analyzed, candidate, t) ? 2 : 1;
            sequence = (sequence * 16) + nameClass;
            var word = token.In(text);
            f.Add(FeatureHasher.Hash(61, position, nameClass, Bits));
            f.Add(FeatureHasher.Hash(62, position, (int)(analyzed.Lexicons[t] & ~LexiconKind.CommonWord), Bits));
            f.Add(FeatureHasher.Hash(63, position, ((analyzed.Lexicons[t] & LexiconKind.CommonWord) != 0 ? 2 : 0) + (lower ? 1 : 0), Bits));
            if (word.Length >= 3)
            {
                f.Add(FeatureHasher.Hash(64 + position, word[^3..], Bits));
                f.Add(FeatureHasher.Hash(67, word[^2..], Bits));
            }

            f.Add(FeatureHasher.Hash(68, position, Math.Min(word.Length, 10), Bits));
            if (words)
            {
                f.Add(FeatureHasher.Hash(69, analyzed.WordCodes[t], Bits));
            }

        }

        f.Add(FeatureHasher.Hash(70, sequence, (int)candidate.Kind, Bits));
        f.Add(FeatureHasher.Hash(71, compound ? 1 : 0, Bits));
        // Quoted speech opens a sentence of its own: "calls out "Vitor Macedo"" is read like a name after a full stop,
        // a context every story has, rather than after a quotation mark, which few training names stand behind.
        var speech = OpensSpeech(analyzed, candidate.FirstToken);
        f.Add(FeatureHasher.Hash(72, analyzed.SentenceStarts[candidate.FirstToken] || speech ? 1 : 0, NameShape.Of(analyzed, candidate.FirstToken), Bits));

        var before = candidate.FirstToken - 1;
        var after = candidate.LastToken + 1;
        if (speech)
        {
            AddSentenceEnd(73, f);
        }
        else
        {
            AddNeighbour(analyzed, before, 73, f, words);
        }

        // A field's value at the end of its line ("Name: Giulia Rossi" above "Hospital: …") ends there, as at a full
        // stop; a heading's last words ("When I Play Games Online") keep the next line's first word as their neighbour.
        var lineEnd = after < tokens.Count && analyzed.SentenceStarts[after] && analyzed.ColonBefore(candidate.FirstToken) >= 0;
        if (lineEnd)
        {
            AddSentenceEnd(80, f);
        }
        else
        {
            AddNeighbour(analyzed, after, 80, f, words);
        }

        if (words && before >= 1 && !speech)
        {
            f.Add(FeatureHasher.Hash(87, analyzed.WordCodes[before - 1], analyzed.WordCodes[before], Bits));
        }

        if (words && after + 1 < tokens.Count && !lineEnd)
        {
            f.Add(FeatureHasher.Hash(88, analyzed.WordCodes[after], analyzed.WordCodes[after + 1], Bits));
        }

        // Cues of the candidate's own sentence only: "We are taking the bus. Emma Johansson likes trains." gives "taking"
        // to nobody in the second sentence.
        var cues = LexiconKind.None;
        for (var n = candidate.FirstToken - 1; n >= Math.Max(0, candidate.FirstToken - 4) && !analyzed.SentenceStarts[n + 1]; n--)
        {
            cues |= analyzed.Lexicons[n] & (LexiconKind.Possessive | LexiconKind.AttributionCue | LexiconKind.GenericCue | LexiconKind.Title);
        }

        f.Add(FeatureHasher.Hash(89, (int)cues, Bits));

        // "12 Oak Rua, Vila Velha": a number shortly before, across a comma, makes a place more likely than a person.
        var numberBefore = false;
        for (var n = Math.Max(0, candidate.FirstToken - 5); n < candidate.FirstToken; n++)
        {
            numberBefore |= tokens[n].Kind == TokenKind.Number;
        }

        f.Add(FeatureHasher.Hash(92, numberBefore ? 1 : 0, before >= 0 && NameShape.Of(analyzed, before) == 7 ? 1 : 0, Bits));

        var wellKnown = true;
        for (var t = candidate.FirstToken; t <= candidate.LastToken; t++)
        {
            if (analyzed.RecognizedTypeByToken[t] is { } type)
            {
                f.Add(FeatureHasher.Hash(90, (int)type, Bits));
            }

            wellKnown &= tokens[t].Kind != TokenKind.Word || (analyzed.Lexicons[t] & LexiconKind.WellKnownName) != 0;
        }

        f.Add(FeatureHasher.Hash(91, wellKnown ? 1 : 0, Bits));
    }

    private static bool IsLastPart(AnalyzedText analyzed, NameCandidate candidate, int t)
    {
        for (var n = t + 1; n <= candidate.LastToken; n++)
        {
            if (analyzed.Tokens[n].Kind == TokenKind.Word && NameShape.Of(analyzed, n - 1) != 10)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The neighbour features of a full stop: shape 8, no lexicon, not a sentence start (no word feature).</summary>
    private static void AddSentenceEnd(int template, List<int> f)
    {
        f.Add(FeatureHasher.Hash(template, 8, 0, Bits));
        f.Add(FeatureHasher.Hash(template + 1, (int)LexiconKind.None, Bits));
        f.Add(FeatureHasher.Hash(template + 2, 0, Bits));
    }

    private static void AddNeighbour(AnalyzedText analyzed, int n, int template, List<int> f, bool words)
    {
        if (n < 0 || n >= analyzed.Tokens.Count)
        {
            f.Add(FeatureHasher.Hash(template, -1, Bits));
            return;
        }

        var kinds = analyzed.Lexicons[n] & ~LexiconKind.CommonWord;
        f.Add(FeatureHasher.Hash(template, NameShape.Of(analyzed, n), analyzed.Tokens[n].Kind == TokenKind.Number ? 1 : 0, Bits));
        f.Add(FeatureHasher.Hash(template + 1, (int)kinds, Bits));
        f.Add(FeatureHasher.Hash(template + 2, analyzed.SentenceStarts[n] ? 1 : 0, Bits));
        if (words)
        {
            f.Add(FeatureHasher.Hash(template + 3, analyzed.WordCodes[n], Bits));
        }
    }
}
