using System.Text.RegularExpressions;

namespace LlmSafety.Judge.Recognizers;

/// <summary>
/// Regular expressions for structured identifiers. All run with <see cref="RegexOptions.NonBacktracking"/> so that
/// matching stays linear in the length of the text whatever the input looks like.
/// </summary>
/// <remarks>
/// <see cref="Email"/>, <see cref="Handle"/>, <see cref="Url"/>, <see cref="KeyedId"/>, <see cref="Date"/>, <see cref="WordDate"/>, <see cref="Ssn"/>,
/// <see cref="CardLike"/>, <see cref="TenDigits"/>, <see cref="NationalInsurance"/>, <see cref="ShapedNationalId"/>, <see cref="DottedRut"/>,
/// <see cref="Phone"/>, <see cref="SpacedPhone"/> and <see cref="UkPostcode"/> are read only in the windows where their matches can lie
/// (<see cref="MatchWindows"/>; StructuredIdentifierRecognizer's EmailWindows and the others say which characters a match may hold
/// around its "@", its dot, its first digit or its month, and how far it may reach from there). A change that lets a match hold
/// other characters there, or reach further, changes those windows too; MatchWindowsTests checks the two agree.
/// </remarks>
internal static class IdentifierPatterns
{
    private const RegexOptions Linear = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly string[] StreetSuffixes =
    [
        "street", "st", "avenue", "ave", "road", "rd", "lane", "ln", "drive", "dr", "boulevard", "blvd", "court", "ct",
        "way", "place", "pl", "terrace", "close", "crescent", "circle", "cir", "parkway", "pkwy", "highway", "hwy",
        "square", "sq", "trail", "row", "grove", "gardens", "mews", "valley", "turnpike", "mission", "lake", "motorway",
        "ridge", "hills", "heights", "crossing", "view", "village", "summit", "springs", "brook", "creek", "estates",
        "expressway", "falls", "ferry", "forest", "freeway", "glen", "harbor", "haven", "hollow", "junction", "knoll",
        "landing", "loop", "manor", "meadow", "meadows", "orchard", "pike", "plaza", "point", "prairie", "ranch", "route",
        "shore", "shores", "spur", "vista", "walk", "wells", "mall",
        // The rest of the USPS street-suffix list, less words a story's capitalised headings and places use ("Center",
        // "Club", "Park", "Run", "Station", "Track", "Bridge", "Hill", "Mountain", "Path", "Tunnel", "Lodge", the
        // plurals "Lakes", "Roads", "Streets", "Views", "Walks": "Level 7 Rainbow Bridge", "Chapter 3 The Troll Bridge").
        "alley", "brooks", "bypass", "canyon", "causeway", "cliffs", "courts", "coves", "crossroad", "dale", "extension",
        "flats", "fords", "forges", "forks", "gateway", "glens", "groves", "harbors", "harbour", "inlet", "knolls",
        "manors", "mills", "overpass", "parkways", "pines", "plains", "rapids", "ridges", "shoal", "shoals", "skyway",
        "spurs", "stravenue", "throughway", "trafficway", "underpass", "valleys", "viaduct", "ville",
        // Portuguese road words written after the name: "884 Martins Rodovia".
        "rodovia", "marginal",
    ];

    /// <summary>A flat or unit: "Apt 3", "Apartment 4B", "Suite #200", "Flat 2".</summary>
    private const string Unit = @"([Aa]pt|[Aa]partment|[Uu]nit|[Ss]uite|[Ff]lat)\.? ?#?[A-Za-z0-9]{1,5}";

    /// <summary>Month names and abbreviations, capitalised or (in text written all in lower case) not.</summary>
    private const string Months =
        "([Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|[Mm]ay|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember"
        + "|[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Ss]ept|[Oo]ct|[Nn]ov|[Dd]ec)";

    public static readonly Regex Email = new(
        @"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b", Linear);

