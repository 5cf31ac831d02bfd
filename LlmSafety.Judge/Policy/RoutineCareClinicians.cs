using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// A named dentist, eye doctor, vet, school nurse or new family doctor, or a doctor at a vaccine or at the check-up every child has,
/// is a named person, not a health disclosure: the design counts routine care without a condition as no health
/// information ("I go to the dentist to keep my teeth clean"), while "Dr. Osei" still identifies someone as "Mrs. Osei"
/// would. A clinician is read so only when the story has no other health entity and the sentence that names them is
/// about teeth, eyes, a vaccine, every child's check-up, the school's nurse or a family's new doctor and nothing more ("The eye doctor is
/// Dr. Orlova", "Your family's new doctor will be Dr. MacLeod", "see Dr. Whitfield at Lone Star Kids Dental", "to see
/// Dr. Mensah, our family doctor, for my vaccine"): no health or body word besides the teeth or eyes, no "has", "born",
/// "because" or "operation". Such a clinician becomes a PERSON_NAME wherever the story names them again, and a place
/// after "at" becomes its ORGANIZATION. Any other clinician stays a provider ("Dr. Kim, my heart doctor").
/// </summary>
internal static class RoutineCareClinicians
{
    public static void Retype(AnalyzedText analyzed, List<CandidateEntity> entities, JudgePolicy policy)
    {
        DropCheckUpInstruments(analyzed, entities);
        DropRoutineChecks(analyzed, entities);
        foreach (var entity in entities)
        {
            if (entity.Type is EntityType.Diagnosis or EntityType.Medication or EntityType.Treatment or EntityType.Device)
            {
                return;
            }
        }

        // Each named clinician once: where it stands, its surname and any "at" in it; and the surnames of those whose own
        // sentence is routine care, each sentence read at most once.
        var named = new List<(int Index, string Surname, int At)>();
        HashSet<string>? routine = null;
        var verdicts = new Dictionary<int, bool>();
        var tokens = analyzed.Tokens;
        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Type != EntityType.Provider || Named(analyzed, entity) is not var (surname, at))
            {
                continue;
            }

            named.Add((i, surname, at));
            var s = analyzed.Sentences.SentenceOf(AnalyzedText.TokenAt(tokens, entity.Start));
            if (!verdicts.TryGetValue(s, out var isRoutine))
            {
                isRoutine = IsRoutineCareSentence(analyzed, s);
                verdicts[s] = isRoutine;
            }

            if (isRoutine)
            {
                (routine ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(surname);
            }
        }

