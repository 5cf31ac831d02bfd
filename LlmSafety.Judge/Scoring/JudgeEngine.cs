using System.Runtime.CompilerServices;
using LlmSafety.Judge.Features;
using LlmSafety.Judge.Policy;
using LlmSafety.Judge.Redaction;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Scoring;

/// <summary>
/// The judge at inference time: normalise, recognise, tag, apply the name policy, classify the document, decide the
/// verdict and redact. Holds only immutable state, so one instance serves any number of concurrent callers.
/// </summary>
public sealed class JudgeEngine : IJudge
{
    internal JudgeEngine(
        string modelVersion, int referenceYear, SpanTagger tagger, CandidateClassifier<NameCandidate> names, CandidateClassifier<HealthCandidate> healthWords,
        CandidateClassifier<SentenceCandidate> healthSentences, LinearScorer identity, LinearScorer health, JudgePolicy policy, PolicyLimits limits)
    {
        ModelVersion = modelVersion;
        ReferenceYear = referenceYear;
        Tagger = tagger;
        Names = names;
        HealthWords = healthWords;
        HealthSentences = healthSentences;
        IdentityScorer = identity;
        HealthScorer = health;
        DefaultPolicy = policy;
        Limits = limits;
    }

    public string ModelVersion { get; }

    /// <summary>The year the model was trained in (see <see cref="AnalyzedText.Analyze(string, int)"/>).</summary>
    public int ReferenceYear { get; }

    public JudgePolicy DefaultPolicy { get; }

    public PolicyLimits Limits { get; }

    internal SpanTagger Tagger { get; }

    internal CandidateClassifier<NameCandidate> Names { get; }

    internal CandidateClassifier<HealthCandidate> HealthWords { get; }

    internal CandidateClassifier<SentenceCandidate> HealthSentences { get; }

    internal LinearScorer IdentityScorer { get; }

    internal LinearScorer HealthScorer { get; }

    public Judgment Evaluate(string text, JudgePolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var effective = PolicyMerger.Merge(DefaultPolicy, policy, Limits);
        var analysis = Analyze(text, effective);
        var identityScore = IdentityScorer.Probability(IdentityScorer.Margin(analysis.FeatureIndices, analysis.FeatureValues));
        var healthScore = HealthScorer.Probability(HealthScorer.Margin(analysis.FeatureIndices, analysis.FeatureValues));
        // Every flag is backed by an entity of its category: a score above the threshold with nothing to show for it
        // is left unflagged (and lands in the uncertain band, so the verdict is review).
        var identity = new CategoryResult(
            identityScore, identityScore >= effective.IdentityThreshold && HasEvidence(analysis, Category.Identity), effective.IdentityThreshold);
        var healthEvidence = HasEntityEvidence(analysis, Category.Health);
        var health = new CategoryResult(
            healthScore, healthScore >= effective.HealthThreshold && (healthEvidence || analysis.SentencesInReserve.Count > 0), effective.HealthThreshold);
        // A text the health classifier flags with no health entity shows its likely sentences as where it says so.
        IEnumerable<CandidateEntity> candidates = health.Flagged && !healthEvidence
            ? analysis.Entities.Concat(analysis.SentencesInReserve)
            : analysis.Entities;

        var entities = new List<DetectedEntity>(analysis.Entities.Count + analysis.SentencesInReserve.Count);
        foreach (var candidate in candidates)
        {
            var (start, end) = analysis.Analyzed.Normalized.ToOriginal(candidate.Start, candidate.End);
            var severity = candidate.Source == NameRules.BareFirstNameSource
                ? Severity.Medium
                : effective.Severities.TryGetValue(candidate.Type, out var s) ? s : Severity.Medium;
            entities.Add(new DetectedEntity(
                candidate.Type, EntityCategories.Of(candidate.Type), start, end, Math.Round(candidate.Score, 4), severity, candidate.Source));
        }

        var (verdict, reasons) = VerdictRules.Decide(identity, health, entities, effective.ReviewBand);
        return new Judgment
        {
            Verdict = verdict,
            Identity = identity,
            Health = health,
            Entities = entities,
            RedactedText = Redactor.Redact(text, entities),
            Reasons = reasons,
            ModelVersion = ModelVersion,
        };
    }

    private const int DocumentFeatureCapacity = 128;

    /// <summary>
    /// The least score of a health entity with no health-list word that backs a health flag. Below it the tagger is
    /// reading the words around a story's health-like scene, not a disclosure: "feel sleepy" of a dog after its operation
    /// (0.24), "the matatu" as a device (0.18), "leg kicks" of swimming (0.22). On the 1,436 hand-written stories of
    /// docs/eval such entities alone backed four flags of stories labelled safe and none of a disclosing one; on the
    /// seed-42 test split the lowest backing score is 0.42.
    /// </summary>
    internal const double MinimumHealthEvidence = 0.3;

    /// <summary>
    /// A word of a health list inside the entity: "cochlear implant" scored 0.24 and "hearing aids" 0.21 in sentences
    /// unlike the training stories', and a named condition, medicine or device backs a flag at any score.
    /// </summary>
    private static bool HasHealthListWord(AnalyzedText analyzed, CandidateEntity entity)
    {
        var tokens = analyzed.Tokens;
        var first = AnalyzedText.TokenAt(tokens, entity.Start);
        var last = AnalyzedText.LastTokenBefore(tokens, entity.End);
        return tokens[first].Start < entity.End && HasHealthWord(analyzed, first, last);
    }

    /// <summary>
    /// An entity of the category (for health, one scored at least <see cref="MinimumHealthEvidence"/>); for identity a
    /// clinician named by title and surname counts too ("Dr. Okafor" identifies a person as "Mrs. Okafor" does), while
    /// the provider stays a health entity. For health the sentences in reserve (<see cref="DocumentAnalysis.SentencesInReserve"/>)
    /// count as well: they become entities when the document classifier flags the text.
    /// </summary>
    internal static bool HasEvidence(DocumentAnalysis analysis, Category category) =>
        HasEntityEvidence(analysis, category) || (category == Category.Health && analysis.SentencesInReserve.Count > 0);

    private static bool HasEntityEvidence(DocumentAnalysis analysis, Category category)
    {
        foreach (var entity in analysis.Entities)
        {
            if ((EntityCategories.Of(entity.Type) == category
                    && (category != Category.Health || entity.Score >= MinimumHealthEvidence || HasHealthListWord(analysis.Analyzed, entity)))
                || (category == Category.Identity && entity.Type == EntityType.Provider
                    && (entity.Source == TherapyPlaces.PlaceSource || HasName(analysis.Analyzed.Text.AsSpan(entity.Start, entity.End - entity.Start)))))
            {
                return true;
            }
        }

        return false;
    }

    // Toys and animals a pretend doctor is named after: "Doctor Bear", "Dr. Bunny".
    private static readonly string[] ToyDoctorWords =
    [
        "bear", "teddy", "bunny", "rabbit", "cat", "dog", "duck", "owl", "mouse", "frog", "pig", "panda", "monkey", "fox", "lion", "tiger",
        "elephant", "giraffe", "dinosaur", "dino", "robot", "toy", "penguin", "hippo", "koala", "puppy", "kitty", "unicorn",
    ];

    private static readonly string[] SellVerbs = ["sell", "sells", "selling", "sold", "stock", "stocks", "stocked"];

    // How far before a health word its seller may stand: "She sells vitamins, cough syrup and bandages".
    private const int SoldReach = 8;

    /// <summary>
    /// "Bà Ngoại's pharmacy … She sells vitamins, cough syrup and bandages": what a shop sells is no one's medicine. A verb
    /// of selling a few words before, in the same sentence, with only words and commas between.
    /// </summary>
    private static bool IsSoldGoods(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        for (var t = span.FirstToken - 1; t >= 0 && t >= span.FirstToken - SoldReach; t--)
        {
            var word = tokens[t].In(analyzed.Text);
            if (WordLists.Contains(SellVerbs, word))
            {
                return true;
            }

            if ((tokens[t].Kind != TokenKind.Word && word is not ",") || analyzed.SentenceStarts[t])
            {
                return false;
            }
        }

        return false;
    }

    // Words of a book or of play around a creature's doctor: "we will read *Dr. Hedgehog's Busy Day*", "I play hospital
    // with Doctor Teddy".
    private static readonly string[] PlayOrBookWords =
        ["read", "reads", "reading", "book", "books", "story", "stories", "play", "plays", "playing", "pretend", "toy", "toys", "teddy", "teddies",
            "stuffed", "doll", "dolls", "cartoon", "episode", "watch", "watches"];

    // How far around a creature's doctor a word of a book or of play is looked for.
    private const int PlayReach = 24;

    /// <summary>
    /// "Tonight we will read *Dr. Hedgehog's Busy Day* … Dr. Hedgehog checks a giraffe": a doctor's title before a creature
    /// or a toy (the span's last word), with a word of a book or of play near, is a character, no clinician. Without one
    /// it may be a surname ("Mum takes me to Dr. Fox for my ear infection"). So is a child playing the doctor
    /// (<see cref="IsPlayingChild"/>), and a name the story gives a toy ("There is a puppet on the shelf. His name is Dr.
    /// Tooth.", see <see cref="ToyNames"/>).
    /// </summary>
    internal static bool IsToyDoctor(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var last = span.LastToken;
        var title = DoctorTitleBefore(analyzed, last) >= span.FirstToken;
        var creature = WordLists.Contains(ToyDoctorWords, tokens[last].In(text)) || WordLists.Contains(Pets.Creatures, tokens[last].In(text));
        return title && ((creature && (analyzed.HasWordNear(span.FirstToken, last, PlayReach, PlayOrBookWords) || IsToyOfThatKind(analyzed, last)))
            || IsPlayingChild(analyzed, last) || IsSaidToBeCreature(analyzed, last)
            || IsCreatureAfterTitledWord(analyzed, span) || IsPretendedDoctor(analyzed, last) || ToyNames.IsToysOrPetsName(analyzed, span));
    }

    // What makes a creature a toy beyond doubt ("a fluffy fox" of a gift shop may stand in the story of Dr. Fox).
    private static readonly string[] PlainToyMakings = ["rubber", "toy", "stuffed", "plush", "knitted"];

    /// <summary>
    /// "My rubber duck is the doctor. … Dr. Duck says, "I will fix you!"": the creature of a doctor's name is a toy the story
    /// has named in lower case, with what makes it one before it ("rubber duck", "stuffed owl") or said to be the doctor.
    /// </summary>
    private static bool IsToyOfThatKind(AnalyzedText analyzed, int name)
    {
        var toys = analyzed.Memo(ToysOfAKindKey, FindToysOfAKind);
        return toys.Count > 0 && toys.Contains(analyzed.Tokens[name].In(analyzed.Text).ToString().ToLowerInvariant());
    }

    private static readonly object ToysOfAKindKey = new();

    /// <summary>The lower-case words a story makes toys ("duck" of "my rubber duck", of "My duck is the doctor"), read once per text.</summary>
    private static HashSet<string> FindToysOfAKind(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var toys = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || !char.IsLower(text[tokens[k].Start]))
            {
                continue;
            }

            if (WordLists.Contains(PlainToyMakings, tokens[k - 1].In(text))
                || (k + 3 < tokens.Count && tokens[k + 1].In(text) is "is" && tokens[k + 2].In(text) is "the" && tokens[k + 3].In(text) is "doctor"))
            {
                toys.Add(tokens[k].In(text).ToString());
            }
        }

        return toys;
    }

    private static readonly object PretendedDoctorsKey = new();

    private static readonly string[] PretendVerbs = ["pretend", "pretends", "pretended", "pretending"];

    private static readonly string[] DressVerbs = ["dress", "dresses", "dressed", "dressing", "play", "plays", "played", "playing"];

    private static readonly string[] PlayerPronouns = ["he", "she", "i", "they", "we", "you"];

    // How far back, in tokens, a word of a game is looked for before "I am Doctor Kofi" (a few short sentences).
    private const int PretendReach = 40;

    /// <summary>
    /// The word at b (just before a doctor's title) closes a frame of playing a part: "pretend(s) to be", "pretends (that)
    /// he is", "dressed up as", "plays as"; or "I am" / "I'm" shortly after a word of a game ("a pretend shot … Then we
    /// swap. I am Doctor Kofi.").
    /// </summary>
    private static bool IsPlayedPart(AnalyzedText analyzed, int b)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var word = tokens[b].In(text);
        if (word is "be")
        {
            return b >= 2 && tokens[b - 1].In(text) is "to" && WordLists.Contains(PretendVerbs, tokens[b - 2].In(text));
        }

        if (word is "as")
        {
            var verb = b >= 2 && tokens[b - 1].In(text) is "up" ? b - 2 : b - 1;
            return verb >= 0 && WordLists.Contains(DressVerbs, tokens[verb].In(text));
        }

        if (word is "is")
        {
            var pronoun = b - 1;
            var verb = pronoun >= 1 && tokens[pronoun - 1].In(text) is "that" ? pronoun - 2 : pronoun - 1;
            return pronoun >= 1 && verb >= 0 && WordLists.Contains(PlayerPronouns, tokens[pronoun].In(text)) && WordLists.Contains(PretendVerbs, tokens[verb].In(text));
        }

        var self = word is "am" && b >= 1 && tokens[b - 1].In(text) is "I" || word is "m" && b >= 2 && tokens[b - 1].In(text) is "'" or "’" && tokens[b - 2].In(text) is "I";
        if (!self)
        {
            return false;
        }

        return WordLists.AnyIn(text, tokens, Math.Max(0, b - PretendReach), b, DoctorGameWords);
    }

    // Words of a game of doctors shortly before "I am Doctor Kofi": "a pretend shot", "Then we swap."
    private static readonly string[] DoctorGameWords = ["pretend", "pretends", "pretended", "pretending", "swap", "game"];

    /// <summary>
    /// "Grandpa pretends he is "Dr. Dirt," a doctor for plants", "I dress up as Doctor Amara", and in a story of pretending
    /// "Then we swap. I am Doctor Kofi.": a doctor's name someone plays is a part in a game, wherever the story uses it
    /// (its heading too).
    /// </summary>
    private static bool IsPretendedDoctor(AnalyzedText analyzed, int name)
    {
        var names = analyzed.Memo(PretendedDoctorsKey, FindPretendedDoctors);
        return names.Count > 0 && names.Contains(analyzed.Tokens[name].In(analyzed.Text).ToString());
    }

    private static HashSet<string> FindPretendedDoctors(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 1; t < tokens.Count; t++)
        {
            var title = DoctorTitleBefore(analyzed, t);
            if (title < 1 || !analyzed.IsCapitalisedWord(t, minLength: 2))
            {
                continue;
            }

            // Past an opening quote: "he is "Dr. Dirt,"".
            var b = title - 1;
            while (b > 0 && tokens[b].Kind != TokenKind.Word && tokens[b].In(text) is "\"" or "“" or "'" or "‘")
            {
                b--;
            }

            if (IsPlayedPart(analyzed, b))
            {
                names.Add(tokens[t].In(text).ToString());
            }
        }

        return names;
    }

    /// <summary>
    /// "Dr. Sleepy Bear", "Doctor Wobbly Bunny": a doctor's title, a word and a capitalised creature or toy right after the
    /// span is a toy's or a book's whole name; a clinician's surname is not followed by "Bear". ("Dr. Bear" alone may be one.)
    /// So is a doctor's name before "mascot", "puppet" or "costume".
    /// </summary>
    private static bool IsCreatureAfterTitledWord(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var after = span.LastToken + 1;
        if (after >= tokens.Count || DoctorTitleBefore(analyzed, span.LastToken) < span.FirstToken || analyzed.SentenceStarts[after]
            || !NameCandidates.SingleSpace(analyzed, span.LastToken, after))
        {
            return false;
        }

        // "the big Dr. Simi mascot dancing outside": a mascot, a puppet or a costume of that name.
        var word = tokens[after].In(analyzed.Text);
        return WordLists.Contains(SaidToBeToys, word) && char.IsLower(word[0])
            || (analyzed.IsCapitalisedWord(after) && (WordLists.Contains(ToyDoctorWords, word) || Pets.IsCreatureWord(word)));
    }

    /// <summary>
    /// "Dr. Fuchs is a fox who is a doctor in the forest": the story says the titled name is a creature (a cartoon's or a
    /// book's), at most two words of looks between "a" and the creature.
    /// </summary>
    private static bool IsSaidToBeCreature(AnalyzedText analyzed, int name)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var word = tokens[name].In(text);
        for (var t = Math.Max(0, name - StoryReach); t + 3 < tokens.Count && t <= name + StoryReach; t++)
        {
            if (!tokens[t].In(text).SequenceEqual(word))
            {
                continue;
            }

            // "Dr. Hoot is a puppet", and the same said beside the name: "Dr. Hoot, his owl puppet".
            var apposed = tokens[t + 1].In(text) is "," && WordLists.Contains(ApposedOwners, tokens[t + 2].In(text));
            if (!(apposed || (tokens[t + 1].In(text) is "is" && tokens[t + 2].In(text) is "a" or "an")))
            {
                continue;
            }

            // "a puppet.", and a toy word before a creature or a thing a toy is made as: "Dr. Molar, the cartoon tooth who
            // dances" (not "a toy maker", "a cartoon fan").
            for (var k = t + 3; k < tokens.Count && k <= t + 5 && tokens[k].Kind == TokenKind.Word; k++)
            {
                if ((Pets.IsCreatureWord(tokens[k].In(text)) && !apposed)
                    || (WordLists.Contains(SaidToBeToys, tokens[k].In(text))
                        && (EndsNounPhrase(analyzed, k) || (k + 1 < tokens.Count && IsToysKind(tokens[k + 1].In(text)) && EndsNounPhrase(analyzed, k + 1)))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Things a cartoon, a puppet or a toy is made as, besides creatures: "the cartoon tooth", "a puppet germ".
    private static readonly string[] ToysKinds =
        ["tooth", "germ", "germs", "character", "robot", "dinosaur", "dino", "bear", "teddy", "doll", "monster", "alien", "superhero", "heart", "brain", "bone", "cell", "virus", "bug", "toothbrush"];

    /// <summary>The word after a toy word names what the toy is: a creature or a thing of <see cref="ToysKinds"/>.</summary>
    private static bool IsToysKind(ReadOnlySpan<char> word) => Pets.IsCreatureWord(word) || WordLists.Contains(ToysKinds, word);

    // Whose a toy said beside its name is: "Dr. Hoot, his owl puppet" (beside the name only a toy word counts, no creature:
    // "Dr. Lyons, our cat's vet", "Dr. Kaur, a vet for horses").
    private static readonly string[] ApposedOwners = ["his", "her", "my", "our", "their", "your", "a", "an", "the"];

    private static readonly object ToyCreaturesKey = new();

    // What makes a creature a toy: "a stuffed owl", "a knitted rabbit", "a toy dog", "my rubber duck".
    private static readonly string[] ToyMakings = ["stuffed", "toy", "plush", "cuddly", "knitted", "woolly", "felt", "wooden", "soft", "fluffy", "velvet", "rubber", "plastic"];

    /// <summary>
    /// "Mrs. Feathers is a stuffed owl", "Mr. Hops is a knitted rabbit": a titled name the story says is a toy creature
    /// (a word of toys before the creature), or says beside it is a toy ("Mr. Snuggles, my teddy bear"), read once per
    /// text; not "Mrs. Patel is a night owl" nor "Mr. Brown is a big teddy bear", said of people.
    /// </summary>
    internal static bool IsSaidToBeToyCreature(AnalyzedText analyzed, int name)
    {
        var toys = analyzed.Memo(ToyCreaturesKey, FindToyCreatures);
        return toys.Count > 0 && toys.Contains(analyzed.Tokens[name].In(analyzed.Text).ToString());
    }

    private static HashSet<string> FindToyCreatures(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var toys = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t + 4 < tokens.Count; t++)
        {
            if (!analyzed.IsCapitalisedWord(t, minLength: 2))
            {
                continue;
            }

            // "I can hug Mr. Snuggles, my teddy bear from the classroom basket": a toy's word said beside the name.
            if (tokens[t + 1].In(text) is "," && WordLists.Contains(ApposedOwners, tokens[t + 2].In(text)) && IsApposedToy(analyzed, t + 3))
            {
                toys.Add(tokens[t].In(text).ToString());
                continue;
            }

            if (tokens[t + 1].In(text) is not "is" || tokens[t + 2].In(text) is not ("a" or "an"))
            {
                continue;
            }

            var made = false;
            for (var k = t + 3; k < tokens.Count && k <= t + 5 && tokens[k].Kind == TokenKind.Word; k++)
            {
                made |= WordLists.Contains(ToyMakings, tokens[k].In(text));
                if (made && Pets.IsCreatureWord(tokens[k].In(text)))
                {
                    toys.Add(tokens[t].In(text).ToString());
                    break;
                }
            }
        }

        return toys;
    }

    /// <summary>
    /// "my teddy bear from the classroom basket", "her puppet.": a toy's word at k or k + 1 (after one word of looks), a
    /// creature's word after it or not, and then the phrase ends: a stop, a comma, "from", "who" or "that" (not "the toy
    /// library helper", nor "my teddy and I", a list).
    /// </summary>
    private static bool IsApposedToy(AnalyzedText analyzed, int k)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var toy = k < tokens.Count && WordLists.Contains(SaidToBeToys, tokens[k].In(text)) ? k
            : k + 1 < tokens.Count && WordLists.Contains(SaidToBeToys, tokens[k + 1].In(text)) ? k + 1 : -1;
        if (toy < 0)
        {
            return false;
        }

        var end = toy + 1 < tokens.Count && Pets.IsCreatureWord(tokens[toy + 1].In(text)) ? toy + 1 : toy;
        return end + 1 >= tokens.Count || tokens[end + 1].Kind == TokenKind.Punctuation && tokens[end + 1].In(text) is not "-"
            || tokens[end + 1].In(text) is "from" or "who" or "that";
    }

    // What a story may say its doctor is, besides a creature: "Dr. Hoot is a puppet", "Doctor Zap is a robot".
    private static readonly string[] SaidToBeToys = ["puppet", "toy", "doll", "teddy", "cartoon", "mascot", "plushie", "plush", "plushy", "stuffie", "squishmallow", "costume"];

    /// <summary>The word at k is the head of its phrase: the text, a clause or the sentence ends after it ("a puppet.", "a puppet who …").</summary>
    private static bool EndsNounPhrase(AnalyzedText analyzed, int k) =>
        k + 1 >= analyzed.Tokens.Count || (analyzed.Tokens[k + 1].Kind != TokenKind.Word && analyzed.Tokens[k + 1].In(analyzed.Text) is not "-") || analyzed.Tokens[k + 1].In(analyzed.Text) is "who" or "that" or "and" or "with";

    // How far around a child's doctor's title a word of play or toys is looked for.
    private const int PlayNearTitle = 40;

    // How far from a doctor's title the story's own use of the name is looked for (a long story's length in tokens).
    private const int StoryReach = 600;

    /// <summary>
    /// "Sami was Doctor Sami", "Thank you, Doctor Amara!" in a story where "Amara likes to play ambulance": a doctor's
    /// title before a name the story also uses bare, in a story of pretending, is a child playing the doctor. A clinician
    /// is called by the title every time.
    /// </summary>
    private static bool IsPlayingChild(AnalyzedText analyzed, int name)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var word = tokens[name].In(text);
        // A word of play or toys near the title too: "Doctor Maria checks my ears. Maria is kind." in a story that says
        // "pretend" elsewhere is a doctor.
        if (!analyzed.IsCapitalisedWord(name, minLength: 2)
            || !MakeBelieve.IsPretendingStory(analyzed)
            || !WordLists.AnyIn(text, tokens, Math.Max(0, name - PlayNearTitle), Math.Min(tokens.Count - 1, name + PlayNearTitle), PlayOrBookWords))
        {
            return false;
        }

        // The bare name is looked for within a story's length of the title, so a long text costs no more per doctor.
        for (var t = Math.Max(0, name - StoryReach); t < tokens.Count && t <= name + StoryReach; t++)
        {
            if (t != name && tokens[t].In(text).SequenceEqual(word) && DoctorTitleBefore(analyzed, t) < 0
                && !(t >= 1 && (analyzed.Lexicons[t - 1] & Lexicons.LexiconKind.Title) != 0)
                && !(t >= 2 && tokens[t - 1].In(text) is "." && (analyzed.Lexicons[t - 2] & Lexicons.LexiconKind.Title) != 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Social Stories™": a trademark sign on or right after a diagnosis's words makes them a brand, as no condition is a
    /// trademark; a medicine's or a device's sign ("Concerta™") does not.
    /// </summary>
    private static bool IsTrademarked(AnalyzedText analyzed, TaggedSpan span)
    {
        var (start, end) = analyzed.Normalized.ToOriginal(analyzed.Tokens[span.FirstToken].Start, analyzed.Tokens[span.LastToken].End);
        var original = analyzed.Normalized.Original;
        end = Math.Min(original.Length, end + 1);
        return original.AsSpan(start, end - start).ContainsAny('™', '®');
    }

    // Brands that carry a doctor's title: "Dr. Oetker", "Dr. Martens", "Dr Pepper", "Dr. Scholl's", "Dr. Bronner's".
    private static readonly string[] DoctorBrands = ["oetker", "martens", "marten", "pepper", "scholl", "scholls", "bronner", "bronners", "praeger", "praegers"];

    // What a brand with a doctor's title sells, a few words on: "a Dr. Oetker pizza", "Dr. Martens boots".
    private static readonly string[] BrandGoods =
    [
        "pizza", "pizzas", "boots", "shoes", "sandals", "insoles", "soap", "pudding", "puddings", "custard", "cake", "cakes", "dessert", "desserts",
        "yoghurt", "yogurt", "cereal", "soda", "cola", "sauce", "sprinkles", "burgers", "drink",
    ];

    // How far after the brand its goods may stand: "Dr. Oetker frozen pizza".
    private const int GoodsReach = 3;

    /// <summary>
    /// "we had a Dr. Oetker pizza", "Dr. Martens are my favourite shoes": a doctor's title before a brand's name, with the
    /// brand's goods a few words on, an article or a possessive before the title, or "are" after, names the brand.
    /// </summary>
    private static bool IsDoctorBrand(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var first = span.FirstToken;
        var title = tokens[first].In(text) is "Dr" or "Doctor" ? first : DoctorTitleBefore(analyzed, first);
        return title >= 0 && IsBrandAfterTitle(analyzed, title, span.LastToken);
    }

    /// <summary>The token of "Dr" (with its full stop or not) or "Doctor" right before token t; -1 for none.</summary>
    private static int DoctorTitleBefore(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        return t >= 1 && tokens[t - 1].In(text) is "Dr" or "Doctor" ? t - 1
            : t >= 2 && tokens[t - 1].In(text) is "." && tokens[t - 2].In(text) is "Dr" ? t - 2 : -1;
    }

    /// <summary>The brand name at <paramref name="last"/>, after a doctor's title at <paramref name="title"/>, in a brand's frame.</summary>
    internal static bool IsBrandAfterTitle(AnalyzedText analyzed, int title, int last)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (last < 0 || !WordLists.Contains(DoctorBrands, tokens[last].In(text)))
        {
            return false;
        }

        var before = title > 0 ? tokens[title - 1].In(text) : default;
        return WordLists.FirstIn(text, tokens, last + 1, Math.Min(tokens.Count - 1, last + GoodsReach), BrandGoods) >= 0
            || before is "a" or "an" or "A" or "An" or "my" or "My" or "his" or "her" or "some" or "new"
            || (last + 1 < tokens.Count && tokens[last + 1].In(text) is "are");
    }

    /// <summary>
    /// A word that is a known name, or no English, title, clinician, health, organisation or place word, and is
    /// capitalised or follows a doctor's title: "Okafor" of "Dr. Okafor", "lý" of "dr. lý"; not "the dietitian". Right
    /// after the title a capitalised English word is a surname too ("Dr. Keeling", "Dr. Dam").
    /// </summary>
    internal static bool HasName(ReadOnlySpan<char> text)
    {
        const Lexicons.LexiconKind NotAName = Lexicons.LexiconKind.CommonWord | Lexicons.LexiconKind.FunctionWord
            | Lexicons.LexiconKind.Title | Lexicons.LexiconKind.Provider | Lexicons.LexiconKind.CalendarWord
            | Lexicons.LexiconSet.HealthKinds | Lexicons.LexiconKind.OrganizationSuffix | Lexicons.LexiconKind.StreetSuffix
            | Lexicons.LexiconKind.PlaceWord;
        const Lexicons.LexiconKind AfterDoctorNotAName = Lexicons.LexiconKind.FunctionWord | Lexicons.LexiconKind.Title | Lexicons.LexiconKind.Provider
            | Lexicons.LexiconKind.CalendarWord | Lexicons.LexiconSet.HealthKinds | Lexicons.LexiconKind.OrganizationSuffix;
        var afterDoctor = false;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetter(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i];
                start = -1;
                if (word.Length < 2)
                {
                    continue;
                }

                // "Dr. Keeling", "Dr. Dam": after a doctor's title a capitalised English word is a surname too, unless it names
                // a clinician, a title or a health word ("Dr. Dentist").
                var kinds = Lexicons.LexiconSet.Default.KindsOf(word);
                if ((char.IsUpper(word[0]) || afterDoctor)
                    && ((kinds & (Lexicons.LexiconKind.FirstName | Lexicons.LexiconKind.Surname)) != 0 || (kinds & NotAName) == 0
                        || (afterDoctor && char.IsUpper(word[0]) && (kinds & AfterDoctorNotAName) == 0 && !WordLists.Contains(ToyDoctorWords, word))))
                {
                    return true;
                }

                afterDoctor = word.Equals("dr", StringComparison.OrdinalIgnoreCase) || word.Equals("doctor", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    internal DocumentAnalysis Analyze(string text, JudgePolicy policy)
    {
        var analyzed = AnalyzedText.Analyze(text, ReferenceYear);
        var tagged = Tagger.Tag(analyzed);
        TrimEdges(analyzed, tagged);
        CutNamesAtSentenceStarts(analyzed, tagged);
        // Evidence without the shape of its type is dropped first, so that it can neither become an entity nor keep a
        // name out ("Lionel" read as part of an address that has no number).
        tagged.RemoveAll(span => !HasIdentifierShape(span.Type, analyzed.Text.AsSpan(
            analyzed.Tokens[span.FirstToken].Start, analyzed.Tokens[span.LastToken].End - analyzed.Tokens[span.FirstToken].Start))
            || SpanTagger.IsOnlyFunctionWords(analyzed, span) || IsShortPlainHealthSpan(analyzed, span)
            || IsCutOrQuestionHealthSpan(analyzed, span) || IsAddressOfPlainWords(analyzed, span) || IsAgeBeforePlace(analyzed, span) || IsOneWordAfterIn(analyzed, span) || IsWatchingVerb(analyzed, span) || IsDepiction(analyzed, span) || IsPartOfTheMind(analyzed, span) || IsCalmingBreath(analyzed, span) || IsBreathThroughGear(analyzed, span)
            || (EntityCategories.Of(span.Type) == Category.Health && span.FirstToken == span.LastToken && HealthCandidates.IsAcronymAsWord(analyzed, span.FirstToken))
            || (span.Type is EntityType.Diagnosis or EntityType.Medication or EntityType.Device && span.FirstToken == span.LastToken
                && (analyzed.Lexicons[span.FirstToken] & (Lexicons.LexiconKind.Title | Lexicons.LexiconSet.HealthKinds)) == Lexicons.LexiconKind.Title)
            || (span.Type is EntityType.PersonName or EntityType.Organization && NameCandidates.IsGreetingOrEvent(analyzed, span.FirstToken, span.LastToken))
            || IsTheHighStreet(analyzed, span)
            || (span.Type == EntityType.PersonName && (NameCandidates.StartsWithOtherLanguageVerb(analyzed, span.FirstToken)
                || (span.LastToken > span.FirstToken && NameCandidates.IsNamedDish(analyzed, span.LastToken))))
            || (span.Type == EntityType.Organization && (NameCandidates.IsOccasionOrMarket(analyzed, span.FirstToken, span.LastToken)
                || NameCandidates.IsKindOfService(analyzed, span.FirstToken, span.LastToken) || NameCandidates.IsToysClinic(analyzed, span.FirstToken, span.LastToken)
                || NameCandidates.IsPlayedClinic(analyzed, span.FirstToken, span.LastToken)
                || NameRules.IsQuotedTitleOfWork(analyzed, span)))
            || (span.Type is EntityType.PersonName or EntityType.Address && IsNumberedThing(analyzed, span))
            || (span.Type is EntityType.PersonName or EntityType.Provider && (IsDoctorBrand(analyzed, span) || IsToyDoctor(analyzed, span)))
            || (span.Type is EntityType.PersonName or EntityType.Organization && SchoolActivities.IsSubject(analyzed, span))
            || (span.Type == EntityType.Organization && (SchoolActivities.IsActivityClub(analyzed, span) || SchoolActivities.IsKindOfSchool(analyzed, span)))
            || (span.Type == EntityType.Diagnosis && IsTrademarked(analyzed, span))
            || (EntityCategories.Of(span.Type) == Category.Health && IsSoldGoods(analyzed, span))
            || (EntityCategories.Of(span.Type) == Category.Health && IsNumberedNounAlone(analyzed, span))
            || (EntityCategories.Of(span.Type) == Category.Health && IsTypoOfPlainWord(analyzed, span))
            || (span.Type == EntityType.Address
                && PublicAddresses.IsStreetNamedForADate(analyzed, span.FirstToken, analyzed.Tokens[span.FirstToken].Start, analyzed.Tokens[span.LastToken].End))
            || (span.Type is EntityType.PersonName or EntityType.Organization or EntityType.Address && IsAllCalendarWords(analyzed, span))
            || (span.Type == EntityType.Address
                && PublicAddresses.IsPublic(analyzed.Text, analyzed.Tokens, analyzed.Lexicons, analyzed.Sentences, span.FirstToken))
            || (span.Type == EntityType.Phone && Recognizers.StructuredIdentifierRecognizer.IsBusinessPhone(analyzed.Text, analyzed.Tokens[span.FirstToken].Start)));
        ExtendTitles(analyzed, tagged);
        ExtendProviders(analyzed, tagged);
        RetypeUntitledProviders(analyzed, tagged);
        RetypeNamedClinicians(analyzed, tagged);
        RetypeVets(analyzed, tagged);
        ExtendOrganizations(analyzed, tagged);
        ReviewOrganizations(analyzed, tagged);
        var healthWords = HealthWords.Score(analyzed);
        UnifyListPhrases(tagged, healthWords);
        DropDisowned(tagged, healthWords);
        var spans = WithNames(tagged, Names.Accept(analyzed));
        AddUnclaimed(spans, WithoutPlaceWords(analyzed, HealthWords.Accepted(healthWords)), CandidateClassifiers.HealthWordSource);
        var entities = new List<CandidateEntity>(analyzed.Recognized.Count + spans.Count);
        foreach (var found in analyzed.Recognized)
        {
            entities.Add(new CandidateEntity(found.Type, found.Start, found.End, found.Score, found.Source));
        }

        // In token order, so that the attribution check reads each sentence once.
        spans.Sort((a, b) => a.Span.FirstToken.CompareTo(b.Span.FirstToken));
        var attribution = new Attribution(analyzed);
        var pets = Pets.Find(analyzed);
        bool? cased = null;
        ConditionWords? conditionWords = null;
        List<(TaggedSpan Span, string Source)>? unattributed = null;
        foreach (var (taggedSpan, source) in spans)
        {
            // "na casa da Bianca Moreira", "im Kindergarten Sonnenschein": the name is what follows the small words.
            if (TrimSmallWordsBefore(analyzed, taggedSpan) is not { } trimmed)
            {
                continue;
            }

            var span = TrimParticleAfter(analyzed, trimmed);

            if (EntityCategories.Of(span.Type) == Category.Health
                && (IsOwnedByNobody(analyzed, span) || IsHeldByAnyone(analyzed, span) || IsExampleOfAnyonesNeed(analyzed, span) || IsSharedByEveryone(analyzed, span) || IsDefined(analyzed, span) || IsOtherSense(analyzed, span) || IsComfortItemAlone(analyzed, span, ref conditionWords)
                    || pets?.Owns(analyzed, span) == true))
            {
                continue;
            }

            if (EntityCategories.Of(span.Type) == Category.Health && !attribution.SentenceHasPerson(span.FirstToken) && !IsItOfOwnedThing(analyzed, span))
            {
                (unattributed ??= []).Add((span, source));
                continue;
            }

            var start = analyzed.Tokens[span.FirstToken].Start;
            var end = analyzed.Tokens[span.LastToken].End;
            if (Overlaps(entities, start, end, analyzed.Recognized.Count))
            {
                continue;
            }

            // Rejected evidence never becomes a candidate entity, so the document classifiers do not count it.
            if ((span.Type == EntityType.PersonName
                    && (NameRules.IsExempt(analyzed, span, policy) || IsNumberedThing(analyzed, span) || HasCodeWord(analyzed, span) || OpensOnLowerFamilyWord(analyzed, span) || IsFeastDay(analyzed, span) || IsAllCalendarWords(analyzed, span) || IsConditionName(analyzed, span) || OtherLanguagePhrases.IsPhrase(analyzed, span)
                        || HasPlainWordInside(analyzed, span) || IsLowerCaseInCasedText(analyzed, span, ref cased) || EndsOnLowerCaseWord(analyzed, span, ref cased) || IsPlainWordsBeforeWellKnown(analyzed, span)
                        || IsPlaceAfterParticle(analyzed, span) || IsBeforeDose(analyzed, span) || IsOpenedByPetAndComma(analyzed, span, pets) || IsHeadingWordEchoed(analyzed, span)
                        || (DoctorTitleBefore(analyzed, span.FirstToken) >= 0 && IsSaidToBeCreature(analyzed, span.FirstToken)) || IsToyDoctor(analyzed, span) || IsDoctorBrand(analyzed, span)))
                || (span.Type is EntityType.Provider or EntityType.Organization && NameRules.IsWellKnown(analyzed, span))
                || (span.Type is EntityType.Provider or EntityType.PersonName && NameRules.IsTitledWellKnown(analyzed, span))
                || (span.Type == EntityType.Address && (IsClockMinutes(analyzed, span) || EndsWithCurrency(analyzed.Text.AsSpan(start, end - start)) || IsDurationOrRoom(analyzed, span) || IsDoseAmount(analyzed, span)))
                || (span.Type == EntityType.PersonName && (IsGamePlayed(analyzed, span) || Dishes.IsCapitalisedDish(analyzed, span) || IsTitlesAndFamilyWordsOnly(analyzed, span) || IsPlaceCalled(analyzed, span) || IsEatery(analyzed, span) || IsTransitStop(analyzed, span) || IsArticlePlace(analyzed, span) || IsClubName(analyzed, span)))
                || (span.Type is EntityType.Provider or EntityType.PersonName && NameRules.IsNarratorsOwnName(analyzed, span))
                || (span.Type == EntityType.Provider && (IsTitlesAndFamilyWordsOnly(analyzed, span) || IsGamePlayed(analyzed, span) || MakeBelieve.IsFictionCharacter(analyzed, span)
                    || IsToyDoctor(analyzed, span) || IsDoctorBrand(analyzed, span) || NameRules.IsQuotedGame(analyzed, span.FirstToken)))
                || (span.Type == EntityType.Organization && (NameRules.IsOnlyWellKnownCapitalised(analyzed, span) || IsGamePlayed(analyzed, span, lowerVerb: true) || SchoolActivities.IsActivityClub(analyzed, span) || IsKindOfSchool(analyzed, span) || IsDayAndLowerCase(analyzed, span) || IsEarnedThing(analyzed, span) || IsConditionName(analyzed, span)
                    || IsSomeonesGroup(analyzed, span) || IsThingsName(analyzed, span) || IsColourGroup(analyzed, span) || IsDenomination(analyzed, span) || NameRules.IsSaintAlone(analyzed, span)
                    || IsVisitedPlaceOfWorship(analyzed, span.FirstToken, span.LastToken) || IsOpenedByAnimal(analyzed, span) || IsOurNickname(analyzed, span) || IsEchoedInLowerCase(analyzed, span)
                    || IsLanguageName(analyzed, span) || IsPeoplesDay(analyzed, span) || IsGameCalled(analyzed, span) || IsLowerCaseOrganization(analyzed, span, ref cased)
                    || NameRules.IsNoticesWords(analyzed, span) || IsPeoplesKindOf(analyzed, span) || OpensOnCode(analyzed, span) || IsStreetOnlyOnIt(analyzed, span)
                    || NameCandidates.IsPlayedClinic(analyzed, span.FirstToken, span.LastToken) || IsOtherLanguageOwnThing(analyzed, span))))
            {
                continue;
            }

            // "Leo uses a wheelchair": a use by someone is as sure here as when it is found again later (see UsedScore).
            var score = EntityCategories.Of(span.Type) == Category.Health && span.Score < UsedScore && (IsUsedBySomeone(analyzed, span) || IsGivenToSomeone(analyzed, span))
                ? UsedScore : span.Score;
            var type = OpensOnOrganizationWord(analyzed, span) ? EntityType.Organization
                : IsOpenedByDoctorsTitle(analyzed, span) && !IsVetsName(analyzed, span) ? EntityType.Provider : span.Type;
            entities.Add(new CandidateEntity(type, start, end, score, source));
        }

        if (healthWords.Count > 0 || unattributed is not null)
        {
            // Health-list words the classifier turned down are candidates too: "Hearing aids must stay dry" has no cue
            // around it, which is what the classifier reads.
            unattributed ??= [];
            foreach (var (word, _) in healthWords)
            {
                if (!IsInsidePlaceName(analyzed, word))
                {
                    unattributed.Add((word, CandidateClassifiers.HealthWordSource));
                }
            }

            unattributed.Sort((a, b) => a.Span.FirstToken.CompareTo(b.Span.FirstToken));
            AddFollowUpMentions(analyzed, entities, unattributed, pets, ref conditionWords);
        }

        CareObjects.Add(analyzed, entities, pets);
        BloodSugar.Add(analyzed, entities, pets);
        BowelCare.Add(analyzed, entities, pets);
        PlainInjuries.Add(analyzed, entities, pets);
        Eyesight.Add(analyzed, entities, pets);
        Symptoms.Add(analyzed, entities, pets);
        StuckWords.Add(analyzed, entities, pets);
        TestResults.Add(analyzed, entities, pets);
        ClinicianItems.Add(analyzed, entities, pets);
        StartedOn.Add(analyzed, entities, pets);
        FocusHelpers.Add(analyzed, entities, pets);
        BrailleLearners.Add(analyzed, entities, pets);
        BrainDifferences.Add(analyzed, entities, pets);
        WheeledChairs.Add(analyzed, entities, pets);
        ConditionTeams.Add(analyzed, entities, pets);
        UnlearnedConditions.Add(analyzed, entities, pets);
        TherapistVisits.Add(analyzed, entities, pets);
        TherapySessions.Add(analyzed, entities, pets);
        ExamArrangements.Add(analyzed, entities, pets);
        FoodFears.Add(analyzed, entities, pets);
        DescribedConditions.Add(analyzed, entities, pets);
        HealthFields.Add(analyzed, entities);
        DosedMedicines.Add(analyzed, entities);
        AddShortDeviceMentions(analyzed, entities);
        AddChewTools(analyzed, entities, pets);

        // Sorted by start once: the name rules ask overlap questions in text order and keep the order as they add.
        entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        AddNamedOrganizations(analyzed, entities);
        SchoolActivities.AddHeadingSchools(analyzed, entities);
        AddAppositiveOrganizations(analyzed, entities);
        AddHeadFirstOrganizations(analyzed, entities);
        Teams.Add(analyzed, entities);
        AddOrganizationShortMentions(analyzed, entities);
        AddLowerCaseOrganizations(analyzed, entities);
        CompoundSchools.Add(analyzed, entities);
        NameRules.AddSurnames(analyzed, entities, policy);
        NameRules.AddFullNames(analyzed, entities, policy);
        if (!policy.AllowBareFirstNames)
        {
            NameRules.AddBareFirstNames(analyzed, entities, policy);
        }

        NameRules.CompleteSurnames(analyzed, entities);
        RepeatedIdentifiers.Add(analyzed, entities);
        TherapyPlaces.Retype(analyzed, entities);
        RoutineCareClinicians.Retype(analyzed, entities, policy);

        // Last, so that a sentence taken as health keeps no name, place or organisation in it from being found.
        // A fresh attribution: the one above was read in token order up to the last tagged span, and sentences start again.
        var (healthSentence, reserve) = AddHealthSentences(analyzed, entities, new Attribution(analyzed), pets);

        // A few features per entity, recognizer find and health word: far fewer than tokens, so the lists start small.
        var indices = new List<int>(DocumentFeatureCapacity);
        var values = new List<float>(DocumentFeatureCapacity);
        var namedProvider = 0.0;
        foreach (var entity in entities)
        {
            if (entity.Type == EntityType.Provider && entity.Score > namedProvider && HasName(analyzed.Text.AsSpan(entity.Start, entity.End - entity.Start)))
            {
                namedProvider = entity.Score;
            }
        }

        // A place of therapy someone goes to reads as the organisation it names and as the therapy had there too.
        var features = new List<(EntityType Type, double Score)>(entities.Count + 1);
        foreach (var entity in entities)
        {
            if (entity.Source == CandidateClassifiers.HealthSentenceSource)
            {
                // A sentence's score enters once, as its own feature below, not as a tagged diagnosis of that strength.
                continue;
            }

            features.Add((entity.Type, entity.Score));
            if (entity.Source == TherapyPlaces.PlaceSource)
            {
                features.Add((EntityType.Organization, entity.Score));
                features.Add((EntityType.Treatment, entity.Score));
            }
        }

        DocumentFeatureExtractor.Extract(analyzed, features, indices, values, namedProvider, healthSentence);
        return new DocumentAnalysis(analyzed, entities, [.. indices], [.. values], reserve ?? []);
    }

    private const string TaggerSource = "model:tagger";

    /// <summary>
    /// Scores every sentence with the health-sentence classifier and adds, as a DIAGNOSIS, each accepted sentence that
    /// holds no health entity yet and refers to someone, not to a pet: the disclosures with no health word ("my brain
    /// has a big switch-off"). Returns the strongest sentence score of the text for the document classifiers, or -1 when
    /// the text has no sentence the classifier reads, and the sentences below the threshold that could back a flag.
    /// </summary>
    private (double Strongest, List<CandidateEntity>? Reserve) AddHealthSentences(
        AnalyzedText analyzed, List<CandidateEntity> entities, Attribution attribution, Pets? pets)
    {
        var strongest = -1.0;
        var likely = 0;
        List<CandidateEntity>? reserve = null;
        List<(int Start, int End)>? health = null;
        var added = 0;
        var furthestEnd = -1;
        var buffer = new List<int>(128);
        foreach (var sentence in HealthSentences.Find(analyzed))
        {
            var p = HealthSentences.Probability(analyzed, sentence, buffer);
            var span = new TaggedSpan(EntityType.Diagnosis, sentence.FirstToken, sentence.LastToken, (float)p, 1);
            // "We pretended my teddy, Biscuit, broke his leg": a game's hurt counts for nothing, not even as a score.
            if (MakeBelieve.OpensOnPretendedToy(analyzed, span))
            {
                continue;
            }

            strongest = Math.Max(strongest, p);
            if (p < ReserveSentenceScore || !attribution.SentenceHasPerson(span.FirstToken) || pets?.Owns(analyzed, span) == true)
            {
                continue;
            }

            var start = analyzed.Tokens[span.FirstToken].Start;
            var end = analyzed.Tokens[span.LastToken].End;
            // The sentences come in text order: every health entity that starts before this one ends has been taken in, and
            // one of them reaches into it exactly when the furthest end among them does.
            health ??= HealthRanges(entities);
            while (added < health.Count && health[added].Start < end)
            {
                furthestEnd = Math.Max(furthestEnd, health[added++].End);
            }

            if (furthestEnd > start)
            {
                continue;
            }

            var entity = new CandidateEntity(EntityType.Diagnosis, start, end, p, CandidateClassifiers.HealthSentenceSource);
            likely++;
            if (p >= HealthSentences.Threshold)
            {
                entities.Add(entity);
            }
            else
            {
                (reserve ??= []).Add(entity);
            }
        }

        return (strongest, likely >= MinLikelySentencesForReserve ? reserve : null);
    }

    /// <summary>The character ranges of the health entities, by start.</summary>
    private static List<(int Start, int End)> HealthRanges(List<CandidateEntity> entities)
    {
        var ranges = new List<(int Start, int End)>();
        foreach (var entity in entities)
        {
            if (EntityCategories.Of(entity.Type) == Category.Health)
            {
                ranges.Add((entity.Start, entity.End));
            }
        }

        ranges.Sort();
        return ranges;
    }

    /// <summary>
    /// The least score of a sentence kept in reserve (see <see cref="DocumentAnalysis.SentencesInReserve"/>); the document
    /// classifiers read a sentence score from there on too.
    /// </summary>
    internal const double ReserveSentenceScore = 0.5;

    /// <summary>
    /// Sentences are kept in reserve only in a text with at least this many likely sentences (scored at least
    /// <see cref="ReserveSentenceScore"/>, about someone, holding no health entity). In a one-sentence text the document
    /// classifier's score is that sentence's score again and confirms nothing; a story that talks around a condition
    /// with no health word does so more than once. On the 720 unread stories of round 38 one and two gave the same
    /// errors (85 and 86 for seed 42, 84 and 83 for seed 7), while one flagged ten more of the judge tests' one-line
    /// stories with no one's health in them.
    /// </summary>
    private const int MinLikelySentencesForReserve = 2;

    /// <summary>
    /// A name does not run across the end of a sentence: "doctor. Clara" of "… to see the doctor. Clara waits with
    /// me." is the bare first name after it (a period after a title, "Dr. Lee", starts no sentence). What lies after the
    /// last sentence start is kept, as a PROVIDER only if it still holds a doctor's title or clinician word.
    /// </summary>
    private static void CutNamesAtSentenceStarts(AnalyzedText analyzed, List<TaggedSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Type is not (EntityType.PersonName or EntityType.Provider))
            {
                continue;
            }

            var start = -1;
            for (var t = span.LastToken; t > span.FirstToken && start < 0; t--)
            {
                start = analyzed.SentenceStarts[t] ? t : -1;
            }

            if (start < 0)
            {
                continue;
            }

            var cut = span with { FirstToken = start };
            spans[i] = cut with { Type = span.Type == EntityType.Provider && HasClinicianTitleOrWord(analyzed, cut) ? EntityType.Provider : EntityType.PersonName };
        }
    }

    /// <summary>
    /// A health span in a sentence without a person is still that person's when the story has already given the same
    /// thing to someone and the sentence speaks of no one in general: after "so I wear hearing aids every day",
    /// "Hearing aids must stay dry" and "These pictures are called an MRI scan" go on about the child's own. Same type
    /// and same last word; a sentence with a generic cue ("Some kids …", "Doctors can …") stays about nobody, and so does a
    /// span owned by nobody in particular ("someone's wheelchair").
    /// </summary>
    private static void AddFollowUpMentions(
        AnalyzedText analyzed, List<CandidateEntity> entities, List<(TaggedSpan Span, string Source)> unattributed, Pets? pets, ref ConditionWords? conditionWords)
    {
        HashSet<(EntityType, string)>? given = null;
        foreach (var entity in entities)
        {
            if (EntityCategories.Of(entity.Type) == Category.Health && LastWordOf(analyzed.Text, entity.Start, entity.End) is { Length: > 0 } word)
            {
                (given ??= []).Add((entity.Type, word));
            }
        }

        // The spans come in token order: each sentence is read once, however many spans it holds.
        var (sentenceEnd, generic) = (-1, false);
        foreach (var (span, source) in unattributed)
        {
            var start = analyzed.Tokens[span.FirstToken].Start;
            var end = analyzed.Tokens[span.LastToken].End;
            var too = IsSharedToo(analyzed, span);
            var used = too || IsUsedBySomeone(analyzed, span);
            if (!(given?.Contains((span.Type, LastWordOf(analyzed.Text, start, end))) == true || used || IsItOfOwnedThing(analyzed, span)) || (!too && IsOwnedByNobody(analyzed, span)) || IsDefined(analyzed, span)
                || IsOtherSense(analyzed, span) || IsComfortItemAlone(analyzed, span, ref conditionWords) || pets?.Owns(analyzed, span) == true)
            {
                continue;
            }

            if (span.FirstToken >= sentenceEnd)
            {
                (sentenceEnd, generic) = ReadSentence(analyzed, span.FirstToken, Math.Max(sentenceEnd, 0));
            }

            // "Kids tease me because I wear a hearing aid": a generic cue elsewhere in the sentence leaves "I wear" mine.
            if ((!generic || used) && !entities.Exists(e => e.Start < end && start < e.End))
            {
                entities.Add(new CandidateEntity(span.Type, start, end, used ? Math.Max(span.Score, UsedScore) : span.Score, source));
            }
        }
    }

    private static readonly string[] Hypothetical = ["if", "might", "will", "would", "could", "maybe", "someday"];

    // How far before the user a word of a maybe may open the clause: "If one day I need".
    private const int HypotheticalReach = 4;

    // Words of a maybe before giving: "Too many sweets will give me a tummy ache".
    private static readonly string[] Modals = ["will", "might", "would", "could", "can", "may"];

    // How sure "I wear a hearing aid" is, whatever the candidate classifier scored the list word.
    private const double UsedScore = 0.9;

    private static readonly string[] UseVerbs = ["wear", "wears", "use", "uses", "have", "has", "need", "needs", "take", "takes", "carry", "carries"];

    private static readonly string[] Users = ["i", "he", "she", "we"];

    private static readonly string[] ArticlesAndOwners = ["a", "an", "my", "his", "her", "their", "our"];

    private static readonly string[] Usually = ["always", "also", "still", "now", "usually", "sometimes", "often"];

    /// <summary>
    /// "I wear a hearing aid.", "Leo uses an inhaler": a device or medicine of the health lists right after someone, a
    /// verb of wearing, using, having, needing, taking or carrying and an article or owner is theirs, whatever the
    /// candidate classifier scored it (it reads a sentence-final "aid." as it reads "first aid."). Not after "you" (a
    /// lesson's "If you wear a hearing aid") nor with "not" between.
    /// </summary>
    private static bool IsUsedBySomeone(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        if (span.Type is not (EntityType.Device or EntityType.Medication) || span.FirstToken < 3 || !WordLists.Contains(ArticlesAndOwners, tokens[span.FirstToken - 1].In(analyzed.Text)))
        {
            return false;
        }

        var verb = span.FirstToken - 2;
        if (!WordLists.Contains(UseVerbs, tokens[verb].In(analyzed.Text)))
        {
            return false;
        }

        // "If I need a hearing aid one day": a maybe.
        var user = UserOf(analyzed, verb);
        var (from, _) = analyzed.WindowInSentence(user, user, HypotheticalReach);
        return IsUser(analyzed, user) && !WordLists.AnyIn(analyzed.Text, tokens, from, verb, Hypothetical);
    }

    /// <summary>
    /// "The flashing lights gave me a seizure", "it gives her a headache": a condition given to "me", "him", "her" or
    /// "them" is had by that one.
    /// </summary>
    private static bool IsGivenToSomeone(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var article = span.FirstToken - 1;
        if (span.Type != EntityType.Diagnosis || article < 2 || tokens[article].In(analyzed.Text) is not ("a" or "an")
            || tokens[article - 1].In(analyzed.Text) is not ("me" or "him" or "her" or "them" or "us")
            || tokens[article - 2].In(analyzed.Text) is not ("gave" or "gives" or "give" or "giving"))
        {
            return false;
        }

        // "Too many sweets will give me a tummy ache": a maybe.
        var (from, _) = analyzed.WindowInSentence(article - 2, article - 2, HypotheticalReach);
        return !WordLists.AnyIn(analyzed.Text, tokens, from, article - 2, Hypothetical) && !WordLists.AnyIn(analyzed.Text, tokens, from, article - 2, Modals);
    }

    /// <summary>Who does the verb at <paramref name="verb"/>: the word before it, past "always", "also", "still" ….</summary>
    private static int UserOf(AnalyzedText analyzed, int verb)
    {
        var user = verb - 1;
        return user >= 1 && WordLists.Contains(Usually, analyzed.Tokens[user].In(analyzed.Text)) ? user - 1 : user;
    }

    /// <summary>"I", "he", "she", "we" or a given name.</summary>
    private static bool IsUser(AnalyzedText analyzed, int user) =>
        WordLists.Contains(Users, analyzed.Tokens[user].In(analyzed.Text)) || (analyzed.IsCapitalisedWord(user, minLength: 2) && NameRules.IsGivenName(analyzed, user));

    // What a "too" takes back: "I use them too", "I have it too", "Mia wears one as well".
    private static readonly string[] TakenBack = ["them", "it", "one", "those", "that"];

    // How far after the span the sentence that takes it back may end: "Some kids use hearing aids. I use them too."
    private const int TooReach = 24;

    /// <summary>
    /// "Some kids use hearing aids, and I use them too", "Many people have asthma. Dev has it as well.": someone, a verb of
    /// using or having and "them", "it" or "one", then "too" or "as well" (or "does too", or "So do I"), right after the
    /// span's clause (only a comma, a full stop or "and" between) or opening the next sentence, take the general
    /// statement for themselves; so does a family word ("Grandpa has it too", "my grandad takes them too") and a friend's
    /// name ("My friend Leo uses them too"). Not "you" (a lesson), a maybe ("If I need one too"), "not", a pet ("Our dog
    /// Max has them too") nor anything said between ("I wear headphones, and Leo wears them too").
    /// </summary>
    internal static bool IsSharedToo(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var sentences = 0;
        // Where the words before the one who shares it must be joiners only: right after the span, or from the start of
        // the next sentence ("Some kids use hearing aids to help them hear in noisy classrooms. I use them too.").
        var joinFrom = span.LastToken + 1;
        for (var t = span.LastToken + 1; t + 2 < tokens.Count && t - span.LastToken <= TooReach; t++)
        {
            if (analyzed.SentenceStarts[t])
            {
                if (++sentences > 1)
                {
                    return false;
                }

                joinFrom = t;
            }

            int user;
            var lead = -1;
            if (tokens[t].In(text) is "So" or "so" && WordLists.Contains(DoVerbs, tokens[t + 1].In(text))
                && (t + 3 >= tokens.Count || tokens[t + 3].Kind != TokenKind.Word || analyzed.SentenceStarts[t + 3]))
            {
                // "Some children use hearing aids. So do I.", "…, and so does Dev.": the clause opens on "so".
                user = t + 2;
                lead = t;
            }
            else if ((WordLists.Contains(UseVerbs, tokens[t].In(text)) && WordLists.Contains(TakenBack, tokens[t + 1].In(text)) && IsTooAt(analyzed, t + 2))
                || (WordLists.Contains(DoVerbs, tokens[t].In(text)) && IsTooAt(analyzed, t + 1)))
            {
                // "I use them too", "Dev has it as well", "Dev does too".
                user = UserOf(analyzed, t);
            }
            else
            {
                continue;
            }

            // "Grandpa has it too", "my grandad takes them too": a family word, maybe after its owner; "My friend Leo uses
            // them too": a friend's name after "my friend".
            var kin = (analyzed.Lexicons[user] & Lexicons.LexiconKind.KinWord) != 0;
            var subject = kin && user > joinFrom && WordLists.Contains(KinOwners, tokens[user - 1].In(text)) ? user - 1
                : user - 2 >= joinFrom && WordLists.Contains(Companions, tokens[user - 1].In(text)) && WordLists.Contains(KinOwners, tokens[user - 2].In(text)) ? user - 2
                : user;
            var (from, _) = analyzed.WindowInSentence(user, user, HypotheticalReach);
            return user > span.LastToken && IsJoinedOnly(analyzed, joinFrom, lead >= 0 ? lead : subject) && (kin || IsUser(analyzed, user))
                && !WordLists.AnyIn(text, tokens, from, t, Hypothetical) && !WordLists.AnyIn(text, tokens, from, t, Negations);
        }

        return false;
    }

    private static readonly string[] KinOwners = ["my", "our", "his", "her", "your", "My", "Our", "His", "Her", "Your"];

    // Verbs that stand for the one said before: "Dev does too", "So do I".
    private static readonly string[] DoVerbs = ["do", "does", "did"];

    // Who a given name may be introduced as before it: "My friend Leo uses them too".
    private static readonly string[] Companions = ["friend", "classmate", "cousin", "neighbour", "neighbor", "buddy"];

    /// <summary>"too" or "as well" at t.</summary>
    private static bool IsTooAt(AnalyzedText analyzed, int t) =>
        t < analyzed.Tokens.Count && (analyzed.Tokens[t].In(analyzed.Text) is "too"
            || (analyzed.Tokens[t].In(analyzed.Text) is "as" && t + 1 < analyzed.Tokens.Count && analyzed.Tokens[t + 1].In(analyzed.Text) is "well"));

    // What may join a general statement to the one who shares it: "…, and I use them too", "… . Dev has it as well".
    private static readonly string[] Joiners = ["and", "but", "so", "And", "But", "So"];

    /// <summary>
    /// Only punctuation and a joining word from token <paramref name="from"/> up to <paramref name="to"/>: nothing else that
    /// "them" could take back ("I wear headphones, and Leo wears them too") and no one else ("My cat Luna has it too").
    /// </summary>
    private static bool IsJoinedOnly(AnalyzedText analyzed, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word && !WordLists.Contains(Joiners, analyzed.Tokens[t].In(analyzed.Text)))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] ChewWords = ["chewy", "chew"];

    // A necklace of sweets: "Mia made a chewy necklace from sweets and then ate it".
    private static readonly string[] Sweets = ["sweets", "sweet", "candy", "candies", "lollies", "ate", "eat", "eats", "party"];

    private static readonly string[] ChewTools = ["necklace", "necklaces", "tube", "tubes", "pendant", "bracelet"];

    private const string ChewToolSource = "rule:chew-tool";

    private const double ChewToolScore = 0.8;

    // How far either side of the chewing tool its sentence is read for sweets.
    private const int ChewSentenceWindow = 16;

    /// <summary>
    /// "Lachlan has a chewy necklace", "his chew tube at his desk": an occupational therapist's chewing tool, a DEVICE
    /// when its sentence has a person and it is no pet's ("the puppy's chew toy" is neither). A rule and not a list
    /// entry: new entries on the health lists move the tagger on stories that never name them (round 16's and this
    /// round's retraining showed it).
    /// </summary>
    private static void AddChewTools(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        if (!analyzed.Text.Contains("chew", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var tokens = analyzed.Tokens;
        var attribution = new Attribution(analyzed);
        var existing = OrderedOverlaps.OfUnsorted(entities);
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            if (!WordLists.Contains(ChewWords, tokens[t].In(analyzed.Text)) || !WordLists.Contains(ChewTools, tokens[t + 1].In(analyzed.Text)))
            {
                continue;
            }

            var span = new TaggedSpan(EntityType.Device, t, t + 1, (float)ChewToolScore, 1);
            var (from, to) = analyzed.WindowInSentence(t, t + 1, ChewSentenceWindow);
            if (!attribution.SentenceHasPerson(t) || pets?.Owns(analyzed, span) == true || existing.Any(tokens[t].Start, tokens[t + 1].End)
                || WordLists.AnyIn(analyzed.Text, tokens, from, to, Sweets))
            {
                t++;
                continue;
            }

            entities.Add(new CandidateEntity(EntityType.Device, tokens[t].Start, tokens[t + 1].End, ChewToolScore, ChewToolSource));
            t++;
        }
    }

    // Head nouns of devices that a story goes on to call by the noun alone; words with an everyday sense a story uses
    // on its own ("pen", "tablet", "tube", "mask") are left out.
    private static readonly string[] DeviceHeads =
        ["pump", "pumps", "sensor", "sensors", "processor", "processors", "implant", "implants", "patch", "splint", "splints", "frame", "monitor", "shunt"];

    /// <summary>
    /// "the pump", "my processor", "the patch": once the story has given someone an "insulin pump", a "sound processor"
    /// or an "eye patch", its head noun said alone after a function word (or opening a sentence) is that device again.
    /// "a bike pump" has its own word before it, "the patch of soil" a phrase after it; a sentence with a generic cue
    /// ("Some kids …") stays about nobody.
    /// </summary>
    private static void AddShortDeviceMentions(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        var count = entities.Count;
        List<(string Head, double Score)>? heads = null;
        for (var i = 0; i < count; i++)
        {
            if (entities[i].Type == EntityType.Device && LastWordOf(analyzed.Text, entities[i].Start, entities[i].End) is var head
                && WordLists.Contains(DeviceHeads, head) && (heads is null || !heads.Exists(h => h.Head.Equals(head, StringComparison.OrdinalIgnoreCase))))
            {
                (heads ??= []).Add((head, entities[i].Score));
            }
        }

        if (heads is null)
        {
            return;
        }

        // The entities found so far, by start (the list itself is sorted only later): the mentions come in token order.
        var existing = OrderedOverlaps.OfUnsorted(entities);
        var tokens = analyzed.Tokens;
        var (sentenceEnd, generic) = (-1, false);
        for (var t = 1; t < tokens.Count; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var score = -1.0;
            foreach (var (head, headScore) in heads)
            {
                score = tokens[t].In(analyzed.Text).Equals(head, StringComparison.OrdinalIgnoreCase) ? headScore : score;
            }

            // After a function word or opening a sentence, and not "the patch of soil", "the frame of the painting".
            if (score < 0 || !(analyzed.SentenceStarts[t] || (analyzed.Lexicons[t - 1] & Lexicons.LexiconKind.FunctionWord) != 0)
                || (t + 1 < tokens.Count && tokens[t + 1].In(analyzed.Text) is "of"))
            {
                continue;
            }

            if (existing.Any(tokens[t].Start, tokens[t].End))
            {
                continue;
            }

            if (t >= sentenceEnd)
            {
                (sentenceEnd, generic) = ReadSentence(analyzed, t, Math.Max(sentenceEnd, 0));
            }

            if (!generic)
            {
                entities.Add(new CandidateEntity(EntityType.Device, tokens[t].Start, tokens[t].End, score, ShortMentionSource));
            }
        }
    }

    public const string ShortMentionSource = "rule:device-mention";

    /// <summary>Where the sentence holding token t (starting at or after <paramref name="floor"/>) ends, and whether it has a generic cue.</summary>
    private static (int End, bool Generic) ReadSentence(AnalyzedText analyzed, int t, int floor)
    {
        var first = t;
        while (first > floor && !analyzed.SentenceStarts[first])
        {
            first--;
        }

        var generic = false;
        var n = first;
        for (; n < analyzed.Tokens.Count && (n == first || !analyzed.SentenceStarts[n]); n++)
        {
            generic |= (analyzed.Lexicons[n] & Lexicons.LexiconKind.GenericCue) != 0;
        }

        return (n, generic);
    }

    private static string LastWordOf(string text, int start, int end)
    {
        var last = end;
        while (last > start && !char.IsLetterOrDigit(text[last - 1]))
        {
            last--;
        }

        var first = last;
        while (first > start && char.IsLetterOrDigit(text[first - 1]))
        {
            first--;
        }

        return text[first..last].ToLowerInvariant();
    }

    /// <summary>
    /// A tagged health span that lies within one health-list word or phrase the health-word classifier scores below
    /// <see cref="DisownedBelow"/> is dropped: "Medicine can help people when they are sick" or "a maths game on the
    /// tablet" names a health word without giving it to anyone, and the classifier reads that from the cues around it.
    /// </summary>
    private static void DropDisowned(List<TaggedSpan> tagged, List<(TaggedSpan Span, double Probability)> healthWords)
    {
        if (healthWords.Count == 0)
        {
            return;
        }

        var w = 0;
        tagged.RemoveAll(span =>
        {
            if (EntityCategories.Of(span.Type) != Category.Health)
            {
                return false;
            }

            while (w < healthWords.Count && healthWords[w].Span.LastToken < span.FirstToken)
            {
                w++;
            }

            return w < healthWords.Count && healthWords[w].Span.FirstToken <= span.FirstToken
                && span.LastToken <= healthWords[w].Span.LastToken && healthWords[w].Probability < DisownedBelow;
        });
    }

    internal const double DisownedBelow = 0.1;

    /// <summary>
    /// A phrase of a health list that the tagger split between types ("an insulin" DEVICE + "pump" MEDICATION) is one
    /// entity of the phrase's type, covering the split spans; one the tagger found only in part is covered whole.
    /// </summary>
    private static void UnifyListPhrases(List<TaggedSpan> tagged, List<(TaggedSpan Span, double Probability)> healthWords)
    {
        foreach (var (phrase, _) in healthWords)
        {
            if (phrase.LastToken == phrase.FirstToken)
            {
                continue;
            }

            var first = -1;
            var count = 0;
            for (var i = 0; i < tagged.Count; i++)
            {
                if (EntityCategories.Of(tagged[i].Type) == Category.Health
                    && tagged[i].FirstToken <= phrase.LastToken && phrase.FirstToken <= tagged[i].LastToken)
                {
                    first = first < 0 ? i : first;
                    count++;
                }
            }

            if (count == 0)
            {
                continue;
            }

            if (count == 1)
            {
                ExtendToPhrase(tagged, first, phrase);
                continue;
            }

            var merged = tagged[first] with { Type = phrase.Type };
            for (var i = first + count - 1; i > first; i--)
            {
                merged = merged with
                {
                    FirstToken = Math.Min(merged.FirstToken, tagged[i].FirstToken),
                    LastToken = Math.Max(merged.LastToken, tagged[i].LastToken),
                    ScoreSum = merged.ScoreSum + tagged[i].ScoreSum,
                    TaggedCount = merged.TaggedCount + tagged[i].TaggedCount,
                };
                tagged.RemoveAt(i);
            }

            tagged[first] = merged;
        }
    }

    /// <summary>
    /// A health span that stops inside a list phrase ("two hearing" of "two hearing aids") reaches to the phrase's end
    /// and takes its type, unless that would run into another span; one that is the phrase (and at most a word before
    /// it) takes the phrase's type ("insulin pump" read as a MEDICATION is a DEVICE).
    /// </summary>
    private static void ExtendToPhrase(List<TaggedSpan> tagged, int i, TaggedSpan phrase)
    {
        var span = tagged[i];
        if (span.FirstToken <= phrase.FirstToken && phrase.LastToken <= span.LastToken)
        {
            // The phrase and at most a word before it ("his insulin pump"): the list knows what it is.
            if (span.LastToken == phrase.LastToken && span.FirstToken >= phrase.FirstToken - 1)
            {
                tagged[i] = span with { Type = phrase.Type };
            }

            return;
        }

        var (first, last) = (Math.Min(span.FirstToken, phrase.FirstToken), Math.Max(span.LastToken, phrase.LastToken));
        if ((i > 0 && tagged[i - 1].LastToken >= first) || (i + 1 < tagged.Count && tagged[i + 1].FirstToken <= last))
        {
            return;
        }

        tagged[i] = span with { FirstToken = first, LastToken = last, Type = phrase.Type };
    }

    /// <summary>
    /// Adds each found span that overlaps none of the spans already there (the tagger's reading wins). A health span the
    /// tagger found around a found one of health takes the found one's score when that is higher: two models read the
    /// same words, and the surer one's score is what the document classifier should see ("My asthma" at 0.37 from the
    /// tagger and 1.00 from the health-word classifier is a diagnosis at 1.00).
    /// </summary>
    private static void AddUnclaimed(List<(TaggedSpan Span, string Source)> spans, List<TaggedSpan> found, string source)
    {
        // Only the first span (by index) that a find overlaps claims it, and only that one may take its score.
        var claimedBy = FirstOverlapping(spans, found);
        for (var q = 0; q < found.Count; q++)
        {
            var span = found[q];
            if (claimedBy[q] is var i && i < 0)
            {
                spans.Add((span, source));
                continue;
            }

            var other = spans[i].Span;
            if (other.FirstToken <= span.FirstToken && span.LastToken <= other.LastToken && span.Score > other.Score
                && EntityCategories.Of(other.Type) == Category.Health && EntityCategories.Of(span.Type) == Category.Health)
            {
                spans[i] = (new TaggedSpan(other.Type, other.FirstToken, other.LastToken, (float)span.Score, 1), spans[i].Source);
            }
        }
    }

    /// <summary>
    /// For each find, the least index of the spans that overlap it, or -1. The spans enter in order of their first token
    /// as the finds, taken in order of their last token, reach them; a tree over the spans' last tokens keeps the least
    /// index that ends at or after each place. O((n + m) log n) for n spans and m finds, where asking every span for
    /// every find was n × m (thousands by thousands in a long text of care).
    /// </summary>
    internal static int[] FirstOverlapping(List<(TaggedSpan Span, string Source)> spans, List<TaggedSpan> found)
    {
        var byFirst = new int[spans.Count];
        var firsts = new int[spans.Count];
        var lasts = new int[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            byFirst[i] = i;
            firsts[i] = spans[i].Span.FirstToken;
            lasts[i] = spans[i].Span.LastToken;
        }

        Array.Sort(firsts, byFirst);
        Array.Sort(lasts);
        var byLast = new int[found.Count];
        var findLasts = new int[found.Count];
        for (var q = 0; q < found.Count; q++)
        {
            byLast[q] = q;
            findLasts[q] = found[q].LastToken;
        }

        Array.Sort(findLasts, byLast);
        // Fenwick tree of least indices over the sorted last tokens, numbered from the far end (position p is entry
        // lasts.Length - p), so that reading the entries up to k gives the least index of the ends at positions from
        // lasts.Length - k on.
        var least = new int[lasts.Length + 1];
        Array.Fill(least, int.MaxValue);
        var result = new int[found.Count];
        var entered = 0;
        foreach (var q in byLast)
        {
            var find = found[q];
            for (; entered < byFirst.Length && firsts[entered] <= find.LastToken; entered++)
            {
                var i = byFirst[entered];
                var position = Array.BinarySearch(lasts, spans[i].Span.LastToken);
                for (var k = lasts.Length - (position < 0 ? ~position : position); k < least.Length; k += k & -k)
                {
                    least[k] = Math.Min(least[k], i);
                }
            }

            // Ends at or after the find's first token: positions from the first such end on.
            var from = LowerBound(lasts, find.FirstToken);
            var best = int.MaxValue;
            for (var k = lasts.Length - from; k > 0; k -= k & -k)
            {
                best = Math.Min(best, least[k]);
            }

            result[q] = best == int.MaxValue ? -1 : best;
        }

        return result;
    }

    /// <summary>The first position of the sorted values that holds value or more (values.Length when none does).</summary>
    private static int LowerBound(int[] values, int value)
    {
        var (low, high) = (0, values.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = values[middle] < value ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    // How many capitalised words a place's name may hold between a health word and its organisation word.
    private const int PlaceWordReach = 4;

    /// <summary>
    /// The health-word classifier's finds without those inside a place's name: "Therapy" of "Bright Steps Therapy Centre"
    /// is a word of the centre's name (a capitalised word before it, an organisation word after it), which the
    /// organisation rules read whole.
    /// </summary>
    private static List<TaggedSpan> WithoutPlaceWords(AnalyzedText analyzed, List<TaggedSpan> found)
    {
        return found.FindIndex(span => IsInsidePlaceName(analyzed, span)) < 0 ? found : found.FindAll(span => !IsInsidePlaceName(analyzed, span));
    }

    private static bool IsInsidePlaceName(AnalyzedText analyzed, TaggedSpan span)
    {
        // Only a therapy's word: "Riverside Diabetes Clinic" still says whose diabetes when no organisation is read.
        var first = span.FirstToken;
        if (span.Type != EntityType.Treatment || first == 0 || analyzed.SentenceStarts[first] || !analyzed.IsCapitalisedWord(first) || !analyzed.IsCapitalisedWord(first - 1)
            || analyzed.SentenceStarts[first - 1] || !NameCandidates.SingleSpace(analyzed, first - 1, first))
        {
            return false;
        }

        for (var t = span.LastToken + 1; t < analyzed.Tokens.Count && t <= span.LastToken + PlaceWordReach && analyzed.IsCapitalisedWord(t)
            && NameCandidates.SingleSpace(analyzed, t - 1, t); t++)
        {
            if ((analyzed.Lexicons[t] & Lexicons.LexiconKind.OrganizationSuffix) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Clitics = ["s", "m", "re", "ve", "ll", "d", "t"];

    /// <summary>Words that end a phrase as adverbs ("I cannot remember it after.") and start one as prepositions.</summary>
    private static readonly string[] AdverbOrPreposition = ["after", "since", "during", "until", "behind"];

    private static readonly string[] LeadingPrepositions = ["to", "at", "for", "from", "with", "in", "on", "of", "by"];

    /// <summary>"after" in "PTSD after the car accident": one of those words with a word right after it.</summary>
    private static bool IsPrepositionBeforeItsObject(AnalyzedText analyzed, int t) =>
        t + 1 < analyzed.Tokens.Count && analyzed.Tokens[t + 1].Kind == TokenKind.Word
        && WordLists.Contains(AdverbOrPreposition, analyzed.Tokens[t].In(analyzed.Text));

    // Words that open a clause, not a name: "why", "because", "so".
    private static readonly string[] ClauseWords = ["why", "how", "what", "where", "when", "because", "so", "if", "but", "then", "that", "which", "while"];

    private static readonly string[] Connectors =
        ["with", "before", "at", "on", "in", "for", "to", "of", "from", "by", "and", "or", "the", "a", "an", "when", "because",
            "my", "your", "his", "its", "our", "their"];

    /// <summary>
    /// No entity starts inside a contraction or possessive ("s Story" of "Lily's Story", "m Mateo" of "I'm Mateo").
    /// A health entity with a health word that starts inside a hyphenated word takes the whole word ("speech-generating
    /// tablet"), one that stops on a preposition (and article) right before a clinician word takes it in ("fidget
    /// cushion from the therapist"), and otherwise a health entity does not end on a preposition, conjunction, article
    /// or possessive determiner
    /// ("methylphenidate with", "inhaler before", "melatonin and his"): the tagger carried its reading too far. None of
    /// the 4,590 labelled spans of the default data starts after an apostrophe, and none of its health spans ends on such
    /// a word ("her" is left alone: "the medicine that helps her").
    /// </summary>
    private static void TrimEdges(AnalyzedText analyzed, List<TaggedSpan> spans)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            var (first, last) = (spans[i].FirstToken, spans[i].LastToken);
            while (first <= last && first > 0 && tokens[first - 1].End == tokens[first].Start
                && text[tokens[first - 1].Start] is '\'' or '’' && WordLists.Contains(Clitics, tokens[first].In(text)))
            {
                first++;
            }

            if (spans[i].Type is EntityType.PersonName or EntityType.Organization or EntityType.Provider)
            {
                // "Nour" of "Al-Nour", "École Saint" of "École Saint-Rémi", "Dr. Ben" of "Dr. Ben-Ami": a name takes the
                // whole hyphenated name.
                while (StartsInsideHyphenatedWord(analyzed, first) && IsHyphenedNamePart(analyzed, first - 2)
                    && (i == 0 || spans[i - 1].LastToken < first - 2))
                {
                    first -= 2;
                }

                while (last + 2 < tokens.Count && StartsInsideHyphenatedWord(analyzed, last + 2) && IsHyphenedNamePart(analyzed, last + 2)
                    && (i + 1 >= spans.Count || spans[i + 1].FirstToken > last + 2))
                {
                    last += 2;
                }
            }

            if (EntityCategories.Of(spans[i].Type) == Category.Health && HasHealthWord(analyzed, first, last))
            {
                // "generating tablet" of "speech-generating tablet": the health span takes the whole hyphenated word.
                while (StartsInsideHyphenatedWord(analyzed, first))
                {
                    first -= 2;
                }
            }

            // "fidget cushion from the" + "therapist": a health span that stops on a connector right before a clinician
            // word takes it in, rather than losing the word that makes it health. A condition after it stays its own
            // entity ("chemotherapy for my" + "leukemia").
            if (EntityCategories.Of(spans[i].Type) == Category.Health && last + 1 < tokens.Count && last > first
                && (WordLists.Contains(ClinicianPrepositions, tokens[last].In(text))
                    || ((WordLists.Contains(Articles, tokens[last].In(text)) || WordLists.Contains(PossessivePronouns, tokens[last].In(text)))
                        && WordLists.Contains(ClinicianPrepositions, tokens[last - 1].In(text))))
                && (analyzed.Lexicons[last + 1] & Lexicons.LexiconSet.HealthKinds) == Lexicons.LexiconKind.Provider
                && (i + 1 >= spans.Count || spans[i + 1].FirstToken > last + 1))
            {
                last++;
            }

            while (last >= first && EntityCategories.Of(spans[i].Type) == Category.Health
                && (WordLists.Contains(Connectors, tokens[last].In(text)) || IsPrepositionBeforeItsObject(analyzed, last)))
            {
                last--;
            }

            // "why Liam" of "That's why Liam's tablet has special settings": no name opens on a question word or a
            // conjunction in lower case, nor on a dash ("– Foundation" of "Year 1 – Foundation").
            while (first <= last && spans[i].Type is EntityType.PersonName or EntityType.Organization or EntityType.Provider
                && ((WordLists.Contains(ClauseWords, tokens[first].In(text)) && char.IsLower(text[tokens[first].Start]))
                    || (tokens[first].Kind == TokenKind.Punctuation && text[tokens[first].Start] is '–' or '—' or '-' or '•')))
            {
                first++;
            }

            // "Grandpa Kwame Goes" of the heading "Grandpa Kwame Goes to the Bank": a name ends before a heading's verb
            // that a word of what follows opens after it.
            if (spans[i].Type == EntityType.PersonName && last > first && last + 1 < tokens.Count && WordLists.Contains(HeadingVerbs, tokens[last].In(text))
                && char.IsUpper(text[tokens[last].Start]) && WordLists.Contains(HeadingVerbObjects, tokens[last + 1].In(text)))
            {
                last--;
            }

            // "to OT", "at physio": no labelled health span opens on a preposition.
            while (first <= last && EntityCategories.Of(spans[i].Type) == Category.Health && WordLists.Contains(LeadingPrepositions, tokens[first].In(text)))
            {
                first++;
            }

            if (first > last)
            {
                spans.RemoveAt(i);
            }
            else if (first != spans[i].FirstToken || last != spans[i].LastToken)
            {
                spans[i] = spans[i] with { FirstToken = first, LastToken = last };
            }
        }
    }

    // Verbs a story's heading puts after the child's name ("Maya Goes to the Dentist", "Grandpa Visits the Farm"); none
    // is a common given name or surname.
    private static readonly string[] HeadingVerbs =
        ["goes", "visits", "gets", "learns", "moves", "meets", "starts", "tries", "takes", "plays", "finds", "stays", "rides", "flies", "helps",
         "bakes", "makes", "has", "sees", "says", "joins", "waits", "uses", "loses", "wears", "feels", "needs", "leaves"];

    // What follows such a verb in a heading: "to the Bank", "the Library", "a Haircut", "Her First Sleepover".
    private static readonly string[] HeadingVerbObjects = ["to", "the", "a", "an", "his", "her", "their", "my", "our", "at", "on", "in", "for", "with", "home", "back", "out", "up"];

    // "from the therapist", "by the nurse": "and the nurse" is someone else.
    private static readonly string[] ClinicianPrepositions = ["from", "by", "with", "at", "to", "of", "for"];

    private static readonly string[] Articles = ["the", "a", "an"];

    private static readonly string[] BreathWords = ["breathe", "breathes", "breath", "breaths", "breathing"];

    private static readonly string[] CalmWords = ["slowly", "slow", "deep", "deeply", "calm", "calmly", "count", "counting", "gently"];

    private const int CalmWindow = 3;

    /// <summary>
    /// "put my hand on my tummy and breathe in slowly", "take three deep breaths": breathing slowly or deeply is what any
    /// child is taught to do when upset, no condition; a span of plain words with a breath word and a slow or deep word
    /// within three tokens of it in its sentence is dropped ("my breathing gets tight", "the machine that helps me
    /// breathe" and "I have breathing problems so I walk slowly" have none that close).
    /// </summary>
    internal static bool IsCalmingBreath(AnalyzedText analyzed, TaggedSpan span)
    {
        if (EntityCategories.Of(span.Type) != Category.Health || HasHealthWord(analyzed, span.FirstToken, span.LastToken))
        {
            return false;
        }

        var tokens = analyzed.Tokens;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (!WordLists.Contains(BreathWords, tokens[t].In(analyzed.Text)))
            {
                continue;
            }

            // Within the sentence: "I have trouble breathing at night. Mum reads slowly to me." keeps its condition.
            var (first, last) = analyzed.WindowInSentence(t, t, CalmWindow);
            for (var n = first; n <= last; n++)
            {
                if (WordLists.Contains(CalmWords, tokens[n].In(analyzed.Text)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Gear one breathes through for a job, a sport or dressing up: "The mask makes her breathing sound loud and funny".
    private static readonly string[] BreathingGear = ["mask", "masks", "snorkel", "snorkels", "helmet", "helmets", "costume", "scuba", "tank"];

    private static readonly string[] SoundVerbs = ["sound", "sounds", "sounded"];

    private const int GearWindow = 8;

    /// <summary>
    /// "The mask makes her breathing sound loud and funny, like Darth Vader": a firefighter's, a diver's or a costume's
    /// mask that changes how breathing sounds is the gear's doing, no one's condition. A span of plain words with a breath
    /// word that a form of "sound" follows, and a mask, a snorkel, a helmet or a costume before it in its sentence (no word
    /// of a health list in that stretch: "the oxygen mask makes his breathing sound better" is care) is dropped.
    /// </summary>
    internal static bool IsBreathThroughGear(AnalyzedText analyzed, TaggedSpan span)
    {
        if (EntityCategories.Of(span.Type) != Category.Health || HasHealthWord(analyzed, span.FirstToken, span.LastToken))
        {
            return false;
        }

        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (!WordLists.Contains(BreathWords, tokens[t].In(text)) || t + 1 >= tokens.Count || !WordLists.Contains(SoundVerbs, tokens[t + 1].In(text)))
            {
                continue;
            }

            var (first, _) = analyzed.WindowInSentence(t, t, GearWindow);
            var gear = WordLists.FirstIn(text, tokens, first, t, BreathingGear);
            return gear >= 0 && !HasHealthWord(analyzed, gear, t);
        }

        return false;
    }

    /// <summary>Some token of [first, last] is on a health list.</summary>
    internal static bool HasHealthWord(AnalyzedText analyzed, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if ((analyzed.Lexicons[t] & Lexicons.LexiconSet.HealthKinds) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A PERSON_NAME or PROVIDER that ends on a title ("Mrs" of "Mrs. Baker": the tagger doubted the surname because
    /// "baker" is also a word) takes in the capitalised name after it, up to two words; a PERSON_NAME that is a title
    /// and nothing more is dropped. Redacting "Mrs" alone would leave the surname in the text.
    /// </summary>
    private static void ExtendTitles(AnalyzedText analyzed, List<TaggedSpan> spans)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            var last = spans[i].LastToken;
            if (spans[i].Type is not (EntityType.PersonName or EntityType.Provider) || (analyzed.Lexicons[last] & Lexicons.LexiconKind.Title) == 0)
            {
                continue;
            }

            var next = last + 1;
            if (next + 1 < tokens.Count && text[tokens[next].Start] == '.' && tokens[next].Start == tokens[last].End
                && WordLists.Contains(NameRules.AbbreviatedTitles, tokens[last].In(text)))
            {
                next++;
            }

            // Text written all in lower case ("mrs. baker") has no capitals to go by.
            var lowerCase = char.IsLower(text[tokens[last].Start]);
            var end = last;
            for (var t = next; t < tokens.Count && t <= next + 1 && IsNamePart(analyzed, t, lowerCase); t++)
            {
                end = t;
            }

            if (end > last)
            {
                ExtendTo(spans, i, end);
            }
            else if (spans[i].Type == EntityType.PersonName && spans[i].FirstToken == last)
            {
                spans.RemoveAt(i);
            }
        }

        // And the other way round: "Gomez" of "Mr. Gomez" takes in the title before it.
        for (var i = 0; i < spans.Count; i++)
        {
            var first = spans[i].FirstToken;
            if (spans[i].Type is not (EntityType.PersonName or EntityType.Provider) || first == 0)
            {
                continue;
            }

            var title = first - 1;
            if (title > 0 && text[tokens[title].Start] == '.' && tokens[title].Start == tokens[title - 1].End
                && WordLists.Contains(NameRules.AbbreviatedTitles, tokens[title - 1].In(text)))
            {
                title--;
            }

            if ((analyzed.Lexicons[title] & Lexicons.LexiconKind.Title) != 0 && (i == 0 || spans[i - 1].LastToken < title)
                && IsNamePart(analyzed, first, char.IsLower(text[tokens[title].Start])) && (char.IsUpper(text[tokens[title].Start]) || char.IsLower(text[tokens[first].Start])))
            {
                spans[i] = spans[i] with { FirstToken = title };
            }
        }
    }

    /// <summary>A capitalised word (any word in lower-case text) on the same line, no function word, right after the token before it.</summary>
    private static bool IsNamePart(AnalyzedText analyzed, int t, bool lowerCase)
    {
        var token = analyzed.Tokens[t];
        return token.Kind == TokenKind.Word && (char.IsUpper(analyzed.Text[token.Start]) || lowerCase) && IsRightAfter(analyzed, t)
            && (analyzed.Lexicons[t] & Lexicons.LexiconKind.FunctionWord) == 0;
    }

    /// <summary>Token t follows the token before it on the same line, with at most one character between them.</summary>
    private static bool IsRightAfter(AnalyzedText analyzed, int t)
    {
        var token = analyzed.Tokens[t];
        var previous = analyzed.Tokens[t - 1];
        return token.Start - previous.End <= 1 && !analyzed.Text.AsSpan(previous.End, token.Start - previous.End).Contains('\n');
    }

    /// <summary>
    /// "Dr. Collins at Brookfield Medical Group" is one provider: a PROVIDER span followed by "at" and a capitalised
    /// place takes in the place's capitalised words (and "'s"), and the spans the tagger found inside them.
    /// </summary>
    private static void ExtendProviders(AnalyzedText analyzed, List<TaggedSpan> spans)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var i = 0; i < spans.Count; i++)
        {
            if (spans[i].Type != EntityType.Provider)
            {
                continue;
            }

            // "Dr. Amrita" and then "Shah" as a PERSON_NAME: the tagger split one titled name between two types.
            if (i + 1 < spans.Count && spans[i + 1].Type == EntityType.PersonName && spans[i + 1].FirstToken == spans[i].LastToken + 1
                && NameCandidates.SingleSpace(analyzed, spans[i].LastToken, spans[i + 1].FirstToken))
            {
                spans[i] = spans[i] with { LastToken = spans[i + 1].LastToken };
                spans.RemoveAt(i + 1);
            }

            // The tagger often takes "at" and part of the place into the provider already ("Dr. Collins at Hillcrest").
            var at = spans[i].FirstToken + 1;
            while (at <= spans[i].LastToken && !tokens[at].In(text).Equals("at", StringComparison.OrdinalIgnoreCase))
            {
                at++;
            }

            if (at + 1 >= tokens.Count || !tokens[at].In(text).Equals("at", StringComparison.OrdinalIgnoreCase)
                || tokens[at + 1].Kind != Text.TokenKind.Word || !char.IsUpper(text[tokens[at + 1].Start]))
            {
                continue;
            }

            var last = at + 1;
            while (last + 1 < tokens.Count && IsPlaceContinuation(analyzed, last + 1))
            {
                last++;
            }

            while (tokens[last].Kind != Text.TokenKind.Word)
            {
                last--;
            }

            ExtendTo(spans, i, last);
        }
    }

    /// <summary>
    /// A provider is a person ("Dr. Lee", "her speech therapist, Ms. Ito"); a span the tagger read as PROVIDER with no
    /// title or clinician word in it ("Willow Children's Clinic") names the place, an ORGANIZATION (which the
    /// organisation review makes a name again if it is one, "Tía Carmen"), and a PERSON_NAME
    /// that opens on a doctor's title ("dr. lindqvist") is a PROVIDER.
    /// </summary>
    private static void RetypeUntitledProviders(AnalyzedText analyzed, List<TaggedSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            if (spans[i].Type == EntityType.PersonName && WordLists.Contains(NameRules.DoctorTitles, analyzed.Tokens[spans[i].FirstToken].In(analyzed.Text)))
            {
                // "dr. lindqvist" read as a person: with a doctor's title a name is a clinician's.
                spans[i] = spans[i] with { Type = EntityType.Provider };
                continue;
            }

            if (spans[i].Type == EntityType.PersonName && IsSchoolsName(analyzed, spans[i]))
            {
                // "vaccination day at Bakkegården Skole" read as a person: a name that ends on a school word is the school's.
                spans[i] = new TaggedSpan(EntityType.Organization, spans[i].FirstToken, spans[i].LastToken, Math.Max((float)spans[i].Score, SchoolNameScore), 1);
                continue;
            }

            if (spans[i].Type != EntityType.Provider)
            {
                continue;
            }

            // A family word used as a title ("Tía Carmen", "Aunt May") makes no clinician.
            var clinician = false;
            for (var t = spans[i].FirstToken; t <= spans[i].LastToken && !clinician; t++)
            {
                var kinds = analyzed.Lexicons[t];
                clinician = (kinds & Lexicons.LexiconKind.Provider) != 0
                    || ((kinds & Lexicons.LexiconKind.Title) != 0 && (kinds & Lexicons.LexiconKind.KinWord) == 0);
            }

            if (!clinician)
            {
                spans[i] = spans[i] with { Type = EntityType.Organization };
            }
        }
    }

    // Words for a school in the languages the organisation list holds; a surname is none of them ("Mr. Hall", "Ana Church").
    private static readonly string[] SchoolWords =
        ["School", "Skole", "Skola", "Schule", "Escola", "Escuela", "Ecole", "Scuola", "Szkola", "Academy", "Kindergarten", "Basisschool", "Grundschule", "Primary", "Elementary"];

    // The score a school's name read as a person's is given: that of the rule that finds "to Solsiden Skole".
    private const float SchoolNameScore = 0.6f;

    /// <summary>"Bakkegården Skole", "Lindenhof Grundschule": two or more capitalised words, the last a school word.</summary>
    private static bool IsSchoolsName(AnalyzedText analyzed, TaggedSpan span)
    {
        var last = span.LastToken;
        if (last == span.FirstToken || !analyzed.IsCapitalisedWord(last, minLength: 3) || !analyzed.IsCapitalisedWord(span.FirstToken, minLength: 2))
        {
            return false;
        }

        var word = analyzed.Tokens[last].In(analyzed.Text);
        foreach (var school in SchoolWords)
        {
            if (word.SequenceEqual(school))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Mamá and I took her to Dr. Ramírez, the vet": a doctor the story calls the vet, beside the name ("Dr. Ramírez, the
    /// vet", "the vet, Dr. Ramírez", "our vet Dr. Ramírez"), treats animals; that name is a person's, no clinician's, every
    /// time the story says it.
    /// </summary>
    private static void RetypeVets(AnalyzedText analyzed, List<TaggedSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            if (spans[i].Type == EntityType.Provider && (IsVetsName(analyzed, spans[i]) || IsTeachersTitledName(analyzed, spans[i])))
            {
                spans[i] = spans[i] with { Type = EntityType.PersonName };
            }
        }
    }

    private static readonly object VetsKey = new();

    private static readonly string[] PlainHonorifics = ["mr", "mrs", "ms", "mx", "miss", "sir"];

    // Words of a school or a club beside a plain title's name: "Mr. Lindqvist is my teacher", "Mrs. Osei, our coach".
    private static readonly string[] SchoolRoles =
        ["teacher", "teachers", "coach", "headteacher", "principal", "class", "classroom", "homework", "folder", "assembly", "lesson", "lessons", "school"];

    // Words of care that make a plain title's name a clinician's: "Mrs. Patel, my speech therapist".
    private static readonly string[] CareRoles =
        ["therapist", "therapy", "doctor", "nurse", "dentist", "psychologist", "counsellor", "counselor", "clinic", "appointment", "hospital", "audiologist",
            "physio", "physiotherapist", "optometrist", "paediatrician", "pediatrician", "ot", "slt", "salt", "speech", "occupational", "session", "sessions"];

    // How far around the name, in its sentence, a school or a care word is looked for.
    private const int RoleReach = 10;

    /// <summary>
    /// "Mr. Lindqvist is my teacher": the tagger's clinician with a plain title (no doctor's), a school word beside it and
    /// no word of care, is a teacher's name, an identifier of identity only.
    /// </summary>
    private static bool IsTeachersTitledName(AnalyzedText analyzed, TaggedSpan span) =>
        span.LastToken > span.FirstToken && WordLists.Contains(PlainHonorifics, analyzed.Tokens[span.FirstToken].In(analyzed.Text))
        && analyzed.HasWordNear(span.FirstToken, span.LastToken, RoleReach, SchoolRoles) && !analyzed.HasWordNear(span.FirstToken, span.LastToken, RoleReach, CareRoles)
        && !HasCareWordNear(analyzed, span);

    /// <summary>A word of the clinician or health lists in the span's sentence, near it ("my orthodontist", "braces").</summary>
    private static bool HasCareWordNear(AnalyzedText analyzed, TaggedSpan span)
    {
        var (from, to) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, RoleReach);
        for (var t = from; t <= to; t++)
        {
            if ((t < span.FirstToken || t > span.LastToken) && (analyzed.Lexicons[t] & (Lexicons.LexiconKind.Provider | Lexicons.LexiconSet.HealthKinds)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the span ends on the name of a doctor the story calls the vet (see <see cref="RetypeVets"/>).</summary>
    private static bool IsVetsName(AnalyzedText analyzed, TaggedSpan span)
    {
        var vets = analyzed.Memo(VetsKey, FindVets);
        return vets.Count > 0 && vets.Contains(analyzed.Tokens[span.LastToken].In(analyzed.Text).ToString());
    }

    /// <summary>The names after a doctor's title that a vet word stands beside, read once per text.</summary>
    private static HashSet<string> FindVets(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var vets = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 1; t < tokens.Count; t++)
        {
            var title = DoctorTitleBefore(analyzed, t);
            if (title < 0 || !analyzed.IsCapitalisedWord(t, minLength: 2))
            {
                continue;
            }

            var after = t + 1;
            var vetAfter = after + 2 < tokens.Count && tokens[after].In(text) is "," && tokens[after + 1].In(text) is "the" or "our" or "their" or "a"
                && Pets.IsVetWord(tokens[after + 2].In(text));
            var before = title - 1;
            var vetBefore = before >= 0 && (Pets.IsVetWord(tokens[before].In(text))
                || (before >= 1 && tokens[before].In(text) is "," && Pets.IsVetWord(tokens[before - 1].In(text))));
            if ((vetAfter || vetBefore) && vets.Count < MaxVets)
            {
                vets.Add(tokens[t].In(text).ToString());
            }
        }

        return vets;
    }

    // A story names few vets; more are not looked for.
    private const int MaxVets = 8;

    /// <summary>
    /// A name set off by commas beside a clinician word, or linked to one by "is", is that clinician: "my therapist,
    /// Ms. Ferreira,", "Ana Ruiz, her speech therapist,", "My therapist is Ms. Deepa Raman" and "Ms. Raman is my OT" name
    /// a PROVIDER, where the tagger may read only a PERSON_NAME. The story's other mentions of that surname follow
    /// ("Ms. Raman comes out and says hello"); and a PROVIDER the tagger read from context alone ("Mr. Kowalski might
    /// do some things differently") is a PERSON_NAME when the story names that surname elsewhere as a person and never
    /// beside a clinician word or a doctor's title.
    /// </summary>
    private static void RetypeNamedClinicians(AnalyzedText analyzed, List<TaggedSpan> spans)
    {
        var tokens = analyzed.Tokens;
        var clinicians = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var persons = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Type is not (EntityType.PersonName or EntityType.Provider) || LastWord(analyzed, span) is not (>= 0 and var surname))
            {
                continue;
            }

            var after = span.LastToken + 1;
            var before = span.FirstToken >= 2 && IsLink(analyzed, span.FirstToken - 1) && IsClinicianWord(analyzed, span.FirstToken - 2);
            // "Ms. Raman, my therapist", "Mrs. Barraclough, the audiologist".
            var following = after + 2 < tokens.Count && IsLink(analyzed, after)
                && ((analyzed.Lexicons[after + 1] & Lexicons.LexiconKind.Possessive) != 0 || tokens[after + 1].In(analyzed.Text) is "the")
                && IsClinicianWord(analyzed, after + 2);
            var word = tokens[surname].In(analyzed.Text).ToString();
            var role = JobTitles.RoleAfterName(analyzed, after);
            if (role == JobTitles.Role.Other && !before && !following)
            {
                // "by Mr. Pereira, Careers and Work Experience Lead", "Dr. Ruth Adler, Head Teacher": a job after the name
                // that is no clinician's.
                spans[i] = span with { Type = EntityType.PersonName };
                persons.Add(word);
            }
            else if (before || following || role == JobTitles.Role.Clinician || (span.Type == EntityType.Provider && HasClinicianTitleOrWord(analyzed, span)))
            {
                spans[i] = span with { Type = EntityType.Provider };
                clinicians.Add(word);
            }
            else if (span.Type == EntityType.PersonName)
            {
                persons.Add(word);
            }
        }

        if (clinicians.Count == 0 && persons.Count == 0)
        {
            return;
        }

        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Type is not (EntityType.PersonName or EntityType.Provider) || LastWord(analyzed, span) is not (>= 0 and var surname))
            {
                continue;
            }

            var word = tokens[surname].In(analyzed.Text).ToString();
            // Only "Ms. Raman" or "Raman": a first name before the surname ("Tom Smith") is another person of that name.
            var titledOrAlone = surname == span.FirstToken || (analyzed.Lexicons[span.FirstToken] & Lexicons.LexiconKind.Title) != 0;
            if (clinicians.Contains(word) && titledOrAlone)
            {
                spans[i] = span with { Type = EntityType.Provider };
            }
            else if (span.Type == EntityType.Provider && persons.Contains(word))
            {
                spans[i] = span with { Type = EntityType.PersonName };
            }
        }
    }

    /// <summary>"," or a form of "be" between a name and a clinician word.</summary>
    private static bool IsLink(AnalyzedText analyzed, int t) => analyzed.Tokens[t].In(analyzed.Text) is "," or "is" or "was";

    /// <summary>A doctor's title ("Dr.", "Doctor") or a clinician word ("Nurse Ito", "Therapist Ana") inside the span.</summary>
    private static bool HasClinicianTitleOrWord(AnalyzedText analyzed, TaggedSpan span)
    {
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (IsClinicianWord(analyzed, t) || WordLists.Contains(NameRules.DoctorTitles, analyzed.Tokens[t].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsComma(AnalyzedText analyzed, int t) => analyzed.Tokens[t].In(analyzed.Text) is ",";

    internal static bool IsClinicianWord(AnalyzedText analyzed, int t) =>
        (analyzed.Lexicons[t] & Lexicons.LexiconKind.Provider) != 0 && analyzed.Tokens[t].Kind == Text.TokenKind.Word;

    /// <summary>
    /// "Boston Children" of "Boston Children's Hospital", "Maple Street" of "Maple Street Clinic": an ORGANIZATION
    /// followed (after an optional "'s") by capitalised words on the same line that end in an organisation word
    /// (Hospital, School, Clinic, …) takes them in; one that starts on an organisation word takes in the name before it.
    /// </summary>
    private static void ExtendOrganizations(AnalyzedText analyzed, List<TaggedSpan> spans)
    {
        var tokens = analyzed.Tokens;
        for (var i = 0; i < spans.Count; i++)
        {
            var last = spans[i].LastToken;
            if (spans[i].Type != EntityType.Organization || last + 1 >= tokens.Count || !IsPlaceContinuation(analyzed, last + 1))
            {
                continue;
            }

            var next = last + 1;
            if (tokens[next].Kind == TokenKind.Punctuation)
            {
                if (next + 2 >= tokens.Count || !IsPlaceContinuation(analyzed, next + 1))
                {
                    continue;
                }

                next += 2;
            }

            // Through a possessive inside the name too: "St. Jude" + "Children's Hospital". An organisation word comes
            // within a few words, so a long run of capitalised words (a list of names) is not read to its end for each span.
            var end = -1;
            for (var t = next; t < tokens.Count && t - next < MaxOrganizationTail && IsPlaceContinuation(analyzed, t); t++)
            {
                end = (analyzed.Lexicons[t] & Lexicons.LexiconKind.OrganizationSuffix) != 0 ? t : end;
            }

            if (end < 0)
            {
                continue;
            }

            ExtendTo(spans, i, end);
        }

        for (var i = 0; i < spans.Count; i++)
        {
            if (spans[i].Type == EntityType.Organization)
            {
                spans[i] = spans[i] with { FirstToken = NamedBefore(analyzed, spans[i], i > 0 ? spans[i - 1].LastToken : -1) };
            }
        }
    }

    public const string AppositiveOrganizationSource = "rule:appositive-organization";

    // Places of care and schooling a story names and then says what they are: "Oakwood Gardens, the care home where she lives".
    private static readonly string[] InstitutionNouns =
        ["school", "nursery", "preschool", "kindergarten", "daycare", "clinic", "hospital", "hospice", "surgery", "practice", "centre", "center", "academy"];

    // Words that make "home" a place of care: "the care home", "the nursing home".
    private static readonly string[] CareHomeWords = ["care", "nursing", "residential", "retirement", "children's"];

    // How many capitalised words the name may have ("Oakwood Gardens", "Saint Mary Star of the Sea" is left to others),
    // and how many lower-case words may describe the place ("the little village school").
    private const int AppositiveNameWords = 3;

    private const int AppositiveDescribers = 2;

    /// <summary>
    /// "Oakwood Gardens, the care home where she lives now", "Riverside, the school Amira goes to": one to three
    /// capitalised words no list knows as a person's (no title, family word or given name first), a comma, "the", at
    /// most two lower-case words and a place of care or schooling are that place's name, an ORGANIZATION. Entities are
    /// sorted by start and stay so.
    /// </summary>
    private static void AddAppositiveOrganizations(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        List<CandidateEntity>? added = null;
        OrderedOverlaps? existing = null;
        for (var comma = 1; comma + 2 < tokens.Count; comma++)
        {
            if (tokens[comma].In(text) is not "," || tokens[comma + 1].In(text) is not ("the" or "our" or "my"))
            {
                continue;
            }

            var noun = comma + 2;
            while (noun < tokens.Count && noun - (comma + 2) < AppositiveDescribers && tokens[noun].Kind == TokenKind.Word
                && !WordLists.Contains(InstitutionNouns, tokens[noun].In(text)) && !IsCareHome(analyzed, noun) && char.IsLower(text[tokens[noun].Start]))
            {
                noun++;
            }

            // The place ends its phrase: "the care home where she lives", not "the school nurse" or "the school bus".
            if (noun >= tokens.Count || !(WordLists.Contains(InstitutionNouns, tokens[noun].In(text)) || IsCareHome(analyzed, noun))
                || (noun + 1 < tokens.Count && tokens[noun + 1].Kind == TokenKind.Word && !WordLists.Contains(PlaceClauseOpeners, tokens[noun + 1].In(text))))
            {
                continue;
            }

            var first = comma - 1;
            while (first > 0 && comma - first < AppositiveNameWords && analyzed.IsCapitalisedWord(first - 1) && !analyzed.SentenceStarts[first])
            {
                first--;
            }

            if (!analyzed.IsCapitalisedWord(comma - 1) || !IsPlaceName(analyzed, first, comma - 1))
            {
                continue;
            }

            existing ??= new OrderedOverlaps(entities);
            var (start, end) = (tokens[first].Start, tokens[comma - 1].End);
            if (!existing.Any(start, end))
            {
                (added ??= []).Add(new CandidateEntity(EntityType.Organization, start, end, 0.85, AppositiveOrganizationSource));
            }
        }

        if (added is not null)
        {
            OrderedOverlaps.AddInOrder(entities, added);
        }
    }

    // What may follow the place and end its phrase: "the care home where she lives", "the school in our village".
    private static readonly string[] PlaceClauseOpeners =
        ["where", "that", "which", "in", "on", "at", "near", "by", "across", "down", "up", "round", "around", "she", "he", "i", "we", "you", "they", "my", "his", "her"];

    private static bool IsCareHome(AnalyzedText analyzed, int t) =>
        analyzed.Tokens[t].In(analyzed.Text) is "home" && t > 0 && WordLists.Contains(CareHomeWords, analyzed.Tokens[t - 1].In(analyzed.Text));

    /// <summary>
    /// Capitalised words [first, last] that name no person: no title, family word, given name or function word first, no
    /// word of a health or calendar list, and not a sentence's opening ordinary word ("Yesterday, the school …").
    /// </summary>
    private static bool IsPlaceName(AnalyzedText analyzed, int first, int last)
    {
        const Lexicons.LexiconKind NotAPlaceName = Lexicons.LexiconKind.Title | Lexicons.LexiconKind.KinWord | Lexicons.LexiconKind.FirstName
            | Lexicons.LexiconKind.FunctionWord | Lexicons.LexiconKind.CalendarWord | Lexicons.LexiconSet.HealthKinds | Lexicons.LexiconKind.Possessive;
        if ((analyzed.Lexicons[first] & NotAPlaceName) != 0 || Lexicons.GivenNames.Contains(analyzed.Tokens[first].In(analyzed.Text))
            || (analyzed.SentenceStarts[first] && first == last && NameShape.Of(analyzed, first) == NameShape.OrdinaryWord))
        {
            return false;
        }

        for (var t = first; t <= last; t++)
        {
            if (analyzed.Tokens[t].Kind != TokenKind.Word || (analyzed.Lexicons[t] & (Lexicons.LexiconKind.FunctionWord | Lexicons.LexiconKind.CalendarWord)) != 0)
            {
                return false;
            }
        }

        return true;
    }

    public const string NamedOrganizationSource = "rule:named-organization";

    // Tokens read after an organisation span for its organisation word ("Children ' s Hospital" is five).
    private const int MaxOrganizationTail = 12;

    /// <summary>
    /// "Boston Children's Hospital", "Lincoln Elementary", "St. Jude Children's Hospital": capitalised words that end on
    /// an organisation word, on a line that is no heading, with a name, a place or a word no list knows before that word,
    /// are an organisation wherever nothing else was found. Ordinary words alone count only when there are two or more
    /// and "at", "to", "called" or the like introduces them ("at Mercy General Hospital"); "Summer Camp" and a heading's
    /// words are left to the tagger. Entities are sorted by start and stay so.
    /// </summary>
    private static void AddNamedOrganizations(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        var tokens = analyzed.Tokens;
        var count = entities.Count;
        var e = 0;
        var addedEnd = 0;
        for (var t = 1; t < tokens.Count; t++)
        {
            if ((analyzed.Lexicons[t] & Lexicons.LexiconKind.OrganizationSuffix) == 0 || tokens[t].Kind != TokenKind.Word
                || !char.IsUpper(analyzed.Text[tokens[t].Start])
                || (t + 1 < tokens.Count && tokens[t + 1].Kind == TokenKind.Word && IsPlaceContinuation(analyzed, t + 1)
                    && (analyzed.Lexicons[t + 1] & Lexicons.LexiconKind.OrganizationSuffix) != 0))
            {
                continue;
            }

            var first = t;
            while (first > 0 && t - first < 8)
            {
                if (IsPlaceContinuation(analyzed, first) && IsNamePiece(analyzed, first - 1))
                {
                    first--;
                }
                else if (IsAfterPossessiveAnd(analyzed, first))
                {
                    first -= 2;
                }
                else
                {
                    break;
                }
            }

            // Not from a function word, nor from an ordinary word that opens the sentence ("Tomorrow Lincoln Elementary")
            // unless a field's label and colon stand before it ("School: Maple Ridge Elementary").
            for (var w = t - 1; w >= first; w--)
            {
                if (tokens[w].Kind == TokenKind.Word && (((analyzed.Lexicons[w] & Lexicons.LexiconKind.FunctionWord) != 0 && !IsAfterPossessiveAnd(analyzed, w + 1))
                    || (analyzed.SentenceStarts[w] && NameShape.Of(analyzed, w) == NameShape.OrdinaryWord && !IsAfterFieldLabel(analyzed, w))))
                {
                    first = w + 1;
                    break;
                }
            }

            while (first < t && tokens[first].Kind != TokenKind.Word)
            {
                first++;
            }

            // Not a name the lists hold whole, nor a toys' clinic: "the Teddy Bear Hospital" is an event many schools visit;
            // nor a hospital the children play ("Let's play Superhero Hospital!").
            if (first == t || !(HasNamedWord(analyzed, first, t) || IsIntroducedPlainName(analyzed, first, t)) || IsInHeading(analyzed, t)
                || NameCandidates.IsToysClinic(analyzed, first, t) || NameCandidates.IsPlayedClinic(analyzed, first, t)
                || IsVisitedPlaceOfWorship(analyzed, first, t) || NameRules.IsWellKnown(analyzed, new TaggedSpan(EntityType.Organization, first, t, 1, 1))
                || IsGameCalled(analyzed, new TaggedSpan(EntityType.Organization, first, t, 1, 1)))
            {
                continue;
            }

            var (start, end) = (tokens[first].Start, tokens[t].End);
            while (e < count && entities[e].End <= start)
            {
                e++;
            }

            // Nor over one this rule just added: "Lincoln School Sports Club" reaches back over "Lincoln School".
            if ((e < count && entities[e].Start < end) || start < addedEnd)
            {
                continue;
            }

            entities.Add(new CandidateEntity(EntityType.Organization, start, end, 0.6, NamedOrganizationSource));
            addedEnd = end;
        }

        if (entities.Count > count)
        {
            entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// "Children's" of "KK Women's and Children's Hospital": a capitalised word at t after "and" (or "&amp;") and a
    /// possessive, one space apart, goes on the name before it.
    /// </summary>
    private static bool IsAfterPossessiveAnd(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        return t >= 4 && tokens[t].Kind == TokenKind.Word && char.IsUpper(analyzed.Text[tokens[t].Start]) && tokens[t - 1].In(analyzed.Text) is "and" or "&"
            && tokens[t - 2].In(analyzed.Text) is "s" && tokens[t - 3].In(analyzed.Text) is "'" or "’" && tokens[t - 3].End == tokens[t - 2].Start
            && NameCandidates.SingleSpace(analyzed, t - 2, t - 1) && NameCandidates.SingleSpace(analyzed, t - 1, t);
    }

    // Organisation words that other languages put first ("Scuola Primaria Santa Viola", "Escola Municipal Jardim das
    // Flores"); English ones ("Camp", "Church") are left out: "Church Street", "Camp Sunshine". "Hospital" is Spanish and
    // Portuguese too ("Hospital Infantil Universitario Niño Jesús"), so it counts before a word no English dictionary
    // holds (see IsHospitalFirst): not in "Hospital Road", "Hospital Visit" or "University Hospital Kraków".
    private static readonly string[] HeadFirstWords =
    [
        "ecole", "escuela", "escola", "colegio", "schule", "grundschule", "gymnasium", "lycee", "college", "liceo", "scuola",
        "scoil", "gaelscoil", "colaiste", "centro", "ceip", "ies", "emef", "emei", "guarderia", "clinica", "kita", "przedszkole",
        "szkoła", "szkola", "okul", "okulu", "ilkokulu", "instituto", "creche", "maternelle", "skola", "skole", "basisschool",
        "forskolan", "forskola", "madrasa", "madrassa", "hopital", "coro", "ysgol", "scoala", "zs", "ospedale", "obs",
        "hospital", "poradnia",
    ];

    // Universities named head first ("Universidad de Concepción"): counted only where the story's own student studies.
    private static readonly string[] UniversityWords =
    [
        "universidad", "universidade", "universitat", "universität", "université", "universite", "università", "universita", "uniwersytet", "universiteit",
        "universitet", "politécnico", "politecnico",
    ];

    private static readonly string[] StudentWords = ["i", "my", "me", "you", "your", "we", "our"];

    /// <summary>
    /// "In March I start studying Civil Engineering at the Universidad de Concepción": a university word at t in a
    /// sentence of "I", "my", "you" or "we", with no family word before it ("My uncle studied at …") and no "'s" after the
    /// name ("at Universidad de Concepción's museum").
    /// </summary>
    private static bool IsStudentsUniversity(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        if (!WordLists.Contains(UniversityWords, tokens[t].In(analyzed.Text)))
        {
            return false;
        }

        var (from, to) = analyzed.WindowInSentence(t, t, ClubTieReach * 2);
        for (var u = from; u < t; u++)
        {
            if ((analyzed.Lexicons[u] & Lexicons.LexiconKind.KinWord) != 0)
            {
                return false;
            }
        }

        return WordLists.AnyIn(analyzed.Text, tokens, from, to, StudentWords) && !IsFollowedByPossessive(analyzed, t, to);
    }

    // The letters or word that open a sports club's name in many countries, in their own case: "UKS Delfin Gdynia", "TSV
    // Eintracht Lüneburg", "SK Slavia", "Club Deportivo Maipú".
    private static readonly string[] ClubOpeners = ["FC", "AFC", "SC", "SV", "TSV", "VfL", "VfB", "UKS", "MKS", "KS", "GKS", "CF", "CD", "SK", "BK", "FK", "NK", "IK", "Club"];

    private static readonly string[] ClubLinks = ["with", "at", "for"];

    // Training, playing or starting school, a few words before the link: "has swimming training with", "plays football
    // for", "you will start Year 3 at SK Taman Megah" (a Malaysian national school's letters).
    private static readonly string[] ClubActivities =
    [
        "train", "trains", "training", "trained", "play", "plays", "playing", "swim", "swims", "swimming", "practice", "practise", "practices", "practises", "member",
        "start", "starts", "starting", "attends", "year",
    ];

    // What makes the club a dream or a show: "One day I want to join FC Bayern", "We sat with SV Werder fans".
    private static readonly string[] ClubDreams = ["want", "wants", "dream", "dreams", "hope", "hopes", "someday", "day", "watch", "watched", "watching", "fans", "fan"];

    private const int ClubActivityReach = 5;

    /// <summary>
    /// A club's opening letters at t, in their own case, after "with", "at" or "for" and a word of training or playing
    /// ("Hania has swimming training with UKS Delfin Gdynia", "Kuba plays football for MKS Pogoń Szczecin"): the child's
    /// club. Not a dream, a match watched or fans ("One day I want to play for FC Bayern"), nor a club's stadium or shop
    /// ("at FC Porto's shop").
    /// </summary>
    private static bool IsClubOpener(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var word = tokens[t].In(text);
        if (t < 2 || !WordLists.Contains(ClubLinks, tokens[t - 1].In(text)))
        {
            return false;
        }

        if (!IsClubLetters(word))
        {
            return false;
        }

        var (from, to) = analyzed.WindowInSentence(t, t, ClubTieReach);
        return WordLists.AnyIn(text, tokens, Math.Max(from, t - 1 - ClubActivityReach), t - 2, ClubActivities) && !WordLists.AnyIn(text, tokens, from, to, ClubDreams)
            && !IsFollowedByPossessive(analyzed, t, to);
    }

    /// <summary>A possessive "'s" among the capitalised words after t, up to <paramref name="to"/>: "FC Porto's shop".</summary>
    private static bool IsFollowedByPossessive(AnalyzedText analyzed, int t, int to)
    {
        var tokens = analyzed.Tokens;
        for (var u = t + 1; u + 1 <= to && (analyzed.IsCapitalisedWord(u) || tokens[u].In(analyzed.Text) is "'" or "’"); u++)
        {
            if (tokens[u].In(analyzed.Text) is "'" or "’" && tokens[u + 1].In(analyzed.Text) is "s")
            {
                return true;
            }
        }

        return false;
    }

    // Lower-case words inside such names: "Jardim das Flores", "Grundschule am Lindenpark", "Szkoła Podstawowa nr 12".
    private static readonly string[] NameConnectors = ["de", "del", "della", "di", "da", "das", "do", "dos", "du", "des", "la", "le", "am", "an", "der", "im", "nr"];

    public const string HeadFirstOrganizationSource = "rule:head-first-organization";

    /// <summary>
    /// "Hospital" opens the name in "Hospital Infantil Universitario Niño Jesús": the next word is in no English
    /// dictionary and no given name ("At the Hospital Jamie is brave"), and no capitalised word stands before it, past a
    /// possessive ("University Hospital Kraków", "Children's Hospital Colorado").
    /// </summary>
    private static bool IsHospitalFirst(AnalyzedText analyzed, int t)
    {
        var next = analyzed.Lexicons[t + 1];
        if ((next & (Lexicons.LexiconKind.CommonWord | Lexicons.LexiconKind.FirstName)) != 0 || Lexicons.GivenNames.IsGivenName(next, analyzed.Tokens[t + 1].In(analyzed.Text)))
        {
            return false;
        }

        var before = t - 1;
        if (before >= 2 && analyzed.Tokens[before].In(analyzed.Text) is "s" && analyzed.Tokens[before - 1].In(analyzed.Text) is "'" or "’")
        {
            before -= 2;
        }

        return before < 0 || analyzed.SentenceStarts[before + 1] || !analyzed.IsCapitalisedWord(before);
    }

    /// <summary>
    /// "Scuola Primaria Santa Viola", "Escola Municipal Jardim das Flores", "Szkoła Podstawowa nr 12": an organisation
    /// word of another language that opens a run of capitalised words (with "de", "das", "am", "nr" and the like inside
    /// it), one of them a name or a word no list knows, on a line that is no heading, is an organisation. It takes the
    /// place of names and organisations found inside the run ("das Flores" read as a person); a run that overlaps
    /// anything else (an address) is left alone. Entities are sorted by start and stay so.
    /// </summary>
    private static void AddHeadFirstOrganizations(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        var tokens = analyzed.Tokens;
        List<CandidateEntity>? added = null;
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            if (!analyzed.IsCapitalisedWord(t, minLength: 2) || !(WordLists.Contains(HeadFirstWords, tokens[t].In(analyzed.Text)) || IsClubOpener(analyzed, t) || IsStudentsUniversity(analyzed, t))
                || (tokens[t].In(analyzed.Text) is "Hospital" && !IsHospitalFirst(analyzed, t)))
            {
                continue;
            }

            var end = t;
            for (var u = t + 1; u < tokens.Count && u <= t + 8 && IsRightAfter(analyzed, u); u++)
            {
                var word = tokens[u].In(analyzed.Text);
                if (analyzed.IsCapitalisedWord(u) && (analyzed.Lexicons[u] & Lexicons.LexiconKind.StreetSuffix) == 0)
                {
                    end = u;
                }
                else if (WordLists.Contains(NameConnectors, word) && u + 1 < tokens.Count && IsRightAfter(analyzed, u + 1)
                    && (analyzed.IsCapitalisedWord(u + 1) || (word is "nr" && tokens[u + 1].Kind == TokenKind.Number)))
                {
                    end = word is "nr" ? u + 1 : end;
                }
                else if (!(tokens[u].Kind == TokenKind.Number && tokens[u - 1].In(analyzed.Text) is "nr"))
                {
                    break;
                }
            }

            // "the Hôpital des Nounours": a well-known event or place, as "the Teddy Bear Hospital" is.
            if (end == t || !HasNamedWord(analyzed, t + 1, end + 1) || IsInHeading(analyzed, t)
                || NameRules.IsWellKnown(analyzed, new TaggedSpan(EntityType.Organization, t, end, 1, 1)))
            {
                continue;
            }

            if (ReplaceNamesInside(entities, tokens[t].Start, tokens[end].End))
            {
                (added ??= []).Add(new CandidateEntity(EntityType.Organization, tokens[t].Start, tokens[end].End, 0.6, HeadFirstOrganizationSource));
            }

            t = end;
        }

        if (added is not null)
        {
            entities.AddRange(added);
            entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    public const string OrganizationMentionSource = "rule:organization-mention";

    /// <summary>
    /// "Holy Trinity" after "Holy Trinity Primary School": the two or more capitalised words before an organisation's
    /// first organisation word, said again in the same case and not inside another entity, are that organisation. One
    /// word is not enough: "Lagos" of "Lagos Children's Hospital" is the city, "Lincoln" of "Lincoln Elementary" may be
    /// a child. Entities are sorted by start and stay so.
    /// </summary>
    private static void AddOrganizationShortMentions(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        var tokens = analyzed.Tokens;
        List<(int First, int Last)>? names = null;
        var e = 0;
        for (var t = 0; t < tokens.Count && e < entities.Count; t++)
        {
            while (e < entities.Count && (entities[e].Type != EntityType.Organization || entities[e].End <= tokens[t].Start))
            {
                e++;
            }

            if (e >= entities.Count || tokens[t].Start != entities[e].Start)
            {
                continue;
            }

            // The words of the organisation up to its first organisation word.
            var last = t - 1;
            for (var u = t; u < tokens.Count && tokens[u].End <= entities[e].End && analyzed.IsCapitalisedWord(u)
                && (analyzed.Lexicons[u] & Lexicons.LexiconKind.OrganizationSuffix) == 0; u++)
            {
                last = u;
            }

            var hasSuffixAfter = last + 1 < tokens.Count && tokens[last + 1].End <= entities[e].End
                && (analyzed.Lexicons[last + 1] & Lexicons.LexiconKind.OrganizationSuffix) != 0;
            if (last > t && hasSuffixAfter)
            {
                (names ??= []).Add((t, last));
            }

            e++;
        }

        if (names is null)
        {
            return;
        }

        var existing = new OrderedOverlaps(entities);
        var added = new List<CandidateEntity>();
        for (var t = 0; t < tokens.Count; t++)
        {
            foreach (var (first, lastWord) in names)
            {
                var length = lastWord - first;
                if (t + length >= tokens.Count || !SameWords(analyzed, first, t, length + 1))
                {
                    continue;
                }

                // Not the organisation itself, nor a longer name that holds these words.
                var (start, end) = (tokens[t].Start, tokens[t + length].End);
                if (existing.Any(start, end) || (t + length + 1 < tokens.Count && IsPlaceContinuation(analyzed, t + length + 1)))
                {
                    continue;
                }

                added.Add(new CandidateEntity(EntityType.Organization, start, end, 0.6, OrganizationMentionSource));
                t += length;
                break;
            }
        }

        OrderedOverlaps.AddInOrder(entities, added);
    }

    /// <summary>Whether the <paramref name="length"/> tokens from <paramref name="first"/> and from t are the same words, same case.</summary>
    internal static bool SameWords(AnalyzedText analyzed, int first, int t, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (!analyzed.Tokens[first + i].In(analyzed.Text).SequenceEqual(analyzed.Tokens[t + i].In(analyzed.Text)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Removes the names and organisations inside [start, end) and says so, unless an entity of another type overlaps
    /// it (a method of its own, so that its lambdas are made only when a run is found, not for every token).
    /// </summary>
    private static bool ReplaceNamesInside(List<CandidateEntity> entities, int start, int end)
    {
        if (entities.Exists(e => e.Start < end && start < e.End && e.Type is not (EntityType.PersonName or EntityType.Organization)))
        {
            return false;
        }

        entities.RemoveAll(e => e.Start < end && start < e.End);
        return true;
    }

    private static readonly string[] InstitutionWords =
    [
        "school", "elementary", "academy", "primary", "preschool", "kindergarten", "nursery", "daycare", "clinic", "hospital",
        "centre", "center", "surgery", "practice", "institute", "college", "university", "church", "mosque", "synagogue",
    ];

    private const int MaxLowerCaseOrganizationWords = 3;

    /// <summary>
    /// "hillcrest pediatric clinic", "st. léonie's primary" in a sentence typed all in lower case: up to three words
    /// before an institution word, none a function word, one of them a name or a word no list knows (or "st." opening
    /// them), are an organisation wherever nothing else was found. "the big school" has no such word; "emma's school"
    /// is a child's school, not its name. Entities are sorted by start and stay so.
    /// </summary>
    private static void AddLowerCaseOrganizations(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        List<(int Start, int End)>? found = null;
        var sentenceLower = false;
        var pending = true;
        for (var t = 0; t < tokens.Count; t++)
        {
            pending |= analyzed.SentenceStarts[t];
            if (pending && (tokens[t].Kind == TokenKind.Word || tokens[t].Kind == TokenKind.Number))
            {
                // A sentence that opens on a number is no sentence typed in lower case: "30 you go to the rec center" of
                // "At 4:30 you go …", split at the colon.
                sentenceLower = tokens[t].Kind == TokenKind.Word && char.IsLower(text[tokens[t].Start]);
                pending = false;
            }

            if (sentenceLower && tokens[t].Kind == TokenKind.Word && char.IsLower(text[tokens[t].Start])
                && WordLists.Contains(InstitutionWords, tokens[t].In(text)) && LowerCaseOrganizationStart(analyzed, t) is >= 0 and var first)
            {
                (found ??= []).Add((tokens[first].Start, tokens[t].End));
            }
        }

        if (found is null)
        {
            return;
        }

        // Both lists are in text order, so one forward pass decides every overlap. A part the tagger found ("st.
        // léonie" of "st. léonie's primary") gives way to the whole; anything else wins over the rule.
        var merged = new List<CandidateEntity>(entities.Count + found.Count);
        var e = 0;
        foreach (var (start, end) in found)
        {
            while (e < entities.Count && entities[e].End <= start)
            {
                merged.Add(entities[e++]);
            }

            var k = e;
            var score = 0.6;
            var blocked = false;
            for (; k < entities.Count && entities[k].Start < end; k++)
            {
                blocked |= entities[k].Type != EntityType.Organization || entities[k].Start < start || entities[k].End > end;
                score = Math.Max(score, entities[k].Score);
            }

            if (blocked)
            {
                continue;
            }

            merged.Add(new CandidateEntity(EntityType.Organization, start, end, score, NamedOrganizationSource));
            e = k;
        }

        while (e < entities.Count)
        {
            merged.Add(entities[e++]);
        }

        entities.Clear();
        entities.AddRange(merged);
    }

    /// <summary>The first token of a lower-case organisation ending at institution word t, or -1.</summary>
    private static int LowerCaseOrganizationStart(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var first = t;
        var words = 0;
        var named = false;
        var possessive = false;
        for (var w = t - 1; w >= 0 && words < MaxLowerCaseOrganizationWords && tokens[w].End + 1 >= tokens[w + 1].Start; w--)
        {
            var word = tokens[w].In(text);
            // A sentence starts after "st." only if "st" is no saint: "st. léonie's" goes on.
            if (analyzed.SentenceStarts[w + 1] && !(word is "." && w > 0 && tokens[w - 1].In(text) is "st"))
            {
                break;
            }

            if (tokens[w].Kind != TokenKind.Word)
            {
                // The "'" of "léonie's" and the "." of "st.".
                possessive |= word is "'" or "’";
                if (word is not ("'" or "’" or "."))
                {
                    break;
                }

                continue;
            }

            if (word is "s" && w > 0 && tokens[w - 1].In(text) is "'" or "’")
            {
                continue;
            }

            var kinds = analyzed.Lexicons[w];
            if (word is "st" or "saint")
            {
                first = w;
                named = true;
                possessive = false;
                break;
            }

            if (!char.IsLower(word[0]) || (kinds & Lexicons.LexiconKind.FunctionWord) != 0)
            {
                break;
            }

            // A name that is also an ordinary word ("day" of "the day centre", "small", "french") names nothing here.
            named |= (kinds & (Lexicons.LexiconKind.CommonWord | Lexicons.LexiconKind.CalendarWord | Lexicons.LexiconKind.OrganizationSuffix
                | Lexicons.LexiconSet.HealthKinds | Lexicons.LexiconKind.BodyWord)) == 0;
            first = w;
            words++;
        }

        return named && !possessive && first < t ? first : -1;
    }

    /// <summary>
    /// A capitalised word, or the "'", "s" or "." inside "Children's" and "St. Jude": what may continue a place or
    /// organisation name (<see cref="IsPlaceContinuation"/> adds that it stands right after the token before).
    /// </summary>
    private static bool IsNamePiece(AnalyzedText analyzed, int t)
    {
        var token = analyzed.Tokens[t];
        var text = analyzed.Text;
        if (token.Kind == TokenKind.Word)
        {
            return char.IsUpper(text[token.Start]) || (token.In(text) is "s" && t > 0 && analyzed.Tokens[t - 1].End == token.Start);
        }

        return t > 0 && analyzed.Tokens[t - 1].End == token.Start
            && (token.In(text) is "'" or "’" || (token.In(text) is "." && analyzed.Tokens[t - 1].In(text) is "St" or "Mt"));
    }

    // Words that introduce the name of a place one goes to: "at Holy Trinity Primary School", "is called Smile Care
    // Dental Clinic".
    private static readonly string[] OrganizationLeadIns = ["at", "to", "from", "called", "named", "attends", "attend", "joins", "join"];

    /// <summary>
    /// Two capitalised ordinary words or more before the organisation word, right after "at", "to", "called" and the
    /// like: "Holy Trinity Primary School", "Sunflower Pediatric Therapy Center". One ordinary word ("Art Club", "to
    /// Summer Camp") stays a kind of place, not its name.
    /// </summary>
    private static bool IsIntroducedPlainName(AnalyzedText analyzed, int first, int suffix)
    {
        var words = 0;
        for (var t = first; t < suffix; t++)
        {
            words += analyzed.Tokens[t].Kind == TokenKind.Word ? 1 : 0;
        }

        return words >= 2 && first > 0
            && (WordLists.Contains(OrganizationLeadIns, analyzed.Tokens[first - 1].In(analyzed.Text)) || IsAfterFieldLabel(analyzed, first));
    }

    // Labels of a form's field whose value is an organisation: "School: Maple Ridge Elementary", "**Nursery:** …".
    private static readonly string[] OrganizationFields =
        ["school", "nursery", "preschool", "kindergarten", "daycare", "clinic", "hospital", "team", "club", "centre", "center"];

    /// <summary>Token t opens the value of an organisation field: the label, a colon and any bold marks before it.</summary>
    private static bool IsAfterFieldLabel(AnalyzedText analyzed, int t) =>
        analyzed.ColonBefore(t) is var colon and > 0 && analyzed.Tokens[colon - 1].Kind == TokenKind.Word
        && WordLists.Contains(OrganizationFields, analyzed.Tokens[colon - 1].In(analyzed.Text));

    /// <summary>A word before the organisation word that is a known name, a place or no English word: "Boston", "Jude".</summary>
    private static bool HasNamedWord(AnalyzedText analyzed, int first, int suffix)
    {
        for (var t = first; t < suffix; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word && (analyzed.Lexicons[t] & Lexicons.LexiconKind.OrganizationSuffix) == 0
                && NameShape.Of(analyzed, t) is var nameClass && (NameShape.IsKnownName(nameClass) || nameClass == NameShape.UnknownWord))
            {
                return true;
            }

            // A street's name: "Maple Street" of "Maple Street Clinic", "Oak Road" of "Oak Road Surgery".
            if (t > first && analyzed.Tokens[t].Kind == TokenKind.Word && analyzed.Tokens[t - 1].Kind == TokenKind.Word
                && (analyzed.Lexicons[t] & Lexicons.LexiconKind.StreetSuffix) != 0 && char.IsUpper(analyzed.Text[analyzed.Tokens[t].Start]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where an organisation with an organisation word really starts ("Elementary" of "to Lincoln Elementary", "Street"
    /// of "Maple Street Clinic", "Bilkent City Hospital" of "Ankara Bilkent City Hospital"): up to three capitalised
    /// words right before it on the same line, none a function word, a month or weekday, a title, a sentence-opening
    /// ordinary word or part of the previous span (which ends at <paramref name="previousEnd"/>).
    /// </summary>
    private static int NamedBefore(AnalyzedText analyzed, TaggedSpan span, int previousEnd)
    {
        var first = span.FirstToken;
        if (!HasOrganizationWord(analyzed, span))
        {
            return first;
        }

        var start = first;
        for (var t = first - 1; t > previousEnd && t >= first - 3; t--)
        {
            var nameClass = NameShape.Of(analyzed, t);
            if (analyzed.Tokens[t].Kind != TokenKind.Word || !IsPlaceContinuation(analyzed, t + 1) || !char.IsUpper(analyzed.Text[analyzed.Tokens[t].Start])
                || (analyzed.Lexicons[t] & (Lexicons.LexiconKind.FunctionWord | Lexicons.LexiconKind.CalendarWord | Lexicons.LexiconKind.Title)) != 0
                || (analyzed.SentenceStarts[t] && nameClass == NameShape.OrdinaryWord))
            {
                break;
            }

            start = t;
            if (analyzed.SentenceStarts[t])
            {
                break;
            }
        }

        return start;
    }

    /// <summary>
    /// Span i reaches at least token <paramref name="last"/> and takes in the following spans that start by then (spans
    /// are in token order and do not overlap).
    /// </summary>
    private static void ExtendTo(List<TaggedSpan> spans, int i, int last)
    {
        spans[i] = spans[i] with { LastToken = Math.Max(last, spans[i].LastToken) };
        while (i + 1 < spans.Count && spans[i + 1].FirstToken <= last)
        {
            spans[i] = spans[i] with { LastToken = Math.Max(spans[i].LastToken, spans[i + 1].LastToken) };
            spans.RemoveAt(i + 1);
        }
    }

    /// <summary>
    /// Organisations the tagger found that name none. A place, not a body one belongs to: a span with no organisation
    /// word that ends on a place noun or stops right before one ("Pacific Ocean", "Indian" of "Indian Ocean", "Hyde
    /// Park"); no labelled organisation of the default data ends on one. Known names and unknown words with no
    /// organisation word among them are a person ("The award goes to Nina Wiechmann for being kind", "Hana Sato's
    /// birthday"). One word: an ordinary English word ("Story" of "Lily's Story"), a word of a health list ("Tics" of
    /// "Noah's Tics") or a word no list knows ("Stonehenge") names no organisation and is dropped; a known first name
    /// alone ("I'm Mateo") is a person. Every labelled organisation of the default data has two words or more.
    /// </summary>
    private static void ReviewOrganizations(AnalyzedText analyzed, List<TaggedSpan> spans)
    {
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            if (spans[i].Type != EntityType.Organization)
            {
                continue;
            }

            // "My Medicine" of a title "A Story About My Medicine": no organisation name opens on "my" or "about".
            var first = spans[i].FirstToken;
            while (first < spans[i].LastToken && (analyzed.Lexicons[first] & (Lexicons.LexiconKind.FunctionWord | Lexicons.LexiconKind.Possessive)) != 0
                && (analyzed.Lexicons[first] & Lexicons.LexiconKind.OrganizationSuffix) == 0)
            {
                first++;
            }

            // "pushes Minh" of "Cô Hoa pushes Minh's wheelchair": an ordinary word in lower case before a capitalised one is
            // the sentence's verb, no part of a name.
            while (first < spans[i].LastToken && analyzed.Tokens[first].Kind == TokenKind.Word && char.IsLower(analyzed.Text[analyzed.Tokens[first].Start])
                && (analyzed.Lexicons[first] & (Lexicons.LexiconKind.CommonWord | Lexicons.LexiconKind.OrganizationSuffix | Lexicons.LexiconKind.PlaceWord)) == Lexicons.LexiconKind.CommonWord
                && analyzed.IsCapitalisedWord(first + 1, minLength: 2))
            {
                first++;
            }

            spans[i] = spans[i] with { FirstToken = first };
            // The occasion is asked again of a span an organisation word extended: "Dental" + "Health" before "Week".
            if (IsPlace(analyzed, spans[i]) || IsHeadingOfStoryWords(analyzed, spans[i]) || NameRules.IsNamedCreature(analyzed, spans[i]) || EndsOnPlainLowerWord(analyzed, spans[i])
                || NameCandidates.IsOccasionOrMarket(analyzed, spans[i].FirstToken, spans[i].LastToken))
            {
                spans.RemoveAt(i);
                continue;
            }

            if (OwnerOfEvent(analyzed, spans[i]) is var owner and >= 0)
            {
                // "Julia's Wedding", "Omar's Birthday Party": the person whose day it is, and the day no organisation.
                spans[i] = spans[i] with { Type = EntityType.PersonName, LastToken = owner };
                continue;
            }

            if (IsMadeOfNames(analyzed, spans[i]) || IsOneGivenName(analyzed, spans[i]))
            {
                // "Sato" of "It is Hana Sato's birthday": a name word right before it, one space away, belongs to it.
                var firstName = spans[i].FirstToken - 1;
                var withFirstName = firstName >= 0 && NameCandidates.SingleSpace(analyzed, firstName, spans[i].FirstToken)
                    && NameShape.Of(analyzed, firstName) is var shape && (NameShape.IsKnownName(shape) || shape == NameShape.UnknownWord)
                    && (i == 0 || spans[i - 1].LastToken < firstName);
                spans[i] = spans[i] with { Type = EntityType.PersonName, FirstToken = withFirstName ? firstName : spans[i].FirstToken };
                continue;
            }

            if (spans[i].FirstToken == spans[i].LastToken || IsMadeOfOrdinaryWords(analyzed, spans[i], allowSuffix: IsInHeading(analyzed, spans[i].FirstToken)))
            {
                spans.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// "Lily's vet" of "Aunt Lily's vet clinic": a name with capitals that ends on an ordinary word in lower case, no
    /// organisation word, is someone's place said in plain words ("Riverside Primary school" ends on one and stays);
    /// so is a relative's given name or a family word, "'s" and words in lower case only ("Lily's vet clinic" after
    /// "Aunt"), or in a heading ordinary and organisation words only ("Ima's Dental Clinic").
    /// </summary>
    private static bool EndsOnPlainLowerWord(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var last = span.LastToken;
        if (last == span.FirstToken || !analyzed.IsCapitalisedWord(span.FirstToken))
        {
            return false;
        }

        if (tokens[last].Kind == TokenKind.Word && char.IsLower(analyzed.Text[tokens[last].Start])
            && (analyzed.Lexicons[last] & (Lexicons.LexiconKind.OrganizationSuffix | Lexicons.LexiconKind.CommonWord)) == Lexicons.LexiconKind.CommonWord)
        {
            return true;
        }

        // "Lily's vet clinic" after "Aunt", "Ima's Dental Clinic" and "Amu Karim's Dental Office" of a heading: a relative's
        // given name (after a family word) or a family word, "'s" and only words in lower case after it, or in a heading only
        // ordinary words and organisation words ("St Mary's primary school" is a school's name, "Smith's Dental Clinic" a
        // practice's).
        var owner = span.FirstToken;
        while (owner + 2 < last && !(tokens[owner + 1].In(analyzed.Text) is "'" or "’" && tokens[owner + 2].In(analyzed.Text) is "s"))
        {
            owner++;
        }

        if (owner + 2 >= last || !(IsFamilyWordOnly(analyzed, owner) || (owner >= 1 && IsFamilyWordOnly(analyzed, owner - 1))))
        {
            return false;
        }

        var heading = IsInHeading(analyzed, owner);
        for (var t = owner + 3; t <= last; t++)
        {
            if (tokens[t].Kind != TokenKind.Word
                || !(char.IsLower(analyzed.Text[tokens[t].Start])
                    || (heading && (analyzed.Lexicons[t] & (Lexicons.LexiconKind.CommonWord | Lexicons.LexiconKind.OrganizationSuffix)) != 0
                        && (analyzed.Lexicons[t] & (Lexicons.LexiconKind.FirstName | Lexicons.LexiconKind.Surname | Lexicons.LexiconKind.PlaceWord)) == 0)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Going to the Church Health Fair" over "our church is having a health fair", "Zainab and the Harmattan Wind" over
    /// "a time of year called harmattan", "Anh Starts Nursery" over "My name is Anh. I am going to start nursery": on a
    /// heading line, an organisation the text never writes again, each capitalised word of which the text writes
    /// elsewhere in lower case (or, the first, alone as a given name), is the heading's title case, no organisation
    /// ("# Going to Hillcrest Hospital" over "Mum drove me to Hillcrest. The hospital was big." stays one).
    /// </summary>
    private static bool IsHeadingOfStoryWords(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var start = tokens[span.FirstToken].Start;
        var end = tokens[span.LastToken].End;
        if (span.FirstToken == span.LastToken || end - start > MaxEchoedNameLength || !IsInHeading(analyzed, span.FirstToken)
            || IsWrittenElsewhere(text, text.AsSpan(start, end - start), start, end))
        {
            return false;
        }

        var echoed = 0;
        Span<char> lower = stackalloc char[MaxEchoedNameLength];
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            var word = tokens[t].In(text);
            if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(word[0]))
            {
                continue;
            }

            var length = word.ToLowerInvariant(lower);
            var form = lower[..length];
            // "Starts" over "start": the heading's word without its "-s".
            if (IsWrittenElsewhere(text, form, start, end) || (form.Length > 3 && form[^1] == 's' && IsWrittenElsewhere(text, form[..^1], start, end)))
            {
                echoed++;
            }
            else if (t != span.FirstToken || !NameRules.IsGivenName(analyzed, t) || !IsWrittenElsewhere(text, word, start, end))
            {
                return false;
            }
        }

        return echoed > 0;
    }

    private const int MaxEchoedNameLength = 60;

    // How far around a heading its story is read for the heading's words (a long story's length): a long text costs no
    // more per heading.
    private const int EchoReach = 8000;

    /// <summary>
    /// Whether <paramref name="words"/> stands as whole words (or, not <paramref name="whole"/>, opening a word), in that
    /// case, outside [start, end) and within <see cref="EchoReach"/> characters of it.
    /// </summary>
    private static bool IsWrittenElsewhere(string text, ReadOnlySpan<char> words, int start, int end, bool whole = true)
    {
        var from = Math.Max(0, start - EchoReach);
        var all = text.AsSpan(from, Math.Min(text.Length, end + EchoReach) - from);
        (start, end) = (start - from, end - from);
        for (var at = all.IndexOf(words, StringComparison.Ordinal); at >= 0;)
        {
            var after = at + words.Length;
            if ((at >= end || after <= start) && (at == 0 || !char.IsLetter(all[at - 1])) && (!whole || after == all.Length || !char.IsLetter(all[after])))
            {
                return true;
            }

            var next = all[(at + 1)..].IndexOf(words, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    // What a person has or holds rather than an organisation: "Julia's Wedding", "Nan's House".
    private static readonly string[] PersonalOccasions =
    [
        "wedding", "funeral", "party", "birthday", "christening", "baptism", "sleepover", "celebration", "reunion", "graduation",
        "anniversary", "shower", "barbecue", "bbq", "house", "home", "flat", "apartment", "room", "garden", "visit", "story",
        // A party in the family's language: "Valentina's Fiesta", "Léa's Fête", "Aroha's Hui".
        "fiesta", "fête", "fete", "festa", "hui",
        // What a child earns: "Ruby's Stingray Badge", "Amir's Gold Award".
        "badge", "award", "certificate", "medal", "trophy", "prize", "sticker", "star",
    ];

    /// <summary>
    /// The last token of the owner in "Julia's Wedding" or "Omar's Birthday Party": a span with no organisation word that
    /// ends on occasion words after a possessive "'s"; -1 when the span is no such thing or nothing stands before the "'s".
    /// </summary>
    private static int OwnerOfEvent(AnalyzedText analyzed, TaggedSpan span)
    {
        if (HasOrganizationWord(analyzed, span))
        {
            return -1;
        }

        var tokens = analyzed.Tokens;
        var t = span.LastToken;
        while (t > span.FirstToken && WordLists.Contains(PersonalOccasions, tokens[t].In(analyzed.Text)))
        {
            t--;
        }

        return t < span.LastToken && t - 2 >= span.FirstToken && tokens[t].In(analyzed.Text) is "s" && NameShape.Of(analyzed, t - 1) == 10
            && tokens[t - 2].Kind == TokenKind.Word
            ? t - 2
            : -1;
    }

    private static bool HasOrganizationWord(AnalyzedText analyzed, TaggedSpan span)
    {
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if ((analyzed.Lexicons[t] & Lexicons.LexiconKind.OrganizationSuffix) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // The words of a kind of school, not a school's name: "Kofi is starting Junior High School on Monday".
    private static readonly string[] SchoolKinds =
    [
        "junior", "senior", "high", "middle", "primary", "secondary", "elementary", "grade", "school", "nursery", "kindergarten", "preschool",
        "pre-school", "college", "sixth", "form", "infant", "infants", "public", "international", "new", "big", "the",
        // Kinds of places and clubs that every town or school has: "the Science Centre", "After-School Club".
        "science", "centre", "center", "leisure", "community", "sports", "after", "breakfast", "homework", "holiday", "club",
    ];

    /// <summary>
    /// "Junior High School", "Secondary School", "the Science Centre", "After-School Club": every word a word of a kind of
    /// school, place or club.
    /// </summary>
    private static bool IsKindOfSchool(AnalyzedText analyzed, TaggedSpan span)
    {
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word && !WordLists.Contains(SchoolKinds, analyzed.Tokens[t].In(analyzed.Text)))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] Groups = ["team", "class", "group", "side", "family", "crew", "table"];

    private static readonly string[] SchoolLevels = ["middle", "primary", "high", "elementary", "secondary", "junior", "senior", "infant", "infants", "grade", "new", "old"];

    // A child's own kind of place, in lower case after their name: "Ayo's nursery".
    private static readonly string[] ChildsPlaces = ["nursery", "preschool", "playgroup", "kindergarten", "daycare", "creche", "club"];

    // Churches by denomination, which name no one place: "Easter in the Orthodox Church".
    private static readonly string[] Denominations =
    [
        "orthodox", "catholic", "anglican", "methodist", "baptist", "lutheran", "presbyterian", "coptic", "pentecostal", "episcopal", "reformed",
        "evangelical", "adventist",
    ];

    // Words a denomination's name opens with besides a people's name: "Roman Catholic", "Eastern Orthodox".
    private static readonly string[] DenominationQualifiers = ["roman", "eastern", "oriental"];

    /// <summary>
    /// "the Orthodox Church", "Coptic Orthodox Church", "the Greek Orthodox church": denomination words, maybe opened by a
    /// people's name ("Greek", "Russian") or "Roman", then "Church" or a lower-case word the span stops before; nothing else.
    /// </summary>
    private static bool IsDenomination(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var lastWord = tokens[span.LastToken].In(analyzed.Text);
        var endsOnChurch = lastWord is "Church" or "church";
        if (span.LastToken == span.FirstToken
            || (!endsOnChurch && !(WordLists.Contains(Denominations, lastWord) && span.LastToken + 1 < tokens.Count && tokens[span.LastToken + 1].Kind == TokenKind.Word && char.IsLower(analyzed.Text[tokens[span.LastToken + 1].Start]))))
        {
            return false;
        }

        var denominations = 0;
        for (var t = span.FirstToken; t <= span.LastToken - (endsOnChurch ? 1 : 0); t++)
        {
            var word = tokens[t].In(analyzed.Text);
            if (WordLists.Contains(Denominations, word))
            {
                denominations++;
            }
            else if (tokens[t].Kind == TokenKind.Word && word is not ("the" or "The") && !(denominations == 0 && (Peoples.IsNationality(word) || WordLists.Contains(DenominationQualifiers, word))))
            {
                return false;
            }
        }

        return denominations > 0;
    }

    private static readonly string[] Colours =
        ["red", "blue", "green", "yellow", "orange", "purple", "pink", "black", "white", "gold", "silver", "grey", "gray", "brown"];

    /// <summary>
    /// "the Blue Team", "Red Group", "My group is the Green Frogs": a colour and a group word, or a colour and animals,
    /// name a side in a game, a table in a class or a group at camp, which every school has; they tie no one to a place.
    /// </summary>
    private static bool IsColourGroup(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = tokens[span.FirstToken].In(analyzed.Text) is "the" or "The" ? span.FirstToken + 1 : span.FirstToken;
        var group = tokens[span.LastToken].In(analyzed.Text);
        return span.LastToken == first + 1 && WordLists.Contains(Colours, tokens[first].In(analyzed.Text))
            && (WordLists.Contains(Groups, group) || (group.Length > 3 && group[^1] == 's' && Pets.IsCreatureWord(group[..^1])));
    }

    // Things a story names as it names a place: "a basket called the Book Hospital", "a corner called the Calm Castle".
    private static readonly string[] NamedThings =
    [
        "basket", "box", "bin", "corner", "shelf", "trolley", "jar", "chart", "poster", "tent", "cupboard", "rug", "mat", "table", "chair", "bag",
        "game", "toy", "machine", "area", "spot", "den", "book", "song", "board", "wall",
    ];

    /// <summary>
    /// "Next to the desk there is a basket called the Book Hospital": a thing named after "called" or "named" (and "the")
    /// is no organisation, however like one its name sounds.
    /// </summary>
    private static bool IsThingsName(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var t = span.FirstToken - 1;
        if (t >= 0 && tokens[t].In(analyzed.Text) is "the" or "The")
        {
            t--;
        }

        return t >= 1 && tokens[t].In(analyzed.Text) is "called" or "named" && WordLists.Contains(NamedThings, tokens[t - 1].In(analyzed.Text));
    }

    /// <summary>
    /// "Min-jun's team gets 'mo'": a person's group in a game, a lower-case group word after "'s"; also the person's "'s"
    /// alone before such a word ("Vihaan's" of "Vihaan's team wins"), or a given name's "'s" alone.
    /// </summary>
    private static bool IsSomeonesGroup(AnalyzedText analyzed, TaggedSpan span)
    {
        var last = span.LastToken;
        var tokens = analyzed.Tokens;
        // "Vihaan's team", "Ayo's nursery": a name's kind of group in lower case (not a saint's school: "St Mary's school").
        if (last >= 2 && (WordLists.Contains(Groups, tokens[last].In(analyzed.Text)) || WordLists.Contains(ChildsPlaces, tokens[last].In(analyzed.Text)))
            && char.IsLower(analyzed.Text[tokens[last].Start]) && tokens[last - 1].In(analyzed.Text) is "s" && tokens[last - 2].In(analyzed.Text) is "'" or "’"
            && !(last >= 4 && tokens[last - 4].In(analyzed.Text) is "St" or "Saint" or "St." or "."))
        {
            return true;
        }

        // "Jaylen's middle school": a name's level of school in lower case, its "school" after the span.
        if (last >= 2 && WordLists.Contains(SchoolLevels, tokens[last].In(analyzed.Text)) && char.IsLower(analyzed.Text[tokens[last].Start])
            && tokens[last - 1].In(analyzed.Text) is "s" && tokens[last - 2].In(analyzed.Text) is "'" or "’"
            && last + 1 < tokens.Count && tokens[last + 1].In(analyzed.Text) is "school")
        {
            return true;
        }

        // The name's "'s" closes the span.
        if (last < 2 || tokens[last].In(analyzed.Text) is not "s" || tokens[last - 1].In(analyzed.Text) is not ("'" or "’"))
        {
            return false;
        }

        var next = last + 1 < tokens.Count ? tokens[last + 1].In(analyzed.Text) : default;
        return (WordLists.Contains(Groups, next) && char.IsLower(next[0])) || (span.FirstToken == last - 2 && NameRules.IsGivenName(analyzed, span.FirstToken));
    }

    private static readonly string[] PlacesOfWorship =
        ["mosque", "cathedral", "temple", "church", "basilica", "shrine", "synagogue", "pagoda", "abbey", "monastery", "gurdwara", "mandir"];

    private static readonly string[] VisitWords = ["visit", "visits", "visiting", "visited", "tour", "trip"];

    // A place a family goes to again and again is theirs: "our mosque", "every Sunday", "on Saturdays".
    private static readonly string[] Regular =
        ["our", "my", "every", "each", "always", "weekly", "sundays", "saturdays", "fridays", "mondays", "tuesdays", "wednesdays", "thursdays"];

    /// <summary>
    /// "Today I am visiting the Sultan Ahmed Mosque in Istanbul": a famous place of worship that a story visits is a
    /// public place, not an organisation tied to the child; "our", "my", "every" or a day of the week anywhere in the
    /// sentence makes it the family's ("We visit St Patrick's Church every Sunday").
    /// </summary>
    private static bool IsVisitedPlaceOfWorship(AnalyzedText analyzed, int first, int last)
    {
        var tokens = analyzed.Tokens;
        if (!WordLists.Contains(PlacesOfWorship, tokens[last].In(analyzed.Text)))
        {
            return false;
        }

        var (from, to) = analyzed.WindowInSentence(first, last, MaxHeadingTokens);
        var visit = false;
        for (var t = from; t <= to; t++)
        {
            var word = tokens[t].In(analyzed.Text);
            if (WordLists.Contains(Regular, word))
            {
                return false;
            }

            visit |= t < first && WordLists.Contains(VisitWords, word);
        }

        return visit;
    }

    /// <summary>No organisation word in the span, and a place noun as its last word or as the capitalised word after it.</summary>
    private static bool IsPlace(AnalyzedText analyzed, TaggedSpan span)
    {
        if (HasOrganizationWord(analyzed, span))
        {
            return false;
        }

        var next = span.LastToken + 1;
        return (analyzed.Lexicons[span.LastToken] & Lexicons.LexiconKind.PlaceWord) != 0
            || (next < analyzed.Tokens.Count && IsPlaceContinuation(analyzed, next) && analyzed.Tokens[next].Kind == Text.TokenKind.Word
                && (analyzed.Lexicons[next] & (Lexicons.LexiconKind.PlaceWord | Lexicons.LexiconKind.OrganizationSuffix)) == Lexicons.LexiconKind.PlaceWord);
    }

    /// <summary>
    /// Ordinary English words and no organisation word: words of a title-cased heading ("Snack Time", "Lily's Art
    /// Page"), not the name of a school, clinic or team, which carries an organisation word or a place or person's name.
    /// In a heading an organisation word is allowed too: "Going to Sports Practice" names no practice.
    /// </summary>
    private static bool IsMadeOfOrdinaryWords(AnalyzedText analyzed, TaggedSpan span, bool allowSuffix)
    {
        var ordinary = 0;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var suffix = (analyzed.Lexicons[t] & Lexicons.LexiconKind.OrganizationSuffix) != 0;
            if ((suffix && !allowSuffix) || (NameShape.Of(analyzed, t) != NameShape.OrdinaryWord && !IsFamilyWordOnly(analyzed, t)))
            {
                return false;
            }

            // "Dental Clinic" of a heading: an organisation word that is an ordinary word too, before the last, is ordinary.
            ordinary += suffix && (t == span.LastToken || (analyzed.Lexicons[t] & Lexicons.LexiconKind.CommonWord) == 0) ? 0 : 1;
        }

        return ordinary > 0;
    }

    /// <summary>A family word that is no name ("Halmeoni", "Tante"): as ordinary as "Grandma" in a title.</summary>
    private static bool IsFamilyWordOnly(AnalyzedText analyzed, int t) =>
        (analyzed.Lexicons[t] & (Lexicons.LexiconKind.KinWord | Lexicons.LexiconKind.FirstName | Lexicons.LexiconKind.Surname)) == Lexicons.LexiconKind.KinWord;

    private const int MaxHeadingTokens = 24;

    /// <summary>
    /// Token t is on a short line with no lower-case word of four letters or more and no full stop, question or
    /// exclamation mark at its end: a heading ("**Going to Sports Practice**", "# A Story About Sharing").
    /// </summary>
    internal static bool IsInHeading(AnalyzedText analyzed, int t) => IsInHeading(analyzed, t, smallWordsInLowerCase: false);

    /// <param name="smallWordsInLowerCase">Title case: function words of four letters or more ("with", "from") may be in lower case too.</param>
    private static bool IsInHeading(AnalyzedText analyzed, int t, bool smallWordsInLowerCase)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (analyzed.ShortLineAround(t, MaxHeadingTokens) is not var (first, last, end) || analyzed.IsSentenceMark(end) || IsFieldLine(analyzed, first, last))
        {
            return false;
        }

        for (var i = first; i <= last; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && tokens[i].End - tokens[i].Start >= 4 && char.IsLower(text[tokens[i].Start])
                && !(smallWordsInLowerCase && (analyzed.Lexicons[i] & Lexicons.LexiconKind.FunctionWord) != 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "School: Holy Rosary Elementary School, Quezon City", "**Nursery:** Little Acorns": one or two words and a colon
    /// open the line, the last an organisation field's label, a form's field and its value rather than a heading
    /// ("Setting: Local Sports Centre" and "Page 1: Going to School" stay headings).
    /// </summary>
    private static bool IsFieldLine(AnalyzedText analyzed, int first, int last)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var t = first;
        while (t < last && tokens[t].Kind == TokenKind.Punctuation && text[tokens[t].Start] is '*' or '#' or '_' or '-')
        {
            t++;
        }

        for (var words = 0; t < last && tokens[t].Kind == TokenKind.Word && words < 2; words++, t++)
        {
            if (text[tokens[t + 1].Start] == ':' && tokens[t + 1].Kind == TokenKind.Punctuation)
            {
                return t + 1 < last && WordLists.Contains(OrganizationFields, tokens[t].In(text));
            }
        }

        return false;
    }

    /// <summary>"Ji-woo" of "my friend Ji-woo's house": one given name, hyphenated, is a person, not an organisation.</summary>
    private static bool IsOneGivenName(AnalyzedText analyzed, TaggedSpan span)
    {
        var (start, end) = (analyzed.Tokens[span.FirstToken].Start, analyzed.Tokens[span.LastToken].End);
        return span.LastToken > span.FirstToken && Lexicons.GivenNames.Contains(analyzed.Text.AsSpan(start, end - start));
    }

    /// <summary>
    /// Capitalised words that are known names or no English word, with no organisation word among them: one known name
    /// at least, or two words or more ("Nina Wiechmann" of "The award goes to Nina Wiechmann").
    /// </summary>
    private static bool IsMadeOfNames(AnalyzedText analyzed, TaggedSpan span)
    {
        var names = 0;
        var words = 0;
        var kin = AnyToken(analyzed, span, IsKinWord);
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            var nameClass = NameShape.Of(analyzed, t);
            if (analyzed.Tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            // Beside a family word, a given name that is an English word too is a name: "Tita Joy", "Auntie Hope".
            if (kin && nameClass == NameShape.OrdinaryWord && ((analyzed.Lexicons[t] & Lexicons.LexiconKind.KinWord) != 0 || NameRules.IsGivenName(analyzed, t)))
            {
                nameClass = NameShape.FirstNameOnly;
            }

            if ((analyzed.Lexicons[t] & Lexicons.LexiconKind.OrganizationSuffix) != 0
                || !(NameShape.IsKnownName(nameClass) || nameClass == NameShape.UnknownWord || (analyzed.Lexicons[t] & Lexicons.LexiconKind.KinWord) != 0))
            {
                return false;
            }

            names += NameShape.IsKnownName(nameClass) ? 1 : 0;
            words++;
        }

        return names > 0 || words >= 2;
    }

    /// <summary>A capitalised word on the same line, or the apostrophe and "s" of "Children's".</summary>
    private static bool IsPlaceContinuation(AnalyzedText analyzed, int t) => IsRightAfter(analyzed, t) && IsNamePiece(analyzed, t);

    /// <summary>
    /// The tagger's spans with the name classifier's names joined in: a name absorbs the PERSON_NAME spans it overlaps
    /// (the union of both is kept, with the higher score) and yields to a span of any other type, since the tagger then
    /// read those words as an organisation, a provider or an address.
    /// </summary>
    private static List<(TaggedSpan Span, string Source)> WithNames(List<TaggedSpan> tagged, List<TaggedSpan> names)
    {
        var merged = new List<(TaggedSpan Span, string Source)>(tagged.Count + names.Count);
        var absorbed = new bool[tagged.Count];
        var s = 0;
        foreach (var name in names)
        {
            while (s < tagged.Count && tagged[s].LastToken < name.FirstToken)
            {
                s++;
            }

            var union = name;
            var blocked = false;
            for (var o = s; o < tagged.Count && tagged[o].FirstToken <= name.LastToken; o++)
            {
                if (tagged[o].Type != EntityType.PersonName)
                {
                    blocked = true;
                    break;
                }

                union = union with
                {
                    FirstToken = Math.Min(union.FirstToken, tagged[o].FirstToken),
                    LastToken = Math.Max(union.LastToken, tagged[o].LastToken),
                    ScoreSum = (float)Math.Max(union.Score, tagged[o].Score),
                    TaggedCount = 1,
                };
            }

            if (blocked)
            {
                continue;
            }

            for (var o = s; o < tagged.Count && tagged[o].FirstToken <= name.LastToken; o++)
            {
                absorbed[o] = true;
            }

            merged.Add((union, CandidateClassifiers.NameSource));
        }

        for (var i = 0; i < tagged.Count; i++)
        {
            if (!absorbed[i])
            {
                merged.Add((tagged[i], TaggerSource));
            }
        }

        return merged;
    }

    /// <summary>
    /// A tagged phone, ID, date of birth or address must carry digits (an email an '@', a link a '.' or '@'); without
    /// them the tagger has matched the context of an identifier ("costs $2.50") rather than an identifier.
    /// </summary>
    private static bool HasIdentifierShape(EntityType type, ReadOnlySpan<char> text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return type switch
        {
            EntityType.Phone => digits >= 4 && !IsCounting(text),
            EntityType.IdNumber or EntityType.DateOfBirth => digits >= 4,
            EntityType.Address => digits >= 1 && text.Length >= 6 && !EndsWithCurrency(text),
            EntityType.Email => text.Contains('@'),
            EntityType.Url => text.Contains('.') || text.Contains('@'),
            _ => true,
        };
    }

    /// <summary>"1 2 3 4 5" of "Anaya can count 1 2 3 4 5": single digits apart, each one more than the last, are counting.</summary>
    private static bool IsCounting(ReadOnlySpan<char> text)
    {
        var last = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if ((i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])) || (last >= 0 && c - '0' != last + 1))
                {
                    return false;
                }

                last = c - '0';
            }
            else if (c is not (' ' or ',' or '.' or '-'))
            {
                return false;
            }
        }

        return last >= 0;
    }

    // Compared after normalisation, which takes a letter's accents off ("đồng" is read as "đong").
    private static readonly string[] Currencies =
    [
        "naira", "rupees", "rupee", "pesos", "peso", "euros", "euro", "dollars", "dollar", "pounds", "pound", "yen", "rand", "dong", "đong",
        "shillings", "shilling", "cedis", "cedi", "dirhams", "dirham", "ringgit", "baht", "yuan", "francs", "franc", "kronor",
        "krona", "kroner", "zloty", "lira", "riyals", "riyal", "taka", "rupiah", "dinars", "dinar", "cents", "pence", "reais",
        "soles", "kwacha", "birr", "leones", "dalasi",
    ];

    /// <summary>
    /// "2,000 naira", "450 rupees": a price ends on its currency in lower case right after a number, an address never
    /// does ("18 Oakfield Park, Birr" is a town in Offaly).
    /// </summary>
    private static bool EndsWithCurrency(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd(" .,;:!?");
        var space = text.LastIndexOf(' ');
        // "1 Euro", "2,50 Euro": the euro is written capitalised in German and Dutch text.
        if (space < 1 || !((char.IsLower(text[space + 1]) && WordLists.Contains(Currencies, text[(space + 1)..])) || text[(space + 1)..] is "Euro" or "Euros" or "EUR" or "CHF" or "Franken"))
        {
            return false;
        }

        return char.IsAsciiDigit(text[space - 1]);
    }

    /// <summary>
    /// "aunties made more than", "water spray that sounds like": words no health or body list knows, cut off on "than" or
    /// "like", compare something with what the tagger left out ("more than other kids'" ends on what it compares with).
    /// </summary>
    private static bool IsCutOffComparison(AnalyzedText analyzed, TaggedSpan span) =>
        analyzed.Tokens[span.LastToken].In(analyzed.Text) is "than" or "like"
        && !HasHealthWord(analyzed, span.FirstToken, span.LastToken) && CountWords(analyzed, span).Body == 0;

    /// <summary>
    /// "the bank on the High Street": "the High Street" is any British town's main shopping street, no organisation and no
    /// address; "14 High Street" (a number) or "High Street, Totnes" (the town after it) are left to the address rules.
    /// </summary>
    private static bool IsTheHighStreet(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        return span.Type is EntityType.Organization or EntityType.Address && span.LastToken == span.FirstToken + 1 && span.FirstToken > 0
            && tokens[span.FirstToken].In(text).Equals("high", StringComparison.OrdinalIgnoreCase)
            && tokens[span.LastToken].In(text).Equals("street", StringComparison.OrdinalIgnoreCase)
            && tokens[span.FirstToken - 1].In(text).Equals("the", StringComparison.OrdinalIgnoreCase)
            && (span.LastToken + 1 >= tokens.Count || tokens[span.LastToken + 1].In(text) is not ",")
            && !IsHomeSentence(analyzed, span);
    }

    // Words of where someone lives: "Our house is number 14 on the High Street", "We live on the High Street".
    private static readonly string[] HomeWords = ["live", "lives", "lived", "living", "house", "home", "flat", "apartment", "address", "number"];

    private const int HomeReach = 16;

    /// <summary>The span's sentence has a number or says where someone lives.</summary>
    private static bool IsHomeSentence(AnalyzedText analyzed, TaggedSpan span)
    {
        var (from, to) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, HomeReach);
        for (var t = from; t <= to; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Number || WordLists.Contains(HomeWords, analyzed.Tokens[t].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    // Sports and rides a helmet is worn for: "I bring my helmet, my hurley and my gum shield".
    private static readonly string[] CostumeHelmets =
        ["astronaut", "space", "knight", "viking", "roman", "firefighter", "fireman", "construction", "builder", "builders", "toy", "costume", "diving", "soldier", "pilot"];

    private static readonly string[] HelmetSports =
    [
        "hurley", "hurling", "camogie", "hockey", "bike", "bikes", "bicycle", "cycling", "scooter", "skates", "skating", "skateboard", "ride",
        "riding", "horse", "pony", "climbing", "kayak", "kayaking", "ski", "skiing", "snowboard", "sledge", "sledging", "sled", "sleds", "sledding",
        "toboggan", "tobogganing", "football", "rugby",
        "cricket", "batting", "lacrosse", "karting", "shield", "pads", "gloves", "gumshield", "mouthguard", "jersey", "jerseys", "boots", "match",
        "matches", "sliotar", "skate", "skated", "rink", "puck", "pucks", "baseball", "softball", "trike", "tricycle", "saddle", "bmx", "goalie",
    ];

    private const int HelmetWindow = 12;

    // Words before a helmet that make it one of care: "a special helmet", "his padded helmet".
    private static readonly string[] CareHelmetWords = ["special", "padded", "soft", "medical", "protective", "foam", "cranial", "moulding", "molding"];

    // What a helmet of care does for the head after it: "to help his head grow round", "because he bangs his head".
    private static readonly string[] HeadCare = ["grow", "round", "shape", "flat", "bangs", "bang", "hits", "hit", "falls", "fall", "seizure", "seizures", "drops"];

    /// <summary>
    /// "a helmet to help his head grow round", "because he bangs his head": the head and what it needs, after the helmet in
    /// its sentence.
    /// </summary>
    private static bool IsHeadCareAfter(AnalyzedText analyzed, int helmet)
    {
        var (_, last) = analyzed.WindowInSentence(helmet, helmet, HelmetWindow);
        if (!WordLists.AnyIn(analyzed.Text, analyzed.Tokens, helmet + 1, last, HeadWords))
        {
            return false;
        }

        // "A helmet protects my head if I fall" in a story of learning to ride is the ride's.
        for (var t = helmet + 1; t <= last; t++)
        {
            var word = analyzed.Tokens[t].In(analyzed.Text);
            if (WordLists.Contains(HeadCare, word) && !(word is "fall" or "falls" && IsLearningToRide(analyzed)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] HeadWords = ["head", "skull"];

    /// <summary>
    /// "I bring my helmet, my hurley and my gum shield": a helmet with a sport, a ride or its gear near it in its sentence
    /// and no other health-list word there is worn for the sport. A helmet for seizures names them ("my helmet for my
    /// seizures").
    /// </summary>
    private static bool IsSportsHelmet(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        if (span.Type != EntityType.Device || tokens[span.LastToken].In(analyzed.Text) is not ("helmet" or "helmets" or "Helmet"))
        {
            return false;
        }

        // "a helmet for plagiocephaly", "a helmet for my head shape": what a helmet is for names its purpose (unless it
        // is a sport: "my helmet for hurling").
        var purpose = span.LastToken + 2 < tokens.Count && tokens[span.LastToken + 1].In(analyzed.Text) is "for"
            ? (WordLists.Contains(Eyesight.Owners, tokens[span.LastToken + 2].In(analyzed.Text)) ? span.LastToken + 3 : span.LastToken + 2)
            : -1;
        if (purpose >= 0 && (purpose >= tokens.Count || !WordLists.Contains(HelmetSports, tokens[purpose].In(analyzed.Text))))
        {
            return false;
        }

        // "It covers his head like a soft helmet": a likeness ("like a" or "like an" and at most one word before the helmet).
        if (IsLikeness(analyzed, span.LastToken))
        {
            return true;
        }

        // "a special helmet to help his head grow round", "his padded helmet … because he bangs his head": a helmet of care
        // says so before it, or tells what it does for the head.
        if (WordLists.AnyIn(analyzed.Text, tokens, Math.Max(0, span.LastToken - 3), span.LastToken - 1, CareHelmetWords) || IsHeadCareAfter(analyzed, span.LastToken))
        {
            return false;
        }

        // "an astronaut helmet", "a knight's helmet", "his toy fireman's helmet": a costume's or a job's helmet is no device.
        var kind = span.LastToken - 1;
        if (kind >= 2 && tokens[kind].In(analyzed.Text) is "s" && tokens[kind - 1].In(analyzed.Text) is "'" or "’")
        {
            kind -= 2;
        }

        if (kind >= 0 && WordLists.Contains(CostumeHelmets, tokens[kind].In(analyzed.Text)))
        {
            return true;
        }

        var (first, last) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, HelmetWindow);
        var sport = false;
        for (var t = first; t <= last; t++)
        {
            var word = tokens[t].In(analyzed.Text);
            if ((analyzed.Lexicons[t] & Lexicons.LexiconSet.HealthKinds) != 0 && word is not ("helmet" or "helmets" or "Helmet"))
            {
                return false;
            }

            sport |= WordLists.Contains(HelmetSports, word);
        }

        // "A firefighter visits. She shows us her helmet": a worker of such a helmet just before it wears it for the job,
        // when no child is in the helmet's sentence ("I showed her my helmet" is the child's).
        return sport
            || (WordLists.AnyIn(analyzed.Text, tokens, Math.Max(0, span.FirstToken - JobHelmetReach), span.FirstToken - 1, JobHelmetWearers)
                && !WordLists.AnyIn(analyzed.Text, tokens, first, last, ChildInSentence))
            || analyzed.Memo(SportsHelmetStoryKey, static a => new StrongBox<bool>(IsStoryOfSportsHelmets(a))).Value;
    }

    // Workers whose helmet is their gear, and how far before the helmet one is looked for (the sentence before too).
    private static readonly string[] JobHelmetWearers =
        ["firefighter", "firefighters", "fireman", "firemen", "builder", "builders", "astronaut", "astronauts", "miner", "miners", "knight", "knights", "pilot", "soldier",
         "engineer", "engineers", "scaffolder", "scaffolders", "welder", "welders"];

    private const int JobHelmetReach = 20;

    private static readonly string[] ChildInSentence = ["i", "me", "my", "mine", "you", "your"];

    private static readonly object SportsHelmetStoryKey = new();

    /// <summary>"like a soft helmet", "like a helmet": "like", "a" or "an", and at most one word before the thing at t.</summary>
    private static bool IsLikeness(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var article = t >= 2 && tokens[t - 1].In(analyzed.Text) is "a" or "an" ? t - 1 : t >= 3 && tokens[t - 2].In(analyzed.Text) is "a" or "an" ? t - 2 : -1;
        return article >= 1 && tokens[article - 1].In(analyzed.Text) is "like";
    }

    /// <summary>
    /// "I will put on my riding helmet … The helmet must be done up under my chin", "We ride on the motorbike … I wear my
    /// helmet", "A firefighter will show us her uniform and helmet": a story that speaks of a sport, a ride or a job with
    /// helmets anywhere, names no condition, no head's care outside a sentence of the sport or the ride ("If I fall off my
    /// bike" is the ride's), and gives no helmet a word of care (see <see cref="CareHelmetWords"/>), has helmets of that
    /// sport. Read once per text.
    /// </summary>
    private static bool IsStoryOfSportsHelmets(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var sport = false;
        var learnsToRide = IsLearningToRide(analyzed);
        for (var t = 0; t < tokens.Count; t++)
        {
            var word = tokens[t].In(analyzed.Text);
            // "If I fall off my bike, my helmet keeps my head safe" is a ride's: a word of the head's care counts unless its
            // own sentence speaks of the sport or the ride, or it is a fall in a story of learning to ride ("The bike
            // wobbles. I might fall."); a word of other senses only in a sentence of the head ("a long, flat path" and the
            // Mandarin "Hen bang!" are no head's care, "he falls a lot" is). The verb "add" is no ADD ("Would you like me
            // to add a page").
            if (((analyzed.Lexicons[t] & Lexicons.LexiconKind.Diagnosis) != 0 && !HealthCandidates.IsAcronymAsWord(analyzed, t))
                || (WordLists.Contains(HeadCare, word) && (IsInSentenceOfHead(analyzed, t) || !WordLists.Contains(HeadCareOtherSenses, word))
                    && !IsInSentenceOfRide(analyzed, t) && !(learnsToRide && word is "fall" or "falls") && !IsFallOff(analyzed, t))
                || (word is "helmet" or "helmets" or "Helmet" && WordLists.AnyIn(analyzed.Text, tokens, Math.Max(0, t - 3), t - 1, CareHelmetWords)))
            {
                return false;
            }

            sport |= WordLists.Contains(HelmetSports, word) || WordLists.Contains(CostumeHelmets, word) || WordLists.Contains(HelmetRides, word);
        }

        return sport;
    }

    /// <summary>
    /// "Sometimes I will fall off in the snow", "if I fall off my sled": a fall off something ridden, in a story of a sport
    /// with helmets; "off" ends the clause or leads to the ridden thing (not "he falls off chairs").
    /// </summary>
    private static bool IsFallOff(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        if (tokens[t].In(analyzed.Text) is not ("fall" or "falls") || t + 2 >= tokens.Count || tokens[t + 1].In(analyzed.Text) is not "off")
        {
            return false;
        }

        var next = t + 2;
        if (tokens[next].Kind == TokenKind.Punctuation || tokens[next].In(analyzed.Text) is "in" or "into" or "onto" or "and" or "sometimes")
        {
            return true;
        }

        next = next + 1 < tokens.Count && tokens[next].In(analyzed.Text) is "my" or "the" or "a" or "his" or "her" or "your" or "our" ? next + 1 : next;
        return WordLists.Contains(HelmetSports, tokens[next].In(analyzed.Text)) || WordLists.Contains(HelmetRides, tokens[next].In(analyzed.Text));
    }

    // Words of the head's care with other senses: "a long, flat path", the Mandarin "Hen bang!" (great), "the ball hits the
    // stumps".
    private static readonly string[] HeadCareOtherSenses = ["flat", "bang", "round", "grow", "shape", "hit", "hits"];

    // The words of learning to ride: "Papa takes the little wheels off my bike", "Wei has a new balance bike", "I push the
    // pedals" (not "balance" or "wobbly", which a condition has too).
    private static readonly string[] RideLessonWords = ["bike", "bikes", "bicycle", "scooter", "skateboard", "pedals", "pedal"];

    // How many words of riding make a story one of learning to ride.
    private const int RideLessonWordsNeeded = 3;

    /// <summary>"The bike wobbles. I might fall.": a story that speaks of bikes or pedals at least three times (read once per text).</summary>
    private static bool IsLearningToRide(AnalyzedText analyzed) =>
        analyzed.Memo(LearningToRideKey, static a => new StrongBox<bool>(CountsRideWords(a))).Value;

    private static readonly object LearningToRideKey = new();

    private static bool CountsRideWords(AnalyzedText analyzed)
    {
        var count = 0;
        for (var t = 0; t < analyzed.Tokens.Count && count < RideLessonWordsNeeded; t++)
        {
            if (WordLists.Contains(RideLessonWords, analyzed.Tokens[t].In(analyzed.Text)))
            {
                count++;
            }
        }

        return count >= RideLessonWordsNeeded;
    }

    private static bool IsInSentenceOfHead(AnalyzedText analyzed, int t)
    {
        var (first, last) = analyzed.WindowInSentence(t, t, HelmetWindow);
        return WordLists.AnyIn(analyzed.Text, analyzed.Tokens, first, last, HeadWords);
    }

    private static bool IsInSentenceOfRide(AnalyzedText analyzed, int t)
    {
        var (first, last) = analyzed.WindowInSentence(t, t, HelmetWindow);
        return WordLists.AnyIn(analyzed.Text, analyzed.Tokens, first, last, HelmetSports) || WordLists.AnyIn(analyzed.Text, analyzed.Tokens, first, last, HelmetRides);
    }

    // Rides and jobs that come with a helmet, besides the sports: "We ride on the motorbike", "A firefighter will show us".
    private static readonly string[] HelmetRides = ["motorbike", "motorbikes", "motorcycle", "moped", "scooters", "firefighters", "stables", "tack"];

    /// <summary>
    /// "could add" of "You could add photos of the family": the only health-list word is "add" the verb, as
    /// <see cref="HealthCandidates.IsAcronymAsWord"/> reads it for a span of one word ("ADD" and "my add" stay).
    /// </summary>
    private static bool IsVerbAddOnly(AnalyzedText analyzed, TaggedSpan span)
    {
        var add = false;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if ((analyzed.Lexicons[t] & Lexicons.LexiconSet.HealthKinds) == 0)
            {
                continue;
            }

            if (!HealthCandidates.IsAcronymAsWord(analyzed, t))
            {
                return false;
            }

            add = true;
        }

        return add;
    }

    /// <summary>
    /// "Hùshì Āyí" (in Mandarin, "nurse auntie"), "Nurse Aunty": a clinician named by titles and family words only is a
    /// role without a name, which the design lets pass like "the nurse". A doctor's title alone too ("The Doctor"), but not with a word after it: "Dr. Papa".
    /// </summary>
    private static bool IsTitlesAndFamilyWordsOnly(AnalyzedText analyzed, TaggedSpan span)
    {
        // A doctor's title alone names no one: "The Doctor isn't a real doctor, he's a Time Lord", "Doctor says hello",
        // ""Dr." is just part of his name" (the title, its full stop and a quotation mark).
        var only = span.FirstToken;
        while (only < span.LastToken && analyzed.Tokens[only + 1].Kind == TokenKind.Punctuation)
        {
            only++;
        }

        // "Dr." right before a name the tagger left out ("Dr. Tô") is still that doctor.
        if (only == span.LastToken && WordLists.Contains(NameRules.DoctorTitles, analyzed.Tokens[span.FirstToken].In(analyzed.Text))
            && (span.LastToken + 1 >= analyzed.Tokens.Count || !analyzed.IsCapitalisedWord(span.LastToken + 1)))
        {
            return true;
        }

        var words = 0;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            // A doctor's title takes a surname that is a family word too ("Dr. Papa"). A clinician's word alone is a role
            // ("Dentist" of the heading "Lachlan's Dentist Story"). A surname that is a small word too stays ("Mrs. Little").
            var kinds = analyzed.Lexicons[t];
            if ((kinds & (Lexicons.LexiconKind.Title | Lexicons.LexiconKind.KinWord | Lexicons.LexiconKind.FunctionWord | Lexicons.LexiconKind.Provider)) == 0
                || ((kinds & Lexicons.LexiconKind.Surname) != 0 && (kinds & (Lexicons.LexiconKind.Title | Lexicons.LexiconKind.KinWord)) == 0)
                || WordLists.Contains(NameRules.DoctorTitles, analyzed.Tokens[t].In(analyzed.Text)))
            {
                return false;
            }

            words++;
        }

        return words > 0;
    }

    /// <summary>
    /// A capitalised given name alone that no health list knows ("Mateo" of "Mateo gives Osito a spoon of pretend syrup",
    /// read as a medicine): a child is no condition or drug. An eponym stays ("Addison" before "'s disease").
    /// </summary>
    private static bool IsGivenNameAlone(AnalyzedText analyzed, TaggedSpan span)
    {
        var t = span.FirstToken;
        return span.LastToken == t && analyzed.IsCapitalisedWord(t, minLength: 2) && (analyzed.Lexicons[t] & Lexicons.LexiconSet.HealthKinds) == 0
            && NameRules.IsGivenName(analyzed, t) && !(t + 1 < analyzed.Tokens.Count && analyzed.Tokens[t + 1].In(analyzed.Text) is "'" or "’");
    }

    /// <summary>Every word of the span is a family word no health list knows, or a function word ("Vovó", "my Nana").</summary>
    private static bool IsFamilyWordsOnly(AnalyzedText analyzed, TaggedSpan span)
    {
        var kin = false;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            var kinds = analyzed.Lexicons[t];
            if (analyzed.Tokens[t].Kind != TokenKind.Word || ((kinds & Lexicons.LexiconKind.FunctionWord) != 0 && (kinds & Lexicons.LexiconKind.KinWord) == 0))
            {
                continue;
            }

            if ((kinds & Lexicons.LexiconKind.KinWord) == 0 || (kinds & Lexicons.LexiconSet.HealthKinds) != 0)
            {
                return false;
            }

            kin = true;
        }

        return kin;
    }

    // Clothes of the world's festivals, prayers and Sundays, which a story's family wears: "Apa will wear his gho with a
    // white kabney scarf", "I wear my dastar every day" (Bhutanese, Sikh, Korean, South Asian, Arab, West and East
    // African, Filipino, Andean, Pacific, Inuit and European dress). Written in lower case: "Kira", "Kente" and "Deel"
    // may be names.
    private static readonly string[] Garments =
    [
        "gho", "kira", "tego", "wonju", "rachu", "kabney", "hanbok", "kimono", "yukata", "hakama", "sari", "saree", "lehenga", "kurta", "kurti",
        "salwar", "shalwar", "kameez", "dupatta", "sherwani", "dhoti", "lungi", "mundu", "abaya", "hijab", "niqab", "jilbab", "thobe", "thawb",
        "dishdasha", "kandura", "ghutra", "keffiyeh", "kufi", "taqiyah", "turban", "dastar", "patka", "kippah", "yarmulke", "tallit", "dashiki",
        "agbada", "buba", "gele", "kente", "boubou", "kanzu", "kitenge", "shuka", "netela", "cheongsam", "qipao", "hanfu", "barong", "terno",
        "huipil", "rebozo", "poncho", "sombrero", "pollera", "sarong", "kebaya", "songket", "kilt", "sporran", "dirndl", "lederhosen", "kaftan",
        "caftan", "djellaba", "jellaba", "takchita", "chador", "lavalava", "puletasi", "tupenu", "korowai", "piupiu", "amauti", "kuspuk", "deel",
        "chapan", "papakha", "chokha", "vyshyvanka", "sarafan", "kokoshnik", "bunad", "gakti",
        // Winter's: "my toque", "my mitts", "a balaclava"; jewellery: "my pounamu necklace".
        "toque", "tuque", "mitts", "mittens", "beanie", "balaclava", "snowsuit", "parka", "necklace", "pendant",
    ];

    /// <summary>
    /// "his gho", "my dastar": a device the tagger read in what a person wears, when its last word is a garment written in
    /// lower case and no health list knows any of its words.
    /// </summary>
    private static bool IsGarment(AnalyzedText analyzed, TaggedSpan span)
    {
        var last = analyzed.Tokens[span.LastToken];
        return span.Type == EntityType.Device && last.Kind == TokenKind.Word && char.IsLower(analyzed.Text[last.Start])
            && WordLists.Contains(Garments, last.In(analyzed.Text)) && !HasHealthWord(analyzed, span.FirstToken, span.LastToken);
    }

    private static readonly string[] BodyParts =
    [
        "arm", "arms", "back", "chest", "ear", "ears", "eye", "eyes", "finger", "fingers", "foot", "feet", "hand", "hands", "head",
        "hip", "hips", "jaw", "knee", "knees", "leg", "legs", "lip", "lips", "mouth", "neck", "nose", "shoulder", "shoulders",
        "toe", "toes", "tongue", "tummy", "belly", "wrist", "elbow", "ankle", "ankles", "cheek", "cheeks", "tooth", "teeth",
        "face", "hair", "nails", "bottom",
        // Where a tooth is: "front teeth", "top teeth".
        "front", "top",
    ];

    /// <summary>
    /// Plain English words that no health list knows, with or without function words or single letters around them, are
    /// not a diagnosis, medication, therapy or device when, without a body word, they are one or two words ("call", "few
    /// pairs", "mom holds", "first week"), end on a sense however many they are ("new smells and different sounds") or
    /// are three or fewer with a "feel" among them ("make my body feel", "body feel jumpy"); with a body word, when they
    /// are one word ("heart"), a negated pair ("not feel sick"; never a body that cannot walk, hear or see) or two words
    /// one of which is a body part held ("mouth open"), breathed ("a deep breath") or acted on ("close my eyes"), or up
    /// to three that feel something everyday ("my heart beats quickly", "cheeks get hot", "feel a bit itchy"). Round 9
    /// added a sense and what it meets ("hearing loud noises"), a carer acting on the child's body part ("mom holds my
    /// hand") and two such everyday pieces joined by "and" ("bed and close my eyes"). A keyword-free disclosure
    /// takes a phrase ("the pills he takes at lunch", "the chair with big wheels I have used since I was small"), while
    /// such a span is the tagger reading the sentence around it. None of the labelled health spans of the default data has this form; most health false positives of
    /// held-out scenario families had. (In round 7 any two plain words also dropped the tagger's part of a longer
    /// paraphrase, "helper practises"; with the round-8 paraphrases that cost no recall on four seeds and raised health
    /// precision from 0.905 to 0.955 on three.)
    /// </summary>
    internal static bool IsShortPlainHealthSpan(AnalyzedText analyzed, TaggedSpan span)
    {
        if (EntityCategories.Of(span.Type) != Category.Health)
        {
            return false;
        }

        // "3" of "lane 3": a span without a word names no condition, drug, therapy or device; nor does a family word
        // alone ("Vovó" read as a medicine).
        if (IsNumberedThing(analyzed, span) || !AnyToken(analyzed, span, IsWord) || IsFamilyWordsOnly(analyzed, span) || IsGivenNameAlone(analyzed, span) || IsGarment(analyzed, span)
            || IsVerbAddOnly(analyzed, span) || IsCutOffComparison(analyzed, span) || IsSportsHelmet(analyzed, span))
        {
            return true;
        }

        // "classroom helper sits": a therapy or procedure of three tokens or fewer is named by a list word ("speech
        // sessions", "an endoscopy") or by what it is ("braille lessons", "a chromosome test", "sensory profile
        // assessment"); without either it is a role or an activity the tagger read as care. Longer keyword-free
        // therapies stay, also in pieces ("the lady who helps" + "when the worry feelings get too big").
        if (span.Type == EntityType.Treatment && span.LastToken - span.FirstToken < 3 && CountWords(analyzed, span).Body == 0
            && !HasHealthWord(analyzed, span.FirstToken, span.LastToken) && !AnyToken(analyzed, span, IsTreatmentHead))
        {
            return true;
        }

        // "bit itchy from the water": a feeling read as a condition, with its plain cause after "from", is as everyday
        // as the feeling alone ("pain from the surgery" keeps its list word and is judged whole; a device, "hurts from
        // the tube", names its thing after "from").
        if (span.Type == EntityType.Diagnosis && !HasHealthWord(analyzed, span.FirstToken, span.LastToken))
        {
            for (var t = span.FirstToken + 1; t < span.LastToken; t++)
            {
                if (analyzed.Tokens[t].In(analyzed.Text) is "from")
                {
                    if (IsShortPlainHealthSpan(analyzed, span with { LastToken = t - 1 }))
                    {
                        return true;
                    }

                    break;
                }
            }
        }

        // "bed and close my eyes" of "get into bed and close my eyes": two everyday actions joined by "and", each of
        // one or two plain words, with one body part between them, are no more health than either alone. Otherwise the
        // span is judged whole: "pain in my legs and tummy", "hurts my legs and my back" keep their pain.
        for (var t = span.FirstToken + 1; t < span.LastToken; t++)
        {
            if (analyzed.Tokens[t].In(analyzed.Text) is "and")
            {
                var before = span with { LastToken = t - 1 };
                var after = span with { FirstToken = t + 1 };
                if (CountWords(analyzed, before).Content <= 2 && CountWords(analyzed, after).Content <= 2 && CountWords(analyzed, span).Body <= 1
                    && IsShortPlainHealthSpan(analyzed, before) && IsShortPlainHealthSpan(analyzed, after))
                {
                    return true;
                }

                break;
            }
        }

        var contentWords = 0;
        var bodyWords = 0;
        var negated = false;
        var feeling = false;
        var ability = false;
        var chosen = false;
        var everyday = false;
        var unlikeFeeling = false;
        var bodyParts = 0;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind == Text.TokenKind.Punctuation)
            {
                continue;
            }

            var kinds = analyzed.Lexicons[t];
            if (span.Type != EntityType.Provider && (kinds & Lexicons.LexiconSet.HealthKinds) == Lexicons.LexiconKind.Provider)
            {
                // A clinician word read as a diagnosis, drug, therapy or device ("doctor" as MEDICATION) is a role word.
                kinds &= ~Lexicons.LexiconKind.Provider;
            }

            bodyWords += (kinds & Lexicons.LexiconKind.BodyWord) != 0 && (kinds & Lexicons.LexiconKind.FunctionWord) == 0 ? 1 : 0;
            bodyParts += (kinds & Lexicons.LexiconKind.FunctionWord) == 0 && WordLists.Contains(BodyParts, analyzed.Tokens[t].In(analyzed.Text)) ? 1 : 0;
            negated |= WordLists.Contains(Negations, analyzed.Tokens[t].In(analyzed.Text));
            chosen |= t > 1 && WordLists.Contains(Negations, analyzed.Tokens[t].In(analyzed.Text)) && WordLists.Contains(DoWords, analyzed.Tokens[t - 1].In(analyzed.Text))
                && t + 1 < analyzed.Tokens.Count
                && ((WordLists.Contains(RuleSubjects, analyzed.Tokens[t - 2].In(analyzed.Text)) && WordLists.Contains(MotionVerbs, analyzed.Tokens[t + 1].In(analyzed.Text)))
                    || (WordLists.Contains(GroupSubjects, analyzed.Tokens[t - 2].In(analyzed.Text)) && WordLists.Contains(QuietVerbs, analyzed.Tokens[t + 1].In(analyzed.Text))));
            feeling |= WordLists.Contains(FeelVerbs, analyzed.Tokens[t].In(analyzed.Text));
            ability |= WordLists.Contains(AbilityVerbs, analyzed.Tokens[t].In(analyzed.Text));
            if (analyzed.Tokens[t].Kind == TokenKind.Word && (kinds & Lexicons.LexiconKind.BodyWord) != 0 && t > 0
                && WordLists.Contains(EverydayFeelings, analyzed.Tokens[t].In(analyzed.Text)) && WordLists.Contains(Hedges, analyzed.Tokens[t - 1].In(analyzed.Text)))
            {
                // "a bit itchy": a sensation word of the body list, hedged, is an everyday feeling ("get itchy" is not).
                everyday = true;
            }

            if (analyzed.Tokens[t].Kind == TokenKind.Word && (kinds & (Lexicons.LexiconKind.FunctionWord | Lexicons.LexiconKind.BodyWord)) == 0)
            {
                // Beside a body part, only an everyday feeling and how it happens: "my heart beats quickly".
                var word = analyzed.Tokens[t].In(analyzed.Text);
                everyday |= WordLists.Contains(EverydayFeelings, word);
                unlikeFeeling |= !WordLists.Contains(EverydayFeelings, word) && !WordLists.Contains(MannerWords, word);
            }

            if ((kinds & Lexicons.LexiconSet.HealthKinds) == 0 && analyzed.Tokens[t].Kind == TokenKind.Word
                && analyzed.Tokens[t].End - analyzed.Tokens[t].Start == 1 && char.IsLetter(analyzed.Text[analyzed.Tokens[t].Start]))
            {
                // A single letter ("t" of "t-shirt") is no health word.
                continue;
            }

            if ((kinds & (Lexicons.LexiconKind.CommonWord | Lexicons.LexiconKind.FunctionWord)) == 0 || (kinds & Lexicons.LexiconSet.HealthKinds) != 0)
            {
                return false;
            }

            // "which" and "what" ask or point; they carry no more than a function word ("say which way").
            if ((kinds & Lexicons.LexiconKind.FunctionWord) == 0 && !WordLists.Contains(QuestionWords, analyzed.Tokens[t].In(analyzed.Text)))
            {
                contentWords++;
            }
        }

        // "I can't hear", "cannot walk": a body that cannot do what bodies do is the commonest keyword-free disability.
        // "do not walk in front of them" is a rule of where to walk, not a body that cannot.
        if (negated && ability && !chosen)
        {
            return false;
        }

        // "I do not get lost": a negated pair of words says what does not happen, with a body word too ("not feel
        // sick"). The labelled paraphrases that hold a negation ("does not make the stuff that turns food into energy")
        // have more to them.
        if (contentWords <= 1 || (contentWords == 2 && (negated || bodyWords == 0)))
        {
            return true;
        }

        // "back teeth", "my ears and nose": parts of a body and nothing about them name no condition.
        if (bodyParts == contentWords && contentWords <= 3)
        {
            return true;
        }

        // The last word before any trailing conjunction: "my head still so" of "I try to keep my head still so the cut is
        // even" is a body part held still.
        var last = LastWord(analyzed, span, skipConjunctions: true);
        var lastWord = last >= 0 ? analyzed.Tokens[last].In(analyzed.Text) : default;
        if (bodyWords == 0)
        {
            // "make my body feel", "body feel jumpy": a feeling in a few plain words, the everyday talk of a social
            // story ("Loud noise can make my body feel jumpy"); a paraphrase that feels things has more to it.
            return WordLists.Contains(SensoryNouns, lastWord) || (feeling && contentWords <= 3);
        }

        if (bodyWords == 1 && contentWords <= 3 && (WordLists.Contains(SensoryNouns, lastWord) || WordLists.Contains(SensoryAdjectives, lastWord))
            && WordLists.Contains(SenseGerunds, analyzed.Tokens[FirstWord(analyzed, span)].In(analyzed.Text)))
        {
            // "hearing loud noises", "seeing bright lights", "hearing loud" (the tagger's cut): a sense and what it meets,
            // the topic of a sensory story. "trouble hearing quiet sounds" opens on the trouble; "hearing loss" ends on it.
            return true;
        }

        if (bodyWords == 1 && contentWords <= 3 && everyday && !unlikeFeeling)
        {
            // "my heart beats quickly", "cheeks get hot": one body part doing what every body does.
            return true;
        }

        // "mom holds my hand", "Dad strokes your hair": a carer doing something to the child's body part is care.
        if (bodyWords == 1 && contentWords == 3 && last >= 0 && IsOwnBodyPart(analyzed, last)
            && WordLists.Contains(Carers, analyzed.Tokens[FirstWord(analyzed, span)].In(analyzed.Text)))
        {
            return true;
        }

        // "close my eyes" is an action; "pain in my legs", two body words, is a symptom.
        return contentWords == 2
            && (WordLists.Contains(PostureWords, lastWord) || WordLists.Contains(CalmingBreaths, lastWord)
                || (bodyWords == 1 && IsOwnBodyPart(analyzed, last)));
    }

    /// <summary>The span's words that are no function word, and of those the body words.</summary>
    private static (int Content, int Body) CountWords(AnalyzedText analyzed, TaggedSpan span)
    {
        var (content, body) = (0, 0);
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word && (analyzed.Lexicons[t] & Lexicons.LexiconKind.FunctionWord) == 0)
            {
                content++;
                body += (analyzed.Lexicons[t] & Lexicons.LexiconKind.BodyWord) != 0 ? 1 : 0;
            }
        }

        return (content, body);
    }

    private static readonly string[] MannerWords = ["quickly", "fast", "faster", "hard", "slowly", "loudly", "get", "gets", "go", "goes", "feel", "feels", "bit"];

    private static readonly string[] Hedges = ["bit", "little"];

    private static readonly string[] PossessivePronouns = ["my", "your", "his", "her", "their", "our"];

    /// <summary>"close my eyes", "holds your hand": a body part right after a possessive, the object of an action.</summary>
    private static bool IsOwnBodyPart(AnalyzedText analyzed, int t) =>
        t >= 1 && (analyzed.Lexicons[t] & Lexicons.LexiconKind.BodyWord) != 0
        && WordLists.Contains(PossessivePronouns, analyzed.Tokens[t - 1].In(analyzed.Text));

    // "room 21", "bus 42", "page 3": a thing and its number, the non-identifier numbers of a story.
    private static readonly string[] NumberedNouns =
    [
        "room", "bus", "page", "gate", "row", "seat", "table", "lane", "platform", "aisle", "class", "level", "floor", "number", "step",
        "grade", "year", "form", "section", "group",
        "chapter", "locker", "bed", "terminal", "ward", "bay", "pitch", "field", "track", "stop", "carriage", "cabin",
        // The same in the languages of the stories: "Salle 2", "Sala 4", "Gleis 7".
        "salle", "sala", "aula", "raum", "zimmer", "gleis", "quai", "voie", "anden", "peron",
    ];

    /// <summary>
    /// "Dottoressa Bianchi", "Doktor Yilmaz", "Dra. Rocha": a name the name classifier read whole, doctor's title and all,
    /// names a clinician, as the tagger's and the title rule's do. The title must be capitalised: "doctor" in lower case
    /// is a role word more often.
    /// </summary>
    private static bool IsOpenedByDoctorsTitle(AnalyzedText analyzed, TaggedSpan span) =>
        span.Type == EntityType.PersonName && span.LastToken > span.FirstToken && analyzed.IsCapitalisedWord(span.FirstToken, minLength: 2)
        && WordLists.Contains(NameRules.DoctorTitles, analyzed.Tokens[span.FirstToken].In(analyzed.Text)) && JobTitles.RoleAfterName(analyzed, span.LastToken + 1) != JobTitles.Role.Other;

    /// <summary>
    /// "CEIP Los Almendros", "Centro Colibrí": a name that opens on a capitalised organisation word and goes on is the
    /// organisation's, written head first as in Spanish, French or Polish; not when that word is a given name too ("Kita
    /// Sato").
    /// </summary>
    private static bool OpensOnOrganizationWord(AnalyzedText analyzed, TaggedSpan span) =>
        span.Type == EntityType.PersonName && span.LastToken > span.FirstToken && analyzed.IsCapitalisedWord(span.FirstToken, minLength: 2)
        && (analyzed.Lexicons[span.FirstToken] & Lexicons.LexiconKind.OrganizationSuffix) != 0 && !NameRules.IsGivenName(analyzed, span.FirstToken);

    /// <summary>
    /// "al-Fitr" of "Eid al-Fitr", "Noche Buena", "Sankta Lucia", "14 June" read as an address: holidays and dates, no name. A lone word that is a first
    /// name too ("June") stays a name.
    /// </summary>
    private static bool IsAllCalendarWords(AnalyzedText analyzed, TaggedSpan span) =>
        !(span.FirstToken == span.LastToken && analyzed.Tokens[span.FirstToken].Kind == TokenKind.Word
            && (analyzed.Lexicons[span.FirstToken] & Lexicons.LexiconKind.FirstName) != 0)
        && NameRules.EveryWordIs(analyzed, span, Lexicons.LexiconKind.CalendarWord | Lexicons.LexiconKind.FunctionWord);

    // What a child earns, not an organisation: "Ruby's Stingray Badge", "my Gold Award".
    private static readonly string[] EarnedThings = ["badge", "award", "certificate", "medal", "trophy", "prize"];

    /// <summary>
    /// "Ruby's Stingray Badge", "her Gold Award": capitalised words ending on a badge, an award or a prize after an owner's
    /// "'s" or "my", "her", "his", "your" are what the child earned.
    /// </summary>
    private static bool IsEarnedThing(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        return WordLists.Contains(EarnedThings, tokens[span.LastToken].In(analyzed.Text)) && first >= 1
            && (WordLists.Contains(PossessivePronouns, tokens[first - 1].In(analyzed.Text))
                || (first >= 2 && tokens[first - 1].In(analyzed.Text) is "s" && tokens[first - 2].In(analyzed.Text) is "'" or "’"));
    }

    /// <summary>
    /// "my Sunday league team", "the Saturday club": a day's word and nothing but lower-case words after it is a kind of
    /// team or club, no named one.
    /// </summary>
    private static bool IsDayAndLowerCase(AnalyzedText analyzed, TaggedSpan span)
    {
        if (span.LastToken == span.FirstToken || (analyzed.Lexicons[span.FirstToken] & Lexicons.LexiconKind.CalendarWord) == 0)
        {
            return false;
        }

        for (var t = span.FirstToken + 1; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind != TokenKind.Word || !char.IsLower(analyzed.Text[analyzed.Tokens[t].Start]))
            {
                return false;
            }
        }

        return true;
    }

    // Places that Spanish, Portuguese, Italian and French names join to a saint's or a place's name with "de":
    // "Mercado de San Pedro", "Praça da Sé", "Calle de Alcalá".
    private static readonly string[] ParticlePlaces =
    [
        "mercado", "plaza", "praca", "calle", "rua", "avenida", "parque", "iglesia", "igreja", "barrio", "bairro", "colonia", "puerto", "porto", "estacion",
        "estacao", "museo", "museu", "mercato", "piazza", "via", "palacio", "castillo", "catedral", "basilica", "playa", "praia", "rue", "place",
        "gare", "marche", "lago", "cerro", "sierra", "valle", "isla", "ilha", "paseo", "camino", "hospital", "escuela", "colegio", "universidad",
    ];

    /// <summary>
    /// "de San Pedro" of "the Mercado de San Pedro": a name that opens on a lower-case "de", "del", "da" or "do" right
    /// after a capitalised word for a place is the place's name, not a person's.
    /// </summary>
    private static bool IsPlaceAfterParticle(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var first = span.FirstToken;
        return first >= 1 && tokens[first].In(text) is "de" or "del" or "da" or "do" or "das" or "dos" or "di"
            && analyzed.IsCapitalisedWord(first - 1) && WordLists.Contains(ParticlePlaces, tokens[first - 1].In(text));
    }

    /// <summary>
    /// "Online Quran", "Holy Quran": words that are no given name, surname, title or family word before one well-known
    /// word make the thing's own name, not a person's ("Sam Bluey" has a given name).
    /// </summary>
    private static bool IsPlainWordsBeforeWellKnown(AnalyzedText analyzed, TaggedSpan span)
    {
        if (span.FirstToken == span.LastToken || (analyzed.Lexicons[span.LastToken] & Lexicons.LexiconKind.WellKnownName) == 0)
        {
            return false;
        }

        for (var t = span.FirstToken; t < span.LastToken; t++)
        {
            var kinds = analyzed.Lexicons[t];
            if ((kinds & (Lexicons.LexiconKind.Surname | Lexicons.LexiconKind.WellKnownName | Lexicons.LexiconKind.Title | Lexicons.LexiconKind.KinWord)) != 0
                || Lexicons.GivenNames.IsGivenName(kinds, analyzed.Tokens[t].In(analyzed.Text)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Diego Visits Abuelita" of a story's heading: a name of three words or more that opens a line with no sentence
    /// punctuation, with a capitalised ordinary word inside it that is no given name or surname ("Visits", "Goes"), is a
    /// title in title case, not a person's full name. In a sentence such words may be parts of a name ("Kim Chi Đỗ"), and
    /// "bin" of "Muhammad Hafiz bin Ismail" is in lower case.
    /// </summary>
    private static bool HasPlainWordInside(AnalyzedText analyzed, TaggedSpan span)
    {
        if (!IsHeadingStart(analyzed.Text, analyzed.Tokens[span.FirstToken].Start))
        {
            return false;
        }

        var words = 0;
        var inside = false;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var kinds = analyzed.Lexicons[t];
            var word = analyzed.Tokens[t].In(analyzed.Text);
            inside |= words > 0 && t < span.LastToken && char.IsUpper(word[0]) && (kinds & Lexicons.LexiconKind.CommonWord) != 0
                && (kinds & Lexicons.LexiconKind.Surname) == 0 && !Lexicons.GivenNames.IsGivenName(kinds, word) && !NameParticles.IsParticle(word);
            words++;
        }

        return words >= 3 && inside;
    }

    /// <summary>Whether the text at start opens a line (after any "#" or "*" marks) with no full stop, "!", "?", comma or colon.</summary>
    private static bool IsHeadingStart(string text, int start)
    {
        var p = start - 1;
        while (p >= 0 && text[p] is '#' or '*' or ' ')
        {
            p--;
        }

        if (p >= 0 && text[p] != '\n')
        {
            return false;
        }

        var lineEnd = text.IndexOf('\n', start);
        var line = text.AsSpan(start, (lineEnd < 0 ? text.Length : lineEnd) - start);
        return line.IndexOfAny(".!?,:") < 0;
    }

    /// <summary>
    /// "bánh chưng" of "lots of food: bánh chưng, pickled onions": a name in lower case whose first word no list knows as
    /// a given name or surname, in a text whose sentences open with capitals, is a word of another language, not a
    /// person. A text written all in lower case keeps its names, and so do "joão pedro santos" and "leo wójcikowski".
    /// A given name of two letters counts only with a surname or a longer given name beside it ("ak" of the Haitian
    /// "diri ak pwa", rice and beans, is "and"; "jo smith" stays).
    /// </summary>
    private static bool IsLowerCaseInCasedText(AnalyzedText analyzed, TaggedSpan span, ref bool? cased)
    {
        if (!IsWrittenInLowerCase(analyzed, span))
        {
            return false;
        }

        // "joão pedro santos" and "leo wójcikowski" written in lower case are still names: a list knows the first word.
        var kinds = analyzed.Lexicons[span.FirstToken];
        var first = analyzed.Tokens[span.FirstToken].In(analyzed.Text);
        if ((kinds & Lexicons.LexiconKind.Surname) != 0
            || (Lexicons.GivenNames.IsGivenName(kinds, first) && (first.Length > 2 || span.FirstToken == span.LastToken || HasNameBeside(analyzed, span))))
        {
            return false;
        }

        cased ??= IsCased(analyzed);
        return cased.Value;
    }

    /// <summary>
    /// "Zofia doesn't" of "many people Zofia doesn't know", "Ngủ ngon" of "Ba says, "Ngủ ngon nhé, con."": a name read from
    /// a capitalised word into the lower-case word right after it, in a text whose sentences open with capitals, is a given
    /// name and the word after it. A particle ("Ludwig van"), a surname or a given name a list knows keeps it, and so does a
    /// longer span ("Tavita Faleolo doesn").
    /// </summary>
    private static bool EndsOnLowerCaseWord(AnalyzedText analyzed, TaggedSpan span, ref bool? cased)
    {
        var tokens = analyzed.Tokens;
        var last = span.LastToken;
        // A contraction's end belongs to the word before it: "doesn" of "Zofia doesn't", "Faleolo" of "Tavita Faleolo'll".
        if (last >= 2 && tokens[last - 1].In(analyzed.Text) is "'" or "’" && tokens[last - 1].End == tokens[last].Start)
        {
            last -= 2;
        }

        // Only a capitalised word and the lower-case one right after it: "Tavita Faleolo doesn" keeps its full name.
        if (last != span.FirstToken + 1 || tokens[last].Kind != TokenKind.Word || !char.IsLower(analyzed.Text[tokens[last].Start])
            || !char.IsUpper(analyzed.Text[tokens[span.FirstToken].Start]))
        {
            return false;
        }

        var kinds = analyzed.Lexicons[last];
        var word = tokens[last].In(analyzed.Text);
        if ((kinds & Lexicons.LexiconKind.Surname) != 0 || Lexicons.GivenNames.IsGivenName(kinds, word) || NameParticles.IsParticle(word))
        {
            return false;
        }

        cased ??= IsCased(analyzed);
        return cased.Value;
    }

    private static bool HasNameBeside(AnalyzedText analyzed, TaggedSpan span)
    {
        for (var t = span.FirstToken + 1; t <= span.LastToken; t++)
        {
            var kinds = analyzed.Lexicons[t];
            if (analyzed.Tokens[t].Kind == TokenKind.Word
                && ((kinds & Lexicons.LexiconKind.Surname) != 0 || Lexicons.GivenNames.IsGivenName(kinds, analyzed.Tokens[t].In(analyzed.Text))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Most sentences open with a capital letter (what follows a colon counts as a sentence too).</summary>
    private static bool IsCased(AnalyzedText analyzed)
    {
        var (upper, lower) = (0, 0);
        for (var t = 0; t < analyzed.Tokens.Count; t++)
        {
            if (analyzed.SentenceStarts[t] && analyzed.Tokens[t].Kind == TokenKind.Word)
            {
                _ = char.IsUpper(analyzed.Text[analyzed.Tokens[t].Start]) ? upper++ : lower++;
            }
        }

        return upper > lower;
    }

    /// <summary>"B12", "4C": a letter and digits of four characters at most, as gates and rooms are numbered.</summary>
    private static bool IsShortCode(ReadOnlySpan<char> word) => word.Length <= 4 && word.IndexOfAnyInRange('0', '9') >= 0;

    private static readonly string[] TreatmentHeads =
    [
        "assessment", "assessments", "test", "tests", "lesson", "lessons", "programme", "program", "plan", "session", "sessions",
        "visit", "visits", "check", "checks", "checkup", "scan", "scans", "procedure", "operation", "surgery", "treatment",
        "treatments", "appointment", "appointments", "exercises", "training", "classes", "class", "group", "injection", "injections",
    ];

    private static bool IsTreatmentHead(AnalyzedText analyzed, int t) =>
        analyzed.Tokens[t].Kind == TokenKind.Word && WordLists.Contains(TreatmentHeads, analyzed.Tokens[t].In(analyzed.Text));

    private static bool IsWord(AnalyzedText analyzed, int t) => analyzed.Tokens[t].Kind == TokenKind.Word;

    private static bool IsKinWord(AnalyzedText analyzed, int t) => (analyzed.Lexicons[t] & Lexicons.LexiconKind.KinWord) != 0;

    /// <summary>Some token of the span passes the test.</summary>
    private static bool AnyToken(AnalyzedText analyzed, TaggedSpan span, Func<AnalyzedText, int, bool> test)
    {
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (test(analyzed, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "aula" of "Pablo's class is in aula 12": one word that is a numbered thing, right before its number, and no health
    /// word (a word of another language the tagger took for a condition).
    /// </summary>
    private static bool IsNumberedNounAlone(AnalyzedText analyzed, TaggedSpan span)
    {
        var t = span.FirstToken;
        return t == span.LastToken && t + 1 < analyzed.Tokens.Count && analyzed.Tokens[t + 1].Kind == TokenKind.Number
            && WordLists.Contains(NumberedNouns, analyzed.Tokens[t].In(analyzed.Text)) && !HasHealthWord(analyzed, t, t);
    }

    // Prepositions fused with an article in Portuguese, Spanish, German and French, written in lower case: "vou ao
    // Dentista", "aos Sábados", "im Betriebsablauf". (Not "da", "do", "dos", "das", "de", "del" or "du", which join surnames.)
    // Portuguese, Spanish, German and French prepositions and articles written in lower case: "vou ao Dentista", "aos
    // Sábados", "o aniversário da Vovó Cida", "im Kindergarten Sonnenschein". (Not "da", "do", "dos", "das", "de", "del" or
    // "du", which join surnames: "Maria da Silva".)
    private static readonly string[] LowerContractions =
    [
        "ao", "aos", "à", "às", "no", "na", "nos", "nas", "im", "am", "zum", "zur", "beim", "vom", "au", "aux", "o", "os", "as", "em", "ser", "é", "e",
        "para", "com", "y", "en", "con", "por",
        // German prepositions of a heading in two languages: "Übernachten bei Leyla".
        "bei", "mit",
    ];

    // Words that end a verb's phrase after its object: "Mum puts the tablet away", "give the tablet back".
    private static readonly string[] Particles = ["away", "back", "out", "off", "down", "up", "again", "too", "myself", "yourself", "himself", "herself", "themselves"];

    /// <summary>
    /// "tablet away" of "Mum puts the tablet away in the drawer": a medicine or a device, things, ends before a verb's
    /// particle (a symptom keeps its own: "throw up").
    /// </summary>
    private static TaggedSpan TrimParticleAfter(AnalyzedText analyzed, TaggedSpan span) =>
        span.Type is EntityType.Medication or EntityType.Device && span.LastToken > span.FirstToken
        && WordLists.Contains(Particles, analyzed.Tokens[span.LastToken].In(analyzed.Text))
            ? span with { LastToken = span.LastToken - 1 }
            : span;

    /// <summary>
    /// "Story About Jiahui" of a heading "A Story About Jiahui and the Flu Vaccine": the heading's ordinary and small words
    /// before a name are no part of it (a word a name list holds stops the trim: "Rose Smith").
    /// </summary>
    private static TaggedSpan TrimHeadingWordsBefore(AnalyzedText analyzed, TaggedSpan span)
    {
        const Lexicons.LexiconKind NamePart = Lexicons.LexiconKind.FirstName | Lexicons.LexiconKind.Surname | Lexicons.LexiconKind.KinWord | Lexicons.LexiconKind.Title
            | Lexicons.LexiconKind.WellKnownName;
        var first = span.FirstToken;
        while (first < span.LastToken && analyzed.Tokens[first].Kind == TokenKind.Word && (analyzed.Lexicons[first] & NamePart) == 0
            && (analyzed.Lexicons[first] & (Lexicons.LexiconKind.CommonWord | Lexicons.LexiconKind.FunctionWord)) != 0 && !NameRules.IsGivenName(analyzed, first))
        {
            first++;
        }

        // "Rosa Babysits" of "Staying Safe When Aunt Rosa Babysits" over "Aunt Rosa is babysitting me": a last word the
        // story writes in lower case (its stem: "babysit") is the heading's verb.
        var last = span.LastToken;
        while (last > first && analyzed.Tokens[last].Kind == TokenKind.Word && (analyzed.Lexicons[last] & NamePart) == 0 && !NameRules.IsGivenName(analyzed, last)
            && IsStemWrittenInLowerCase(analyzed, last))
        {
            last--;
        }

        return span with { FirstToken = first, LastToken = last };
    }

    /// <summary>
    /// "# Eid al-Fitr with My Foster Family" over "my foster carer": one ordinary word of a heading (in title case, small
    /// words such as "with" in lower case) that the story writes in lower case is that word, though a surname is spelt
    /// the same.
    /// </summary>
    private static bool IsHeadingWordEchoed(AnalyzedText analyzed, TaggedSpan span) =>
        span.FirstToken == span.LastToken && (analyzed.Lexicons[span.FirstToken] & Lexicons.LexiconKind.CommonWord) != 0
        && IsInHeading(analyzed, span.FirstToken, smallWordsInLowerCase: true) && !NameRules.IsGivenName(analyzed, span.FirstToken)
        && IsStemWrittenInLowerCase(analyzed, span.FirstToken);

    /// <summary>
    /// The word at t, in lower case and without an "-s", "-es", "-ed" or "-ing" ending (five letters or more left), opens a
    /// lower-case word elsewhere in its story ("Babysits" over "babysitting").
    /// </summary>
    internal static bool IsStemWrittenInLowerCase(AnalyzedText analyzed, int t)
    {
        var word = analyzed.Tokens[t].In(analyzed.Text);
        if (word.Length > MaxEchoedNameLength || !char.IsUpper(word[0]))
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        var stem = lower.EndsWith("ing") ? lower[..^3] : lower.EndsWith("ed") || lower.EndsWith("es") ? lower[..^2] : lower.EndsWith("s") ? lower[..^1] : lower;
        // Five letters or more: "Babysits" over "babysitting", not "Parkes" over "the park"; four when the word lost an
        // ending and is an ordinary English word no surname list holds ("Stays" over "coming to stay"; not "Grey").
        if (stem.Length < 4 || (stem.Length == 4 && (stem.Length == word.Length
            || (analyzed.Lexicons[t] & (Lexicons.LexiconKind.CommonWord | Lexicons.LexiconKind.Surname | Lexicons.LexiconKind.FirstName)) != Lexicons.LexiconKind.CommonWord)))
        {
            return false;
        }

        return IsWrittenElsewhere(analyzed.Text, stem, analyzed.Tokens[t].Start, analyzed.Tokens[t].End, whole: false);
    }

    /// <summary>
    /// A name or an organisation span that opens on a lower-case preposition or article ("na casa da Bianca Moreira", "aos
    /// Sábados", "im Kindergarten Sonnenschein") starts at its first capitalised word after the lower-case ones, and is
    /// no span at all when none follows (nor an organisation of one word: "ao Dentista"); any other span stays as it is.
    /// </summary>
    private static TaggedSpan? TrimSmallWordsBefore(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        if (span.Type == EntityType.PersonName && IsInHeading(analyzed, span.FirstToken))
        {
            span = TrimHeadingWordsBefore(analyzed, span);
        }

        if (span.Type is not (EntityType.PersonName or EntityType.Organization) || !char.IsLower(analyzed.Text[tokens[span.FirstToken].Start]))
        {
            return span;
        }

        // "da Vovó": a particle before a family word alone names no one.
        if (span.LastToken == span.FirstToken + 1 && tokens[span.FirstToken].In(analyzed.Text) is "da" or "do" or "de" or "del" or "dos" or "das"
            && (analyzed.Lexicons[span.LastToken] & (Lexicons.LexiconKind.KinWord | Lexicons.LexiconKind.Surname)) == Lexicons.LexiconKind.KinWord)
        {
            return null;
        }

        // "I call my foster carer Khala Fatima": an ordinary English word in lower case opens no name (a particle such as
        // "van" or "de" may, and a family word is read by OpensOnLowerFamilyWord).
        var plainWord = span.Type == EntityType.PersonName
            && (analyzed.Lexicons[span.FirstToken] & (Lexicons.LexiconKind.CommonWord | Lexicons.LexiconKind.KinWord | Lexicons.LexiconKind.FirstName | Lexicons.LexiconKind.Surname))
                == Lexicons.LexiconKind.CommonWord
            && !NameParticles.IsParticle(analyzed, span.FirstToken) && !NameRules.IsGivenName(analyzed, span.FirstToken);
        if (!plainWord && !WordLists.Contains(LowerContractions, tokens[span.FirstToken].In(analyzed.Text)))
        {
            return span;
        }

        for (var t = span.FirstToken + 1; t <= span.LastToken; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && char.IsUpper(analyzed.Text[tokens[t].Start]))
            {
                // "ao Dentista", "im Betriebsablauf": one word after the small ones names a place or a thing, no organisation.
                return span.Type == EntityType.Organization && t == span.LastToken ? null : span with { FirstToken = t };
            }
        }

        // A plain word before no capital at all (a story written in lower case) leaves the span to the other rules.
        return plainWord ? span : null;
    }

    /// <summary>
    /// "primo Enzo": a family word in lower case before one first name is a bare first name ("irmã Ana Rosa" has two
    /// name words, one of them maybe a surname).
    /// </summary>
    private static bool OpensOnLowerFamilyWord(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        if (!char.IsLower(analyzed.Text[tokens[first].Start]) || (analyzed.Lexicons[first] & Lexicons.LexiconKind.KinWord) == 0)
        {
            return false;
        }

        var names = 0;
        for (var t = first + 1; t <= span.LastToken; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || WordLists.Contains(LowerContractions, tokens[t].In(analyzed.Text)))
            {
                continue;
            }

            if (!NameRules.IsGivenName(analyzed, t) || ++names > 1)
            {
                return false;
            }
        }

        return names == 1;
    }

    /// <summary>
    /// "a Chinese medicine clinic", "the Korean school": a people's word and lower-case words only is a kind of practice
    /// or place, no organisation's name.
    /// </summary>
    private static bool IsPeoplesKindOf(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        if (span.FirstToken == span.LastToken || !Peoples.IsNationality(tokens[span.FirstToken].In(analyzed.Text)))
        {
            return false;
        }

        for (var t = span.FirstToken + 1; t <= span.LastToken; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !char.IsLower(analyzed.Text[tokens[t].Start]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "On Sallah Day", "for Mafé Day", "on Visakha Bucha Day": one or two words and "Day" after "on", "for" or "Happy"
    /// name a day of a feast or a dish, when no word is a given name or a surname ("Emma Day" and "Shona Day is my
    /// teacher" are people).
    /// </summary>
    private static bool IsFeastDay(AnalyzedText analyzed, TaggedSpan span)
    {
        if (span.LastToken - span.FirstToken is not (1 or 2) || analyzed.Tokens[span.LastToken].In(analyzed.Text) is not "Day" || span.FirstToken < 1
            || analyzed.Tokens[span.FirstToken - 1].In(analyzed.Text) is not ("on" or "On" or "for" or "For" or "Happy" or "happy" or "of" or "is" or "until" or "after" or "before"))
        {
            return false;
        }

        for (var t = span.FirstToken; t < span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind != TokenKind.Word || NameRules.IsGivenName(analyzed, t) || (analyzed.Lexicons[t] & Lexicons.LexiconKind.Surname) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Zaatar, Karim" of "Around Zaatar, Karim practises being slow": a surname-first name that opens on the name of the
    /// story's pet and a comma is the pet and the child it is with. The pet's name alone is the pet's ("I am bringing my
    /// elephant, Ndlovu", which the name models read as a surname).
    /// </summary>
    private static bool IsOpenedByPetAndComma(AnalyzedText analyzed, TaggedSpan span, Pets? pets) =>
        pets is not null && ((span.FirstToken + 1 < span.LastToken && analyzed.Tokens[span.FirstToken + 1].In(analyzed.Text) is ","
            && pets.IsPetName(analyzed.Tokens[span.FirstToken].In(analyzed.Text)))
            || (span.FirstToken == span.LastToken && pets.IsPetName(analyzed.Tokens[span.FirstToken].In(analyzed.Text))));

    /// <summary>"the U10 team": a group that opens on a code of letters and digits is an age group, no organisation's name.</summary>
    private static bool OpensOnCode(AnalyzedText analyzed, TaggedSpan span)
    {
        var first = analyzed.Tokens[span.FirstToken];
        return first.Kind == TokenKind.Word && analyzed.Text.AsSpan(first.Start, first.Length).IndexOfAnyInRange('0', '9') >= 0;
    }

    /// <summary>
    /// "U10 Rec", "Dexcom G7": a word of letters and digits (a code, an age group, a model) opening the span, or after only
    /// ordinary or health words, with no given name or surname of a list beside it, is no person's name ("Mia Smith Y6"
    /// and "Whetu Rangihuna Y6" keep their names).
    /// </summary>
    private static bool HasCodeWord(AnalyzedText analyzed, TaggedSpan span)
    {
        var code = false;
        var unknown = false;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            var token = analyzed.Tokens[t];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            if (NameRules.IsGivenName(analyzed, t) || (analyzed.Lexicons[t] & Lexicons.LexiconKind.Surname) != 0)
            {
                return false;
            }

            var isCode = analyzed.Text.AsSpan(token.Start, token.End - token.Start).IndexOfAnyInRange('0', '9') >= 0;
            code |= isCode;
            // "Whetu Rangihuna Y6": a name no list knows before a class code is still a name; "U10 Rec" opens on its code.
            unknown |= !isCode && t < span.LastToken && (analyzed.Lexicons[t] & (Lexicons.LexiconKind.CommonWord | Lexicons.LexiconSet.HealthKinds)) == 0;
        }

        // A number opening the span opens it on digits as a code does.
        return code && (OpensOnCode(analyzed, span) || analyzed.Tokens[span.FirstToken].Kind == TokenKind.Number || !unknown);
    }

    private static bool IsNumberedThing(AnalyzedText analyzed, TaggedSpan span)
    {
        var noun = false;
        var number = false;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            var token = analyzed.Tokens[t];
            // "Grade R", "Class B": one capital letter numbers a class as a digit does.
            if ((token.Kind == TokenKind.Number || IsShortCode(analyzed.Text.AsSpan(token.Start, token.End - token.Start))
                    || (token.End - token.Start == 1 && char.IsUpper(analyzed.Text[token.Start]))) && noun && !number)
            {
                number = true;
            }
            else if (token.Kind == TokenKind.Word && !noun && WordLists.Contains(NumberedNouns, token.In(analyzed.Text)))
            {
                noun = true;
            }
            else if (number && token.Kind == TokenKind.Word && token.End - token.Start <= 2 && token.Start == analyzed.Tokens[t - 1].End
                && analyzed.Tokens[t - 1].Kind == TokenKind.Number)
            {
                // "B" of "Class 2B": letters that close the number.
            }
            else if (token.Kind == TokenKind.Word && (analyzed.Lexicons[t] & Lexicons.LexiconKind.FunctionWord) == 0)
            {
                return false;
            }
        }

        return noun && number;
    }

    // "not get lost": a negated pair of plain words says what does not happen ("t" is the end of "don't").
    private static readonly string[] Negations = ["not", "never", "cannot", "t"];

    // "I … do not walk in front of them", "we don't run" ("don" + "t"): a rule of where to go, where "cannot walk" is what
    // a body cannot do. Only "do" after "I", "we", "you", "and" or "please": "My legs do not move", "does not walk yet"
    // and "Bea does not eat food with peanuts" stay.
    private static readonly string[] DoWords = ["do", "don"];

    private static readonly string[] RuleSubjects = ["i", "we", "you", "and", "please", "they"];

    private static readonly string[] MotionVerbs = ["walk", "stand", "move", "run"];

    // A rule of quiet for a group: "We do not talk, so we can hear the teacher", "Please do not talk in the library"
    // ("I do not talk" and "You do not talk with words" may be a child who speaks no words).
    private static readonly string[] GroupSubjects = ["we", "please", "everyone", "everybody"];

    private static readonly string[] QuietVerbs = ["talk", "speak", "shout", "chat"];

    private static readonly string[] FeelVerbs = ["feel", "feels", "feeling", "felt"];

    private static readonly string[] AbilityVerbs = ["walk", "hear", "see", "talk", "speak", "breathe", "eat", "swallow", "stand", "move", "read"];

    // "a deep breath", "three slow breaths": how every social story teaches calming down, not a symptom.
    private static readonly string[] CalmingBreaths = ["breath", "breaths"];

    // "my heart beats", "my tummy feels fluttery", "cheeks get hot": how a social story names a feeling in the body.
    private static readonly string[] EverydayFeelings =
        ["beats", "beat", "beating", "fluttery", "funny", "wobbly", "tingly", "hot", "warm", "cold", "tired", "full", "hungry", "thirsty", "butterflies", "sweaty", "itchy", "sleepy",
         "nervous", "jittery", "excited"];

    // "mouth open", "hands still": a body part and how it is held is an instruction, not a condition.
    private static readonly string[] PostureWords =
        ["open", "opened", "wide", "shut", "closed", "still", "up", "down", "back", "relaxed", "tense", "quiet", "gently", "flat", "straight"];

    // "loud noises", "new smells and different sounds": what a sensory story is about, said of everyone's senses.
    private static readonly string[] SensoryNouns =
        ["noise", "noises", "sound", "sounds", "light", "lights", "smell", "smells", "crowd", "crowds", "textures", "voices"];

    private static readonly string[] Carers = ["mom", "mum", "mommy", "mummy", "mama", "dad", "daddy", "papa", "grandma", "grandpa", "nana", "granny", "teacher", "grown-up"];

    private static readonly string[] SenseGerunds = ["hearing", "seeing", "smelling", "tasting", "touching"];

    private static readonly string[] SensoryAdjectives = ["loud", "bright", "noisy", "strong", "new", "different", "sudden"];

    private static readonly string[] Conjunctions = ["so", "and", "or", "but", "because", "then", "when", "while", "that", "until"];

    private static int LastWord(AnalyzedText analyzed, TaggedSpan span, bool skipConjunctions = false)
    {
        for (var t = span.LastToken; t >= span.FirstToken; t--)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word
                && (!skipConjunctions || t == span.FirstToken || !WordLists.Contains(Conjunctions, analyzed.Tokens[t].In(analyzed.Text))))
            {
                return t;
            }
        }

        return -1;
    }

    private static int FirstWord(AnalyzedText analyzed, TaggedSpan span)
    {
        for (var t = span.FirstToken; t < span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word)
            {
                return t;
            }
        }

        return span.LastToken;
    }

    /// <summary>
    /// "a maths game on the tablet", "videos on my tablet", "turn off my tablet", "my tablet rules", "play with my tablet",
    /// "Mom sets up the tablet", "the class tablets": a tablet something is on, that is turned off, set up or played
    /// with, that a group shares, or that has rules, a screen or games is a screen, and so is every tablet of a story
    /// whose tablets are screens; the one a child takes ("my tablet every morning", "the tablet that helps his brain slow
    /// down") is a medicine.
    /// </summary>
    internal static bool IsScreenTablet(AnalyzedText analyzed, TaggedSpan span) =>
        (IsTabletAlone(analyzed, span) && (IsScreenByOwnWords(analyzed, span) || IsStoryScreenTablet(analyzed, span))) || IsTabletOfScreenStory(analyzed, span);

    private static readonly object MedicineFreeScreenStoryKey = new();

    // What such a story's screens are called: "my tablet", "the iPad". (Not an app: "My sensor sends my numbers to the app"
    // is a device's, with no word of the lists beside it.)
    private static readonly string[] StoryScreens = ["tablet", "tablets", "ipad", "ipads"];

    // Words of a medicine anywhere in a story: with none of them, a story that speaks of screens in three words has no
    // tablet to swallow ("take" is left out: "take turns on the tablet").
    private static readonly string[] MedicineStoryWords =
    [
        "medicine", "medicines", "medication", "medications", "pill", "pills", "dose", "doses", "swallow", "swallows", "swallowed", "chewable",
        "pharmacy", "pharmacist", "chemist", "prescription", "mg", "vitamin", "vitamins", "syrup", "capsule", "capsules",
    ];

    /// <summary>
    /// "# My Tablet Needs to Charge", "Haruto dropped his tablet. Now there is a crack across the screen": a story that speaks
    /// of screens in three different words (see <see cref="HasManyScreenWords"/>) and names no medicine, no dose and no
    /// pharmacy anywhere, no condition or medicine of the lists, nor a tablet that talks for a child, has screens for
    /// tablets and iPads, whatever words the tagger took with
    /// one ("tablet needs", "tablet rules"), when no other word of the span is on a health list and no word of taking it, of
    /// a doctor or of care is beside it.
    /// </summary>
    private static bool IsTabletOfScreenStory(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var tablet = -1;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (WordLists.Contains(StoryScreens, tokens[t].In(text)))
            {
                tablet = t;
            }
            else if ((analyzed.Lexicons[t] & (Lexicons.LexiconSet.HealthKinds | Lexicons.LexiconKind.BodyWord)) != 0)
            {
                return false;
            }
        }

        // "Did you take the little white tablet with your breakfast?" in a story of a family chat: a word of taking it, of a
        // doctor or of care beside it keeps the medicine; an iPad that talks for a child ("I talk with my iPad") keeps the
        // device.
        if (tablet < 0 || (!tokens[tablet].In(text).StartsWith("tablet", StringComparison.OrdinalIgnoreCase) && HasNoScreenCueNearby(analyzed, span)))
        {
            return false;
        }

        // In such a story a time of day beside a tablet is the screen's ("the tablet going to sleep at bedtime"); a word of
        // taking it, a drink or a meal keeps a medicine, as a dose, a word of giving or of care does below.
        return analyzed.Memo(MedicineFreeScreenStoryKey, static a => new MedicineFreeScreenStory(a)).Holds
            && !HasNoScreenCueNearby(analyzed, span, TakingCues) && !IsDoseOfTablet(analyzed, span, tablet) && !analyzed.HasWordNear(span.FirstToken, span.LastToken, ScreenCueWindow, GivenTabletCues)
            && !analyzed.HasWordNear(span.FirstToken, span.LastToken, ScreenCueWindow, CareOfTabletCues)
            && !(span.LastToken + 1 < tokens.Count && tokens[span.LastToken + 1].In(text) is "helps" or "help");
    }

    // A dose's count before a tablet ("my second tablet", "half a tablet") and a meal's or the day's time soon after it ("my
    // tablet at lunchtime").
    private static readonly string[] DoseCounts = ["second", "third", "half", "another", "one", "two", "daily", "evening", "morning", "night", "bedtime"];

    private static readonly string[] DoseTimes =
        ["lunchtime", "lunch", "dinner", "dinnertime", "teatime", "supper", "night", "evening", "meals", "mealtimes", "office", "nurse", "helps", "help", "focus", "calm"];

    private const int DoseTimeReach = 4;

    /// <summary>
    /// "I will have my second tablet at lunchtime", "At lunch I go to the office for my tablet. It helps me focus": a count
    /// before the tablet, or a meal's time, the office, the nurse or what it helps with near it in its sentence or the next.
    /// </summary>
    private static bool IsDoseOfTablet(AnalyzedText analyzed, TaggedSpan span, int tablet)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var before = tablet - 1;
        if (before >= 0 && WordLists.Contains(DoseCounts, tokens[before].In(text)))
        {
            return true;
        }

        var (first, last) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, ScreenCueWindow);
        var next = analyzed.SentenceStartAfter(tablet, TabletSentenceReach);
        if (next >= 0)
        {
            last = Math.Max(last, Math.Min(tokens.Count - 1, next + DoseTimeReach));
        }

        return WordLists.AnyIn(text, tokens, first, last, DoseTimes);
    }

    /// <summary>Whether a text speaks of screens in three words, of no medicine, and of no talker (read once per text).</summary>
    private sealed class MedicineFreeScreenStory(AnalyzedText analyzed)
    {
        public bool Holds { get; } = HasManyScreenWords(analyzed)
            && !WordLists.AnyIn(analyzed.Text, analyzed.Tokens, 0, analyzed.Tokens.Count - 1, MedicineStoryWords)
            && !WordLists.AnyIn(analyzed.Text, analyzed.Tokens, 0, analyzed.Tokens.Count - 1, TalkerWords) && !HasConditionOrOtherMedicine(analyzed);

        // A condition, a medicine, a device or a therapy of the lists other than the screens themselves anywhere: "Leo has
        // ADHD" makes any tablet a dose, "my sensor sends my numbers to the app" a device's app.
        private static bool HasConditionOrOtherMedicine(AnalyzedText analyzed)
        {
            const Lexicons.LexiconKind Care = Lexicons.LexiconKind.Diagnosis | Lexicons.LexiconKind.Medication | Lexicons.LexiconKind.Device | Lexicons.LexiconKind.Treatment;
            for (var t = 0; t < analyzed.Tokens.Count; t++)
            {
                if ((analyzed.Lexicons[t] & Care) != 0 && !WordLists.Contains(StoryScreens, analyzed.Tokens[t].In(analyzed.Text)))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// "tablet", "tablets", "Tablet", with at most "my", "the" or another small word before it, or a group's word that
    /// shares it ("the class tablet", "family tablet").
    /// </summary>
    private static bool IsTabletAlone(AnalyzedText analyzed, TaggedSpan span) =>
        (span.FirstToken == span.LastToken
            || (span.LastToken == span.FirstToken + 1 && (IsSmallWord(analyzed, span.FirstToken) || IsSharedTabletOwner(analyzed, span.FirstToken)))
            || (span.LastToken == span.FirstToken + 2 && IsSmallWord(analyzed, span.FirstToken) && IsSharedTabletOwner(analyzed, span.FirstToken + 1)))
        && analyzed.Tokens[span.LastToken].In(analyzed.Text) is "tablet" or "tablets" or "Tablet" or "Tablets";

    private static bool IsSmallWord(AnalyzedText analyzed, int t) =>
        (analyzed.Lexicons[t] & (Lexicons.LexiconKind.FunctionWord | Lexicons.LexiconKind.Possessive)) != 0;

    private static bool IsSharedTabletOwner(AnalyzedText analyzed, int t) => WordLists.Contains(SharedTabletOwners, analyzed.Tokens[t].In(analyzed.Text));

    /// <summary>
    /// "the class tablets", "our family tablet", "a library tablet": a tablet a group shares, after "the", "our", "a" or
    /// "their" (not "my school tablet", which a child may swallow), with no word of taking it, giving it or of care beside
    /// it ("The nurse keeps the class tablets" is a medicine's).
    /// </summary>
    private static bool IsSharedTablet(AnalyzedText analyzed, TaggedSpan span)
    {
        var owner = span.LastToken - 1;
        return owner >= 1 && IsSharedTabletOwner(analyzed, owner) && analyzed.Tokens[owner - 1].In(analyzed.Text) is "the" or "The" or "our" or "Our" or "a" or "their"
            && !HasNoScreenCueNearby(analyzed, span) && !analyzed.HasWordNear(span.FirstToken, span.LastToken, ScreenCueWindow, GivenTabletCues)
            && !analyzed.HasWordNear(span.FirstToken, span.LastToken, ScreenCueWindow, CareOfTabletCues);
    }

    /// <summary>
    /// A tablet (see <see cref="IsTabletAlone"/>) that its own words make a screen (see <see cref="IsScreenTablet"/>),
    /// whatever the rest of the story says.
    /// </summary>
    private static bool IsScreenByOwnWords(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;

        var before = span.FirstToken - 1;
        if (before >= 3 && span.FirstToken == span.LastToken && tokens[before].In(text) is "s" && tokens[before - 1].In(text) is "'" or "’")
        {
            // "on Mam's tablet", "use Dad's tablet": an owner's name and "'s" stand where "my" would.
            before -= 3;
        }
        else if (before >= 0 && span.FirstToken == span.LastToken && IsSmallWord(analyzed, before)
            && tokens[before].In(text) is not ("on" or "On"))
        {
            before--;
        }

        // "on the tablet", "turn off my tablet", "I turn the tablet off", "# Turning Off My Tablet", "My tablet changes by
        // itself"; "use the tablet by the door", "The tablet shows
        // pictures": a medicine is taken, not used, and shows nothing; "the class tablet" is shared as no medicine is.
        // "I can go to the quiet bedroom with my tablet", "sit on the sofa with my tablet": a medicine is taken, not had
        // with one somewhere; "with" and a word of taking it ("my tablet with water") stays a medicine's.
        return (before >= 0 && tokens[before].In(text) is "on" or "On")
            || (before >= 0 && before < span.FirstToken && tokens[before].In(text) is "with" && !HasNoScreenCueNearby(analyzed, span)
                && !analyzed.HasWordNear(span.FirstToken, span.LastToken, ScreenCueWindow, GivenTabletCues))
            || IsSharedTablet(analyzed, span)
            || (before >= 0 && before < span.FirstToken && WordLists.Contains(ScreenUseVerbs, tokens[before].In(text)))
            || (span.LastToken + 1 < tokens.Count && WordLists.Contains(ScreenDoes, tokens[span.LastToken + 1].In(text)))
            || (span.LastToken + 3 < tokens.Count && tokens[span.LastToken + 1].In(text) is "changes" or "changed" && tokens[span.LastToken + 2].In(text) is "by"
                && tokens[span.LastToken + 3].In(text) is "itself")
            || (before >= 1 && tokens[before].In(text) is "off" or "Off" && WordLists.Contains(TurnVerbs, tokens[before - 1].In(text)))
            || (before >= 0 && before < span.FirstToken && WordLists.Contains(TurnVerbs, tokens[before].In(text)) && span.LastToken + 1 < tokens.Count
                && tokens[span.LastToken + 1].In(text) is "off" or "on")
            || (before >= 1 && tokens[before].In(text) is "with" && tokens[before - 1].In(text) is "play" or "plays" or "playing" or "played")
            || (before >= 1 && tokens[before].In(text) is "up" && tokens[before - 1].In(text) is "set" or "sets" or "setting" or "Set" or "Sets")
            || IsTabletBeingSetUp(analyzed, span.FirstToken)
            || HasScreenCueNearby(analyzed, span) || HasPowerCueNearby(analyzed, span) || IsInListOfThings(analyzed, span)
            || (span.LastToken + 1 < tokens.Count && WordLists.Contains(ScreenTabletNouns, tokens[span.LastToken + 1].In(text)))
            || (span.LastToken + 1 < tokens.Count && tokens[span.LastToken + 1].In(text) is "time" && HasGamesTablet(analyzed, tokens[span.FirstToken].Start)
                && !HasNoScreenCueNearby(analyzed, span))
            || (before >= 1 && tokens[before].In(text) is "in" && WordLists.Contains(SavedVerbs, tokens[before - 1].In(text)))
            || IsPackedAfterThing(analyzed, span) || (IsUsedForMinutes(analyzed, span.LastToken) && !IsTakenTablet(analyzed, span))
            || (span.FirstToken > 0 && tokens[span.FirstToken - 1].In(text) is "the" && analyzed.HasPhraseWithin(ScreenTablets, tokens[span.FirstToken].Start, GamesTabletReach)
                && !HasNoScreenCueNearby(analyzed, span) && !analyzed.HasWordNear(span.FirstToken, span.LastToken, ScreenCueWindow, TabletCareCues));
    }

    private static readonly string[] UseDurations = ["minute", "minutes", "mins", "hour", "hours"];

    // How many words may stand between "set up" and the tablet: "setting up Noor's new tablet".
    private const int SetUpReach = 5;

    /// <summary>
    /// "setting up her new tablet", "set up Noor's new tablet": "set up" a few words before the tablet, with only small
    /// words, an owner's name and "'s", or "new" between; a medicine is never set up.
    /// </summary>
    private static bool IsTabletBeingSetUp(AnalyzedText analyzed, int tablet)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var t = tablet - 1; t >= 1 && tablet - t <= SetUpReach; t--)
        {
            var word = tokens[t].In(text);
            if (word is "up")
            {
                return tokens[t - 1].In(text).Equals("set", StringComparison.OrdinalIgnoreCase) || tokens[t - 1].In(text).Equals("sets", StringComparison.OrdinalIgnoreCase)
                    || tokens[t - 1].In(text).Equals("setting", StringComparison.OrdinalIgnoreCase);
            }

            if (!(IsSmallWord(analyzed, t) || word is "new" or "'" or "’" or "s" || (analyzed.IsCapitalisedWord(t, minLength: 2) && t + 1 < tablet && tokens[t + 1].In(text) is "'" or "’")))
            {
                return false;
            }
        }

        return false;
    }

    // Whose a shared tablet is, right before it: "the class tablets", "our family tablet", "the library tablet".
    private static readonly string[] SharedTabletOwners = ["class", "classroom", "family", "library", "shared", "games", "gaming"];

    /// <summary>
    /// "go to the back room with my tablet for 10 minutes": a tablet had for some minutes or hours is in use; a medicine
    /// is taken at a time, or for days.
    /// </summary>
    private static bool IsUsedForMinutes(AnalyzedText analyzed, int tablet)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (tablet + 2 >= tokens.Count || tokens[tablet + 1].In(text) is not "for")
        {
            return false;
        }

        return WordLists.AnyIn(text, tokens, tablet + 2, Math.Min(tokens.Count - 1, tablet + 4), UseDurations);
    }

    // "Dad's number is saved in your tablet": what is kept in a tablet is kept in a screen.
    private static readonly string[] SavedVerbs = ["saved", "stored", "save", "store", "saves", "stores"];

    private static readonly string[] ScreenUseVerbs = ["use", "uses", "using", "used", "share", "shares", "sharing", "borrow", "borrows", "charge", "charges", "charging", "unlock", "unlocks", "tap", "taps", "swipe"];

    private static readonly string[] ScreenDoes =
        ["shows", "showed", "plays", "played", "displays", "beeps", "lights", "pings", "rings", "asks", "asked", "restarts", "updates", "freezes"];

    // What the story calls its tablet where it says it is a games machine: "your games tablet", "a gaming tablet".
    private static readonly string[] GamesTablets = ["games tablet", "gaming tablet", "game tablet"];

    // A story that puts something on the tablet or calls it a games tablet means a screen by "the tablet" elsewhere too:
    // "Waiting for My Turn on the Tablet … My little brother also likes the tablet". (Declared after GamesTablets:
    // static fields start in order.)
    private static readonly string[] ScreenTablets = [.. GamesTablets, "on the tablet", "on my tablet", "on your tablet", "on our tablet"];

    /// <summary>
    /// The story calls a tablet a games tablet within a few paragraphs ("You like playing games on your games tablet"): its
    /// "tablet time" is that one's ("After tablet time, you and Amma …"), unless a word of taking medicine is near. Other bare
    /// tablets stay what their own sentence makes them ("Mum gives you your tablet with your dinner").
    /// </summary>
    private static bool HasGamesTablet(AnalyzedText analyzed, int at) => analyzed.HasPhraseWithin(GamesTablets, at, GamesTabletReach);

    private const int GamesTabletReach = 1500;

    private static bool HasNoScreenCueNearby(AnalyzedText analyzed, TaggedSpan span, string[]? only = null)
    {
        var (first, last) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, ScreenCueWindow);
        for (var t = first; t <= last; t++)
        {
            if (IsNoScreenCue(analyzed, t, span.LastToken) && (only is null || WordLists.Contains(only, analyzed.Tokens[t].In(analyzed.Text))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word of taking a medicine or of talking (<see cref="NoScreenCues"/>), but not a turn or a break that is taken: "we
    /// take turns on the tablet", "I can take a break from the tablet".
    /// </summary>
    private static bool IsNoScreenCue(AnalyzedText analyzed, int t, int tablet)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var word = tokens[t].In(text);
        if (!WordLists.Contains(NoScreenCues, word))
        {
            return false;
        }

        // "When our teacher says "Tablets down," I put my tablet flat", "Mummy says I can bring my tablet": someone's
        // words about the tablet; a tablet that talks says its words after it ("my tablet says "I want juice"").
        if (word is "say" or "says" or "Say" or "Says" && t < tablet)
        {
            return false;
        }

        // "Screens at bedtime can make it hard to fall asleep, so the tablet charges in the kitchen": a time or a drink
        // is a medicine's only close by ("my tablet at breakfast", "my tablet with water").
        if (WordLists.Contains(TimesAndDrinks, word)
            && (Math.Abs(t - tablet) > TimeAndDrinkReach || (t + 1 < tokens.Count && tokens[t + 1].In(text) is "bottle" or "bottles")))
        {
            // Nor a water bottle packed with it.
            return false;
        }

        if (word is not ("take" or "takes" or "took" or "taking" or "Take" or "Takes"))
        {
            return true;
        }

        // "I take my tablet to Grandma's house", "take the tablet out of my bag": a tablet carried somewhere.
        if (tablet > t && tablet - t <= TakenReach && IsCarriedAfter(analyzed, tablet))
        {
            return false;
        }

        // "take turns", "take a break from the tablet", "take three slow breaths": what is taken comes within a few
        // words, before the tablet.
        var last = Math.Min(tokens.Count - 1, t + TakenReach);
        if (tablet > t)
        {
            last = Math.Min(last, tablet - 1);
        }

        return !WordLists.AnyIn(text, tokens, t + 1, last, TakenThings);
    }

    private static readonly string[] CarriedTo = ["out", "back", "away", "everywhere", "outside", "upstairs", "downstairs", "along", "home"];

    /// <summary>
    /// The words after a taken tablet say where it is carried: "out", "back", "everywhere", or "to" and a place rather
    /// than a verb ("to Grandma's house", "to my room"; not "to help me sleep").
    /// </summary>
    private static bool IsCarriedAfter(AnalyzedText analyzed, int tablet)
    {
        var tokens = analyzed.Tokens;
        var next = tablet + 1;
        if (next + 1 >= tokens.Count)
        {
            return false;
        }

        if (WordLists.Contains(CarriedTo, tokens[next].In(analyzed.Text)))
        {
            return true;
        }

        return tokens[next].In(analyzed.Text) is "to" && (analyzed.IsCapitalisedWord(next + 1)
            || WordLists.Contains(PossessivePronouns, tokens[next + 1].In(analyzed.Text)) || tokens[next + 1].In(analyzed.Text) is "the" or "school");
    }

    // What is taken besides a medicine: "take turns", "take a break", "take a photo", "take a deep breath", "The drive
    // takes about four hours".
    private static readonly string[] TakenThings =
        ["turn", "turns", "break", "breaks", "rest", "look", "photo", "photos", "selfie", "picture", "pictures", "video", "videos", "breath", "breaths", "minute", "minutes", "hour", "hours", "ages", "while"];

    private const int TakenReach = 3;

    // Times and drinks of taking a medicine, and how near the tablet they must be to make it one.
    private static readonly string[] TimesAndDrinks = ["water", "juice", "breakfast", "bedtime", "morning"];

    private const int TimeAndDrinkReach = 5;

    private static readonly object ScreenTabletsKey = new();

    /// <summary>
    /// "Liam loves his tablet. … Then Liam puts the tablet on the charger": one story, one tablet. When the story's
    /// tablets are screens (see <see cref="TabletsAreScreens"/>), every mention with no word of taking a medicine, of a
    /// doctor or nurse, or of care beside it is the screen (and, in a story of a tablet that talks, no word of talking).
    /// </summary>
    private static bool IsStoryScreenTablet(AnalyzedText analyzed, TaggedSpan span)
    {
        var story = analyzed.Memo(ScreenTabletsKey, static a => new ScreenStory(a));
        return story.Screens && !HasMedicineCueNearby(analyzed, span) && (!story.Talks || !HasNoScreenCueNearby(analyzed, span))
            && !analyzed.HasWordNear(span.FirstToken, span.LastToken, ScreenCueWindow, CareOfTabletCues)
            && !(span.LastToken + 1 < analyzed.Tokens.Count && analyzed.Tokens[span.LastToken + 1].In(analyzed.Text) is "helps" or "help");
    }

    /// <summary>What a story's tablets are, read once per text: screens, and whether one of them talks for a child.</summary>
    private sealed class ScreenStory(AnalyzedText analyzed)
    {
        public bool Screens { get; } = TabletsAreScreens(analyzed);

        // "My tablet with the picture symbols helps me say what I want": a talker, whose "say" and "words" are its own.
        public bool Talks { get; } = WordLists.AnyIn(analyzed.Text, analyzed.Tokens, 0, analyzed.Tokens.Count - 1, TalkerWords);
    }

    private static readonly string[] TalkerWords = ["aac", "symbols", "communicate", "communication", "talker"];

    // Words of a medicine's tablet beside it even in a story of screens: "After lunch the nurse gives me my tablet for my
    // tummy" (giving alone is no such word: "the class helper gives out the tablets"), and a tablet that helps ("My
    // tablet helps me sleep"; not "After tablet time, Noah helps set the table").
    private static readonly string[] CareOfTabletCues = ["doctor", "nurse", "pharmacy", "pharmacist", "prescription", "sick", "poorly", "hospital", "medicine", "tummy"];

    // Words of taking a medicine, of all the NoScreenCues: with one beside it a tablet is never a screen (the times and
    // drinks only close by, see IsNoScreenCue).
    private static readonly string[] MedicineCues =
        ["take", "takes", "took", "taking", "swallow", "swallows", "swallowed", "chew", "chews", "medicine", "medicines", "pill", "pills", "dose", "mg",
            "crushed", "crush", "crushes", .. TimesAndDrinks];
    private static bool HasMedicineCueNearby(AnalyzedText analyzed, TaggedSpan span) => HasNoScreenCueNearby(analyzed, span, MedicineCues);

    // The words of taking a medicine without the times of day ("the tablet going to sleep at bedtime" is a screen's).
    private static readonly string[] TakingCues = [.. MedicineCues.Except(["bedtime", "morning"])];

    // Words of a medicine's tablet besides taking it: "Mum gives me a tablet for my asthma", "the doctor's tablet".
    private static readonly string[] GivenTabletCues = ["give", "gives", "gave", "giving", "doctor", "nurse", "pharmacy", "pharmacist", "prescription", "sick", "poorly", "hospital"];

    private static bool IsTakenTablet(AnalyzedText analyzed, TaggedSpan span) =>
        HasNoScreenCueNearby(analyzed, span) || analyzed.HasWordNear(span.FirstToken, span.LastToken, ScreenCueWindow, GivenTabletCues);

    /// <summary>
    /// The story's tablets are screens: more mentions are a screen by their own words ("We use the tablet at the table",
    /// "on Mam's tablet", "I use it to watch videos" after "I have a tablet.") than have only a word of giving, of a doctor
    /// or of talking ("the class helper gives out the tablets", "our teacher says "Tablets down"") or, three times over, a
    /// word of taking a medicine beside them (a heading "Tablet Time and Bedtime" over five screen mentions is no
    /// medicine's); a story that speaks of screens in three different words counts as one more such mention. A mention
    /// with a word of taking a medicine beside it stays a medicine whatever the story is (see
    /// <see cref="IsStoryScreenTablet"/>).
    /// </summary>
    private static bool TabletsAreScreens(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var screens = 0;
        var given = 0;
        var taken = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (!tokens[t].In(text).Equals("tablet", StringComparison.OrdinalIgnoreCase) && !tokens[t].In(text).Equals("tablets", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var mention = new TaggedSpan(EntityType.Medication, t, t, 1, 1);
            if (HasPowerCueNearby(analyzed, mention))
            {
                // "In the morning, my tablet is full of battery": a screen, whatever time is beside it.
                screens++;
                continue;
            }

            if (HasMedicineCueNearby(analyzed, mention))
            {
                taken++;
                continue;
            }

            if ((!HasNoScreenCueNearby(analyzed, mention) && IsScreenByOwnWords(analyzed, mention))
                || (t + 1 < tokens.Count && (WordLists.Contains(ScreenTabletNouns, tokens[t + 1].In(text)) || WordLists.Contains(ScreenDoes, tokens[t + 1].In(text))))
                || IsScreenInNextSentence(analyzed, t))
            {
                screens++;
            }
            else if (IsTakenTablet(analyzed, mention))
            {
                given++;
            }
        }

        return screens > 0 && screens + (HasManyScreenWords(analyzed) ? 1 : 0) > given + (TakenWeight * taken);
    }

    // How many screen mentions outweigh one mention beside a word of taking a medicine.
    private const int TakenWeight = 3;

    // How many different words of screens make a story about screens: "screen", "download", "game".
    private const int ManyScreenWords = 3;

    /// <summary>The text speaks of screens in at least three different words ("screen", "download", "game").</summary>
    private static bool HasManyScreenWords(AnalyzedText analyzed)
    {
        var seen = new string[ManyScreenWords];
        var count = 0;
        var tokens = analyzed.Tokens;
        for (var t = 0; t < tokens.Count && count < ManyScreenWords; t++)
        {
            var word = tokens[t].In(analyzed.Text);
            if (!WordLists.Contains(ScreenCues, word))
            {
                continue;
            }

            // "game" and "games" are one word.
            var stem = word.Length > 3 && word[^1] is 's' or 'S' ? word[..^1] : word;
            var known = false;
            for (var i = 0; i < count; i++)
            {
                known |= stem.Equals(seen[i], StringComparison.OrdinalIgnoreCase);
            }

            if (!known)
            {
                seen[count++] = stem.ToString();
            }
        }

        return count >= ManyScreenWords;
    }

    // How far a tablet's sentence may go on before the next one, and how soon that one says "it".
    private const int TabletSentenceReach = 24;

    private const int TabletItReach = 4;

    /// <summary>
    /// "I have a tablet. I use it to watch videos": the next sentence says "it" in its first few words and speaks of
    /// screens, with no word of taking a medicine, of a doctor or of care.
    /// </summary>
    private static bool IsScreenInNextSentence(AnalyzedText analyzed, int tablet)
    {
        var tokens = analyzed.Tokens;
        var start = analyzed.SentenceStartAfter(tablet, TabletSentenceReach);
        if (start < 0)
        {
            return false;
        }

        for (var t = start; t < tokens.Count && t - start < TabletSentenceReach && (t == start || !analyzed.SentenceStarts[t]); t++)
        {
            // "it" early in the sentence, or anywhere after "on" or "use": "We video call Grandad on it".
            if (tokens[t].In(analyzed.Text) is "it" or "It"
                && (t - start < TabletItReach || (t > start && tokens[t - 1].In(analyzed.Text) is "on" or "use" or "uses" or "using")))
            {
                // Not "The doctor said it helps my brain get the message that it's night time". "We have one tablet at home.
                // Benja and I both like to use it": a medicine is taken, never used, so "use it" with no word of a
                // medicine's beside it is a screen's even with no screen word.
                var mention = new TaggedSpan(EntityType.Medication, t, t, 1, 1);
                var used = t > start && tokens[t - 1].In(analyzed.Text) is "use" or "uses" or "using";
                return (HasScreenCueNearby(analyzed, mention) || (used && !HasNoScreenCueNearby(analyzed, mention)))
                    && !analyzed.HasWordNear(t, t, ScreenCueWindow, GivenTabletCues)
                    && !analyzed.HasWordNear(t, t, ScreenCueWindow, TabletCareCues);
            }
        }

        return false;
    }

    private static readonly string[] TurnVerbs = ["turn", "turns", "turning", "turned", "switch", "switches", "switching", "switched"];

    // Nouns a games tablet makes compounds with: "my tablet rules", "the tablet screen" (not "tablet time" nor "my tablet
    // case", which are a medicine's as often: a pill box is a tablet case).
    private static readonly string[] ScreenTabletNouns = ["rules", "screen", "games", "charger", "password", "apps"];

    private static readonly string[] Amounts = ["a", "an", "some", "two", "three", "four", "five", "lots", "extra", "spare"];

    // Things a child packs with a games tablet: "my tablet, my headphones, my sticker book and some snacks".
    private static readonly string[] PackedThings =
        ["headphones", "earphones", "earbuds", "crayons", "snacks", "book", "books", "toys", "toy", "teddy", "colouring", "coloring", "charger", "games",
            "bunny", "blanket", "pyjamas", "pajamas", "toothbrush", "backpack", "lego", "dinosaur", "bear",
            "snack", "audiobook", "audiobooks", "puzzle", "puzzles", "stickers", "sticker", "pencils", "notebook", "comic", "comics", "pillow", "cushion",
            // Other screens: "We put the tablet and Tata's phone into the box".
            "phone", "phones", "laptop", "laptops", "console", "controller", "controllers", "remote"];

    /// <summary>
    /// "Your blue bunny and your tablet travel with you": a thing a child packs, "and", and the tablet with at most its
    /// "your" or "my" between, with no word of taking a medicine or of care in the sentence ("Teddy and my tablet help me
    /// at bedtime" is no list of things to pack, "helps" makes it care).
    /// </summary>
    private static bool IsPackedAfterThing(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var and = span.FirstToken - 1;
        if (and >= 0 && WordLists.Contains(PossessivePronouns, tokens[and].In(analyzed.Text)))
        {
            and--;
        }

        return tokens[span.LastToken].In(analyzed.Text) is "tablet" && and >= 1 && tokens[and].In(analyzed.Text) is "and"
            && (WordLists.Contains(PackedThings, tokens[and - 1].In(analyzed.Text)) || IsCompanyBefore(analyzed, and - 1) || IsPackedListBefore(analyzed, and))
            && !HasNoScreenCueNearby(analyzed, span) && !analyzed.HasWordNear(span.FirstToken, span.LastToken, ScreenCueWindow, TabletCareCues)
            && !analyzed.HasWordNear(span.FirstToken, span.LastToken, ScreenCueWindow, GivenTabletCues);
    }

    // How far back a list of packed things may start: "my blue blanket, my football cards and my tablet".
    private const int PackedListReach = 12;

    /// <summary>
    /// "I will bring my blue blanket, my football cards and my tablet": an earlier item of the list before "and" (a word
    /// before a comma, in the sentence) is a thing a child packs.
    /// </summary>
    private static bool IsPackedListBefore(AnalyzedText analyzed, int and)
    {
        var tokens = analyzed.Tokens;
        for (var t = and - 2; t >= 0 && and - t <= PackedListReach && !analyzed.SentenceStarts[t + 1]; t--)
        {
            if (tokens[t + 1].In(analyzed.Text) is "," && WordLists.Contains(PackedThings, tokens[t].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "sit in the car with Khala Amina and my tablet": a person after "with" (a given name, a family word or a title and
    /// name, ending at t) keeps a child company, and so does the tablet after them.
    /// </summary>
    private static bool IsCompanyBefore(AnalyzedText analyzed, int t)
    {
        const Lexicons.LexiconKind Person = Lexicons.LexiconKind.KinWord | Lexicons.LexiconKind.Title;
        var person = analyzed.IsCapitalisedWord(t, minLength: 2) && NameRules.IsGivenName(analyzed, t) || (analyzed.Lexicons[t] & Lexicons.LexiconKind.KinWord) != 0;
        var n = t - 1;
        while (person && n >= 0 && t - n <= 2 && (analyzed.Lexicons[n] & Person) != 0)
        {
            n--;
        }

        return person && n >= 0 && analyzed.Tokens[n].In(analyzed.Text) is "with";
    }

    // Words of care beside a tablet: "Teddy and my tablet help me feel better".
    private static readonly string[] TabletCareCues =
        ["helps", "help", "medicine", "doctor", "nurse", "pharmacy", "pharmacist", "prescription", "tummy", "better", "sick", "poorly", "dinner", "lunch", "drink", "milk", "need", "needs", "night", "hospital", "goes"];

    /// <summary>
    /// The tablet, a comma and a thing a child packs right after it ("my tablet, my headphones, …"): a list of things for a
    /// trip. "The nurse gives me my tablet and I put my headphones on" is no list.
    /// </summary>
    private static bool IsInListOfThings(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var comma = span.LastToken + 1;
        if (comma >= tokens.Count || tokens[comma].In(analyzed.Text) is not ("," or "and"))
        {
            return false;
        }

        // "his pyjamas, his tablet, and his toy koala": a list's last comma may stand before "and", when a thing a child
        // packs and a comma come before the tablet too ("I take my tablet, and my teddy helps me" is no list).
        var listed = tokens[comma].In(analyzed.Text) is ",";
        if (listed && comma + 1 < tokens.Count && tokens[comma + 1].In(analyzed.Text) is "and")
        {
            var before = span.FirstToken - 1;
            if (before >= 0 && WordLists.Contains(PossessivePronouns, tokens[before].In(analyzed.Text)))
            {
                before--;
            }

            if (before < 1 || tokens[before].In(analyzed.Text) is not "," || !WordLists.Contains(PackedThings, tokens[before - 1].In(analyzed.Text)))
            {
                return false;
            }

            comma++;
        }

        // "my tablet, my headphones", "my tablet and two snacks", "my tablet and some crayons".
        var thing = comma + 1 < tokens.Count && (WordLists.Contains(PossessivePronouns, tokens[comma + 1].In(analyzed.Text))
            || tokens[comma + 1].Kind == TokenKind.Number || WordLists.Contains(Amounts, tokens[comma + 1].In(analyzed.Text))) ? comma + 2 : comma + 1;
        // "the tablet and Tata's phone": an owner's name and "'s" stand where "my" would.
        if (thing == comma + 1 && comma + 4 < tokens.Count && analyzed.IsCapitalisedWord(comma + 1, minLength: 2) && tokens[comma + 2].In(analyzed.Text) is "'" or "’"
            && tokens[comma + 3].In(analyzed.Text) is "s")
        {
            thing = comma + 4;
        }

        // "my tablet, my Pororo book": a book's or a toy's own name before the thing.
        if (thing + 1 < tokens.Count && analyzed.IsCapitalisedWord(thing) && !analyzed.SentenceStarts[thing] && WordLists.Contains(PackedThings, tokens[thing + 1].In(analyzed.Text)))
        {
            thing++;
        }

        // "I take my tablet, a snack and a glass of water": food after a comma is a list of things only with no care near.
        var food = thing < tokens.Count && tokens[thing].In(analyzed.Text) is "snack" or "snacks";
        return thing < tokens.Count && WordLists.Contains(PackedThings, tokens[thing].In(analyzed.Text))
            && ((listed && !food) || (!HasNoScreenCueNearby(analyzed, span) && !analyzed.HasWordNear(span.FirstToken, span.LastToken, ScreenCueWindow, TabletCareCues)
                && !analyzed.HasWordNear(span.FirstToken, span.LastToken, ScreenCueWindow, GivenTabletCues)));
    }

    /// <summary>
    /// "Alzheimer'" of "Alzheimer's disease", "UTI Neonatal" (a neonatal intensive care unit in Portuguese): a span of only
    /// words of the diagnosis and treatment lists (and an "'s") names no person or organisation.
    /// </summary>
    private static bool IsConditionName(AnalyzedText analyzed, TaggedSpan span)
    {
        const Lexicons.LexiconKind Care = Lexicons.LexiconKind.Diagnosis | Lexicons.LexiconKind.Treatment;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word && (analyzed.Lexicons[t] & Care) == 0 && analyzed.Tokens[t].In(analyzed.Text) is not "s")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "The timer that bepes tells me": a health span of one lower-case word no list knows that is an ordinary word, of no
    /// health list, with two letters swapped ("beeps").
    /// </summary>
    private static bool IsTypoOfPlainWord(AnalyzedText analyzed, TaggedSpan span) =>
        span.FirstToken == span.LastToken && analyzed.Tokens[span.FirstToken].Kind == TokenKind.Word && char.IsLower(analyzed.Text[analyzed.Tokens[span.FirstToken].Start])
        && Lexicons.LexiconSet.Default.IsTypoOfCommonWord(analyzed.Tokens[span.FirstToken].In(analyzed.Text), Lexicons.LexiconSet.HealthKinds | Lexicons.LexiconKind.BodyWord);

    /// <summary>
    /// "Weekend at the Activity Centre with Dewi" over "an activity centre near the sea": a name of two or more ordinary
    /// words that the text also writes in lower case is a kind of place a heading capitalised, not an organisation.
    /// </summary>
    private static bool IsEchoedInLowerCase(AnalyzedText analyzed, TaggedSpan span)
    {
        var words = 0;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            // A surname after the first word is still an ordinary word echoed ("the Sugar Bush" over "a sugar bush");
            // one that opens the name may be a family's ("Baker Hall").
            var names = t == span.FirstToken ? Lexicons.LexiconKind.FirstName | Lexicons.LexiconKind.Surname | Lexicons.LexiconKind.PlaceWord
                : Lexicons.LexiconKind.FirstName | Lexicons.LexiconKind.PlaceWord;
            if (analyzed.Tokens[t].Kind != TokenKind.Word || (analyzed.Lexicons[t] & Lexicons.LexiconKind.CommonWord) == 0 || (analyzed.Lexicons[t] & names) != 0)
            {
                return false;
            }

            words++;
        }

        var start = analyzed.Tokens[span.FirstToken].Start;
        var name = analyzed.Text.AsSpan(start, analyzed.Tokens[span.LastToken].End - start);
        // A name in lower case already (a text written all in lower case) finds only itself.
        if (words < 2 || name.Length > 60 || !name.ContainsAnyInRange('A', 'Z'))
        {
            return false;
        }

        Span<char> lower = stackalloc char[name.Length];
        name.ToLowerInvariant(lower);
        var text = analyzed.Text.AsSpan();
        for (var at = text.IndexOf(lower, StringComparison.Ordinal); at >= 0;)
        {
            var end = at + lower.Length;
            if (at != start && (at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            var next = text[(at + 1)..].IndexOf(lower, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>
    /// "Dad and I are the Tickle Squad", "we call ourselves the Cookie Crew": a name a family gives itself after "are the"
    /// or "ourselves the" is a nickname, not an organisation.
    /// </summary>
    private static bool IsOurNickname(AnalyzedText analyzed, TaggedSpan span)
    {
        var first = span.FirstToken;
        var tokens = analyzed.Tokens;
        return first >= 2 && tokens[first - 1].In(analyzed.Text) is "the" && tokens[first - 2].In(analyzed.Text) is "are" or "ourselves" or "re" or "themselves";
    }

    /// <summary>
    /// "cat Biscuit" of "Ananya's cat Biscuit only has one eye": an organisation span that opens on an animal word in lower
    /// case is a pet and its name.
    /// </summary>
    private static bool IsOpenedByAnimal(AnalyzedText analyzed, TaggedSpan span) =>
        char.IsLower(analyzed.Text[analyzed.Tokens[span.FirstToken].Start]) && Pets.IsAnimalWord(analyzed.Tokens[span.FirstToken].In(analyzed.Text));

    // A span of these is a length of time, a place in a building or a part of a course: "45 min", "Class 2B, Room 14",
    // "Gate 3", "Autumn Term, Week 6".
    private static readonly string[] DurationsAndRooms =
        ["min", "mins", "minutes", "hr", "hrs", "hours", "sec", "secs", "seconds", "room", "class", "classroom", "gate", "row", "seat", "table", "bay", "ward", "level", "floor", "platform", "oclock", "clock",
         "rooms", "gates", "rows", "seats", "tables", "bays", "platforms",
         "week", "term", "page", "step", "lesson", "unit", "chapter", "stage",
         // A lift's load plate: "max. 8 Personen, 630 kg".
         "kg", "km", "cm", "mm", "kilos", "metres", "meters", "litres", "liters", "people", "persons", "personen", "passengers", "degrees"];

    /// <summary>
    /// "45 min" of "Session summary (OT, 45 min, clinic gym)", "Class 2B, Room" of a handover, "8 Personen, 630 kg" of a
    /// lift's plate: a span with a word of time, of a room in a building or of a measure and no street word is no address;
    /// nor is a word and a month before "/" and a year ("Prüfung 08/2025").
    /// </summary>
    private static bool IsDurationOrRoom(AnalyzedText analyzed, TaggedSpan span)
    {
        // "Nächste Prüfung 08/2025": a month and a year after a word, not a house number.
        var tokens = analyzed.Tokens;
        var last = span.LastToken;
        if (last + 2 < tokens.Count && tokens[last + 1].In(analyzed.Text) is "/" && tokens[last].Length <= 2 && tokens[last].In(analyzed.Text).IndexOfAnyExceptInRange('0', '9') < 0
            && tokens[last + 2].Length == 4 && tokens[last + 2].In(analyzed.Text).IndexOfAnyExceptInRange('0', '9') < 0 && tokens[last + 1].Start == tokens[last].End)
        {
            return true;
        }

        var duration = false;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if ((analyzed.Lexicons[t] & Lexicons.LexiconKind.StreetSuffix) != 0)
            {
                return false;
            }

            duration |= WordLists.Contains(DurationsAndRooms, analyzed.Tokens[t].In(analyzed.Text));
        }

        return duration;
    }

    /// <summary>
    /// "He takes Zavedra Quintol 100 mcg": capitalised words right before a dose are the medicine, not a person; but not
    /// before a dose "of" something, given to them ("Mum gives Aroha Ngata 5 ml of Pamol").
    /// </summary>
    private static bool IsBeforeDose(AnalyzedText analyzed, TaggedSpan span) =>
        span.LastToken + 1 < analyzed.Tokens.Count && DosedMedicines.DoseUnitAt(analyzed, span.LastToken + 1) >= 0
        && !DosedMedicines.IsDoseOfSomething(analyzed, span.LastToken);

    /// <summary>
    /// "He takes Levipil 250 mg twice a day", "Flixotide 50 mcg, 2 puffs": a tagged address with a number and a dose's unit
    /// in it or right after it, and no street word, is a medicine's strength.
    /// </summary>
    private static bool IsDoseAmount(AnalyzedText analyzed, TaggedSpan span)
    {
        var dose = false;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if ((analyzed.Lexicons[t] & Lexicons.LexiconKind.StreetSuffix) != 0)
            {
                return false;
            }

            dose |= DosedMedicines.DoseUnitAt(analyzed, t) >= 0;
        }

        return dose;
    }

    // Where a story puts something on a street, or walks along it: "a restaurant on Belgrave Road", "down Elm Street".
    private static readonly string[] AlongStreet = ["on", "along", "down", "up", "off", "across", "onto", "past"];

    private static readonly string[] StreetWords = ["road", "street", "avenue", "lane", "drive", "boulevard", "way"];

    /// <summary>
    /// "a restaurant on Belgrave Road", "we walk down Elm Street": one capitalised word and a street word, on or along
    /// which something is, is a street with no number, a public place ("at Temple Street", a hospital's short name, and
    /// "Little Steps on Park Road" stay organisations).
    /// </summary>
    private static bool IsStreetOnlyOnIt(AnalyzedText analyzed, TaggedSpan span) =>
        span.LastToken == span.FirstToken + 1 && span.FirstToken > 0 && analyzed.IsCapitalisedWord(span.FirstToken, minLength: 2)
        && (analyzed.Lexicons[span.FirstToken] & Lexicons.LexiconKind.OrganizationSuffix) == 0
        && char.IsUpper(analyzed.Text[analyzed.Tokens[span.LastToken].Start]) && WordLists.Contains(StreetWords, analyzed.Tokens[span.LastToken].In(analyzed.Text))
        && WordLists.Contains(AlongStreet, analyzed.Tokens[span.FirstToken - 1].In(analyzed.Text));

    // "my", "our" and "your" in Spanish, Portuguese, French and German.
    private static readonly string[] OtherLanguageOwners =
        ["mi", "mis", "tu", "tus", "nuestra", "nuestro", "nuestras", "nuestros", "mon", "mes", "notre", "nos", "mein", "meine", "unser", "unsere", "minha", "meu", "nossa", "nosso"];

    /// <summary>
    /// "Mi Escuela Nueva — My New School": "my" or "our" of another language and its words (all on the other-language
    /// list, none a name's) say whose a thing is; they name no organisation.
    /// </summary>
    private static bool IsOtherLanguageOwnThing(AnalyzedText analyzed, TaggedSpan span)
    {
        if (span.LastToken == span.FirstToken || !WordLists.Contains(OtherLanguageOwners, analyzed.Tokens[span.FirstToken].In(analyzed.Text)))
        {
            return false;
        }

        for (var t = span.FirstToken + 1; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word
                && ((analyzed.Lexicons[t] & (Lexicons.LexiconKind.FirstName | Lexicons.LexiconKind.Surname | Lexicons.LexiconKind.PlaceWord)) != 0
                    || !Lexicons.OtherLanguageWords.Contains(analyzed.Tokens[t].In(analyzed.Text))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"South African Sign Language", "New Zealand Sign Language": a name that ends on "Language" is a language, not an organisation.</summary>
    private static bool IsLanguageName(AnalyzedText analyzed, TaggedSpan span) =>
        span.LastToken > span.FirstToken && analyzed.Tokens[span.LastToken].In(analyzed.Text) is "Language" or "Languages";

    /// <summary>
    /// "vamos al centro de salud": an organisation with no capital in it, in a text whose sentences open with capitals, is
    /// words of a place in general or of another language, not a named organisation.
    /// </summary>
    private static bool IsLowerCaseOrganization(AnalyzedText analyzed, TaggedSpan span, ref bool? cased)
    {
        if (!IsWrittenInLowerCase(analyzed, span))
        {
            return false;
        }

        cased ??= IsCased(analyzed);
        return cased.Value;
    }

    /// <summary>Every word of the span opens with a lower-case letter.</summary>
    private static bool IsWrittenInLowerCase(AnalyzedText analyzed, TaggedSpan span)
    {
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word && !char.IsLower(analyzed.Text[analyzed.Tokens[t].Start]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"our Ukrainian Saturday school": a people's or a language's word and a day or month only, no organization.</summary>
    private static bool IsPeoplesDay(AnalyzedText analyzed, TaggedSpan span)
    {
        var calendar = false;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            var isCalendar = (analyzed.Lexicons[t] & Lexicons.LexiconKind.CalendarWord) != 0;
            calendar |= isCalendar;
            if (analyzed.Tokens[t].Kind != TokenKind.Word || !(isCalendar || Peoples.Contains(analyzed.Tokens[t].In(analyzed.Text))))
            {
                return false;
            }
        }

        return calendar;
    }

    private static readonly string[] GameNouns = ["game", "games", "app", "apps", "videogame"];

    private static readonly object GamesKey = new();

    /// <summary>
    /// "a game on the tablet called Toca Life Hospital. … In Toca Life Hospital I can …": a name a game or an app is
    /// called by, wherever the story says it.
    /// </summary>
    private static bool IsGameCalled(AnalyzedText analyzed, TaggedSpan span)
    {
        var games = analyzed.Memo(GamesKey, static text => FindNamesCalled(text, HasGameNounBefore));
        if (games.Count == 0)
        {
            return false;
        }

        // "Vet Clinic" of "a game on the tablet called Little Vet Clinic": the tagger may read part of the name.
        var start = analyzed.Tokens[span.FirstToken].Start;
        var name = analyzed.Text[start..analyzed.Tokens[span.LastToken].End];
        foreach (var game in games)
        {
            if (game == name || game.EndsWith(" " + name, StringComparison.Ordinal) || game.StartsWith(name + " ", StringComparison.Ordinal)
                || game.Contains(" " + name + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The names a story gives things with "called" or "named" where <paramref name="isFramed"/> holds of that word ("a
    /// game on the tablet called …", "a big mountain called …"): up to four capitalised words after it, in its sentence.
    /// </summary>
    private static HashSet<string> FindNamesCalled(AnalyzedText analyzed, Func<AnalyzedText, int, bool> isFramed)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 1; t + 1 < tokens.Count; t++)
        {
            if (tokens[t].In(text) is not ("called" or "named") || !analyzed.IsCapitalisedWord(t + 1, minLength: 2) || !isFramed(analyzed, t))
            {
                continue;
            }

            var last = t + 1;
            while (last + 1 < tokens.Count && last - t < 4 && analyzed.IsCapitalisedWord(last + 1) && !analyzed.SentenceStarts[last + 1])
            {
                last++;
            }

            names.Add(text[tokens[t + 1].Start..tokens[last].End]);
        }

        return names;
    }

    // How far before "called" the game may be: "a game on the tablet called".
    private const int GameNounReach = 4;

    /// <summary>"game" or "app" a few words before "called" at t, in its sentence ("I love games. My school is called …" is not).</summary>
    private static bool HasGameNounBefore(AnalyzedText analyzed, int called)
    {
        for (var t = called - 1; t >= 0 && called - t <= GameNounReach; t--)
        {
            if (WordLists.Contains(GameNouns, analyzed.Tokens[t].In(analyzed.Text)))
            {
                return true;
            }

            if (analyzed.SentenceStarts[t])
            {
                return false;
            }
        }

        return false;
    }

    // How far back over a list of games the verb may be: "play Mario Kart and Dr. Mario".
    private const int GameListReach = 6;

    /// <summary>
    /// "I can play Keepy Uppy with a balloon", "we played Magic Xylophone", "Ren likes to play Mario Kart and Dr. Mario": a
    /// name of two words or more right after playing, or at the end of a list of capitalised names after it, is a game's;
    /// "play with Dr. Mario" is someone's. An organisation asks for the verb in lower case ("I like playing Space Squad
    /// online"; "Play Specialist Team" names a hospital's team).
    /// </summary>
    private static bool IsGamePlayed(AnalyzedText analyzed, TaggedSpan span, bool lowerVerb = false)
    {
        var tokens = analyzed.Tokens;
        if (span.LastToken == span.FirstToken)
        {
            return false;
        }

        for (var t = span.FirstToken - 1; t >= 0 && span.FirstToken - t <= GameListReach; t--)
        {
            var word = tokens[t].In(analyzed.Text);
            if (WordLists.Contains(NameCandidates.PlayVerbs, word))
            {
                return !lowerVerb || char.IsLower(word[0]);
            }

            if (!(word is "and" or "," || analyzed.IsCapitalisedWord(t)) || analyzed.SentenceStarts[t])
            {
                return false;
            }
        }

        return false;
    }

    // Places a story names by "called": "a huge hall called Hintze Hall", "a café called Rosie Lee's".
    private static readonly string[] PlaceNouns =
    [
        "hall", "room", "building", "house", "park", "street", "road", "shop", "store", "café", "cafe", "restaurant", "museum", "gallery", "station",
        "garden", "island", "town", "village", "city", "farm", "beach", "lake", "river", "mountain", "hill", "bridge", "tower", "castle", "theatre", "theater",
    ];

    /// <summary>
    /// "a huge hall called Hintze Hall", "a big mountain called Croagh Patrick. Croagh Patrick is named after …": a name
    /// after a place word and "called" or "named" is the place's, wherever the story names it; so is one after "County"
    /// ("in County Mayo").
    /// </summary>
    private static bool IsPlaceCalled(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        if (first >= 2 && tokens[first - 1].In(analyzed.Text) is "called" or "named" && WordLists.Contains(PlaceNouns, tokens[first - 2].In(analyzed.Text)))
        {
            return true;
        }

        if (span.LastToken == first + 1 && tokens[first].In(analyzed.Text) is "County" && analyzed.IsCapitalisedWord(first + 1))
        {
            return true;
        }

        var places = analyzed.Memo(PlacesCalledKey, static text => FindNamesCalled(text, IsAfterPlaceNoun));
        var start = tokens[first].Start;
        return places.Count > 0 && places.Contains(analyzed.Text[start..tokens[span.LastToken].End]);
    }

    private static readonly object PlacesCalledKey = new();

    // What a restaurant's or a café's name ends on: "Sakura Sushi", "Mario's Pizzeria", "Lucky Star Noodles".
    private static readonly string[] EateryWords =
    [
        "sushi", "pizza", "pizzeria", "kebab", "kebabs", "grill", "noodles", "noodle", "ramen", "tacos", "taqueria", "curry", "diner", "bakery", "burger", "burgers",
        "wok", "dumplings", "dumpling", "pho", "bistro", "cantina", "trattoria", "dhaba", "teahouse", "patisserie", "boulangerie", "creperie", "gelateria",
        "chippy", "takeaway", "canteen", "brasserie", "pancakes", "waffles", "donuts", "doughnuts", "bagels", "smoothies",
    ];

    /// <summary>
    /// "Today we go to Sakura Sushi": a name that ends on a dish or an eatery's word no surname list holds is a
    /// restaurant's, no person's ("Mia Curry" stays a name).
    /// </summary>
    internal static bool IsEatery(AnalyzedText analyzed, TaggedSpan span) =>
        span.LastToken > span.FirstToken && analyzed.IsCapitalisedWord(span.LastToken) && WordLists.Contains(EateryWords, analyzed.Tokens[span.LastToken].In(analyzed.Text))
        && (analyzed.Lexicons[span.LastToken] & Lexicons.LexiconKind.Surname) == 0;

    /// <summary>A place word right before "called" at t: "a big mountain called".</summary>
    private static bool IsAfterPlaceNoun(AnalyzedText analyzed, int called) => WordLists.Contains(PlaceNouns, analyzed.Tokens[called - 1].In(analyzed.Text));

    // Verbs of a train or bus coming to a stop, before "at": "The train stops at Tanah Merah", "We change at Kelvinbridge".
    private static readonly string[] StopVerbs = ["stops", "stopped", "change", "changes", "changed"];

    // Getting off, before "off at": "We get off at Edinburgh Waverley" (not "Mum drops me off at Joanna Kimani").
    private static readonly string[] GetVerbs = ["get", "gets", "got", "getting"];

    // Lower-case words a stop's name stands before: "Los Leones station", "the Kings Road bus stop".
    private static readonly string[] StopNouns = ["station", "stop", "interchange", "platform"];

    // Words that end a station's name, as the text is once its marks are dropped: "Utrecht Centraal", "Köln Hauptbahnhof", "Milano
    // Centrale", "Kraków Główny" ("Głowny"), "Praha hlavní".
    private static readonly string[] StationEnds =
        ["Centraal", "Centrale", "Hauptbahnhof", "Hbf", "Bahnhof", "Stazione", "Interchange", "Centralna", "Głowna", "Glowna", "Głowny", "Glowny", "Hlavni", "Termini", "Keleti", "Nyugati"];

    /// <summary>
    /// "The train stops at Tanah Merah", "We get off at Edinburgh Waverley", "meets him at Los Leones station", "First you
    /// go to Utrecht Centraal": a name where a train or bus stops, right before a lower-case "station" or "stop", or
    /// ending on a station's word, is the stop's. Where someone stops, a title, a family word or a given name first keeps
    /// the person ("we stop at Aunty Funmi Adeyemi", "the bus stops at Mrs Okafor's", "we stopped at Nadia Haddad's").
    /// </summary>
    private static bool IsTransitStop(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var (first, next) = (span.FirstToken, span.LastToken + 1);
        if ((analyzed.Lexicons[first] & (Lexicons.LexiconKind.Title | Lexicons.LexiconKind.KinWord)) != 0)
        {
            return false;
        }

        var stopped = first >= 2 && tokens[first - 1].In(text) is "at"
            && (WordLists.Contains(StopVerbs, tokens[first - 2].In(text))
                || (first >= 3 && tokens[first - 2].In(text) is "off" && WordLists.Contains(GetVerbs, tokens[first - 3].In(text))));
        return WordLists.Contains(StationEnds, tokens[span.LastToken].In(text))
            || (stopped && !NameRules.IsGivenName(analyzed, first) && (next >= tokens.Count || tokens[next].In(text) is not ("'" or "’")))
            || (next < tokens.Count && tokens[next].Kind == TokenKind.Word && char.IsLower(text[tokens[next].Start])
                && WordLists.Contains(StopNouns, tokens[next].In(text)));
    }

    private static readonly string[] PlaceLinks = ["from", "in", "into", "past", "near"];

    // How far back in its sentence a route's "from" may be: "from Niquía to La Estrella".
    private const int RouteReach = 8;

    /// <summary>
    /// "from Niquía to La Estrella", "a flat in Las Condes": two words opening on "La", "Las" or "Los" inside a sentence,
    /// after "in", "from", "near" or the "to" of a route from somewhere, are a place's name ("I sit next to La Minh":
    /// "La" is a surname too).
    /// </summary>
    private static bool IsArticlePlace(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var first = span.FirstToken;
        if (first < 1 || span.LastToken != first + 1 || analyzed.SentenceStarts[first] || tokens[first].In(text) is not ("La" or "Las" or "Los"))
        {
            return false;
        }

        if (WordLists.Contains(PlaceLinks, tokens[first - 1].In(text)))
        {
            return true;
        }

        var (from, _) = analyzed.WindowInSentence(first - 1, first - 1, RouteReach);
        return tokens[first - 1].In(text) is "to" && WordLists.AnyIn(text, tokens, from, first - 2, RouteFroms);
    }

    private static readonly string[] RouteFroms = ["from"];

    // Words that open football clubs' names: "Atlético Nacional", "Deportivo Cali", "Sporting Cristal", "Dinamo Zagreb".
    private static readonly string[] ClubWords =
        ["Atlético", "Atletico", "Deportivo", "Sporting", "Olympique", "Dinamo", "Dynamo", "Racing", "Independiente", "Athletico", "Universitario"];

    // What ties a club to the child in its sentence: "I train with Deportivo Lara, my football club".
    private static readonly string[] ClubTies = ["train", "trains", "training", "member", "joined", "club", "squad", "team", "plays", "play", "playing"];

    // What makes a club one a fan follows: "I watched Atlético Nacional play on TV", "Grandpa's favourite team".
    private static readonly string[] ClubFandom = ["favourite", "favorite", "watch", "watched", "watching", "fan", "fans", "supports", "support", "TV", "stadium", "tickets"];

    private const int ClubTieReach = 10;

    /// <summary>
    /// "I watched Atlético Nacional play", "We will sit with SV Werder fans": a name opening on a club's word or letters is
    /// a team's, no one's name, unless its sentence ties the club to the child and tells of no fans or watching ("Every
    /// Tuesday I train with Deportivo Lara, my football club").
    /// </summary>
    private static bool IsClubName(AnalyzedText analyzed, TaggedSpan span)
    {
        var word = analyzed.Tokens[span.FirstToken].In(analyzed.Text);
        if (span.LastToken == span.FirstToken || !char.IsUpper(word[0]) || !(WordLists.Contains(ClubWords, word) || IsClubLetters(word)))
        {
            return false;
        }

        var (from, to) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, ClubTieReach);
        return WordLists.AnyIn(analyzed.Text, analyzed.Tokens, from, to, ClubFandom) || !WordLists.AnyIn(analyzed.Text, analyzed.Tokens, from, to, ClubTies);
    }

    /// <summary>A club's opening letters in their own case ("SV", "FC", "VfL").</summary>
    private static bool IsClubLetters(ReadOnlySpan<char> word)
    {
        foreach (var opener in ClubOpeners)
        {
            if (word.SequenceEqual(opener))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"00, Tobi" of "At 8:00, Tobi and Mum go home": a span that opens on the minutes of a clock time is no address.</summary>
    private static bool IsClockMinutes(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        return first >= 2 && tokens[first].Kind == TokenKind.Number && tokens[first - 1].In(analyzed.Text) is ":" or "."
            && tokens[first - 1].Start == tokens[first - 2].End && tokens[first].Start == tokens[first - 1].End && tokens[first - 2].Kind == TokenKind.Number;
    }

    /// <summary>
    /// A health word in another sense or of make-believe: a games tablet, the operation of a machine, the doctor's
    /// surgery, the X-ray that looks into suitcases, pretend medicine, a story-book character's cough.
    /// </summary>
    private static bool IsOtherSense(AnalyzedText analyzed, TaggedSpan span) =>
        IsUnknownFoodOrSport(analyzed, span) || Dishes.IsDishOrPlace(analyzed, span) || IsStuffedToy(analyzed, span) || IsScreenTablet(analyzed, span) || IsSportsHelmet(analyzed, span) || IsOperationOfThing(analyzed, span) || IsDoctorsSurgery(analyzed, span)
        || IsLuggageScanner(analyzed, span) || IsXRayEquipment(analyzed, span) || MakeBelieve.IsPretend(analyzed, span) || MakeBelieve.IsCharactersOwn(analyzed, span) || MakeBelieve.IsInFictionFrame(analyzed, span)
        || MakeBelieve.IsToldByFiction(analyzed, span) || EverydayPhrases.IsEveryday(analyzed, span) || IsMedicineSafetyRule(analyzed, span) || MakeBelieve.IsFiguresNameOnly(analyzed, span)
        || IsPieceOfHyphenedName(analyzed, span) || IsOverlayWithoutReading(analyzed, span) || IsCastWithoutInjury(analyzed, span)
        || RoutineVaccines.IsFluSprayStep(analyzed, span) || RoutineVaccines.IsEveryChildsShot(analyzed, span) || RoutineVaccines.IsPreventedInfection(analyzed, span)
        || RoutineVaccines.IsAfterEveryonesShot(analyzed, span) || RoutineVaccines.IsSupposedOrTaughtInfection(analyzed, span)
        || Pets.IsAnimalsAfter(analyzed, span) || IsSpelledOutAcronym(analyzed, span) || IsSurnameAfterName(analyzed, span)
        || IsOrgansOnly(analyzed, span) || IsNormalFinding(analyzed, span) || IsOperationGame(analyzed, span) || IsThingsRepair(analyzed, span) || Pets.IsHerdsOwn(analyzed, span) || IsMedicineStore(analyzed, span) || IsOrdinalEnding(analyzed, span)
        || IsCountOfFood(analyzed, span) || IsPieceOfTablet(analyzed, span) || IsTherapyAnimal(analyzed, span)
        || Pets.IsAnimalsPart(analyzed, span) || IsAnimalsWalker(analyzed, span) || IsScreenFree(analyzed, span) || IsCabinsOxygenMasks(analyzed, span)
        || IsInScareQuotes(analyzed, span) || CliniciansWork.IsDoneAtWork(analyzed, span) || IsWordInLanguage(analyzed, span)
        || EndsInsideApostrophedWord(analyzed, span) || IsRoomOnly(analyzed, span) || GrowingUp.IsPubertyChange(analyzed, span) || WheeledChairs.IsSportsChair(analyzed, span)
        || IsFieldOfMedicine(analyzed, span) || IsInAwarenessDayName(analyzed, span) || IsWorkedIn(analyzed, span)
        || IsMakersPlaceName(analyzed, span) || IsHeartShape(analyzed, span);

    // What a word is said to be in a language: "is called chickenpox in English", "means medicine in Spanish".
    private static readonly string[] NamingVerbs = ["called", "means", "mean", "meant", "word"];

    /// <summary>
    /// "Windpocken is called chickenpox in English", ""Pastilla" means pill in Spanish": a word of care given as the
    /// word for something in a language ("called", "means" or "word" right before it, "in", a language and a punctuation
    /// mark right after) is a lesson in words, no one's condition ("Sofia is deaf in French class" is hers).
    /// </summary>
    private static bool IsWordInLanguage(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var last = span.LastToken;
        return span.FirstToken >= 1 && last + 3 < tokens.Count && tokens[last + 1].In(text) is "in" && analyzed.IsCapitalisedWord(last + 2, minLength: 3)
            && Peoples.Contains(tokens[last + 2].In(text)) && WordLists.Contains(NamingVerbs, tokens[span.FirstToken - 1].In(text))
            && tokens[last + 3].Kind == TokenKind.Punctuation;
    }

    /// <summary>
    /// "Dr. Hedgehog has to do an "operation" on it with a toy screwdriver": one word of care in quotation marks that touch
    /// it, after "a", "an" or "the", in a sentence with a word of play (toy, game, puppet, pretend …) and no "I", "me",
    /// "my", "you" or "your", is a word borrowed for a game, not care anyone had ("Next week I will have an "operation" on my
    /// ears" and "Grandpa is going to have an "operation" on his knee" are real).
    /// </summary>
    private static bool IsInScareQuotes(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var word = span.LastToken;
        var first = tokens[span.FirstToken].In(text) is "a" or "an" or "the" ? span.FirstToken + 1 : span.FirstToken;
        if (first != word || tokens[word].Kind != TokenKind.Word || word < 2 || word + 1 >= tokens.Count)
        {
            return false;
        }

        var open = tokens[word - 1];
        var close = tokens[word + 1];
        if (!(open.In(text) is "\"" or "“" or "'" or "‘" && close.In(text) is "\"" or "”" or "'" or "’"
            && open.End == tokens[word].Start && close.Start == tokens[word].End
            && tokens[word - 2].In(text) is "a" or "an" or "the" or "A" or "An" or "The"))
        {
            return false;
        }

        // Only in a sentence of play ("with a toy screwdriver"): "Grandpa is going to have an "operation" on his knee" is his.
        var (from, to) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, ScareQuoteWindow);
        return WordLists.AnyIn(text, tokens, from, to, PlayCues) && !WordLists.AnyIn(text, tokens, from, to, FirstAndSecondPersons);
    }

    private const int ScareQuoteWindow = 16;

    private static readonly string[] FirstAndSecondPersons = ["i", "me", "my", "you", "your"];

    // Words of play that a borrowed word of care belongs to: "with a toy screwdriver", "in the game", "the puppet".
    private static readonly string[] PlayCues =
        ["pretend", "pretends", "pretending", "toy", "toys", "game", "games", "play", "plays", "puppet", "puppets", "teddy", "doll", "dolls", "robot", "costume"];

    /// <summary>
    /// "She shows the oxygen masks and the life jacket": "the oxygen masks", plural with "the", are everyone's, as a
    /// plane's safety talk shows them; a child's own is "my oxygen mask".
    /// </summary>
    private static bool IsCabinsOxygenMasks(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var oxygen = span.FirstToken;
        while (oxygen <= span.LastToken && !tokens[oxygen].In(analyzed.Text).Equals("oxygen", StringComparison.OrdinalIgnoreCase))
        {
            oxygen++;
        }

        return oxygen <= span.LastToken && oxygen + 1 < tokens.Count && tokens[oxygen + 1].In(analyzed.Text) is "masks"
            && oxygen >= 1 && tokens[oxygen - 1].In(analyzed.Text) is "the" or "The";
    }

    /// <summary>"the screen-free box", "Screen-Free Sunday": a span that says "screen-free" is about a family's rule, not care.</summary>
    private static bool IsScreenFree(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        for (var t = span.FirstToken; t + 2 <= span.LastToken; t++)
        {
            if (tokens[t].In(analyzed.Text).Equals("screen", StringComparison.OrdinalIgnoreCase) && tokens[t + 1].In(analyzed.Text) is "-"
                && tokens[t + 2].In(analyzed.Text).Equals("free", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"You Are a Dog Walker!", "the dog walkers in the park": one who walks dogs, no walking frame.</summary>
    private static bool IsAnimalsWalker(AnalyzedText analyzed, TaggedSpan span) =>
        span.FirstToken == span.LastToken && span.FirstToken >= 1 && analyzed.Tokens[span.FirstToken].In(analyzed.Text) is "walker" or "walkers" or "Walker" or "Walkers"
        && Pets.IsAnimalWord(analyzed.Tokens[span.FirstToken - 1].In(analyzed.Text));

    /// <summary>
    /// "He is a therapy dog", "the therapy ponies at the farm": "therapy" before an animal word names the animal's job, no
    /// one's treatment. The span holds nothing else of health (only "a", "the" and the like around it).
    /// </summary>
    private static bool IsTherapyAnimal(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var therapy = -1;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (tokens[t].In(analyzed.Text) is "therapy" or "Therapy" && therapy < 0)
            {
                therapy = t;
            }
            else if (!(t == therapy + 1 && therapy >= 0) && (analyzed.Lexicons[t] & Lexicons.LexiconKind.FunctionWord) == 0)
            {
                return false;
            }
        }

        return therapy >= 0 && therapy + 1 < tokens.Count && Pets.IsAnimalWord(tokens[therapy + 1].In(analyzed.Text));
    }

    private static readonly string[] Pieces = ["piece", "pieces", "bit", "bits", "bar", "slice", "square", "squares"];

    /// <summary>"a piece of tablet from the café": tablet by the piece is the Scottish sweet, not a medicine.</summary>
    private static bool IsPieceOfTablet(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var of = span.FirstToken - 1;
        return IsTabletAlone(analyzed, span) && span.FirstToken == span.LastToken && of >= 1 && tokens[of].In(analyzed.Text) is "of"
            && WordLists.Contains(Pieces, tokens[of - 1].In(analyzed.Text));
    }

    /// <summary>"rd" of "the 23rd day": the ending of an ordinal written onto its number is no health word.</summary>
    private static bool IsOrdinalEnding(AnalyzedText analyzed, TaggedSpan span)
    {
        var t = span.FirstToken;
        var tokens = analyzed.Tokens;
        return span.LastToken == t && t > 0 && tokens[t - 1].Kind == TokenKind.Number && tokens[t - 1].End == tokens[t].Start
            && tokens[t].In(analyzed.Text) is "st" or "nd" or "rd" or "th" or "ST" or "ND" or "RD" or "TH";
    }

    /// <summary>
    /// "2 eggs", "3 cups of milk": a number and a food a body may not take, as a recipe counts them, is no allergy; "an
    /// egg allergy" and "eggs make my lips swell" are not counted.
    /// </summary>
    private static bool IsCountOfFood(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        if (tokens[span.FirstToken].Kind != TokenKind.Number || span.LastToken == span.FirstToken)
        {
            return false;
        }

        var food = false;
        for (var t = span.FirstToken + 1; t <= span.LastToken; t++)
        {
            var isFood = Policy.Symptoms.IsFood(tokens[t].In(analyzed.Text));
            if (!isFood && !WordLists.Contains(Measures, tokens[t].In(analyzed.Text)))
            {
                return false;
            }

            food |= isFood;
        }

        return food;
    }

    // What a recipe measures a food in: "2 cups of milk".
    private static readonly string[] Measures = ["cup", "cups", "of", "tablespoon", "tablespoons", "teaspoon", "teaspoons", "spoon", "spoons", "grams", "g", "handful"];

    private static readonly string[] GameNames = ["Operation", "Operacion", "Operacao"];

    private static readonly object OperationGameKey = new();

    private static readonly string[] GameWords = ["game", "juego", "jogo"];

    /// <summary>The story names the board game: "Operation" capitalised after a play verb or in a sentence about a game.</summary>
    private static StrongBox<bool> NamesOperationGame(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (!IsGameName(analyzed, t))
            {
                continue;
            }

            var (from, to) = analyzed.WindowInSentence(t, t, 12);
            if (WordLists.AnyIn(text, tokens, Math.Max(0, t - 3), t - 1, NameCandidates.PlayVerbs) || WordLists.AnyIn(text, tokens, from, to, GameWords))
            {
                return new StrongBox<bool>(true);
            }
        }

        return new StrongBox<bool>(false);
    }

    // The board game's own parts, said in the sentences about it: the tweezers, the buzzer, the wishbone. (Lights, a game,
    // something funny are in any sentence: "The flashing lights gave me a seizure" stays someone's.)
    private static readonly string[] GameParts = ["tweezers", "buzzer", "wishbone"];

    /// <summary>
    /// "Sometimes we play Operation, the game where you use tweezers to take the funny bone out", "If the buzzer on
    /// Operation goes off": the board game named in the story (capitalised, after "play" or in a sentence that calls it a
    /// game), and a health word in a sentence that names the game or its parts.
    /// </summary>
    private static bool IsOperationGame(AnalyzedText analyzed, TaggedSpan span)
    {
        // Whether the story names the game is read once per text: a long text asks for each of thousands of spans.
        if (!analyzed.Memo(OperationGameKey, NamesOperationGame).Value)
        {
            return false;
        }

        // "Finn told her all about the operation": the game again, told about or played, in a story that names it ("after
        // the operation" or "she had the operation" is surgery still).
        var first = span.FirstToken;
        if (first >= 2 && analyzed.Tokens[first].In(analyzed.Text) is "operation" && analyzed.Tokens[first - 1].In(analyzed.Text) is "the"
            && (analyzed.Tokens[first - 2].In(analyzed.Text) is "about" || WordLists.Contains(NameCandidates.PlayVerbs, analyzed.Tokens[first - 2].In(analyzed.Text))))
        {
            return true;
        }

        var (start, end) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, 24);
        if (WordLists.AnyIn(analyzed.Text, analyzed.Tokens, start, end, GameParts))
        {
            return true;
        }

        for (var t = start; t <= end; t++)
        {
            if (IsGameName(analyzed, t))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Stores = ["cupboard", "cupboards", "cabinet", "cabinets", "shelf", "drawer", "box", "chest"];

    // Where a home keeps its medicines, not a child's own kit ("the medicine box for me on trips").
    private static readonly string[] HouseholdStores = ["cupboard", "cupboards", "cabinet", "cabinets", "shelf", "drawer"];

    /// <summary>
    /// "never taste anything from the medicine cupboard": a span that ends on where a home keeps its medicines names the
    /// place, no one's medicine. So does "medicine" found alone right before a home's cupboard, cabinet, shelf or drawer
    /// ("The medicine cupboard is only for grown-ups"), unless someone owns it ("my medicine cupboard", "Omar's …", "My
    /// old medicine cupboard"); a medicine box or chest may be a child's own kit and is left alone.
    /// </summary>
    private static bool IsMedicineStore(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var last = span.LastToken;
        if (last > span.FirstToken && WordLists.Contains(Stores, tokens[last].In(analyzed.Text)))
        {
            return IsMedicineWord(tokens[last - 1].In(analyzed.Text));
        }

        if (span.FirstToken != last || last + 1 >= tokens.Count || !IsMedicineWord(tokens[last].In(analyzed.Text))
            || !WordLists.Contains(HouseholdStores, tokens[last + 1].In(analyzed.Text)))
        {
            return false;
        }

        // The owner may stand a word before: "My morning medicine box".
        for (var t = last - 1; t >= 0 && last - t <= 2 && !analyzed.SentenceStarts[t + 1]; t--)
        {
            if ((analyzed.Lexicons[t] & Lexicons.LexiconKind.Possessive) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMedicineWord(ReadOnlySpan<char> word) => word is "medicine" or "medicines" or "Medicine";

    private static readonly string[] RepairVerbs = ["fix", "repair", "mend", "restore"];

    /// <summary>
    /// "a painting that needed an operation to fix it": an operation done to fix or mend "it" is done to a thing, which no
    /// person is.
    /// </summary>
    private static bool IsThingsRepair(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var after = span.LastToken + 1;
        return after + 2 < tokens.Count && tokens[span.LastToken].In(analyzed.Text) is "operation" or "surgery"
            && tokens[after].In(analyzed.Text) is "to" && WordLists.Contains(RepairVerbs, tokens[after + 1].In(analyzed.Text))
            && tokens[after + 2].In(analyzed.Text) is "it";
    }

    /// <summary>"Operation" (or "Operación") written with its capital, as a game's name is.</summary>
    private static bool IsGameName(AnalyzedText analyzed, int t) =>
        WordLists.Contains(GameNames, analyzed.Tokens[t].In(analyzed.Text)) && char.IsUpper(analyzed.Text[analyzed.Tokens[t].Start]);

    private static readonly string[] BeVerbs = ["is", "are", "was", "were", "looked", "looks", "came", "come"];

    private static readonly string[] AllWell = ["fine", "normal", "healthy", "perfect", "clear", "ok", "okay", "good", "great"];

    /// <summary>
    /// "my eyes and ears were fine", "My blood test was fine", "her X-ray came back normal": body parts or a check said to be fine is the
    /// result every child hopes for, no condition; unless a "not" says otherwise ("were not fine", "isn't normal").
    /// </summary>
    private static bool IsNormalFinding(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var last = span.LastToken;
        var verb = -1;
        for (var t = span.FirstToken; t <= last; t++)
        {
            if (WordLists.Contains(BeVerbs, tokens[t].In(text)))
            {
                verb = t;
            }
        }

        // "My blood test was fine", "The X-ray came back normal": the verb right after the span.
        if (verb < 0 && last + 1 < tokens.Count && WordLists.Contains(BeVerbs, tokens[last + 1].In(text)))
        {
            verb = last + 1;
        }

        if (verb < 0 || verb == span.FirstToken)
        {
            return false;
        }

        var well = verb + 1 < tokens.Count && tokens[verb + 1].In(text) is "back" or "all" or "totally" or "completely" or "just" ? verb + 2 : verb + 1;
        if (well >= tokens.Count || !WordLists.Contains(AllWell, tokens[well].In(text)) || (well < last && tokens[well + 1].Kind == TokenKind.Word))
        {
            return false;
        }

        // Nothing of a condition before the verb ("and ears", "the blood test", not "her asthma was fine") and no "not" up
        // to the word of health ("was not fine").
        for (var t = span.FirstToken; t <= well; t++)
        {
            if ((t < verb && (analyzed.Lexicons[t] & Lexicons.LexiconKind.Diagnosis) != 0) || tokens[t].In(text) is "not" or "t" or "never")
            {
                return false;
            }
        }

        return true;
    }

    // Parts of the body a biology lesson names; a condition needs more than these ("a hole in her heart", "weak lungs").
    private static readonly string[] Organs =
        ["heart", "hearts", "lungs", "lung", "brain", "brains", "bones", "skeleton", "muscles", "stomach", "kidneys", "liver", "skin", "blood", "veins", "body", "bodies"];

    /// <summary>
    /// "we are learning about the heart and lungs", "It helps our hearts and muscles grow strong": a health span of body
    /// parts, "the", "and", "our" and how bodies grow only names no condition, treatment or device; no one's parts ("my muscles and my brain") nor what they do ("the muscles in my
    /// body are weaker").
    /// </summary>
    private static bool IsOrgansOnly(AnalyzedText analyzed, TaggedSpan span)
    {
        var organ = false;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            var word = analyzed.Tokens[t].In(analyzed.Text);
            if (WordLists.Contains(Organs, word))
            {
                organ = true;
            }
            else if (word is not ("the" or "The" or "and" or "or" or "a" or "our" or "both" or "," or "&" or "grow" or "strong" or "stronger" or "healthy" or "work"))
            {
                return false;
            }
        }

        return organ;
    }

    private static readonly string[] TitlesBeforeSurnames = ["coach", "dr", "doctor", "professor", "officer", "captain", "pastor", "reverend", "rev", "sir"];

    /// <summary>
    /// "Hemi Walker", "from H &amp; N Walker", "Mrs Walker", "Lily Cane": a capitalised health-list word of one token in
    /// the middle of a sentence, right after an initial, a title said before surnames, or a given name a list knows
    /// (one that is also an English word only when the judge's own first-name list has it), is a surname ("Using My
    /// Walker" and "Sam's Walker" stay).
    /// </summary>
    private static bool IsSurnameAfterName(AnalyzedText analyzed, TaggedSpan span)
    {
        var t = span.FirstToken;
        if (t != span.LastToken || t == 0 || analyzed.SentenceStarts[t] || !analyzed.IsCapitalisedWord(t, minLength: 3) || !analyzed.IsCapitalisedWord(t - 1)
            || analyzed.HasLineBreak(t - 1, t) || analyzed.Tokens[t].Start - analyzed.Tokens[t - 1].End != 1)
        {
            return false;
        }

        // A given name may be an English word too ("Lily Cane", "Grace Walker"); "My Walker" and "Blue Walker" are no names.
        const Lexicons.LexiconKind NoName = Lexicons.LexiconKind.FunctionWord | Lexicons.LexiconKind.CalendarWord | Lexicons.LexiconKind.WellKnownName
            | Lexicons.LexiconSet.HealthKinds;
        var kinds = analyzed.Lexicons[t - 1];
        var before = analyzed.Tokens[t - 1].In(analyzed.Text);
        return before.Length == 1 || NameRules.IsHonorificOrKinTitle(before) || WordLists.Contains(TitlesBeforeSurnames, before)
            || (Lexicons.GivenNames.IsGivenName(kinds, before) && (kinds & NoName) == 0
                && ((kinds & Lexicons.LexiconKind.CommonWord) == 0 || (kinds & Lexicons.LexiconKind.FirstName) != 0));
    }

    // Words of care an acronym's long form may hold with no health list knowing them: "Occupational Therapy" (OT), a
    // "Speech Generating Device".
    private static readonly string[] CareExpansions =
        ["therapy", "therapist", "monitor", "pump", "aid", "aids", "device", "communication", "machine", "hearing", "speech", "support", "plan", "care"];

    /// <summary>
    /// "ISS" after "the International Space Station": a device span of one word in capitals, on no health list, whose
    /// letters are the initials of capitalised words said before it, none of them a word of health, care, the body or an
    /// organisation, is that thing's short name ("CGM" of a "Continuous Glucose Monitor", "OT" of "Occupational
    /// Therapy", "DAFO" of a "Dynamic Ankle Foot Orthotic" and of "Dene Academy For Others" stay).
    /// </summary>
    private static bool IsSpelledOutAcronym(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var acronym = tokens[span.FirstToken].In(text);
        if (span.Type != EntityType.Device || span.FirstToken != span.LastToken || acronym.Length is < 2 or > 6 || acronym.IndexOfAnyExceptInRange('A', 'Z') >= 0
            || (analyzed.Lexicons[span.FirstToken] & Lexicons.LexiconSet.HealthKinds) != 0)
        {
            return false;
        }

        // The long form comes first, as a story introduces it: "the International Space Station. … the ISS".
        const Lexicons.LexiconKind NotAThing = Lexicons.LexiconSet.HealthKinds | Lexicons.LexiconKind.BodyWord | Lexicons.LexiconKind.OrganizationSuffix;
        for (var t = 0; t + acronym.Length <= span.FirstToken; t++)
        {
            var matched = 0;
            while (matched < acronym.Length && t + matched < tokens.Count && analyzed.IsCapitalisedWord(t + matched, minLength: 2)
                && text[tokens[t + matched].Start] == acronym[matched] && (analyzed.Lexicons[t + matched] & NotAThing) == 0
                && (matched == 0 || NameCandidates.SingleSpace(analyzed, t + matched - 1, t + matched)))
            {
                matched++;
            }

            if (matched == acronym.Length && !WordLists.AnyIn(text, tokens, t, t + matched - 1, CareExpansions))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Casts = ["cast", "casts"];

    // What makes a cast a broken bone's: a limb or a bone, a break, wearing it ("a hard white cast on her arm", "She
    // broke her wrist", "wear the cast for five weeks").
    private static readonly string[] InjuryWords =
    [
        "arm", "arms", "leg", "legs", "wrist", "wrists", "ankle", "ankles", "foot", "feet", "hand", "hands", "elbow", "knee", "bone", "bones", "finger",
        "thumb", "broke", "broken", "break", "fracture", "fractured", "wear", "wears", "wearing", "wore", "itchy", "heal", "heals", "sign", "signed",
    ];

    /// <summary>
    /// "the cast of the school play", "cast a spell": a cast with no limb, bone, break or wearing in its sentence is not
    /// a plaster cast; nor is a span that ends on "cast" with "of" and an article after it ("a cast of a broken leg bone
    /// from a Tyrannosaurus", a copy; "a cast of bright pink fibreglass" is a plaster cast).
    /// </summary>
    private static bool IsCastWithoutInjury(AnalyzedText analyzed, TaggedSpan span) =>
        IsThingOutOfContext(analyzed, span, Casts, InjuryWords)
        || (WordLists.Contains(Casts, analyzed.Tokens[span.LastToken].In(analyzed.Text)) && span.LastToken + 2 < analyzed.Tokens.Count
            && analyzed.Tokens[span.LastToken + 1].In(analyzed.Text) is "of" && analyzed.Tokens[span.LastToken + 2].In(analyzed.Text) is "a" or "an" or "the");

    /// <summary>
    /// A span that holds one of <paramref name="things"/> with none of the words that make it care (<paramref name="context"/>)
    /// within a few tokens in its sentence.
    /// </summary>
    private static bool IsThingOutOfContext(AnalyzedText analyzed, TaggedSpan span, string[] things, string[] context) =>
        WordLists.AnyIn(analyzed.Text, analyzed.Tokens, span.FirstToken, span.LastToken, things)
        && !analyzed.HasWordNear(span.FirstToken, span.LastToken, ContextWindow, context);

    private static readonly string[] Overlays = ["overlay", "overlays"];

    // What a reading overlay is for: "coloured overlays that make the words sit still".
    private static readonly string[] ReadingWords =
        ["read", "reads", "reading", "words", "word", "letters", "page", "pages", "book", "books", "text", "lines", "dyslexia", "dyslexic"];

    // How far around an overlay or a cast its sentence is read for the words that make it care.
    private const int ContextWindow = 16;

    /// <summary>
    /// "In art we made coloured overlays for the classroom window": a coloured overlay with no word of reading in its
    /// sentence is a sheet of coloured plastic, not a reading aid (a span that says "reading overlay" stays one).
    /// </summary>
    private static bool IsOverlayWithoutReading(AnalyzedText analyzed, TaggedSpan span) =>
        span.Type == EntityType.Device && IsThingOutOfContext(analyzed, span, Overlays, ReadingWords);

    /// <summary>
    /// "Min" of "my cousin Min-jun": one capitalised word no health list knows, joined by a hyphen to the next word with
    /// no space, is part of a given name.
    /// </summary>
    private static bool IsPieceOfHyphenedName(AnalyzedText analyzed, TaggedSpan span)
    {
        var t = span.FirstToken;
        var tokens = analyzed.Tokens;
        return t == span.LastToken && analyzed.IsCapitalisedWord(t) && (analyzed.Lexicons[t] & Lexicons.LexiconSet.HealthKinds) == 0
            && t + 2 < tokens.Count && tokens[t + 1].In(analyzed.Text) is "-" && tokens[t + 1].Start == tokens[t].End && tokens[t + 2].Start == tokens[t + 1].End
            && tokens[t + 2].Kind == TokenKind.Word;
    }

    /// <summary>
    /// "made ka" of "Teta has made ka'ak": a health span of one or two words, none on a health list, whose last word, in
    /// lower case, goes on after an apostrophe with no space, and not as English does ("Sam's", "don't"), stops inside a
    /// word of another language ("ka'ak", "ma'amoul"). A clinician's name is left to its own rules ("Dr. O'Sullivan").
    /// </summary>
    private static bool EndsInsideApostrophedWord(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var last = span.LastToken;
        return span.Type != EntityType.Provider && last - span.FirstToken <= 1 && last + 2 < tokens.Count && tokens[last].Kind == TokenKind.Word
            && char.IsLower(analyzed.Text[tokens[last].Start]) && !HasHealthWord(analyzed, span.FirstToken, last)
            && tokens[last + 1].In(analyzed.Text) is "'" or "’" && tokens[last + 1].Start == tokens[last].End && tokens[last + 2].Start == tokens[last + 1].End
            && tokens[last + 2].Kind == TokenKind.Word && !WordLists.Contains(Clitics, tokens[last + 2].In(analyzed.Text));
    }

    // How a day, week or month of awareness opens its name: "World Diabetes Day", "National Epilepsy Week".
    private static readonly string[] AwarenessOpeners = ["world", "international", "national", "global", "awareness"];

    private static readonly string[] AwarenessHeads = ["day", "week", "month", "fortnight"];

    // How many capitalised words an awareness name may run over either side of the span.
    private const int AwarenessNameReach = 3;

    /// <summary>
    /// "Diabetes" of "your school is celebrating World Diabetes Day", "Epilepsy" of "Epilepsy Awareness Week": a health
    /// span of capitalised words inside the name of a day, week or month that has "World", "International", "National" or
    /// "Global" among the three words before it or "Awareness" after it, every word capitalised and in one sentence, is
    /// the occasion's, no one's condition.
    /// </summary>
    private static bool IsInAwarenessDayName(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (!analyzed.IsCapitalisedWord(t))
            {
                return false;
            }
        }

        var opener = false;
        for (var t = span.FirstToken - 1; t >= 0 && span.FirstToken - t <= AwarenessNameReach && analyzed.IsCapitalisedWord(t) && !analyzed.SentenceStarts[t + 1]; t--)
        {
            opener |= WordLists.Contains(AwarenessOpeners, tokens[t].In(text));
        }

        for (var t = span.LastToken + 1; t < tokens.Count && t - span.LastToken <= AwarenessNameReach && analyzed.IsCapitalisedWord(t) && !analyzed.SentenceStarts[t]; t++)
        {
            var word = tokens[t].In(text);
            opener |= word.Equals("awareness", StringComparison.OrdinalIgnoreCase);
            if (WordLists.Contains(AwarenessHeads, word))
            {
                return opener;
            }
        }

        return false;
    }

    // Verbs that send, draw or make a heart as a shape or an emoji: "I sent back a heart", "we drew a big red heart".
    private static readonly string[] ShapeVerbs =
        ["sent", "send", "sends", "drew", "draw", "draws", "drawing", "made", "make", "makes", "coloured", "colored", "colour", "color", "cut", "stuck", "added", "add", "adds", "replied", "reply"];

    // Words that may stand between "a" and the heart shape: "a big red heart".
    private static readonly string[] ShapeLooks = ["big", "little", "small", "red", "pink", "purple", "blue", "paper", "tiny", "giant"];

    /// <summary>
    /// "Dziadek sent his first message to me: a thumbs up and a cat. I sent back a heart.", "we drew a big red heart": a
    /// span that ends on "heart" after "a" (and a word of size or colour), with a verb of sending, drawing or making a few
    /// words before and no word of a health list in it, is a shape or an emoji ("a heart condition", "a hole in her heart"
    /// are no such thing).
    /// </summary>
    private static bool IsHeartShape(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var last = span.LastToken;
        // The heart ends its phrase: "a heart condition" goes on.
        if (tokens[last].In(text) is not ("heart" or "hearts") || (last + 1 < tokens.Count && tokens[last + 1].Kind == TokenKind.Word && !analyzed.SentenceStarts[last + 1]
            && tokens[last + 1].In(text) is not ("and" or "to" or "for" or "back")))
        {
            return false;
        }

        var a = last - 1;
        while (a >= 0 && last - a <= 3 && WordLists.Contains(ShapeLooks, tokens[a].In(text)))
        {
            a--;
        }

        return a >= 1 && tokens[a].In(text) is "a" or "an" && WordLists.AnyIn(text, tokens, Math.Max(0, a - 3), a - 1, ShapeVerbs)
            && !HasHealthWord(analyzed, span.FirstToken, last);
    }

    // Places that make or sell things, named for what they make: "the Wheelchair Workshop", "the Hearing Aid Museum".
    private static readonly string[] MakersPlaces = ["workshop", "workshops", "factory", "museum", "shop", "store", "warehouse"];

    /// <summary>
    /// "Our Trip to the Wheelchair Workshop": a device in capitals right before a capitalised workshop, factory, museum or
    /// shop is part of that place's name, no one's device (a "Wheelchair Service" or "Centre" may be someone's care, and
    /// is not read here).
    /// </summary>
    private static bool IsMakersPlaceName(AnalyzedText analyzed, TaggedSpan span)
    {
        var next = span.LastToken + 1;
        return span.Type == EntityType.Device && analyzed.IsCapitalisedWord(span.FirstToken) && analyzed.IsCapitalisedWord(span.LastToken)
            && next < analyzed.Tokens.Count && analyzed.IsCapitalisedWord(next) && WordLists.Contains(MakersPlaces, analyzed.Tokens[next].In(analyzed.Text));
    }

    // Places of care a person may work or volunteer in: "helps in the playroom on the children's ward".
    private static readonly string[] WardWords = ["ward", "wards", "hospital", "unit", "clinic"];

    // Verbs of working or helping there.
    private static readonly string[] WorkVerbs = ["helps", "helped", "works", "worked", "volunteers", "volunteered", "volunteering", "working", "helping"];

    // Whom the help may be given to, a patient of the story: "Mum helps me on the ward", "helps him".
    private static readonly string[] HelpedOnes = ["me", "him", "her", "them", "us", "i", "my", "his", "your", "you"];

    // How far before the ward its worker's verb may stand: "Emma helps in the playroom on the children's ward".
    private const int WorkReach = 8;

    /// <summary>
    /// "Every Saturday morning, Emma helps in the playroom on the children's ward": a ward or a hospital found as care,
    /// where the sentence's subject works, helps or volunteers a few words before with no one helped in between ("Mum
    /// helps me on the ward" leaves me a patient), is a place of work.
    /// </summary>
    private static bool IsWorkedIn(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (span.Type != EntityType.Treatment || !WordLists.Contains(WardWords, tokens[span.LastToken].In(text)))
        {
            return false;
        }

        for (var t = span.FirstToken - 1; t >= 0 && span.FirstToken - t <= WorkReach && !analyzed.SentenceStarts[t + 1]; t--)
        {
            var word = tokens[t].In(text);
            if (WordLists.Contains(HelpedOnes, word))
            {
                return false;
            }

            if (WordLists.Contains(WorkVerbs, word))
            {
                return true;
            }
        }

        return false;
    }

    // What medicine is the field of: "the history of medicine", "the Museum of Medicine", "a school of medicine".
    private static readonly string[] FieldHolders =
        ["history", "museum", "school", "faculty", "college", "study", "science", "sciences", "world", "art", "department", "university", "doctor", "story"];

    /// <summary>
    /// "a museum about the history of medicine", "Our Visit to the Museum of Medicine": "medicine" alone after "of" and a
    /// word that holds a field of knowledge names the field, no one's medicine ("a spoonful of medicine" is one).
    /// </summary>
    private static bool IsFieldOfMedicine(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var t = span.FirstToken;
        return t == span.LastToken && t >= 2 && tokens[t].In(analyzed.Text).Equals("medicine", StringComparison.OrdinalIgnoreCase)
            && tokens[t - 1].In(analyzed.Text) is "of" && WordLists.Contains(FieldHolders, tokens[t - 2].In(analyzed.Text));
    }

    // Rooms of care, which may tell of someone's stay: "the isolation room", "a side room", "the medical room".
    private static readonly string[] CareRooms = ["isolation", "side", "medical", "sick", "treatment", "recovery", "delivery", "operating", "emergency", "infirmary"];

    // Rooms and places a sentence may send someone to: "a first aid kit in the back room".
    private static readonly string[] RoomWords = ["room", "rooms", "kitchen", "hall", "hallway", "corridor", "office", "cupboard", "garden", "yard", "shed", "garage", "porch"];

    /// <summary>
    /// "the back room" of "a first aid kit in the back room": a condition found on "the" or "a", at most one word and a
    /// room, with no word of any health list (a body's "back" may stand) nor of a room of care ("the isolation room"), is
    /// a place ("the waiting room" says no more).
    /// </summary>
    private static bool IsRoomOnly(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        if (span.Type != EntityType.Diagnosis || span.LastToken == span.FirstToken || span.LastToken - span.FirstToken > 2
            || tokens[span.FirstToken].In(analyzed.Text) is not ("the" or "a" or "The" or "A")
            || !WordLists.Contains(RoomWords, tokens[span.LastToken].In(analyzed.Text)) || WordLists.AnyIn(analyzed.Text, tokens, span.FirstToken, span.LastToken, CareRooms))
        {
            return false;
        }

        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || (analyzed.Lexicons[t] & Lexicons.LexiconSet.HealthKinds) != 0)
            {
                return false;
            }
        }

        return true;
    }

    // A rule's "no": "You should never take tablets by yourself", "Do not eat pills".
    private static readonly string[] SafetyNegations = ["never", "not", "t"];

    // What makes the rule one about medicine in general: only a grown-up gives it, it looks like sweets.
    private static readonly string[] SafetyRuleCues = ["yourself", "own", "grown", "grownup", "adult", "adults", "sweets", "sweet", "candy", "sweeties", "lollies"];

    private static readonly string[] OwnersOfMedicine = ["my", "your", "his", "her", "our", "their", "mine"];

    private static readonly string[] SafetySubjects = ["you", "children", "kids", "anyone", "nobody", "everyone", "we", "never"];

    // Someone's own in the rule's sentence: "he", "she", "her own", "his".
    private static readonly string[] SomeonesWords = ["he", "she", "his", "her", "him", "i", "my", "me"];

    /// <summary>
    /// "You should never take tablets or syrup by yourself, even if they look like sweets": a medicine named in general
    /// (no "my" or "your" before it) in a sentence that says never or not, and says a grown-up must give it or that it
    /// looks like sweets, is a safety lesson about medicines, not someone's. "You never take your tablets by yourself"
    /// and "I must not forget my inhaler" name someone's.
    /// </summary>
    private static bool IsMedicineSafetyRule(AnalyzedText analyzed, TaggedSpan span)
    {
        if (span.Type != EntityType.Medication)
        {
            return false;
        }

        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var (first, last) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, ScreenCueWindow);
        var negation = WordLists.AnyIn(text, tokens, first, span.FirstToken - 1, SafetyNegations);

        // Said to anyone: "You should never …", "Children must not …", or told as an order that limits it ("Only take
        // medicine that a grown-up you trust gives you"); not "Ava is not allowed to take insulin on her own".
        var onlyOrder = IsOnlyOrder(analyzed, first, span.FirstToken);
        if (!(negation || onlyOrder) || !(onlyOrder || WordLists.AnyIn(text, tokens, first, span.FirstToken - 1, SafetySubjects)) || WordLists.AnyIn(text, tokens, first, last, SomeonesWords))
        {
            return false;
        }

        for (var t = first + 1; t < span.FirstToken; t++)
        {
            if (analyzed.IsCapitalisedWord(t) && !analyzed.SentenceStarts[t])
            {
                return false;
            }
        }

        return !WordLists.AnyIn(text, tokens, span.FirstToken, span.LastToken, OwnersOfMedicine)
            && !(span.FirstToken > 0 && WordLists.Contains(OwnersOfMedicine, tokens[span.FirstToken - 1].In(text)))
            && (WordLists.AnyIn(text, tokens, span.LastToken + 1, last, SafetyRuleCues) || (onlyOrder && WordLists.AnyIn(text, tokens, first, span.FirstToken - 1, SafetyRuleCues)));
    }

    private static readonly string[] TakingVerbs = ["take", "use", "swallow", "have", "eat", "accept"];

    /// <summary>An order that opens its sentence with "only" and a verb of taking: "Only take …", "Only ever use …".</summary>
    private static bool IsOnlyOrder(AnalyzedText analyzed, int first, int before)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var t = first; t + 1 < before; t++)
        {
            if ((analyzed.SentenceStarts[t] || (t > 0 && tokens[t - 1].In(text) is ";" or "," or "and")) && tokens[t].In(text).Equals("only", StringComparison.OrdinalIgnoreCase))
            {
                // "Only take …", "Only ever use …", or who alone may give it: "Only a grown-up should give you medicine".
                var verb = tokens[t + 1].In(text) is "ever" && t + 2 < before ? t + 2 : t + 1;
                return WordLists.Contains(TakingVerbs, tokens[verb].In(text)) || WordLists.AnyIn(text, tokens, t + 1, Math.Min(before - 1, t + 4), SafetyRuleCues);
            }
        }

        return false;
    }

    private static readonly string[] Plush = ["stuffed", "plush", "cuddly"];

    // What a stuffed thing may be that is no toy: "a stuffed nose", "stuffed up".
    private static readonly string[] NotToys = ["nose", "noses", "up", "head", "ears", "ear", "chest", "feeling"];

    /// <summary>"my stuffed carabao", "a plush axolotl": a stuffed or plush thing is a toy, not a device.</summary>
    private static bool IsStuffedToy(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var plush = WordLists.Contains(Plush, tokens[span.FirstToken].In(analyzed.Text)) ? span.FirstToken
            : span.FirstToken > 0 && WordLists.Contains(Plush, tokens[span.FirstToken - 1].In(analyzed.Text)) ? span.FirstToken - 1 : -1;
        return plush >= 0 && char.IsLower(analyzed.Text[tokens[plush].Start]) && !WordLists.Contains(NotToys, tokens[span.LastToken].In(analyzed.Text))
            && (analyzed.Lexicons[span.LastToken] & Lexicons.LexiconSet.HealthKinds) == 0;
    }

    // Verbs of food: "we eat momo and khapse", "Nani makes pitha".
    private static readonly string[] FoodVerbs = ["eat", "eats", "ate", "eating", "cook", "cooks", "cooked", "cooking", "fry", "fries", "fried", "bake", "bakes", "baked"];

    // What a sport's name goes before: "my first pelota match", "the kabaddi team".
    private static readonly string[] SportEventNouns = ["match", "matches", "game", "games", "team", "tournament", "practice", "club", "court", "league"];

    /// <summary>
    /// "we eat momo", "my first pelota match": one lower-case word that no list knows at all, right after a verb of food
    /// or right before a match or a team, is a dish or a sport of another language, not a condition.
    /// </summary>
    private static bool IsUnknownFoodOrSport(AnalyzedText analyzed, TaggedSpan span)
    {
        var t = span.FirstToken;
        var tokens = analyzed.Tokens;
        if (span.LastToken != t || analyzed.Lexicons[t] != Lexicons.LexiconKind.None || !char.IsLower(analyzed.Text[tokens[t].Start]))
        {
            return false;
        }

        return (t > 0 && WordLists.Contains(FoodVerbs, tokens[t - 1].In(analyzed.Text)))
            || (t + 1 < tokens.Count && WordLists.Contains(SportEventNouns, tokens[t + 1].In(analyzed.Text)));
    }

    private static readonly string[] ScannerWords = ["ray", "rays", "xray", "xrays", "scanner", "scanners"];

    // Scans of a body by name: "the MRI scanner", "a CT scan".
    private static readonly string[] BodyScans = ["mri", "ct", "pet", "cat", "scan", "scans", "ultrasound"];

    // Words of travel security: "Our bags go through an X-ray machine", "the scanner at the airport".
    private static readonly string[] LuggageCues =
        ["bag", "bags", "luggage", "suitcase", "suitcases", "backpack", "backpacks", "security", "airport", "tray", "trays", "conveyor", "passport", "passports"];

    // Words of a body being looked at: "the X-ray of my arm at the airport hospital", "I lie still in the scanner".
    private static readonly string[] BodyScanCues =
    [
        "arm", "arms", "leg", "legs", "wrist", "ankle", "chest", "tummy", "head", "brain", "bone", "bones", "teeth", "broken",
        "hospital", "doctor", "nurse", "radiographer", "lie", "lying", "still",
    ];

    // Someone's X-ray: "my X-ray", "when I have my X-ray", "she gets an X-ray", "go in for the X-ray", "during Mia's X-ray".
    private static readonly string[] HavingWords =
        ["my", "your", "his", "her", "their", "our", "have", "has", "had", "having", "get", "gets", "got", "getting", "for", "during", "s"];

    // "security blanket", "security toy": comfort, not travel.
    private static readonly string[] ComfortAfterSecurity = ["blanket", "blankie", "toy", "object", "teddy"];

    private const int LuggageWindow = 12;

    /// <summary>
    /// An X-ray or scanner with a word of travel security near it in its sentence, no word of a body or a hospital there,
    /// no body scan named ("MRI scanner") and nobody having it ("my X-ray", "I have an X-ray"): the machine that looks
    /// inside bags at the airport, not a test of a child's body.
    /// </summary>
    internal static bool IsLuggageScanner(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var scanner = -1;
        for (var t = span.FirstToken; t <= span.LastToken && scanner < 0; t++)
        {
            scanner = WordLists.Contains(ScannerWords, tokens[t].In(text)) ? t : -1;
        }

        if (scanner < 0)
        {
            return false;
        }

        if (IsHadBySomeone(analyzed, ScanOpening(analyzed, scanner)))
        {
            return false;
        }

        // The window holds the span and the words before it, so a body scan named in either ("MRI scanner") is met here.
        var (first, last) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, LuggageWindow);
        var luggage = false;
        for (var t = first; t <= last; t++)
        {
            var word = tokens[t].In(text);
            if (WordLists.Contains(BodyScanCues, word) || WordLists.Contains(BodyScans, word))
            {
                return false;
            }

            luggage |= WordLists.Contains(LuggageCues, word)
                && !(word.Equals("security", StringComparison.OrdinalIgnoreCase) && t + 1 < tokens.Count && WordLists.Contains(ComfortAfterSecurity, tokens[t + 1].In(text)));
        }

        return luggage;
    }

    /// <summary>"ray" of "X-ray" is its third token: the token the scan's name opens on, where its owner or verb stands before.</summary>
    private static int ScanOpening(AnalyzedText analyzed, int scanner) =>
        scanner >= 2 && analyzed.Tokens[scanner - 1].In(analyzed.Text) is "-" ? scanner - 2 : scanner;

    /// <summary>
    /// Someone's scan: "my X-ray", "when I have my X-ray", "she gets an X-ray", "during Mia's X-ray", a word of having in
    /// the three tokens before its opening, in its sentence.
    /// </summary>
    private static bool IsHadBySomeone(AnalyzedText analyzed, int opening)
    {
        for (var t = opening - 1; t >= 0 && t >= opening - 3 && !analyzed.SentenceStarts[t + 1]; t--)
        {
            if (WordLists.Contains(HavingWords, analyzed.Tokens[t].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    // Things and places an X-ray names before them: "how an X-ray machine works", "the Hospital X-ray Room".
    private static readonly string[] XRayEquipment = ["machine", "machines", "room", "rooms", "department", "equipment", "scanner"];

    // Whose X-ray a visit to its room may be: "I will go to the X-ray room so the doctor can look at my ankle".
    private static readonly string[] OnePatient = ["i", "my", "me", "his", "her", "he", "she"];

    // Pictures an X-ray takes, which may be anyone's: "X-ray pictures of bones on a light box".
    private static readonly string[] XRayPictures = ["pictures", "picture", "photos", "photo", "images", "image"];

    /// <summary>
    /// "Today we are visiting a hospital to see how an X-ray machine works", "the Hospital X-ray Room", "X-ray pictures of
    /// bones": an X-ray naming the machine, its room or pictures of no one in particular is no test of anyone's body, unless
    /// someone has it ("my X-ray machine visit", "for his X-ray room", "X-ray pictures of my arm", "a picture of my bones
    /// with an X-ray machine").
    /// </summary>
    internal static bool IsXRayEquipment(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var last = span.LastToken;
        // The tagger may take the machine or room in: "the X-ray department".
        if (last > span.FirstToken && WordLists.Contains(XRayEquipment, tokens[last].In(text)) && WordLists.Contains(ScannerWords, tokens[last - 1].In(text)))
        {
            last--;
        }

        if (!WordLists.Contains(ScannerWords, tokens[last].In(text)) || last + 1 >= tokens.Count)
        {
            return false;
        }

        var opening = ScanOpening(analyzed, last);
        if (IsHadBySomeone(analyzed, opening))
        {
            return false;
        }

        // "they took a picture of my bones with an X-ray machine": a body of the story's in the sentence had it.
        var (from, to) = analyzed.WindowInSentence(span.FirstToken, last, LuggageWindow);
        for (var t = from; t < to; t++)
        {
            if (WordLists.Contains(HavingWords, tokens[t].In(text)) && tokens[t].In(text) is not ("for" or "during" or "s")
                && WordLists.AnyIn(text, tokens, t + 1, Math.Min(to, t + 2), BodyScanCues))
            {
                return false;
            }
        }

        // The machine or its room with no one patient in the sentence: "a radiographer will show us the X-ray room", not
        // "I will go to the X-ray room" or "Sam will lie on the X-ray machine".
        var next = tokens[last + 1].In(text);
        if (WordLists.Contains(XRayEquipment, next))
        {
            return !WordLists.AnyIn(text, tokens, from, to, OnePatient) && !HasNameBefore(analyzed, from, opening);
        }

        // "X-ray pictures of bones", not "of my arm" or "of Leo's hand".
        return WordLists.Contains(XRayPictures, next) && last + 3 < tokens.Count && tokens[last + 2].In(text) is "of"
            && (analyzed.Lexicons[last + 3] & (Lexicons.LexiconKind.Possessive | Lexicons.LexiconKind.FirstName)) == 0 && !char.IsUpper(text[tokens[last + 3].Start]);
    }

    /// <summary>A capitalised word that is no sentence's first, no title and no ordinary word in [from, to): a child named there.</summary>
    private static bool HasNameBefore(AnalyzedText analyzed, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word && analyzed.IsCapitalisedWord(t, minLength: 2) && !analyzed.SentenceStarts[t]
                && (analyzed.Lexicons[t] & (Lexicons.LexiconKind.FirstName | Lexicons.LexiconKind.Surname)) != 0
                && (analyzed.Lexicons[t] & (Lexicons.LexiconKind.CommonWord | Lexicons.LexiconKind.Title | Lexicons.LexiconKind.WellKnownName)) == 0)
            {
                return true;
            }
        }

        return analyzed.Tokens[from].Kind == TokenKind.Word && (analyzed.Lexicons[from] & Lexicons.LexiconKind.FirstName) != 0
            && (analyzed.Lexicons[from] & Lexicons.LexiconKind.CommonWord) == 0 && from < to;
    }

    /// <summary>
    /// "the operation of the machine", "operations of the crane", "its operation": an operation of something is how it
    /// works, not surgery ("an operation on his heart"); so is an operation on a machine ("a small operation on the engine").
    /// </summary>
    internal static bool IsOperationOfThing(AnalyzedText analyzed, TaggedSpan span)
    {
        var last = span.LastToken;
        if (analyzed.Tokens[last].In(analyzed.Text) is not ("operation" or "operations" or "Operation" or "Operations"))
        {
            return false;
        }

        // "Scoreboard operation is on the parent rota": a thing's operation, the one word before it no body, health, name or
        // family word and no size ("heart operation", "eye operation", "Grandad's operation", "a small operation" stay).
        // "he is the only one who understands its operation": "its" is a thing's or an animal's, never a person's.
        var before = span.FirstToken == last ? last - 1 : span.FirstToken;
        return (last + 1 < analyzed.Tokens.Count && analyzed.Tokens[last + 1].In(analyzed.Text) is "of") || IsOnMachine(analyzed, last + 1)
            || (last >= 1 && analyzed.Tokens[last - 1].In(analyzed.Text) is "its" or "Its")
            || (before >= 0 && before == last - 1 && analyzed.Tokens[before].Kind == TokenKind.Word && analyzed.Tokens[before].Length > 1
                && ((analyzed.Lexicons[before] & Lexicons.LexiconKind.CommonWord) != 0 || analyzed.SentenceStarts[before])
                && (analyzed.Lexicons[before] & (Lexicons.LexiconSet.HealthKinds | Lexicons.LexiconKind.BodyWord | Lexicons.LexiconKind.FunctionWord | Lexicons.LexiconKind.Possessive
                    | Lexicons.LexiconKind.FirstName | Lexicons.LexiconKind.Surname | Lexicons.LexiconKind.KinWord)) == 0
                && !WordLists.Contains(OperationAdjectives, analyzed.Tokens[before].In(analyzed.Text)));
    }

    // Machines a mechanic "operates" on: "a small operation on the engine", "An operation on a car means fixing the parts".
    private static readonly string[] Machines =
        ["engine", "engines", "car", "cars", "bike", "motorbike", "computer", "laptop", "robot", "boat", "truck", "lorry", "van", "bus", "machine", "clock", "train", "tractor", "motor", "plane"];

    /// <summary>"on the engine", "on a car": "on", "the", "a", "our" or "its" and a machine ending its phrase from token <paramref name="on"/>.</summary>
    private static bool IsOnMachine(AnalyzedText analyzed, int on)
    {
        var tokens = analyzed.Tokens;
        // The machine ends its phrase: "on his bike accident injuries" is a person's.
        return on + 3 < tokens.Count && tokens[on].In(analyzed.Text) is "on" && tokens[on + 1].In(analyzed.Text) is "the" or "a" or "our" or "its"
            && WordLists.Contains(Machines, tokens[on + 2].In(analyzed.Text))
            && (tokens[on + 3].Kind == TokenKind.Punctuation || (analyzed.Lexicons[on + 3] & Lexicons.LexiconKind.FunctionWord) != 0);
    }

    // Words before "operation" that tell of a person's one: "a small operation", "my big operation", and parts of the
    // body that no body list holds ("his tonsil operation").
    private static readonly string[] OperationAdjectives =
    [
        "small", "big", "little", "tiny", "quick", "short", "long", "major", "minor", "second", "first", "next", "last", "new", "another", "special",
        "keyhole", "emergency", "planned", "tonsil", "tonsils", "adenoid", "adenoids", "appendix", "hernia", "grommet", "grommets", "cleft", "palate",
        "cataract", "squint", "spine", "spinal", "bowel", "bladder", "kidney", "liver", "brain", "bone", "jaw",
    ];

    private static readonly string[] SurgeryOwners = ["doctor", "doctors", "gp", "gps", "dentist", "dentists", "vet", "vets"];

    private static readonly string[] PlacePrepositions = ["to", "at", "from", "in", "into", "outside", "inside", "near"];

    private static readonly string[] SurgeryDeterminers = ["the", "our", "my", "your", "local", "family"];

    /// <summary>
    /// "going to the doctor's surgery", "at our local GP surgery": in British English the practice a child visits, a
    /// place and no operation; so only after a preposition of place and a determiner ("The doctor's surgery on my knee
    /// went well" and "dental surgery at the hospital" are operations).
    /// </summary>
    internal static bool IsDoctorsSurgery(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        // The surgery may not end the span: "the surgery waiting" (room), "the surgery as" (a receptionist).
        var last = span.LastToken;
        while (last > span.FirstToken && tokens[last].In(text) is not ("surgery" or "Surgery"))
        {
            last--;
        }

        if (tokens[last].In(text) is not ("surgery" or "Surgery") || last < 1)
        {
            return false;
        }

        var owner = last - 1;
        if (owner >= 2 && tokens[owner].In(text) is "s" && NameShape.Of(analyzed, owner - 1) == 10)
        {
            owner -= 2;
        }

        // "photos of a dental surgery", "at the dental surgery": a dentist's practice, its article after a place word (not "I
        // will have a dental surgery").
        if (tokens[owner].In(text) is "dental" or "Dental" && owner >= 2 && tokens[owner - 1].In(text) is "a" or "the" or "our" or "your"
            && tokens[owner - 2].In(text) is "of" or "at" or "to" or "in" or "from" or "near" or "outside" or "inside" or "into")
        {
            return true;
        }

        if (!WordLists.Contains(SurgeryOwners, tokens[owner].In(text)))
        {
            // "Sometimes I go to see the GP. … Mam drives me to the surgery.": "the surgery" a child goes to, in a text that
            // names the GP or the doctor's practice.
            return span.FirstToken >= last - 1 && owner >= 1 && tokens[owner].In(text) is "the" or "our" && WordLists.Contains(PlacePrepositions, tokens[owner - 1].In(text))
                && (last + 1 >= tokens.Count || tokens[last + 1].In(text) is not ("on" or "to"))
                && WordLists.AnyIn(text, tokens, 0, tokens.Count - 1, SurgeryOwners);
        }

        // "The vet's surgery is where we take Pamuk", "GP surgery": a GP's or a vet's surgery is a place wherever it stands.
        if (tokens[owner].In(text) is "vet" or "vets" or "gp" or "gps" or "GP" or "GPs" or "Vet" or "Vets")
        {
            return true;
        }

        // "to the doctor's surgery", "to our doctor's surgery", "at the local GP surgery".
        var before = owner - 1;
        while (before >= 0 && owner - before <= 2 && WordLists.Contains(SurgeryDeterminers, tokens[before].In(text)))
        {
            before--;
        }

        return before >= 0 && before < owner - 1 && WordLists.Contains(PlacePrepositions, tokens[before].In(text));
    }

    // Words of screens and games: "close the tablet if it shows a pop-up", "set up the tablet and show her the block button".
    private static readonly string[] ScreenCues =
    [
        "game", "games", "gaming", "app", "apps", "screen", "screens", "video", "videos", "clip", "clips", "cartoon", "cartoons",
        "movie", "movies", "film", "films", "popup", "button", "buttons", "settings", "charge", "charger", "charging",
        "battery", "online", "internet", "wifi", "password", "download", "downloaded", "episode", "episodes", "minecraft", "roblox", "youtube", "message", "messages",
        "photo", "photos", "camera", "swipe", "keyboard", "volume", "virus", "avatar", "browser", "website",

        // Other screens in the plural, listed with tablets: "a rule about phones and tablets", "devices".
        "phones", "laptops", "computers", "consoles", "devices", "ipads",
    ];

    // Words of taking a medicine and of its times ("I take my tablet with a sip of water after lunch", "Mum gives me my
    // tablet at breakfast, then I can watch one cartoon"; "give" alone is no cue: "I give the tablet to my brother so he
    // can play his game") or of talking with a tablet ("the
    // tablet with the picture buttons helps her say what she wants"): with them a tablet is no screen for games.
    private static readonly string[] NoScreenCues =
    [
        .. MedicineCues, "talk", "talks", "talking", "say", "says", "speak", "speaks", "words", "picture", "pictures", "symbols", "communicate",
        "communication", "aac", "voice",
    ];
    private const int ScreenCueWindow = 16;

    // What only a screen has: "my tablet is full of battery", "the tablet charges in the kitchen", "the tablet's wifi".
    private static readonly string[] PowerCues =
        ["battery", "batteries", "charged", "charging", "charger", "recharge", "recharges", "wifi", "password", "passcode"];

    // Drinks and a meal that a medicine's tablet is taken with, even beside a screen's word.
    private static readonly string[] TakenWith = ["water", "juice", "breakfast"];

    /// <summary>
    /// "In the morning, my tablet is full of battery and ready": a word only a screen has, near the tablet in its sentence,
    /// makes it one though a time of day is beside it too (see <see cref="IsNoScreenCue"/>); a word of taking it, a drink or
    /// a meal close by, or a word of giving it or of care does not let it ("I take my tablet while my phone is charging",
    /// "Mum gives me my tablet with a glass of water while her phone is charging").
    /// </summary>
    private static bool HasPowerCueNearby(AnalyzedText analyzed, TaggedSpan span) =>
        analyzed.HasWordNear(span.FirstToken, span.LastToken, ScreenCueWindow, PowerCues) && !HasNoScreenCueNearby(analyzed, span, TakingCues)
        && !WordLists.AnyIn(analyzed.Text, analyzed.Tokens, Math.Max(0, span.FirstToken - TimeAndDrinkReach), Math.Min(analyzed.Tokens.Count - 1, span.LastToken + TimeAndDrinkReach), TakenWith)
        && !analyzed.HasWordNear(span.FirstToken, span.LastToken, ScreenCueWindow, GivenTabletCues)
        && !analyzed.HasWordNear(span.FirstToken, span.LastToken, ScreenCueWindow, CareOfTabletCues);

    /// <summary>
    /// A screen or game word within sixteen tokens of the tablet in its sentence and no word of taking a medicine or of
    /// talking there: the window is fixed, so many tablets in one long sentence cost no more than their count.
    /// </summary>
    private static bool HasScreenCueNearby(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var (first, last) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, ScreenCueWindow);
        var screen = false;
        for (var t = first; t <= last; t++)
        {
            if (IsNoScreenCue(analyzed, t, span.LastToken))
            {
                return false;
            }

            screen |= WordLists.Contains(ScreenCues, tokens[t].In(text));
        }

        return screen;
    }

    private static readonly string[] ComfortItems =
        ["defenders", "headphones", "earphones", "earmuffs", "muffs", "earplugs", "plugs", "ball", "squishy", "fidget", "spinner", "teddy"];

    /// <summary>
    /// Ear defenders and headphones are what any child may wear where it is loud ("I can use my ear defenders when I
    /// know a place will be noisy"), and a squishy ball or a fidget what any child may squeeze; they are a DEVICE of
    /// someone's condition only with a diagnosis, medicine, therapy or clinician in the same sentence ("ear defenders
    /// prescribed by the therapist").
    /// </summary>
    internal static bool IsComfortItemAlone(AnalyzedText analyzed, TaggedSpan span)
    {
        ConditionWords? sentences = null;
        return IsComfortItemAlone(analyzed, span, ref sentences);
    }

    /// <param name="sentences">Built on the first comfort item and reused, so that many in one long sentence cost one pass.</param>
    private static bool IsComfortItemAlone(AnalyzedText analyzed, TaggedSpan span, ref ConditionWords? sentences)
    {
        var last = LastWord(analyzed, span);
        if (last < 0 || !(WordLists.Contains(ComfortItems, analyzed.Tokens[last].In(analyzed.Text)) || IsComfortItemBeforePlace(analyzed, span)))
        {
            return false;
        }

        sentences ??= new ConditionWords(analyzed);
        return !sentences.AnyOutside(span);
    }

    private static readonly string[] KeptIn = ["from", "in", "on", "at", "under", "inside"];

    // Where a child keeps a comfort item: "my squishy ball from my pocket", "the fidget in my bag".
    private static readonly string[] KeptPlaces =
        ["pocket", "pockets", "bag", "backpack", "schoolbag", "rucksack", "desk", "drawer", "box", "tray", "locker", "pencil", "case", "basket", "shelf", "car"];

    /// <summary>
    /// "squishy ball from my pocket": a comfort item and where the child keeps it ("stress ball from the tic clinic"
    /// names where it came from, a clinic, and stays a device).
    /// </summary>
    private static bool IsComfortItemBeforePlace(AnalyzedText analyzed, TaggedSpan span)
    {
        for (var t = span.FirstToken + 1; t < span.LastToken; t++)
        {
            if (WordLists.Contains(KeptIn, analyzed.Tokens[t].In(analyzed.Text)))
            {
                return WordLists.Contains(ComfortItems, analyzed.Tokens[t - 1].In(analyzed.Text))
                    && WordLists.Contains(KeptPlaces, analyzed.Tokens[span.LastToken].In(analyzed.Text)) && span.LastToken - t <= 3;
            }
        }

        return false;
    }

    /// <summary>Per token, the bounds of its sentence, and a running count of diagnosis, medicine, therapy and clinician words.</summary>
    private sealed class ConditionWords
    {
        private const Lexicons.LexiconKind Condition = Lexicons.LexiconKind.Diagnosis | Lexicons.LexiconKind.Medication
            | Lexicons.LexiconKind.Treatment | Lexicons.LexiconKind.Provider;

        private readonly int[] _sentenceFirst;
        private readonly int[] _sentenceEnd;
        private readonly int[] _before;

        public ConditionWords(AnalyzedText analyzed)
        {
            var count = analyzed.Tokens.Count;
            (_sentenceFirst, _sentenceEnd, _before) = (new int[count], new int[count], new int[count + 1]);
            for (var t = 0; t < count; t++)
            {
                _sentenceFirst[t] = t == 0 || analyzed.SentenceStarts[t] ? t : _sentenceFirst[t - 1];
                _before[t + 1] = _before[t] + ((analyzed.Lexicons[t] & Condition) != 0 ? 1 : 0);
            }

            for (var t = count - 1; t >= 0; t--)
            {
                _sentenceEnd[t] = t == count - 1 || analyzed.SentenceStarts[t + 1] ? t + 1 : _sentenceEnd[t + 1];
            }
        }

        /// <summary>Whether the span's sentence has a condition word outside the span.</summary>
        public bool AnyOutside(TaggedSpan span)
        {
            var inSentence = _before[_sentenceEnd[span.FirstToken]] - _before[_sentenceFirst[span.FirstToken]];
            var inSpan = _before[span.LastToken + 1] - _before[span.FirstToken];
            return inSentence - inSpan > 0;
        }
    }

    private static readonly string[] QuestionWords = ["which", "what", "whose", "whichever", "whatever"];

    /// <summary>
    /// A health span that starts inside a hyphenated word ("ups want" of "My grown-ups want to help") or with a question
    /// word ("which country you are from", "which race was the most fun"), or ends inside a negation with no body word
    /// ("eat anything I don" of "… I don't like"; not "my ears don" of "my ears don't work") is the tagger reading a
    /// sentence, not a name for a condition, medicine, therapy or device: no labelled health span of the default data
    /// starts or ends so.
    /// </summary>
    internal static bool IsCutOrQuestionHealthSpan(AnalyzedText analyzed, TaggedSpan span)
    {
        if (EntityCategories.Of(span.Type) != Category.Health)
        {
            return false;
        }

        // "three times. Knock" of "knock on the wall three times. Knock, knock": a span that ends on a sentence's first word
        // runs past its sentence, cut in the middle of the next; what stands before the full stop is judged alone ("Rett.
        // She" keeps "Rett", a word no list knows).
        return StartsInsideHyphenatedWord(analyzed, span.FirstToken) || WordLists.Contains(QuestionWords, analyzed.Tokens[span.FirstToken].In(analyzed.Text))
            || (EndsInsideNegation(analyzed, span.LastToken) && CountWords(analyzed, span).Body == 0)
            || (span.LastToken - 2 >= span.FirstToken && analyzed.SentenceStarts[span.LastToken] && !HasHealthWord(analyzed, span.FirstToken, span.LastToken)
                && IsShortPlainHealthSpan(analyzed, span with { LastToken = span.LastToken - 2 }));
    }

    /// <summary>
    /// Token t is the front of a negation cut from its "'t": "don" of "I don't like" ("eat anything I don"), "can" of
    /// "can't". A span that stops there stops inside a word.
    /// </summary>
    private static bool EndsInsideNegation(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        return t + 2 < tokens.Count && tokens[t].Kind == TokenKind.Word && tokens[t + 1].Start == tokens[t].End && tokens[t + 2].Start == tokens[t + 1].End
            && tokens[t + 1].In(analyzed.Text) is "'" or "’" && tokens[t + 2].In(analyzed.Text) is "t" or "T";
    }

    /// <summary>A capitalised word or an Arabic article ("al" of "al-Nour") joined to a name by a hyphen.</summary>
    private static bool IsHyphenedNamePart(AnalyzedText analyzed, int t)
    {
        var token = analyzed.Tokens[t];
        return token.Kind == TokenKind.Word && (char.IsUpper(analyzed.Text[token.Start]) || token.In(analyzed.Text) is "al" or "el" or "ul" or "bin" or "ibn");
    }

    /// <summary>Token t follows a word and a hyphen with no space: "ups" of "grown-ups", "generating" of "speech-generating".</summary>
    private static bool StartsInsideHyphenatedWord(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        return t >= 2 && tokens[t - 1].End == tokens[t].Start && tokens[t - 2].End == tokens[t - 1].Start
            && analyzed.Text[tokens[t - 1].Start] == '-' && tokens[t - 2].Kind == TokenKind.Word;
    }

    /// <summary>
    /// "4 against" of "a short game, 4 against 4": an address has a street, town or suffix word; a number followed only
    /// by ordinary lower-case English words is a count. Every address of the default data, lower-case ones included
    /// ("7416 wilfrid heights"), has a capitalised word, a word no English list knows, or a street suffix.
    /// </summary>
    internal static bool IsAddressOfPlainWords(AnalyzedText analyzed, TaggedSpan span)
    {
        if (span.Type != EntityType.Address)
        {
            return false;
        }

        const Lexicons.LexiconKind Plain = Lexicons.LexiconKind.CommonWord | Lexicons.LexiconKind.FunctionWord;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            var token = analyzed.Tokens[t];
            if (token.Kind == TokenKind.Word && token.End - token.Start >= 2
                && (char.IsUpper(analyzed.Text[token.Start]) || (analyzed.Lexicons[t] & Plain) == 0 || (analyzed.Lexicons[t] & Lexicons.LexiconKind.StreetSuffix) != 0))
            {
                return false;
            }
        }

        return true;
    }

    // The parts of the mind that lessons on feelings name: "use my thinking brain", "your upstairs brain", "my wizard brain".
    private static readonly string[] MindParts =
        ["thinking", "feeling", "feelings", "upstairs", "downstairs", "learning", "calm", "wizard", "lizard", "owl", "smart", "wise", "worry", "emotional"];

    /// <summary>
    /// "Chess Club is a good place to use my thinking brain": a health span that holds "brain" right after a part of the mind
    /// such lessons name, and no health word besides, is a way of speaking to every child.
    /// </summary>
    private static bool IsPartOfTheMind(AnalyzedText analyzed, TaggedSpan span)
    {
        if (EntityCategories.Of(span.Type) != Category.Health)
        {
            return false;
        }

        var tokens = analyzed.Tokens;
        var found = false;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (tokens[t].In(analyzed.Text) is "brain" or "brains" && t > 0 && WordLists.Contains(MindParts, tokens[t - 1].In(analyzed.Text)))
            {
                found = true;
            }
            else if ((analyzed.Lexicons[t] & Lexicons.LexiconSet.HealthKinds) != 0)
            {
                // "my thinking brain injury": a health word in the span besides the brain keeps it.
                return false;
            }
        }

        return found;
    }

    // Things that show a body part rather than have it: "a giant model of lungs", "a diagram of the heart".
    private static readonly string[] Depictions = ["model", "models", "diagram", "diagrams", "poster", "posters", "picture", "pictures", "drawing", "drawings", "map", "chart"];

    /// <summary>
    /// "see a giant model of lungs" at a museum: a health span that opens on a model or a picture "of" something shows it;
    /// nobody has it. Not "a chart of my seizures" or "a picture of his heart": an owner after "of" is someone's.
    /// </summary>
    private static bool IsDepiction(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        return EntityCategories.Of(span.Type) == Category.Health && first + 1 < span.LastToken && WordLists.Contains(Depictions, tokens[first].In(analyzed.Text))
            && tokens[first + 1].In(analyzed.Text) is "of" && !WordLists.Contains(Owners, tokens[first + 2].In(analyzed.Text));
    }

    // What follows "watch" the verb and never a worn watch: "The lifesavers watch from their tower", "the coaches watch
    // over us" (not "my watch tells Mum", "my seizure watch every day").
    private static readonly string[] AfterWatching = ["from", "over", "out", "as", "while", "us", "you", "them", "him", "her", "me", "everyone", "carefully", "closely"];

    // What makes "watch" a thing: "my watch", "the watch", "a seizure watch".
    private static readonly string[] WatchOwners = ["my", "your", "his", "her", "our", "their", "the", "a", "an", "this", "that", "its"];

    /// <summary>
    /// A device span that ends on "watch" followed by what only the verb takes: people watching, no watch. Not after an
    /// owner, an article or a health word ("my seizure watch while I sleep", "the watch from the hospital"), and not with a
    /// health word in the span besides it.
    /// </summary>
    private static bool IsWatchingVerb(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var watch = span.LastToken;
        var next = watch + 1;
        // The health words looked for: the word right before "watch" (in the span or not) and every one of the span's.
        return span.Type == EntityType.Device && next < tokens.Count && tokens[watch].In(analyzed.Text) is "watch" && watch > 0
            && WordLists.Contains(AfterWatching, tokens[next].In(analyzed.Text)) && !WordLists.Contains(WatchOwners, tokens[watch - 1].In(analyzed.Text))
            && !HasHealthWord(analyzed, Math.Min(span.FirstToken, watch - 1), watch - 1);
    }

    /// <summary>
    /// "Visiting Abuelita in Oaxaca": a name of one word right after "in", with no possessive after it, is a place. A person
    /// after "in" is someone's ("in Mr. Okafor's class", "in Priya's room"); none of the labelled stories has one otherwise.
    /// A title the tagger saw alone ("in Mr." of "in Mr. Barker's class"), and a given name before another capitalised word
    /// ("Priya" of "in Priya Sharma's garden"), are left for the rules that extend them.
    /// </summary>
    private static bool IsOneWordAfterIn(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var next = span.LastToken + 1;
        return span.Type == EntityType.PersonName && span.FirstToken == span.LastToken && span.FirstToken > 0
            && tokens[span.FirstToken - 1].In(analyzed.Text) is "in" && (analyzed.Lexicons[span.FirstToken] & Lexicons.LexiconKind.Title) == 0
            && !(next < tokens.Count && tokens[next].Start == tokens[span.LastToken].End && analyzed.Text[tokens[next].Start] is '\'' or '’')
            && !(next < tokens.Count && analyzed.IsCapitalisedWord(next) && !analyzed.SentenceStarts[next]);
    }

    /// <summary>
    /// "(first person, age 13, Porto Alegre)": an address span that opens on the number of an age ("age", "aged" or
    /// "Age:" right before it) is the age and a town, no street.
    /// </summary>
    private static bool IsAgeBeforePlace(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var before = span.FirstToken - 1;
        if (before >= 1 && tokens[before].In(analyzed.Text) is ":")
        {
            before--;
        }

        return span.Type == EntityType.Address && tokens[span.FirstToken].Kind == TokenKind.Number && before >= 0
            && tokens[before].In(analyzed.Text) is "age" or "Age" or "aged" or "Aged" or "AGE";
    }

    /// <summary>
    /// "Please let us know if your child has any allergies", "Does anyone have any medicines?": "any" opening the span (or
    /// right before it) after "your", "anyone" or "children" close before it in the sentence asks about a condition; it
    /// names none. "… in case he has any asthma attacks", "if Nia has any seizures" and "if you have any seizures at
    /// school" are his, Nia's and the child's.
    /// </summary>
    private static bool IsAskedOfAny(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var any = tokens[span.FirstToken].In(analyzed.Text) is "any" or "Any" ? span.FirstToken
            : span.FirstToken > 0 && tokens[span.FirstToken - 1].In(analyzed.Text) is "any" or "Any" ? span.FirstToken - 1 : -1;
        if (any < 0)
        {
            return false;
        }

        var (from, _) = analyzed.WindowInSentence(any, any, AskedReach);
        return WordLists.AnyIn(analyzed.Text, tokens, from, any - 1, AskedOf);
    }

    // Whom a question of "any" condition asks: "if your child has any allergies", "Does anyone have any …?"
    private static readonly string[] AskedOf =
        ["your", "anyone", "anybody", "someone", "child", "children", "kids", "students", "pupils", "everyone", "families", "parents"];

    // How far before "any" its asked subject may be: "Please let us know if your child has any".
    private const int AskedReach = 6;

    // Possessors that are nobody in particular: "someone's wheelchair", "other people's medicine".
    private static readonly string[] NobodyInParticular =
        ["someone", "somebody", "anyone", "anybody", "everyone", "everybody", "people", "person", "children", "kids", "others"];

    /// <summary>
    /// A health span right after "someone's", "people's", "other kids'" and the like belongs to no one, and so does one
    /// after their "their" ("never laugh at anyone for how their body works").
    /// </summary>
    private static bool IsOwnedByNobody(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (IsTheirOfNobody(analyzed, span) || IsAskedOfAny(analyzed, span) || IsOfGroup(analyzed, span) || IsOfKindInGeneral(analyzed, span) || IsAllOfKind(analyzed, span)
            || IsOfSomePeople(analyzed, span) || IsLivedWithByPeople(analyzed, span))
        {
            return true;
        }

        var t = span.FirstToken - 1;
        if (t >= 0 && tokens[t].In(text) is "s" or "S")
        {
            t--;
        }

        if (t < 1 || tokens[t].In(text) is not ("'" or "’") || tokens[t].Start != tokens[t - 1].End)
        {
            return false;
        }

        return WordLists.Contains(NobodyInParticular, tokens[t - 1].In(text));
    }

    // What opens a sentence about some of a kind of people: "Some people's ears need help", "Many kids use …", "Sometimes
    // people in a family feel sick".
    private static readonly string[] SomeOf = ["some", "many", "lots", "few", "most", "sometimes"];

    // "grown" of "grown-ups": the tokenizer splits the hyphen.
    private static readonly string[] PeopleWords =
        ["people", "kids", "children", "students", "pupils", "boys", "girls", "grown", "grownups", "adults", "teenagers", "teens", "babies", "classmates", "friends", "persons"];

    private static readonly string[] LiveWords = ["live", "lives", "living"];

    // Words that put someone among the people: "I am one of many children", "like other kids", "including me".
    private static readonly string[] AmongWords = ["one", "like", "am", "is", "are", "was", "were", "including", "among", "as", "other"];

    private const int AmongReach = 6;

    /// <summary>
    /// "we care about people who live with diabetes", "children living with asthma": a condition lived with by people,
    /// kids or children in general is nobody's; not when someone is said to be one of them or like them a few words before
    /// ("I am one of many children who live with", "Amara is one of the children living with"), nor with someone after the
    /// span ("…, like me").
    /// </summary>
    private static bool IsLivedWithByPeople(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var t = span.FirstToken - 1;
        if (t < 2 || tokens[t].In(text) is not "with" || !WordLists.Contains(LiveWords, tokens[t - 1].In(text)))
        {
            return false;
        }

        var people = tokens[t - 2].In(text) is "who" or "that" ? t - 3 : t - 2;
        if (people < 0 || !char.IsLower(text[tokens[people].Start]) || !WordLists.Contains(PeopleWords, tokens[people].In(text))
            || HasParticularAfter(analyzed, span.LastToken))
        {
            return false;
        }

        // "I am one of many children who live with diabetes", "Amara is one of the children living with sickle cell": someone
        // said to be one of the people, or like them, is among them ("we care about people who live with diabetes" is not).
        for (var k = people - 1; k >= 0 && people - k <= AmongReach && !analyzed.SentenceStarts[k + 1]; k--)
        {
            if (WordLists.Contains(AmongWords, tokens[k].In(text)))
            {
                return false;
            }
        }

        return true;
    }

    // Words that put a particular person in the sentence after its general subject.
    private static readonly string[] Particular = ["i", "me", "my", "we", "us", "our", "you", "your", "he", "she", "him", "his", "her"];

    /// <summary>
    /// "Some people's ears need help to hear, so they might use hearing aids": a sentence that opens on "Some", "Many"
    /// (or "Lots of", "Most") people, kids or children and reaches the span with no one in particular between ("I",
    /// "my", "he", a capitalised name) or a few words after it ("like me") is about people in general; "they" and
    /// "their" are those people. ("Other kids ask about their bracelet" leaves "their" the child's.)
    /// </summary>
    private static bool IsOfSomePeople(AnalyzedText analyzed, TaggedSpan span)
    {
        var s = FirstWordOfSentence(analyzed, span.FirstToken);
        if (s < 0)
        {
            return false;
        }

        // "Some people have asthma, which makes it hard to breathe. They might carry an inhaler": "They" goes on about them.
        if (analyzed.Tokens[s].In(analyzed.Text) is "They" && s > 0)
        {
            var before = FirstWordOfSentence(analyzed, s - 1);
            return before >= 0 && IsAboutSomePeople(analyzed, before, s) && IsAboutSomePeople(analyzed, s, span.FirstToken, opened: true)
                && !HasParticularAfter(analyzed, span.LastToken);
        }

        return IsAboutSomePeople(analyzed, s, span.FirstToken) && !HasParticularAfter(analyzed, span.LastToken);
    }

    // How far after the span its sentence is read for the child among the people: "…, like me", "and so do I".
    private const int ParticularAfterReach = 12;

    /// <summary>"Many children take melatonin to sleep, like me", "…, and so do I", "like my brother Tom": someone after the span.</summary>
    private static bool HasParticularAfter(AnalyzedText analyzed, int last)
    {
        var tokens = analyzed.Tokens;
        for (var t = last + 1; t < tokens.Count && t <= last + ParticularAfterReach && !analyzed.SentenceStarts[t]; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && (WordLists.Contains(Particular, tokens[t].In(analyzed.Text)) || IsPossibleName(analyzed, t)))
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstWordOfSentence(AnalyzedText analyzed, int t)
    {
        var s = analyzed.SentenceStarts[t] ? t : analyzed.SentenceStartBefore(t, SomePeopleReach);
        while (s >= 0 && s < t && analyzed.Tokens[s].Kind != TokenKind.Word)
        {
            s++;
        }

        return s;
    }

    /// <summary>
    /// The words from s up to end open on some people ("Some people's", "Many kids", "Lots of children"), or, when
    /// <paramref name="opened"/>, go on about them already; and no one in particular stands among them.
    /// </summary>
    private static bool IsAboutSomePeople(AnalyzedText analyzed, int s, int end, bool opened = false)
    {
        var tokens = analyzed.Tokens;
        var people = s;
        if (!opened)
        {
            if (s + 1 >= end || !WordLists.Contains(SomeOf, tokens[s].In(analyzed.Text)))
            {
                return false;
            }

            people = tokens[s + 1].In(analyzed.Text) is "of" ? s + 2 : s + 1;
            if (people >= end || !WordLists.Contains(PeopleWords, tokens[people].In(analyzed.Text)))
            {
                return false;
            }
        }

        for (var t = people + 1; t < end; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && (WordLists.Contains(Particular, tokens[t].In(analyzed.Text)) || IsPossibleName(analyzed, t)))
            {
                return false;
            }
        }

        return true;
    }

    private const int SomePeopleReach = 40;

    /// <summary>A capitalised word that may be someone's name: not a condition's ("ADHD") nor one in capitals.</summary>
    private static bool IsPossibleName(AnalyzedText analyzed, int t)
    {
        var word = analyzed.Tokens[t].In(analyzed.Text);
        return analyzed.IsCapitalisedWord(t, minLength: 2) && (analyzed.Lexicons[t] & Lexicons.LexiconSet.HealthKinds) == 0 && word[1..].ContainsAnyInRange('a', 'z');
    }

    // People spoken of as a crowd: "tired and hurt soldiers", "sick people", "injured players".
    private static readonly string[] Crowds =
    [
        "soldiers", "sailors", "people", "players", "patients", "men", "women", "workers", "miners", "villagers", "passengers", "travellers",
        "travelers", "babies", "folk", "refugees", "prisoners", "knights", "warriors", "pirates", "astronauts", "explorers",
    ];

    /// <summary>
    /// "She ran a place where tired and hurt soldiers could rest": a health span that holds a crowd ("soldiers", "sick
    /// people") with only lower-case words before it in the span and no owner right before the span ("my", "Leo's") is
    /// nobody's in particular.
    /// </summary>
    private static bool IsOfGroup(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var before = span.FirstToken - 1;
        if (before >= 0 && ((analyzed.Lexicons[before] & Lexicons.LexiconKind.Possessive) != 0 || tokens[before].In(text) is "s"))
        {
            return false;
        }

        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            var word = tokens[t].In(text);
            if (WordLists.Contains(Crowds, word))
            {
                // "hurt soldiers", told by how they are; not "people with diabetes" ("Grandad is one of many people with
                // diabetes" is Grandad's).
                return t > span.FirstToken && !(t + 1 < tokens.Count && tokens[t + 1].In(text) is "with" or "who" or "that")
                    && !HasHealthWord(analyzed, t + 1, span.LastToken);
            }

            if (tokens[t].Kind == TokenKind.Word && (char.IsUpper(word[0]) || (analyzed.Lexicons[t] & Lexicons.LexiconKind.Possessive) != 0))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "The school nurse keeps all medicine locked in her office", "every wheelchair is measured to fit the person who uses
    /// it": "all", "every" or "each" right before a health word, with no owner between or right after, is every such
    /// thing, nobody's ("all his medicine", "all medicine Leo takes" have one; "every" and "each" only before a device).
    /// So is "an empty wheelchair".
    /// </summary>
    private static bool IsAllOfKind(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        if (IsEmptyThing(analyzed, span))
        {
            return true;
        }

        // "every" and "each" only before a thing: "after every seizure" and "each chemo day" are someone's, again and again.
        var words = span.Type == EntityType.Device ? EveryWords : AllWords;
        var all = WordLists.Contains(words, tokens[span.FirstToken].In(analyzed.Text)) ? span.FirstToken
            : span.FirstToken >= 1 && WordLists.Contains(words, tokens[span.FirstToken - 1].In(analyzed.Text)) ? span.FirstToken - 1 : -1;
        if (all < 0 || all + 1 >= tokens.Count || (analyzed.Lexicons[all + 1] & Lexicons.LexiconSet.HealthKinds) == 0)
        {
            return false;
        }

        // "all medicine Leo takes", "all the insulin he needs" have owners after them.
        var after = all + 2;
        return after >= tokens.Count || !(tokens[after].Kind == TokenKind.Word
            && (WordLists.Contains(SingularThey, tokens[after].In(analyzed.Text)) || tokens[after].In(analyzed.Text) is "he" or "she" or "I" or "you" or "we"
                || analyzed.IsCapitalisedWord(after, minLength: 2)));
    }

    private static readonly string[] EveryWords = ["all", "every", "each"];

    private static readonly string[] AllWords = ["all"];

    /// <summary>
    /// "try pushing an empty wheelchair up a ramp": a device after "a" or "an" and "empty" is one nobody sits in ("Then they
    /// weigh the empty wheelchair" is Kofi's, weighed without him).
    /// </summary>
    private static bool IsEmptyThing(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var adjective = tokens[span.FirstToken].In(analyzed.Text) is "empty" ? span.FirstToken : span.FirstToken - 1;
        return span.Type == EntityType.Device && adjective >= 1 && adjective < span.LastToken && tokens[adjective].In(analyzed.Text) is "empty"
            && tokens[adjective - 1].In(analyzed.Text) is "a" or "an" && (analyzed.Lexicons[span.LastToken] & Lexicons.LexiconSet.HealthKinds) != 0;
    }

    // What may stand between a kind's plural and what it gets: "Greedy spiders always get tummy aches".
    private static readonly string[] Habitually = ["always", "often", "sometimes", "usually", "can", "may", "might", "will", "all", "also", "never"];

    private static readonly string[] KindVerbs = ["get", "have", "need", "feel", "take", "use", "wear", "catch"];

    // Words ending in "s" that are no plural noun.
    private static readonly string[] NotPlurals = ["his", "its", "is", "was", "has", "does", "this", "us", "yes", "as", "always", "sometimes", "hers", "ours", "yours", "theirs"];

    /// <summary>
    /// "Greedy spiders always get tummy aches", "Puppies sometimes get sore paws": a sentence that opens on a plural
    /// noun with no "the", "my" or "our" (at most one describing word before it) and goes on to the span, past words
    /// of habit only, says what happens to a kind, not to anyone. "My brothers always get tummy aches" and "The twins get
    /// colds" have their owners.
    /// </summary>
    private static bool IsOfKindInGeneral(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var t = span.FirstToken - 1;
        while (t >= 0 && WordLists.Contains(Habitually, tokens[t].In(text)) && !analyzed.SentenceStarts[t])
        {
            t--;
        }

        // The plural's verb stands between it and the span, or opens the span: "spiders always get", "Puppies sometimes
        // get", "spiders get tummy aches" ("Teddy wears hearing aids" has a verb in "s", no plural).
        if (t == span.FirstToken - 1 && !WordLists.Contains(KindVerbs, tokens[span.FirstToken].In(text)))
        {
            return false;
        }

        if (t < 0 || tokens[t].Kind != TokenKind.Word || tokens[t].Length < 4 || !tokens[t].In(text).EndsWith('s') || WordLists.Contains(NotPlurals, tokens[t].In(text))
            || (analyzed.Lexicons[t] & (Lexicons.LexiconKind.FunctionWord | Lexicons.LexiconKind.Possessive | Lexicons.LexiconKind.KinWord | Lexicons.LexiconKind.FirstName
                | Lexicons.LexiconKind.Surname | Lexicons.LexiconKind.CalendarWord)) != 0
            || (!OpensSaying(analyzed, t) && char.IsUpper(text[tokens[t].Start])))
        {
            return false;
        }

        // "Greedy spiders": one describing word before the plural, opening the sentence or a quotation.
        var opening = OpensSaying(analyzed, t) ? t : t - 1;
        return opening >= 0 && OpensSaying(analyzed, opening) && (analyzed.Lexicons[opening] & (Lexicons.LexiconKind.FunctionWord | Lexicons.LexiconKind.Possessive)) == 0
            && (opening == t || !HasCapitalisedName(analyzed, opening));
    }

    private static bool OpensSaying(AnalyzedText analyzed, int t) =>
        analyzed.SentenceStarts[t] || (t > 0 && analyzed.Tokens[t - 1].In(analyzed.Text) is "\"" or "“" && analyzed.Tokens[t - 1].End == analyzed.Tokens[t].Start);

    private static bool HasCapitalisedName(AnalyzedText analyzed, int t) =>
        (analyzed.Lexicons[t] & (Lexicons.LexiconKind.FirstName | Lexicons.LexiconKind.Surname | Lexicons.LexiconKind.KinWord | Lexicons.LexiconKind.Title)) != 0;

    private static readonly string[] SingularThey = ["they", "them", "themselves", "their"];

    // A clause is read back at most this far for the one a "their" may be.
    private const int MaxWordsToSubject = 16;

    /// <summary>
    /// Someone earlier in the sentence whom "their" may stand for, a child called "they" or by name: "When Alex feels
    /// worried, they can talk to someone about their anxiety", "Sam does not have to explain to anyone why their pump
    /// beeps". "I", "you", "he" and "she" are never "their" ("I should never laugh at anyone for how their body works").
    /// </summary>
    private static bool HasTheirOwnerBefore(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var u = t - 1; u >= 0 && t - u <= MaxWordsToSubject; u--)
        {
            var word = tokens[u].In(text);
            if (tokens[u].Kind == TokenKind.Word && (WordLists.Contains(SingularThey, word)
                || (char.IsUpper(word[0]) && word.Length > 1 && (analyzed.Lexicons[u] & (Lexicons.LexiconKind.CommonWord | Lexicons.LexiconKind.FunctionWord)) == 0)))
            {
                return true;
            }

            if (analyzed.SentenceStarts[u])
            {
                break;
            }
        }

        return false;
    }

    private static readonly string[] PrepositionsBeforeAnyone = ["at", "to", "of", "for", "with", "about", "on", "from"];

    // Only the singular ones: "Other kids ask about their bracelet" may be the child's "their".
    private static readonly string[] IndefinitePronouns = ["anyone", "anybody", "someone", "somebody", "everyone", "everybody"];

    private static readonly string[] PersonWords = ["i", "me", "my", "you", "your", "he", "him", "his", "she", "her", "we", "us", "our", "they", "them"];

    // "anyone for how their": a few words, so that the "their" is still the quantifier's.
    private const int MaxWordsToTheirOwner = 6;

    /// <summary>
    /// "Most of the time, pets get better after a few days with their medicine": "pets" or "animals" with no owner, the
    /// subject of the clause of "their", and no person between.
    /// </summary>
    private static bool IsOfAnimalsInGeneral(AnalyzedText analyzed, int their)
    {
        var tokens = analyzed.Tokens;
        for (var t = their - 1; t >= 0 && their - t <= MaxWordsToSubject; t--)
        {
            var word = tokens[t].In(analyzed.Text);
            if (word is "pets" or "animals")
            {
                // The subject opening its clause: "Most of the time, pets get better" (not "feed the pets").
                return analyzed.SentenceStarts[t] || tokens[t - 1].In(analyzed.Text) is ",";
            }

            if (analyzed.SentenceStarts[t] || WordLists.Contains(PersonWords, word) || (char.IsUpper(word[0]) && tokens[t].Kind == TokenKind.Word && word.Length > 1))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "their" just before the span (or opening it) whose owner, a few words back in its clause, is "anyone",
    /// "someone" or "everyone" after a preposition, with no "they" and no name before it in the sentence, or a crowd
    /// ("astronauts", "players") that no one owns (<see cref="IsOfCrowd"/>). Any pronoun or capitalised name between gives the "their" an owner
    /// ("Anyone can see that Ava and Leo love their ponies" is no such case), and so does a full stop or a colon.
    /// </summary>
    private static bool IsTheirOfNobody(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var their = tokens[span.FirstToken].In(text).Equals("their", StringComparison.OrdinalIgnoreCase) ? span.FirstToken : span.FirstToken - 1;
        if (their < 1 || !tokens[their].In(text).Equals("their", StringComparison.OrdinalIgnoreCase) || analyzed.SentenceStarts[their])
        {
            return false;
        }

        if (IsOfAnimalsInGeneral(analyzed, their) || IsOfCrowd(analyzed, their))
        {
            return true;
        }

        for (var t = their - 1; t >= 0 && their - t <= MaxWordsToTheirOwner; t--)
        {
            var word = tokens[t].In(text);
            if (WordLists.Contains(IndefinitePronouns, word))
            {
                // "laugh at anyone for how their body works": the quantifier the object of a preposition, its "their"
                // anyone's. As a subject or an object of a verb ("if someone asks about their bracelet", "doesn't like
                // anyone touching their hearing aids") the "their" may be the child's own.
                return t > 0 && WordLists.Contains(PrepositionsBeforeAnyone, tokens[t - 1].In(text)) && !HasTheirOwnerBefore(analyzed, t - 1);
            }

            if ((tokens[t].Kind == TokenKind.Punctuation && word is not ",") || WordLists.Contains(PersonWords, word)
                || (char.IsUpper(word[0]) && !analyzed.SentenceStarts[t]) || analyzed.SentenceStarts[t])
            {
                return false;
            }
        }

        return false;
    }

    // How far back in its sentence the crowd a "their" belongs to may be named.
    private const int CrowdReach = 10;

    // Who else a "their" may stand for between it and the crowd.
    private static readonly string[] OtherOwners = ["i", "me", "my", "you", "your", "we", "our", "he", "his", "she", "her", "they"];

    /// <summary>
    /// "astronauts exercise every day, because in space their muscles and bones can get weaker": a crowd in lower case
    /// earlier in the sentence, owned by no one right before it, with no other person, pronoun or name between, is whose
    /// "their" it is ("my brothers … their" are no crowd).
    /// </summary>
    private static bool IsOfCrowd(AnalyzedText analyzed, int their)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var t = their - 1; t >= 0 && their - t <= CrowdReach && !analyzed.SentenceStarts[t + 1]; t--)
        {
            var word = tokens[t].In(text);
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            if (WordLists.Contains(Crowds, word) && char.IsLower(word[0]))
            {
                return !(t > 0 && ((analyzed.Lexicons[t - 1] & Lexicons.LexiconKind.Possessive) != 0 || tokens[t - 1].In(text) is "s"));
            }

            if (WordLists.Contains(OtherOwners, word) || WordLists.Contains(PersonWords, word) || (char.IsUpper(word[0]) && !analyzed.SentenceStarts[t]))
            {
                return false;
            }
        }

        return false;
    }

    // How far back the thing "It" stands for may be named: the sentence before.
    private const int ItReach = 30;

    // Describing words between "It is a" and the medicine: "It is a small melatonin gummy".
    private const int ItDescribingWords = 3;

    /// <summary>
    /// "Mama gives Antek his sleepy gummy. It is a melatonin gummy": a medicine or device named in a sentence that opens
    /// on "It is a" (or "It's a", a describing word or two between) is someone's when the sentence before gives someone a
    /// thing of the same noun ("his sleepy gummy"). "It is an autism poster" names no medicine or device.
    /// </summary>
    private static bool IsItOfOwnedThing(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        if (span.Type is not (EntityType.Medication or EntityType.Device))
        {
            return false;
        }

        var article = span.FirstToken - 1;
        while (article > 0 && span.FirstToken - article <= ItDescribingWords && tokens[article].In(analyzed.Text) is not ("a" or "an") && tokens[article].Kind == TokenKind.Word
            && char.IsLower(analyzed.Text[tokens[article].Start]))
        {
            article--;
        }

        // "It is a", "It's a".
        var it = article >= 2 && tokens[article - 1].In(analyzed.Text) is "is" ? article - 2
            : article >= 3 && tokens[article - 1].In(analyzed.Text) is "s" && tokens[article - 2].In(analyzed.Text) is "'" or "’" ? article - 3 : -1;
        if (it < 1 || tokens[article].In(analyzed.Text) is not ("a" or "an") || !analyzed.SentenceStarts[it] || tokens[it].In(analyzed.Text) is not "It")
        {
            return false;
        }

        // "It is a melatonin gummy": the span may be the medicine word before the thing's noun.
        var head = tokens[span.LastToken].In(analyzed.Text);
        var after = span.LastToken + 1 < tokens.Count && tokens[span.LastToken + 1].Kind == TokenKind.Word ? tokens[span.LastToken + 1].In(analyzed.Text) : [];
        for (var t = it - 1; t >= 1 && it - t <= ItReach && !analyzed.SentenceStarts[t]; t--)
        {
            if (!tokens[t].In(analyzed.Text).Equals(head, StringComparison.OrdinalIgnoreCase) && !(after.Length > 0 && tokens[t].In(analyzed.Text).Equals(after, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // "his sleepy gummy", "her new purple one": an owner a word or two before the thing.
            for (var o = t - 1; o >= 0 && t - o <= 3; o--)
            {
                // "his", or a person's "'s" ("Antek's"; not "the shop's gummy bears").
                if (WordLists.Contains(PossessivePronouns, tokens[o].In(analyzed.Text))
                    || (tokens[o].In(analyzed.Text) is "s" && o >= 2 && (NameRules.IsGivenName(analyzed, o - 2) || (analyzed.Lexicons[o - 2] & Lexicons.LexiconKind.KinWord) != 0)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] DefiningWords = ["a", "an", "when", "what", "how", "something", "where"];

    private static readonly string[] TellingVerbs =
    [
        "says", "said", "explains", "explained", "tells", "told", "learn", "learned", "learnt", "know", "knows",
        // After a modal: "Your teacher will explain that diabetes is when …".
        "explain", "say", "teach", "teaches", "taught",
    ];

    /// <summary>"Kofi's teacher says that epilepsy is something some people have": t opens what someone says or teaches.</summary>
    private static bool IsToldClauseStart(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var verb = t >= 2 && tokens[t - 1].In(analyzed.Text) is "that" ? t - 2 : t - 1;
        return verb >= 0 && WordLists.Contains(TellingVerbs, tokens[verb].In(analyzed.Text));
    }

    /// <summary>
    /// "Diabetes means a person's body needs help …", "Epilepsy is when …", "Asthma is a condition …": a health word
    /// that opens a sentence, or what someone says or teaches ("the teacher says that epilepsy is something some people
    /// have"), and is defined there is the lesson of a general story, whoever the sentence's pronouns are.
    /// "Diabetes makes me tired" is not a definition, and "My asthma means I …" is no lesson.
    /// </summary>
    internal static bool IsDefined(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var next = span.LastToken + 1;
        if (IsWhatIsQuestion(analyzed, span))
        {
            return true;
        }

        if (!(analyzed.SentenceStarts[span.FirstToken] || IsToldClauseStart(analyzed, span.FirstToken)) || next >= tokens.Count
            || WordLists.Contains(PossessivePronouns, tokens[span.FirstToken].In(analyzed.Text)))
        {
            return false;
        }

        var verb = tokens[next].In(analyzed.Text);
        var defines = verb.Equals("means", StringComparison.OrdinalIgnoreCase)
            || (verb.Equals("is", StringComparison.OrdinalIgnoreCase) && next + 1 < tokens.Count && WordLists.Contains(DefiningWords, tokens[next + 1].In(analyzed.Text)));
        if (!defines)
        {
            return false;
        }

        // "Asthma means I need my puffer", "Epilepsy is something I have": the definition is the child's; what someone says
        // of a named child or of "him" is theirs ("Mrs Obi will explain that diabetes is a condition Amara has").
        var told = !analyzed.SentenceStarts[span.FirstToken];
        for (var t = next + 1; t < tokens.Count && t <= next + (told ? ToldDefinitionReach : 4) && !analyzed.SentenceStarts[t]; t++)
        {
            if (WordLists.Contains(FirstPerson, tokens[t].In(analyzed.Text))
                || (told && tokens[t].Kind == TokenKind.Word && (WordLists.Contains(ThirdPerson, tokens[t].In(analyzed.Text)) || IsPossibleName(analyzed, t))))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] FirstPerson = ["i", "me", "my", "we", "our", "us"];

    private static readonly string[] ThirdPerson = ["he", "she", "him", "her", "his", "hers"];

    // How far into what someone says a person the definition is about may stand: "… is a condition Amara has".
    private const int ToldDefinitionReach = 8;

    /// <summary>
    /// "## What is diabetes?", "What is epilepsy?": a lesson's question, the health word alone between "What is" that
    /// opens the sentence and the question mark ("What is my allergy plan?" asks about someone's).
    /// </summary>
    private static bool IsWhatIsQuestion(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        if (first < 2 || !analyzed.SentenceStarts[first - 2] || !tokens[first - 2].In(analyzed.Text).Equals("what", StringComparison.OrdinalIgnoreCase)
            || !tokens[first - 1].In(analyzed.Text).Equals("is", StringComparison.OrdinalIgnoreCase) || span.LastToken + 1 >= tokens.Count
            || tokens[span.LastToken + 1].In(analyzed.Text) is not "?")
        {
            return false;
        }

        for (var t = first; t <= span.LastToken; t++)
        {
            if ((analyzed.Lexicons[t] & Lexicons.LexiconKind.Possessive) != 0 || WordLists.Contains(FirstPerson, tokens[t].In(analyzed.Text)))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] AnyOne = ["a", "an", "another", "any", "every", "each"];

    private static readonly string[] OnePerson =
    [
        "classmate", "child", "kid", "boy", "girl", "student", "pupil", "person", "friend", "player", "baby", "teenager",
        "grown-up", "adult", "neighbour", "neighbor", "visitor", "passenger", "swimmer", "customer", "man", "woman", "lady",
    ];

    private static readonly string[] Anyone = ["someone", "somebody", "anyone", "anybody"];

    private static readonly string[] HoldingWords =
        ["in", "with", "using", "uses", "use", "has", "have", "wears", "wear", "wearing", "needs", "need", "takes", "take", "who", "that"];

    /// <summary>
    /// "I might see a classmate in a wheelchair", "a child who uses a hearing aid", "another kid with an inhaler": a health
    /// span held by one person in general (an indefinite article and a word for a person, then "in", "with", "who uses" …)
    /// belongs to nobody, however many pronouns the sentence has. "My classmate in a wheelchair" is someone.
    /// </summary>
    internal static bool IsHeldByAnyone(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var t = span.FirstToken - 1;
        if (t >= 0 && tokens[t].In(text) is "a" or "an" or "the" or "A" or "An")
        {
            t--;
        }

        var links = 0;
        while (t >= 0 && links < 2 && WordLists.Contains(HoldingWords, tokens[t].In(text)))
        {
            t--;
            links++;
        }

        if (links == 0 || t < 1)
        {
            return false;
        }

        // "grown-up" is three tokens.
        var noun = t >= 2 && tokens[t - 1].In(text) is "-" && tokens[t - 1].Start == tokens[t - 2].End ? t - 2 : t;
        var word = noun == t ? tokens[t].In(text).ToString() : text[tokens[noun].Start..tokens[t].End];
        // "sit next to someone with diabetes": a person nobody knows needs no article.
        var anyone = WordLists.Contains(Anyone, word);
        // "Sam is a boy with autism", "I'm just a kid who has asthma", "Meet Leo, a boy with autism": the indefinite
        // person is someone described (after a copula, maybe with an adverb, or in apposition after a comma).
        if (!anyone && (!WordLists.Contains(OnePerson, word) || noun < 1 || !WordLists.Contains(AnyOne, tokens[noun - 1].In(text))))
        {
            return false;
        }

        var before = anyone ? noun - 1 : noun - 2;
        if (before >= 0 && WordLists.Contains(Adverbs, tokens[before].In(text)))
        {
            before--;
        }

        return before < 0 || !(WordLists.Contains(Copulas, tokens[before].In(text)) || tokens[before].In(text) is ",");
    }

    private static readonly string[] GroupsOfAnyone = ["children", "kids", "people", "anyone", "anybody", "someone", "somebody", "students", "pupils", "campers", "swimmers", "players"];

    private static readonly string[] MayNeed = ["might", "may", "could", "need", "needs"];

    private static readonly string[] Owners = ["my", "your", "his", "her", "our", "their", "i", "me", "mine"];

    // How far before "like" the group and its need may stand: "any medicines that children in the group might need, like".
    private const int NeedReach = 10;

    /// <summary>
    /// "They also bring any medicines that children in the group might need, like inhalers": an example ("like", "such
    /// as") of what children or people in general might need is nobody's. Only when the span and the words between the
    /// group and it name no owner ("… might need, like Mia's inhaler" and "like my EpiPen" stay).
    /// </summary>
    internal static bool IsExampleOfAnyonesNeed(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var like = span.FirstToken - 1;
        if (like < 1 || !(tokens[like].In(text) is "like" || (tokens[like].In(text) is "as" && tokens[like - 1].In(text) is "such"))
            || WordLists.AnyIn(text, tokens, span.FirstToken, span.LastToken, Owners) || HasNameInside(analyzed, span))
        {
            return false;
        }

        var need = -1;
        for (var t = like - 1; t >= 0 && like - t <= NeedReach && !analyzed.SentenceStarts[t + 1]; t--)
        {
            var word = tokens[t].In(text);
            if (WordLists.Contains(Owners, word) || (tokens[t].Kind == TokenKind.Word && analyzed.IsCapitalisedWord(t) && !analyzed.SentenceStarts[t]))
            {
                return false;
            }

            if (WordLists.Contains(MayNeed, word))
            {
                need = t;
            }
            else if (need >= 0 && WordLists.Contains(GroupsOfAnyone, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNameInside(AnalyzedText analyzed, TaggedSpan span)
    {
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.IsCapitalisedWord(t) && !analyzed.SentenceStarts[t] && (analyzed.Lexicons[t] & Lexicons.LexiconSet.HealthKinds) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "I get my eyes checked at school like everybody in my class": a span with no health word that the same clause
    /// (no conjunction between), a few words on, compares with everyone is the routine of every child, not one child's condition. A health word keeps its span ("my
    /// inhaler, like everyone in my family").
    /// </summary>
    internal static bool IsSharedByEveryone(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var like = -1;
        for (var t = span.LastToken + 1; t < tokens.Count - 1 && t <= span.LastToken + MaxWordsBeforeLike; t++)
        {
            var word = tokens[t].In(analyzed.Text);
            if ((tokens[t].Kind == TokenKind.Punctuation && word is not ",") || WordLists.Contains(ClauseBreaks, word))
            {
                break;
            }

            if (word.Equals("like", StringComparison.OrdinalIgnoreCase))
            {
                like = t;
                break;
            }
        }

        // "… but I like all the games": "like" after a pronoun is a verb, not a comparison.
        return like >= 0 && WordLists.Contains(Everyone, tokens[like + 1].In(analyzed.Text))
            && !WordLists.Contains(SubjectPronouns, tokens[like - 1].In(analyzed.Text))
            && !HasHealthWord(analyzed, span.FirstToken, span.LastToken);
    }

    private static readonly string[] ClauseBreaks = ["but", "and", "so", "because", "or", "when", "while"];

    private static readonly string[] SubjectPronouns = ["i", "you", "we", "they", "he", "she", "kids", "people"];

    private static readonly string[] Everyone = ["everybody", "everyone", "all", "every", "other", "most", "any"];

    // "my eyes checked | at school | like everybody": the tagger's span may stop before the place it happens.
    private const int MaxWordsBeforeLike = 4;

    private static readonly string[] Adverbs = ["just", "only", "also", "really", "still", "now"];

    private static readonly string[] Copulas = ["is", "am", "are", "was", "were", "be", "been", "being", "m", "s", "re", "as", "like", "become", "becomes"];

    /// <summary>
    /// Whether [start, end) overlaps one of the first <paramref name="count"/> entities (the recognizers' during tagging,
    /// all of them for a rule that adds after). A loop, not a lambda: a lambda's captured bounds would be allocated on
    /// every call of a per-token rule.
    /// </summary>
    internal static bool Overlaps(List<CandidateEntity> entities, int start, int end, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (start < entities[i].End && entities[i].Start < end)
            {
                return true;
            }
        }

        return false;
    }
}