    public static readonly Regex Url = new(
        @"\b(https?://|www\.)[^\s<>""]+|\b[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.(com|org|net|io|me|edu|info|blog|co\.uk|org\.uk)\b(/[^\s<>""]*)?",
        Linear);

    public static readonly Regex Handle = new(@"(^|[\s(""'])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}", Linear);

    /// <summary>The first words of <see cref="KeyedHandle"/>'s own keys ("gamer tag", "user name", "in-game name").</summary>
    public static readonly string[] HandleKeyWords = ["gamer", "user", "screen", "online", "player", "account", "in-game"];

    /// <summary>The platforms whose name, tag or ID <see cref="KeyedHandle"/> reads (declared before it: static fields start in order).</summary>
    public static readonly string[] HandlePlatforms =
    [
        "Roblox", "Minecraft", "Fortnite", "Xbox", "PlayStation", "PSN", "Steam", "Discord", "TikTok", "Instagram", "YouTube", "KakaoTalk", "Kakao",
        "WeChat", "LINE", "Snapchat", "Telegram", "Skype",
    ];

    /// <summary>
    /// An online name given after its key and the person whose it is: "Your gamer tag is TamaBuildsPa_NZ09", "my
    /// username: mia.draws22", "her Roblox name is SkyBuilderKid", "my KakaoTalk ID is doyun_umma_0312" (not "The
    /// player name is McQueen", "the username is Cool.Cat"). <see cref="StructuredIdentifierRecognizer"/> keeps a value with a digit, an underscore, a dot
    /// or a capital inside it, which an ordinary word ("Your username is secret") does not have; all capitals ("Your
    /// username is NOT your name") are a word too. The recognizer runs it only on a text with the first word of a key
    /// (<see cref="HandleKeyWords"/>) or a platform (<see cref="HandlePlatforms"/>): a key added here is added there too.
    /// </summary>
    public static readonly Regex KeyedHandle = new(
        @"(?:\b(?:[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Ww]hose)|\b[A-Z]\p{L}+['’]s) (?:[Gg]amer ?[Tt]ag|[Uu]ser ?[Nn]ame|[Ss]creen ?[Nn]ame|[Oo]nline [Hh]andle|[Pp]layer [Nn]ame|[Aa]ccount [Nn]ame|[Ii]n-game [Nn]ame|(?:" + string.Join('|', HandlePlatforms) + @") (?:[Nn]ame|[Tt]ag|ID))(?: is| was)?(?: ?:)? ?[""“'‘]?(?<value>[A-Za-z0-9][A-Za-z0-9_.-]{2,29}[A-Za-z0-9])\b",
        Linear);

    public static readonly Regex Ssn = new(@"\b\d{3}[- ]\d{2}[- ]\d{4}\b|\b\d{9}\b", Linear);

    public static readonly Regex CardLike = new(@"\b\d{4}([ -]?\d{4}){2}[ -]?\d{1,7}\b", Linear);

    public static readonly Regex TenDigits = new(@"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b", Linear);

    public static readonly Regex NationalInsurance = new(@"\b[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", Linear);