        // "Today Dad and I are going to Sakura Kids Clinic for my check-up. … Dr. Mori works there.": in a story of a
        // check-up with no reason given and nothing else of health in it, every clinician it names is the check-up's.
        if (routine is null && named.Count > 0 && HasRoutineCheckUp(analyzed))
        {
            routine = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (_, surname, _) in named)
            {
                routine.Add(surname);
            }
        }

        if (routine is null)
        {
            return;
        }

        // Backwards, so an inserted organisation leaves the indices still to come in place.
        for (var n = named.Count - 1; n >= 0; n--)
        {
            var (i, surname, at) = named[n];
            if (!routine.Contains(surname))
            {
                continue;
            }

            var entity = entities[i];
            if (at < 0)
            {
                // "The doctor is called Doctor Kwame", "The nurse, Tía Paula, will measure me": a title or a family word
                // and a given name only is the bare first name the policy allows, the check-up's and no one's surname.
                if (policy.AllowBareFirstNames && IsTitleAndGivenName(analyzed, entity))
                {
                    entities.RemoveAt(i);
                    continue;
                }

                entities[i] = entity with { Type = EntityType.PersonName };
                continue;
            }

            // "Dr. Whitfield at Lone Star Kids Dental": the person, then the practice.
            entities[i] = entity with { Type = EntityType.PersonName, End = tokens[at - 1].End };
            entities.Insert(i + 1, entity with { Type = EntityType.Organization, Start = tokens[at + 1].Start });
        }
    }

    // The parts of a routine check's name: "an eye test", "the school hearing check", "your yearly eye exam".
    private static readonly string[] CheckWords =
    [
        "a", "an", "the", "my", "your", "his", "her", "their", "our", "this", "next", "school", "yearly", "annual", "routine", "usual", "eye",
        "eyes", "sight", "vision", "hearing", "test", "tests", "check", "checks", "exam", "exams", "examination", "screening", "checkup",
        "checkups", "up", "-",
    ];

    private static readonly string[] CheckNouns = ["test", "tests", "check", "checks", "exam", "exams", "examination", "screening", "checkup", "checkups"];

    private static readonly string[] Senses = ["eye", "eyes", "sight", "vision", "hearing"];

    // A reason or a result in the check's sentence makes it more than routine: "an eye test because my eyes are blurry".
    // So is a hospital or a specialist: "You had a hearing test in a sound booth at the hospital last spring".
    private static readonly string[] ReasonCues =
        [
            "because", "again", "result", "results", "showed", "shows", "found", "finds", "follow", "prescribed", "hospital", "clinic", "audiologist",
            "audiology", "specialist", "pass", "passed", "fail", "failed", "another", "worse", "referred",

            // What a dental X-ray may find: "It showed a cavity. I will get a filling".
            "cavity", "cavities", "filling", "fillings", "hole", "decay", "broken", "crooked", "extra",
        ];

    // How far around the check its sentence is read for a reason.
    private const int ReasonWindow = 16;

    /// <summary>
    /// "You have an eye test on Tuesday", "the school hearing check", "a routine eye and hearing check": a check of the eyes
    /// or ears that every child has is routine care, no disclosure, when nothing else in the story is health information
    /// and its sentence gives no reason or result. Any other health entity keeps every check ("an eye test, and now I wear
    /// glasses").
    /// </summary>
    private static void DropRoutineChecks(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        var checks = 0;
        foreach (var entity in entities)
        {
            if (entity.Type is EntityType.Medication or EntityType.Device || (entity.Type == EntityType.Diagnosis && !IsSensesBeforeCheck(analyzed, entity)))
            {
                return;
            }

            if (entity.Type is EntityType.Treatment or EntityType.Diagnosis)
            {
                if (entity.Type == EntityType.Treatment && !IsRoutineCheck(analyzed, entity))
                {
                    return;
                }

                checks++;
            }
        }

        if (checks > 0)
        {
            entities.RemoveAll(e => e.Type is EntityType.Treatment or EntityType.Diagnosis);
        }
    }

    /// <summary>
    /// "a routine eye and hearing check": the tagger's diagnosis of only the senses ("eye and hearing") right before the
    /// check's noun, with no reason or result around it, is the check's.
    /// </summary>
    private static bool IsSensesBeforeCheck(AnalyzedText analyzed, CandidateEntity entity)
    {
        var tokens = analyzed.Tokens;
        var (first, last) = TokensOf(tokens, entity);

        for (var t = first; t <= last; t++)
        {
            if (!WordLists.Contains(Senses, tokens[t].In(analyzed.Text)) && tokens[t].In(analyzed.Text) is not ("and" or "or" or "ear" or "ears"))
            {
                return false;
            }
        }

        return last + 1 < tokens.Count && WordLists.Contains(CheckNouns, tokens[last + 1].In(analyzed.Text)) && !IsReasonAround(analyzed, first, last + 1);
    }

    // The instruments of a check-up: "a soft cuff on my arm that squeezes tight", "weighs me on a scale", and a dentist's
    // ("a tiny mirror", "a little air blower that tickles").
    private static readonly string[] Instruments =
        ["cuff", "stethoscope", "scale", "scales", "thermometer", "otoscope", "torch", "flashlight", "mirror", "blower", "suction", "polisher"];

    /// <summary>
    /// "Before camp, every child needs a check-up. … She puts a soft cuff on my arm that squeezes tight": a device of the
    /// tagger that holds no word of the health lists, in a sentence with a check-up's instrument, is the check-up's, when
    /// the story says every child has one and nothing else in it is health information; a reason or a result in the
    /// sentence keeps it ("because my blood pressure was high"), and so does a device the lists know ("my wheelchair") or a
    /// rule found ("the button on my tummy where my milk goes in").
    /// </summary>
    private static void DropCheckUpInstruments(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        var tokens = analyzed.Tokens;
        var instruments = 0;
        var checkedSentence = -1;
        foreach (var entity in entities)
        {
            if (entity.Type is EntityType.Diagnosis or EntityType.Medication or EntityType.Treatment)
            {
                return;
            }

            if (entity.Type != EntityType.Device)
            {
                continue;
            }

            // A device a rule found ("the button on my tummy where my milk goes in") is the child's, check-up or not.
            if (!entity.Source.StartsWith("model:", StringComparison.Ordinal))
            {
                return;
            }

            // A device the lists know ("my wheelchair", "my insulin pump") is the child's, check-up or not.
            var first = AnalyzedText.TokenAt(tokens, entity.Start);
            for (var t = first; t < tokens.Count && tokens[t].End <= entity.End; t++)
            {
                if ((analyzed.Lexicons[t] & LexiconSet.HealthKinds) != 0)
                {
                    return;
                }
            }

            // Each sentence is read once, however many devices it holds.
            var s = analyzed.Sentences.SentenceOf(first);
            if (s != checkedSentence)
            {
                var (start, end) = (analyzed.Sentences.Start(s), analyzed.Sentences.End(s, tokens.Count));
                if (!WordLists.AnyIn(analyzed.Text, tokens, start, end - 1, Instruments) || WordLists.AnyIn(analyzed.Text, tokens, start, end - 1, ReasonCues)
                    || WordLists.AnyIn(analyzed.Text, tokens, start, end - 1, ConditionCues))
                {
                    return;
                }

                checkedSentence = s;
            }

            instruments++;
        }

        if (instruments > 0 && HasEveryChildsCheckUp(analyzed))
        {
            entities.RemoveAll(e => e.Type == EntityType.Device);
        }
    }

    /// <summary>Two words (a full stop between them may stand): a title or a family word, then a word known only as a given name.</summary>
    private static bool IsTitleAndGivenName(AnalyzedText analyzed, CandidateEntity entity)
    {
        var tokens = analyzed.Tokens;
        var (first, last) = TokensOf(tokens, entity);
        if (!(last == first + 1 || (last == first + 2 && tokens[first + 1].In(analyzed.Text) is ".")))
        {
            return false;
        }

        var opening = analyzed.Lexicons[first];
        var kinds = analyzed.Lexicons[last] & (LexiconKind.FirstName | LexiconKind.Surname);
        return (opening & (LexiconKind.Title | LexiconKind.KinWord | LexiconKind.Provider)) != 0
            && (kinds == LexiconKind.FirstName || (kinds == LexiconKind.None && GivenNames.Contains(tokens[last].In(analyzed.Text))));
    }

    // What makes a check-up more than the routine one: a reason, a result, a specialist or a hospital in its sentence.
    private static readonly string[] CheckUpReasons =
        ["because", "again", "result", "results", "showed", "found", "follow", "prescribed", "specialist", "referred", "worse", "hospital", "extra", "monthly", "weekly"];

    /// <summary>
    /// The story goes for a check-up or a vaccine ("for my check-up", "my six-year check-up", "her booster vaccines") and
    /// no sentence that says so gives a reason, a result, a specialist or a hospital.
    /// </summary>
    private static bool HasRoutineCheckUp(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var found = false;
        for (var t = 0; t < tokens.Count; t++)
        {
            // "check-up", "check up", "checkups"; not "check-in".
            var word = tokens[t].In(analyzed.Text);
            var up = t + 2 < tokens.Count && tokens[t + 1].In(analyzed.Text) is "-" ? t + 2 : t + 1;
            if (!(word.Equals("checkup", StringComparison.OrdinalIgnoreCase) || word.Equals("checkups", StringComparison.OrdinalIgnoreCase)
                || (word.Equals("check", StringComparison.OrdinalIgnoreCase) && up < tokens.Count && tokens[up].In(analyzed.Text) is "up" or "ups" or "Up" or "Ups")
                || IsEveryChildsVaccine(analyzed, t)))
            {
                continue;
            }

            var s = analyzed.Sentences.SentenceOf(t);
            var (from, to) = (analyzed.Sentences.Start(s), analyzed.Sentences.End(s, tokens.Count) - 1);
            if (WordLists.AnyIn(analyzed.Text, tokens, from, to, CheckUpReasons) || IsOftenerThanYearly(analyzed, from, to))
            {
                return false;
            }

            found = true;
        }

        return found;
    }

    /// <summary>
    /// "When children turn four, they get booster vaccines": a vaccine word whose sentence or the next says every child has
    /// it (not "Grandma gets her flu vaccine").
    /// </summary>
    private static bool IsEveryChildsVaccine(AnalyzedText analyzed, int t)
    {
        if (!WordLists.Contains(Vaccines, analyzed.Tokens[t].In(analyzed.Text)))
        {
            return false;
        }

        var s = analyzed.Sentences.SentenceOf(t);
        var last = Math.Min(s + 1, analyzed.Sentences.Count - 1);
        return SaysEveryChild(analyzed, analyzed.Sentences.Start(s), analyzed.Sentences.End(last, analyzed.Tokens.Count));
    }

    private static readonly string[] ShortSpans = ["week", "weeks", "month", "months", "few", "two", "three", "six"];

    /// <summary>"a checkup at the clinic every month", "every few weeks": check-ups that often watch over something.</summary>
    private static bool IsOftenerThanYearly(AnalyzedText analyzed, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (analyzed.Tokens[t].In(analyzed.Text) is "every" or "each" or "Every" or "Each" && WordLists.Contains(ShortSpans, analyzed.Tokens[t + 1].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A check-up the story says every child has ("every child needs a check-up so the camp knows …").</summary>
    private static bool HasEveryChildsCheckUp(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var lastSentence = -1;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (!IsCheckUp(analyzed, t, tokens.Count))
            {
                continue;
            }

            var s = analyzed.Sentences.SentenceOf(t);
            if (s != lastSentence)
            {
                if (SaysEveryChild(analyzed, analyzed.Sentences.Start(s), analyzed.Sentences.End(s, tokens.Count)))
                {
                    return true;
                }

                lastSentence = s;
            }
        }

        return false;
    }

    /// <summary>The first and last tokens of an entity.</summary>
    private static (int First, int Last) TokensOf(List<Token> tokens, CandidateEntity entity)
    {
        var first = AnalyzedText.TokenAt(tokens, entity.Start);
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].End <= entity.End)
        {
            last++;
        }

        return (first, last);
    }

    private static bool IsRoutineCheck(AnalyzedText analyzed, CandidateEntity entity)
    {
        var tokens = analyzed.Tokens;
        var (first, last) = TokensOf(tokens, entity);

        var (sense, noun) = (false, false);
        for (var t = first; t <= last; t++)
        {
            var word = tokens[t].In(analyzed.Text);
            if (!WordLists.Contains(CheckWords, word))
            {
                return IsDentalXray(analyzed, first, last) && !IsReasonAround(analyzed, first, last);
            }

            sense |= WordLists.Contains(Senses, word);
            noun |= WordLists.Contains(CheckNouns, word);
        }

        return sense && noun && !IsReasonAround(analyzed, first, last);
    }

    private static readonly string[] XrayWords = ["a", "an", "the", "my", "your", "x", "-", "ray", "rays", "xray", "xrays", "dental", "small", "quick", "little", "big", "machine"];

    private static readonly string[] Rays = ["ray", "rays", "xray", "xrays"];

    // The dentist, or the teeth an X-ray is of: "The X-ray takes a picture of my whole mouth".
    private static readonly string[] Dentists = ["dentist", "dentists", "dental", "hygienist", "orthodontist", "orthodontists", "teeth", "tooth", "mouth", "jaw"];

    /// <summary>
    /// "Sometimes the dentist takes an X-ray. … I wear a heavy apron for the X-ray.", "a room with a big X-ray machine. The
    /// X-ray takes a picture of my whole mouth.": an X-ray of the teeth is part of the check-up every child has, when the
    /// dentist, an orthodontist or the teeth stand in its sentence, one of the two before or the next.
    /// </summary>
    private static bool IsDentalXray(AnalyzedText analyzed, int first, int last)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var ray = false;
        for (var t = first; t <= last; t++)
        {
            ray |= WordLists.Contains(Rays, tokens[t].In(text));
            if (!WordLists.Contains(XrayWords, tokens[t].In(text)))
            {
                return false;
            }
        }

        if (!ray)
        {
            return false;
        }

        var from = first;
        for (var sentences = 0; from > 0 && first - from < 3 * ReasonWindow; from--)
        {
            if (analyzed.SentenceStarts[from] && ++sentences > 2)
            {
                break;
            }
        }

        var (_, sentenceLast) = analyzed.WindowInSentence(first, last, ReasonWindow);
        var to = analyzed.NextSentenceLast(last, ReasonWindow, ReasonWindow, sentenceLast);
        return WordLists.AnyIn(text, tokens, from, to, Dentists);
    }

    private static bool IsReasonAround(AnalyzedText analyzed, int first, int last)
    {
        var tokens = analyzed.Tokens;

        // Its sentence and the ones either side: "Last week you had an eye test. The optician found that your eyes are
        // long-sighted.", "I did not pass the school hearing check. Next week I have a hearing test."
        var (from, to) = analyzed.WindowInSentence(first, last, ReasonWindow);
        var sentences = 0;
        while (to + 1 < tokens.Count && to - last < 2 * ReasonWindow && (!analyzed.SentenceStarts[to + 1] || ++sentences < 2))
        {
            to++;
        }

        sentences = 0;
        while (from > 0 && first - from < 2 * ReasonWindow && (!analyzed.SentenceStarts[from] || ++sentences < 2))
        {
            from--;
        }

        return WordLists.AnyIn(analyzed.Text, tokens, from, to, ReasonCues);
    }

    /// <summary>
    /// For a named clinician, the last name word before any "at" ("Whitfield" of "Dr. Hannah Whitfield at …") and that
    /// "at" token (-1 if none); null for an unnamed one.
    /// </summary>
    private static (string Surname, int At)? Named(AnalyzedText analyzed, CandidateEntity entity)
    {
        var text = analyzed.Text;
        if (!JudgeEngine.HasName(text.AsSpan(entity.Start, entity.End - entity.Start)))
        {
            return null;
        }

        var tokens = analyzed.Tokens;
        var at = AtWithin(analyzed, entity);
        var end = at >= 0 ? tokens[at].Start : entity.End;
        string? last = null;
        for (var t = AnalyzedText.TokenAt(tokens, entity.Start); t < tokens.Count && tokens[t].End <= end; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && char.IsUpper(text[tokens[t].Start]) && tokens[t].End - tokens[t].Start >= 2
                && (analyzed.Lexicons[t] & LexiconKind.Title) == 0)
            {
                last = tokens[t].In(text).ToString();
            }
        }

        return last is null ? null : (last, at);
    }

    private static readonly string[] RoutineCareWords =
        ["dentist", "dentists", "dental", "hygienist", "teeth", "tooth", "optician", "optometrist", "optometry"];

    private static readonly string[] FamilyDoctorWords = ["new", "family"];

    private static readonly string[] Vets = ["vet", "vets", "veterinarian", "veterinary"];

    // How near the vet word a doctor's title must be: "the vet, Dr. Vasquez-Hale", "Dr. Lee, our vet".
    private const int VetReach = 3;

    /// <summary>
    /// A sentence that names a vet beside a doctor's title ("the vet, Dr. Vasquez-Hale", "Dr. Lee is our vet") and no other
    /// clinician: not "After the vet, we go to see Dr. Osei, my psychiatrist", nor "Dr. Kim used to be a vet, but now she
    /// is my doctor" (a doctor word that is no title).
    /// </summary>
    private static bool IsVetsSentence(AnalyzedText analyzed, int start, int end)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var vetNearTitle = false;
        for (var t = start; t < end; t++)
        {
            var word = tokens[t].In(text);
            if (WordLists.Contains(Vets, word))
            {
                for (var n = Math.Max(start, t - VetReach); n < end && n <= t + VetReach; n++)
                {
                    vetNearTitle |= IsTitleBeforeName(analyzed, n, end);
                }

                continue;
            }

            if ((analyzed.Lexicons[t] & LexiconKind.Provider) != 0 && !IsTitleBeforeName(analyzed, t, end))
            {
                return false;
            }
        }

        return vetNearTitle;
    }

    /// <summary>"Dr." or "Doctor" with a capitalised name right after it (past its full stop), in the sentence.</summary>
    private static bool IsTitleBeforeName(AnalyzedText analyzed, int t, int end)
    {
        if (!WordLists.Contains(NameRules.DoctorTitles, analyzed.Tokens[t].In(analyzed.Text)))
        {
            return false;
        }

        var name = t + 1 < end && analyzed.Tokens[t + 1].In(analyzed.Text) is "." ? t + 2 : t + 1;
        return name < end && analyzed.IsCapitalisedWord(name, minLength: 2);
    }

    private static readonly string[] SigningUp =
        ["sign up", "signs up", "signed up", "register with", "registers with", "registered with", "every family", "check-up", "checkup", "once a year", "every year"];

    // How far around the doctor's sentence the story is read for signing up: a sentence or two.
    private const int SignUpReach = 300;

    /// <summary>
    /// "When a family moves, they sign up with a new doctor", "Everyone signs up with a doctor when they move", "We visit
    /// her for a check-up once a year": the sentences around the family doctor's say the doctor is routine.
    /// </summary>
    private static bool SaysEveryoneSignsUp(AnalyzedText analyzed, int sentenceStart, int sentenceEnd)
    {
        var text = analyzed.Text;
        var from = Math.Max(0, analyzed.Tokens[sentenceStart].Start - SignUpReach);
        var to = Math.Min(text.Length, analyzed.Tokens[sentenceEnd - 1].End + SignUpReach);
        return WordLists.ContainsAnyPhrase(text.AsSpan(from, to - from), SigningUp);
    }

    private static readonly string[] EyeCareWords = ["doctor", "test", "exam", "check", "clinic", "appointment"];

    // What a visit finds that makes it more than a check-up, in the clinician's sentence or a later one of the visit.
    private static readonly string[] ProblemsFound =
    [
        "operation", "surgery", "condition", "problem", "problems", "treatment", "hospital", "cavity", "cavities", "filling", "fillings", "abscess", "decay",
        "extraction", "infection", "hole", "holes", "broken", "stitches", "bleeding", "impacted", "lump", "pulls", "pulled", "swollen",
    ];

    // Words that make the clinician's own sentence more than a check-up: "has an abscess", "born with", "because", "an operation".
    private static readonly string[] ConditionCues = ["has", "have", "had", "born", "because", "losing", .. ProblemsFound];

    /// <summary>
    /// Sentence s has a teeth or eye-care word ("dentist", "teeth", "optician", "eye doctor") and neither a condition cue
    /// nor a health or body word other than the teeth and eyes themselves.
    /// </summary>
    private static bool IsRoutineCareSentence(AnalyzedText analyzed, int s)
    {
        var verdict = RoutineVerdict(analyzed, s);
        if (verdict == false)
        {
            return false;
        }

        // "Next, Dr. Ferreira comes in. He looks at all your teeth": the sentences that go on about the clinician as "he"
        // or "she" are the visit too; one about the teeth or eyes makes a sentence with nothing of care in it routine, and
        // one with a condition ("He looks at my teeth and finds a hole. He says I need a filling") makes the visit none.
        var routine = verdict == true;
        for (var next = s + 1; next < analyzed.Sentences.Count && next - s <= VisitSentences && IsAboutClinician(analyzed, analyzed.Sentences.Start(next)); next++)
        {
            var followed = FollowingVerdict(analyzed, next);
            if (followed == false)
            {
                return false;
            }

            routine |= followed == true;
        }

        return routine;
    }

    // What a sentence about the clinician later in the visit says of a problem ("He looks at my teeth and finds a hole"):
    // not "has" or "because", which describe the clinician as often ("She has a kind voice").
    private static readonly string[] ProblemCues = [.. ProblemsFound, "sore", "because", "grind", "grinds", "grinding"];

    /// <summary>
    /// A later sentence of the visit: false with a problem cue or a word of a health list (a clinician's word aside),
    /// true about the teeth, the eyes or a vaccine, null for none of them.
    /// </summary>
    private static bool? FollowingVerdict(AnalyzedText analyzed, int s)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var routine = false;
        for (var t = analyzed.Sentences.Start(s); t < analyzed.Sentences.End(s, tokens.Count); t++)
        {
            var word = tokens[t].In(text);
            // "Then she will give me the vaccine with a small needle": the visit is a vaccine's.
            if (WordLists.Contains(Vaccines, word))
            {
                routine = true;
                continue;
            }

            var kinds = analyzed.Lexicons[t] & LexiconSet.HealthKinds;
            if (WordLists.Contains(ProblemCues, word) || (kinds != LexiconKind.None && kinds != LexiconKind.Provider))
            {
                return false;
            }

            routine |= WordLists.Contains(RoutineCareWords, word) || (IsEye(word) && t + 1 < tokens.Count && WordLists.Contains(EyeCareWords, tokens[t + 1].In(text)))
                || word is "eyes";
        }

        return routine ? true : null;
    }

    private static readonly string[] StepWords = ["then", "next", "now", "after", "afterwards", "finally", "later"];

    /// <summary>A sentence that opens on "He" or "She", or on "Then", "Next" … and "he" or "she" ("Then she checks …").</summary>
    private static bool IsAboutClinician(AnalyzedText analyzed, int start)
    {
        var tokens = analyzed.Tokens;
        if (tokens[start].In(analyzed.Text) is "He" or "She")
        {
            return true;
        }

        var after = start + 1 < tokens.Count && tokens[start + 1].In(analyzed.Text) is "," ? start + 2 : start + 1;
        return WordLists.Contains(StepWords, tokens[start].In(analyzed.Text)) && after < tokens.Count && tokens[after].In(analyzed.Text) is "he" or "she";
    }

    // How many sentences about the clinician after the one that names them are read: a visit's few steps.
    private const int VisitSentences = 6;

    /// <summary>True for a routine-care sentence, false for one with a condition cue or another health word, null for neither.</summary>
    private static bool? RoutineVerdict(AnalyzedText analyzed, int s)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var end = analyzed.Sentences.End(s, tokens.Count);
        // "Clover has an appointment with the vet, Dr. Vasquez-Hale": a vet's patients are animals, whatever they have.
        if (IsVetsSentence(analyzed, analyzed.Sentences.Start(s), end))
        {
            return true;
        }

        var routine = false;
        for (var t = analyzed.Sentences.Start(s); t < end; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = tokens[t].In(text);
            if (WordLists.Contains(RoutineCareWords, word))
            {
                routine = true;
                continue;
            }

            if (IsEye(word))
            {
                routine |= t + 1 < end && WordLists.Contains(EyeCareWords, tokens[t + 1].In(text));
                continue;
            }

            // "Mr. Lindqvist is the school nurse": the nurse every child of a school has, named as its staff are.
            if (word is "school" or "School" && t + 1 < end && tokens[t + 1].In(text) is "nurse" or "Nurse")
            {
                routine = true;
                t++;
                continue;
            }

            // "to see Dr. Mensah, our family doctor, for my vaccine": a visit every child has. A check-up counts when the
            // story says every child has one ("My Check-Up with Dr. Nwachukwu … Every child goes for a check-up"); "a
            // checkup at the clinic every month" watches something.
            if (WordLists.Contains(Vaccines, word))
            {
                routine = true;
                continue;
            }

            var checkUp = IsCheckUp(analyzed, t, end);
            if (checkUp && SaysEveryChild(analyzed, analyzed.Sentences.Start(s), end))
            {
                routine = true;
                t += word.Equals("check", StringComparison.OrdinalIgnoreCase) && tokens[t + 1].In(text) is "-" ? 2 : 0;
                continue;
            }

            // "Your family's new doctor will be Dr. MacLeod": the doctor a family signs up with after a move.
            if (WordLists.Contains(FamilyDoctorWords, word) && t + 1 < end && tokens[t + 1].In(text) is "doctor" or "GP" or "gp"
                && SaysEveryoneSignsUp(analyzed, analyzed.Sentences.Start(s), end))
            {
                routine = true;
                continue;
            }

            // "Dr. Ito will look in my ears and listen to my heart with a stethoscope", in a story of the check-up every
            // child has: the body a check-up looks at, with its instrument, is that check-up.
            var kinds = analyzed.Lexicons[t] & (LexiconSet.HealthKinds | LexiconKind.BodyWord);
            if (WordLists.Contains(Instruments, word) && analyzed.Memo<object>(CheckUpStoryKey, static text => HasEveryChildsCheckUp(text)) is true)
            {
                routine = true;
                continue;
            }

            if (kinds == LexiconKind.BodyWord && !WordLists.Contains(ConditionCues, word) && WordLists.AnyIn(text, tokens, analyzed.Sentences.Start(s), end - 1, Instruments)
                && analyzed.Memo<object>(CheckUpStoryKey, static text => HasEveryChildsCheckUp(text)) is true)
            {
                continue;
            }

            // "doctor" and "Dr." are what a dentist is called too; any other clinician word ("psychiatrist") is not.
            if (WordLists.Contains(ConditionCues, word)
                || (kinds != LexiconKind.None && !(kinds == LexiconKind.Provider && WordLists.Contains(NameRules.DoctorTitles, word))))
            {
                return false;
            }
        }

        return routine ? true : null;
    }

    private static readonly object CheckUpStoryKey = new();

    // Visits every child has.
    private static readonly string[] Vaccines =
        ["vaccine", "vaccines", "vaccination", "vaccinations", "immunisation", "immunisations", "immunization", "immunizations"];

    // What makes a check-up every child's.
    private static readonly string[] EveryChild =
        ["every child", "every kid", "all children", "all kids", "everyone goes", "once a year", "every year", "yearly", "annual", "every family", "twice a year",
            "two times a year", "every six months", "lots of children", "most children", "many children", "when children turn", "normal visit",
            "does not mean anything is wrong", "doesn't mean anything is wrong"];

    /// <summary>"checkup", "check-up" or "check up" at t, the next token read only before <paramref name="end"/>.</summary>
    private static bool IsCheckUp(AnalyzedText analyzed, int t, int end)
    {
        var word = analyzed.Tokens[t].In(analyzed.Text);
        return word.Equals("checkup", StringComparison.OrdinalIgnoreCase)
            || (word.Equals("check", StringComparison.OrdinalIgnoreCase) && t + 1 < end && analyzed.Tokens[t + 1].In(analyzed.Text) is "-" or "up" or "Up");
    }

    private static bool SaysEveryChild(AnalyzedText analyzed, int sentenceStart, int sentenceEnd)
    {
        var text = analyzed.Text;
        var from = Math.Max(0, analyzed.Tokens[sentenceStart].Start - SignUpReach);
        var to = Math.Min(text.Length, analyzed.Tokens[sentenceEnd - 1].End + SignUpReach);
        return WordLists.ContainsAnyPhrase(text.AsSpan(from, to - from), EveryChild);
    }

    private static bool IsEye(ReadOnlySpan<char> word) =>
        word.Equals("eye", StringComparison.OrdinalIgnoreCase) || word.Equals("eyes", StringComparison.OrdinalIgnoreCase);

    /// <summary>The token "at" inside the span with a word on each side, or -1.</summary>
    private static int AtWithin(AnalyzedText analyzed, CandidateEntity entity)
    {
        var tokens = analyzed.Tokens;
        var first = AnalyzedText.TokenAt(tokens, entity.Start);
        for (var t = first + 1; t < tokens.Count && tokens[t].End < entity.End; t++)
        {
            if (tokens[t].In(analyzed.Text) is "at")
            {
                return t;
            }
        }

        return -1;
    }
}