    /// <summary>
    /// A key ("MRN", "student number", "health card number", "Medicaid", "lunch PIN", national numbers such as "CPF",
    /// "CURP", "OEN", "SIN", "PESEL", the Swedish "personnummer", the Philippine "LRN", the English "UPN", the Australian
    /// "NDIS participant no.", an exam "candidate number", a student's enrolment "matrícula number" or "número de matrícula" (not a
    /// "matrícula" alone, a fee or a car's plate), …) then the
    /// ID (group "value"): dotted thousands ("1.037.552.918", a cédula; "21.345.678-K", a RUT), digit groups separated by
    /// single spaces or dots, with an optional dashed check part ("495 879 0802", "318.442.907-15"; tried first so that the whole number is
    /// taken, not its first group), letters and digits ("HELS150623MDFRPFA4"), letters and two numbers between
    /// slashes ("ABS/2019/0457"; "24/7" and dates have no letters), or two letter codes and a number ("LUTH/PAED/448213",
    /// a hospital and its ward). "Lunch number" is a key as "lunch code" is; a bracket may open before the number word
    /// ("student ID card (number 2B-0417)"); a table's bar or bold marks may stand between key and value ("| DNI |
    /// 78451236", "**Student ID:** 4408127"). The keys of group "long" (most national numbers) need six letters and
    /// digits with three digits or more ("NHI: ZAC5361", not "The NIN 2024 rules"), "pupil" and "learner" a number word
    /// ("pupil ID", not "Star Pupil 2024"), and a value after a table's bar must close its cell ("| Lunch PIN | 4471 |",
    /// not "| School record | 1500 m |"); <see cref="StructuredIdentifierRecognizer"/> checks the first and the last.
    /// "Health" counts only with a number word after it; "PIN" and most national acronyms (RFC, OEN, SIN, DNI, NIE,
    /// NIF, BSN, TFN, CHI, LRN, NIN, …) only in capitals, "cpf", "curp" and "pesel", which no language uses as a word,
    /// in any case.
    /// </summary>
    public static readonly Regex KeyedId = new(
        @"\b(?:[Mm][Rr][Nn]|[Mm]edical [Rr]ecord|[Rr]ecord|[Pp]atient|[Ss]tudent|[Mm]ember|[Ii]nsurance|[Pp]olicy|[Cc]ase|[Aa]ccount|[Hh]ospital|[Cc]hart|[Ll]ibrary [Cc]ard|[Mm]edicaid|[Mm]edicare|[Pp]assport|[Ll]unch (?:[Aa]ccount|[Cc]ode|[Nn]umber)|PIN|[Cc][Pp][Ff]|[Cc][Uu][Rr][Pp]|RFC|OEN|SIN|DNI|NIE|NIF|[Pp][Ee][Ss][Ee][Ll]|BSN|TFN|[Aa]adhaar|(?<long>[Pp]ersonnummer|[Ff](?:ø|o|oe)dselsnummer|[Hh]enkil(?:ö|o)tunnus|HETU|CPR-(?:[Nn]ummer|[Nn]r)|PPSN?|CHI|UPN|ULN|LRN|OHIP|PHN|NHI|NIN|NRIC|CNIC|HKID|[Cc]odice [Ff]iscale|[Kk]imlik|[Pp]hil[Hh]ealth|[Cc][ée]dula|RUT|RUN|[Mm]atr[íi]cula (?:[Nn]umber|[Nn]o\.?|ID)|[Nn][úu]mero de matr[íi]cula|NDIS(?: [Pp]articipant)?)|[Ll]earner [Rr]eference|(?:[Ll]earner|[Pp]upil|[Cc]andidate) (?:[Nn]umber|[Nn]o\.?|[Ii][Dd])|[Ii][Dd]|NHS|SSN|[Ss]ocial [Ss]ecurity|[Hh]ealth(?: [Cc]are| [Cc]ard| [Ii]nsurance)? (?:[Nn]umber|[Nn]o\.?|[Ii][Dd]|#))(?: ?\(?(?:[Ii][Dd]|[Nn]umber|[Nn]o\.?|#|[Cc]ard))*(?: (?:is|was))?(?<separator> ?[:#.,|*]* ?#?)(?<value>\d{1,3}(?:\.\d{3}){2,3}(?:-(?:\d{1,4}|[Kk]))?\b|\d{2,5}(?:[ .]\d{1,5}){1,4}(?:-(?:\d{1,4}|[Kk]))?\b|[A-Za-z]{2,4}/\d{2,4}/\d{2,6}\b|[A-Za-z]{2,5}/[A-Za-z]{2,5}/\d{3,8}\b|[A-Za-z]{0,4}-?\d[A-Za-z0-9-]{3,18}\b)",
        Linear);

    /// <summary>
    /// A child's own number named first and given after a colon later in the sentence: "I type my student number on the
    /// keypad: 4471928". Between key and colon no digit, colon or sentence end; the number has five digits or more and no
    /// unit after it ("… cost money if you lose one: 50000 won" is a price; "ID card" and "code" are left out: "my student ID
    /// card opens the art room: 1042", "the student code of conduct: 2024").
    /// </summary>
    public static readonly Regex KeyedIdAfterColon = new(
        @"\b(?:[Ss]tudent|[Ll]unch|[Ll]ibrary|[Pp]atient|[Mm]ember|[Pp]upil) (?:[Nn]umber|PIN)\b[^.!?\n\d:]{1,40}: ?(?<value>\d{5,12})\b",
        Linear);

    /// <summary>
    /// A number given after "number:" in the dotted thousands of Spanish, Portuguese, German or Dutch writing: "a band with
    /// your name and a long number: 1.037.552.918" (a Colombian cédula). Seven digits or more in groups of three;
    /// <see cref="StructuredIdentifierRecognizer"/> keeps it only after a name, a card, a band or a form in its sentence and
    /// leaves out a count ending on ".000" or followed by a unit.
    /// </summary>
    public static readonly Regex DottedNumberAfterColon = new(@"\b[Nn]umber ?: ?(?<value>\d{1,3}(?:\.\d{3}){2,3})\b", Linear);

    /// <summary>
    /// A child's own number asked for and said in the next sentence: "The lady asks, "What's your student number?" I say
    /// my number: 2047 3318." The question asks for "your" (or "my") key and ends on it; the answer, within a few words,
    /// says "my" or "I" before a colon and gives one or two groups of digits (six digits or more together, checked by <see cref="StructuredIdentifierRecognizer"/>).
    /// </summary>
    public static readonly Regex KeyedIdAnswered = new(
        @"\b(?:[Yy]our|[Mm]y) (?:[Ss]tudent|[Ll]unch|[Ll]ibrary|[Pp]atient|[Mm]ember|[Pp]upil) (?:[Nn]umber|ID|PIN)\?[""”’']? [^.!?\n\d:]{0,30}\b(?:my|I)\b[^.!?\n\d:]{0,30}: ?(?<value>\d{3,8}(?: \d{3,8})?)\b",
        Linear);

    /// <summary>
    /// National numbers whose shape alone tells them apart from any phone, price or time: a Mexican CURP
    /// ("RACM160725HJCMRTA7": four letters, the birth date, sex, state and consonants, two check characters), a Brazilian
    /// CPF ("529.982.247-25"), an Ontario health card with its version code ("4532-281-947-KT"), a Philippine PhilHealth
    /// number ("12-025789634-1": two digits, nine and one) and a Chilean RUT whose check is K ("9.876.543-K"; one that
    /// ends on a digit, "21.874.302-1", counts by its check digit: see <see cref="DottedRut"/>).
    /// </summary>
    public static readonly Regex ShapedNationalId = new(
        @"\b[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d\b|\b\d{3}\.\d{3}\.\d{3}-\d{2}\b|\b\d{4}-\d{3}-\d{3}-[A-Z]{2}\b|\b\d{2}-\d{9}-\d\b|\b\d{1,2}\.\d{3}\.\d{3}-[kK]\b", Linear);

    /// <summary>
    /// A French-style number in pairs ("06 14 52 87 33"); counted only after a phone cue, since lottery numbers and
    /// counting by twos ("02 04 06 08 10") look the same.
    /// </summary>
    /// <summary>
    /// A Chilean RUT or RUN in its dotted form with a check digit ("21.874.302-1"); kept only when the check digit is right
    /// (<see cref="Checksums.IsRutValid"/>), so one number in eleven of that shape passes by chance, and a key ("RUT",
    /// "RUN", "carnet", "cédula") stands in the text before it ("ask for my RUT. I will say: 21.874.302-1").
    /// </summary>
    public static readonly Regex DottedRut = new(@"\b\d{1,2}\.\d{3}\.\d{3}-\d\b", Linear);

    public static readonly Regex PairedPhone = new(@"\b0\d( \d{2}){4}\b", Linear);

    /// <summary>
    /// An Indian mobile number in two groups of five ("98450 12345", "98450-12345", "+91 98450 12345"): ten digits, the
    /// first 6 to 9.
    /// Counted only after a phone cue, as <see cref="PairedPhone"/> is.
    /// </summary>
    public static readonly Regex FiveFivePhone = new(@"(\+91[ -]?)?\b[6-9]\d{4}[ -]\d{5}\b", Linear);

    public static readonly Regex Phone = new(
        @"(\+\d{1,3}[ .-]?)?(\(\d{2,5}\) ?|\b\d{2,5}[ .-])\d{3,4}[ .-]?\d{3,4}\b|\b\d{3}-\d{4}\b|\+\d{10,13}\b|\b0\d{9,10}\b"
        // A country code, a group of three and pairs: "+90 532 555 14 27".
        + @"|\+\d{1,3} \d{3}( \d{2,4}){2,4}\b",
        Linear);

    /// <summary>
    /// A phone written digit by digit: single digits, each followed by one space, a dash or dot, or a dash or dot with a
    /// space on either side ("5 5 5 - 2 0 1 - 4 4 7 8", "5.5.5.2.0.1"). Multi-digit numbers never match, so ordinary
    /// numbers, years and times do not; <see cref="StructuredIdentifierRecognizer"/> checks the digit count, the grouping
    /// and a cue before accepting one.
    /// </summary>
    public static readonly Regex SpacedPhone = new(@"(\+ ?\d|\b\d)(( ?[-.] ?| )\d){6,12}\b", Linear);

    /// <summary>
    /// Month names of the stories' other languages, as the normaliser leaves them (accents folded: "marco", "subat",
    /// "pazdziernika"); only in a full date with a year ("12 de mayo de 2017", "3 Mart 2016", "14. März 2015").
    /// </summary>
    private const string ForeignMonths =
        "([Ee]nero|[Ff]ebrero|[Mm]arzo|[Aa]bril|[Mm]ayo|[Jj]unio|[Jj]ulio|[Aa]gosto|[Ss]eptiembre|[Ss]etiembre|[Oo]ctubre|[Nn]oviembre|[Dd]iciembre|[Jj]aneiro|[Ff]evereiro|[Mm]arco|[Mm]aio|[Jj]unho|[Jj]ulho|[Ss]etembro|[Oo]utubro|[Nn]ovembro|[Dd]ezembro|[Jj]anvier|[Ff]evrier|[Mm]ars|[Aa]vril|[Mm]ai|[Jj]uin|[Jj]uillet|[Aa]out|[Ss]eptembre|[Oo]ctobre|[Nn]ovembre|[Dd]ecembre|[Jj]anuar|[Ff]ebruar|[Mm]arz|[Mm]aerz|[Jj]uni|[Jj]uli|[Oo]ktober|[Dd]ezember|[Gg]ennaio|[Ff]ebbraio|[Aa]prile|[Mm]aggio|[Gg]iugno|[Ll]uglio|[Ss]ettembre|[Oo]ttobre|[Dd]icembre|[Oo]cak|[Ss]ubat|[Mm]art|[Nn]isan|[Mm]ayis|[Hh]aziran|[Tt]emmuz|[Aa]gustos|[Ee]ylul|[Ee]kim|[Kk]asim|[Aa]ralik|[Ss]tycznia|[Ll]utego|[Mm]arca|[Kk]wietnia|[Mm]aja|[Cc]zerwca|[Ll]ipca|[Ss]ierpnia|[Ww]rzesnia|[Pp]azdziernika|[Ll]istopada|[Gg]rudnia|[Jj]anuari|[Ff]ebruari|[Mm]aart|[Mm]ei|[Aa]ugustus|[Aa]ugusti|[Mm]aj)";

    public static readonly Regex Date = new(
        @"\b(0?[1-9]|[12]\d|3[01])[/.-](0?[1-9]|[12]\d|3[01])[/.-]((19|20)\d{2}|\d{2})\b"
        + @"|\b(19|20)\d{2}-\d{2}-\d{2}\b"
        + $@"|\b{Months}\.? (0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?(,? (19|20)\d{{2}})?\b"
        + $@"|\b(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)? (of )?{Months}(,? (19|20)\d{{2}})?\b"
        + $@"|\b(0?[1-9]|[12]\d|3[01])\.?( de)? {ForeignMonths}( de)?,? (19|20)\d{{2}}\b",
        Linear);

    // Days of the month in words, "first" to "thirty-first" ("twenty first" and "twenty-first" both).
    private const string OrdinalDays =
        "(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
        + "|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
        + "|thirtieth|thirty[- ]first)";

    private const string UnitWords = "(one|two|three|four|five|six|seven|eight|nine)";

    private const string TeenWords = "(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

    private const string TensWords = "(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";

    // A year in words: "two thousand and twenty-four", "two thousand and nine", "twenty twenty-four", "nineteen
    // ninety-eight", "twenty oh five".
    private const string YearWords =
        "(two thousand( and)?( " + TensWords + "([- ]" + UnitWords + ")?| " + TeenWords + "| " + UnitWords + ")?"
        + "|(nineteen|twenty)[- ](" + TensWords + "([- ]" + UnitWords + ")?|" + TeenWords + "|(oh|o)[- ]" + UnitWords + "))";

    private const string DigitWords = "([Oo]h|[Zz]ero|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)";

    // A digit said twice or three times as British callers say it: "nine-double-oh", "triple five".
    private const string RepeatedDigitWords = "(([Dd]ouble|[Tt]riple)[- ])?" + DigitWords;

    /// <summary>
    /// A phone number said digit by digit in words, the way a child practises it: "oh-eight-two, four-one-nine,
    /// seven-three-four-six", "five five five, two one two, three four". Seven to thirteen digit words joined by hyphens,
    /// spaces, commas or line breaks (a number set out as a chant, a group on each line); <see
    /// cref="StructuredIdentifierRecognizer"/> wants a phone cue before it and no counting.
    /// </summary>
    public static readonly Regex WordPhone = new(
        @"\b" + DigitWords + @"((-|,? |, ?| - |,?\r?\n)" + RepeatedDigitWords + @"){6,12}\b",
        Linear);

    /// <summary>
    /// A short number said digit by digit in words: "four-four-seven-one-nine", "four, four, seven, one, nine". Four to six
    /// digit words (a phone has seven or more); <see cref="StructuredIdentifierRecognizer"/> wants the key of a child's own
    /// number before it ("My lunch number is …") and no counting.
    /// </summary>
    public static readonly Regex WordId = new(
        @"\b" + DigitWords + @"((-|,? |, ?)" + DigitWords + @"){3,5}\b",
        Linear);

    /// <summary>
    /// A date with its day in words, the way a story spells it out for a child: "the fourth of November, two thousand
    /// and twenty-four", "November the fourth", "the twenty-first of May 2016". Matched apart from <see cref="Date"/>,
    /// and only a birth cue before it makes it a date of birth ("The trip is on the fourth of May" is no one's).
    /// </summary>
    public static readonly Regex WordDate = new(
        @"\b([Tt]he )?" + OrdinalDays + " (day )?of " + CapitalisedMonths + @"\b(,? ((19|20)\d{2}\b|" + YearWords + @"\b))?"
        + @"|\b" + CapitalisedMonths + " (the )?" + OrdinalDays + @"\b(,? ((19|20)\d{2}\b|" + YearWords + @"\b))?",
        Linear);

    // Whole month names, capitalised: after a day in words "the second of Mar" is "Mary's", and "may first" a verb.
    private const string CapitalisedMonths = "(January|February|March|April|May|June|July|August|September|October|November|December)";

    /// <summary>
    /// Number, one to three capitalised or numbered ("75th") street words and a suffix, with an optional unit before
    /// ("Apartment 4B, 220 West 75th Street") or after it, a town in any script ("Nam Định", "Thừa Thiên-Huế"), a state
    /// and a postal code, also after a comma: a ZIP, a Brazilian CEP ("08671-693"), an Indian PIN ("954 348"), a UK
    /// postcode, or four digits after the town and a comma ("Parkhurst, Johannesburg, 2193").
    /// </summary>
    public static readonly Regex StreetAddress = new(
        @"\b(" + Unit + @",? )?\d{1,5}[A-Za-z]? (([A-Z][A-Za-z'.-]*|\d{1,3}(st|nd|rd|th)) ){1,3}(" + string.Join('|', StreetSuffixes.Select(CaseVariant)) + @")\b\.?"
        + @"(,? ?(" + Unit + "|#" + @"\.? ?#?[A-Za-z0-9]{1,5}))?"
        + @"(, \p{Lu}\p{Ll}[\p{L}'-]*( (de |del |da |do |la )?\p{Lu}[\p{L}'-]+\b){0,2}( \d{4}\b)?){0,2}(,? [A-Z]{2,3}( \d{4})?\b)?"
        + @"(,? (\d{5}(-\d{3,4})?|\d{3} \d{3}|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})\b|, \d{4}\b)?",
        Linear);

    /// <summary>
    /// Matched on normalised text, where accents are folded away: "Travesía" is "Travesia", "Sokağı" "Sokagi".
    /// Continental formats: "Halligstr. 51", "Neusser Straße 112", Dutch compounds ("Muldersloot 7", in lower case too:
    /// "sannegracht 65"), "ul. Wiacek 521", "Okul Sokak 89" (Turkish road words also in lower case, "kocatepe caddesi
    /// 48c": no English word is spelt so), "Via Roma 12", "Incrocio Pircher 1", Spanish and Portuguese road words
    /// before capitalised name words and a number or "s/n" ("Cuesta Gilberto Báez s/n."; not "Sofia Estrada Ruiz is
    /// 7"), and number-first Romance forms with an optional town: "75 Impasse de la Huchette", "856 Place d'Assas,
    /// Nancy" (French writes the road word in lower case too, then always with "de", "du" or "des": "27 rue des Lilas"), the Malay "18 Lorong Kampung Malabar, George Town" and "No. 5, Jalan Ampang" (a comma only after "No.": "At 7, Jalan
    /// Alor fills up" is a time) and the Indonesian "Jl. Sudirman No. 5" (with "No." only: "Jalan Bukit Bintang, 5 minutes
    /// from the mall" is no address). Any of them may end on a town and postal
    /// code after a comma.
    /// </summary>
    public static readonly Regex EuropeanAddress = new(
        @"(?:\b[A-Z][A-Za-z-]*([Ss]tr\.|[Ss]traße|[Ss]trasse|weg|gasse|platz|allee|straat|laan|gracht|sloot|steeg|kade|plein|dijk|singel|dreef|plantsoen) \d{1,5}[a-z]?\b"
        + @"|\b[a-z][a-z-]*(straße|strasse|gasse|platz|allee|straat|laan|gracht|sloot|steeg|kade|plein|dijk|singel|dreef|plantsoen) \d{1,5}[a-z]?\b"
        + @"|\b([Uu]l\.|[Aa]l\.|[Uu]lica|[Aa]leja|[Pp]l\.) \p{L}[\p{L}'-]*( \p{L}[\p{L}'-]*)? \d{1,5}[a-z]?(/\d{1,4})?\b"
        + @"|\b\p{Lu}[\p{L}-]* (Stra(ß|ss)e|Str\.|Weg|Gasse|Platz|Allee) \d{1,5}[a-z]?\b"
        + @"|\b\d{1,5}(bis|ter)?,? (Rue|Avenue|Boulevard|Place|Impasse|All[eé]e|Chemin|Quai|Cours|Passage|Rua|Travessa|Avenida|Alameda|Calle|Via|Viale|Piazza) "
        + @"(d'|l'|de la |de l'|du |des |de |da |do |dos |das |del |della |di )?[A-Z][A-Za-z'-]*( [A-Z][A-Za-z'-]*){0,2}(, [A-Z][a-z]+( [A-Z][a-z]+)?)?"
        + @"|\b\d{1,5}(bis|ter)?,? (rue|avenue|boulevard|place|impasse|all[eé]e|chemin|quai|cours) (d'|de la |de l'|du |des |de )[A-Z][A-Za-z'-]*( [A-Z][A-Za-z'-]*){0,2}(, [A-Z][a-z]+( [A-Z][a-z]+)?)?"
        + @"|\b(\p{Lu}[\p{L}-]*( \p{Lu}[\p{L}-]*)?|\p{Ll}[\p{L}-]*) ([Ss]okak|[Ss]okag[iı]|[Cc]addesi|[Bb]ulvar[iı]) (No:? ?)?\d{1,5}[a-z]?\b"
        + @"|\b(Via|Viale|Piazza|Corso|Incrocio|Calle|Calleja|Callejon|Avenida|Rua|Rue|Chemin|Riera|Plaza|Paseo|Camino|Carrer|Travessera|Ronda"
        + @"|Bajada|Cuesta|Subida|Torrente|Ramal|Glorieta|Rambla|Travesia|Pasaje|Carretera|Urbanizacion|Senda|Alameda|Travessa|Estrada|Largo|Praca|Praceta|Ladeira|Calcada"
        + @")"
        + @" (de |del |de la |da |do |dos |das |di )?\p{Lu}[\p{L}'.-]*( (de |del |da |do )?\p{Lu}[\p{L}'.-]*){0,3},? (\d{1,5}[a-z]?|s/n\.?)"
        + @"|\b(Jalan|Jln\.?|Jl\.?|Gang|Gg\.) \p{Lu}[\p{L}'.-]*( \p{Lu}[\p{L}'.-]*){0,3},? No\.? ?\d{1,5}[A-Za-z]?\b"
        + @"|\b(No\.? ?\d{1,5}[A-Za-z]?,? |\d{1,5}[A-Za-z]? )(Jalan|Jln\.?|Lorong|Lebuh|Persiaran) \p{Lu}[\p{L}'-]*( \p{Lu}[\p{L}'-]*){0,2}(, \p{Lu}[a-z]+( \p{Lu}[a-z]+)?)?)"
        + TownAfterComma,
        Linear);

    /// <summary>
    /// ", Bayburt", ", Kokkelert 2142 KU", ", Valdemoro 19944", ", 80-180 Gdańsk", ", Vila Madalena, São Paulo": up to
    /// two places after commas, each with a postal code before or after it.
    /// </summary>
    private const string TownAfterComma =
        @"(, (\d{2}-\d{3} |\d{4,5} )?\p{Lu}\p{Ll}[\p{L}'-]*( (de |del |da |do |la )?\p{Lu}[\p{L}'-]+\b){0,2}( \d{4,5}( [A-Z]{2}\b)?)?){0,2}";

    /// <summary>"P.O. Box 1234", "P.O. Box 45120-00100, Nairobi": a box, a postal code after it and a town.</summary>
    public static readonly Regex PoBox = new(@"\b[Pp]\.? ?[Oo]\.? [Bb]ox \d{1,6}(-\d{3,5})?\b" + TownAfterComma, Linear);

    /// <summary>
    /// "SW1A 1AA", "M1 1AE". Written as two alternatives (one or two area letters) rather than [A-Z]{1,2}: the same
    /// matches, but the non-backtracking engine then scans without allocating (with {1,2} it allocated about 2 bytes
    /// per character of text on every call).
    /// </summary>
    public static readonly Regex UkPostcode = new(@"\b[A-Z]\d[A-Z\d]? ?\d[A-Z]{2}\b|\b[A-Z][A-Z]\d[A-Z\d]? ?\d[A-Z]{2}\b", Linear);

    private static string CaseVariant(string word) => $"[{char.ToUpperInvariant(word[0])}{word[0]}]{word[1..]}|{word.ToUpperInvariant()}";
}
