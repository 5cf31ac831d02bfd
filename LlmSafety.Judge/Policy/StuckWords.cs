using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// A stammer told the way a social story tells it, with no health word: "Sometimes when I talk, my words get stuck",
/// "your words get stuck and come out in little pieces, like 'b-b-b-ball'", "I practise saying 'help' when my words get
/// stuck", "the first sound gets stuck and repeats, like 'b-b-b-beach'" (a sound needs the pieces said near). Hand-written
/// sets 10, 17, 18, 23, 25, 26 and 62 each held one. The phrase is fixed in English, so it is read as
/// a rule rather than put on a lexicon (a lexicon word is a feature of every model, and retraining on it moved unrelated
/// answers). It counts only:
/// <list type="bullet">
/// <item>with "my", "your", "his", "her" or a name's "'s" before "words" (a person's; not "their words" of people in
/// general, "his or her words", "the words … on the page", nor "his" or "her" in a story with an animal, nor a pet's
/// name: a parrot's);</item>
/// <item>with speech around it: a word of talking in its sentence ("when I talk", "saying") or the next, a sound said in pieces
/// ("b-b-b-ball") there or in the next sentence, or speech, a stammer or a stutter named anywhere in the story;</item>
/// <item>and with no everyday cause in its sentence: a full mouth, a slow video call or phone line, another language,
/// singing, lines of a play, a tongue twister, a numb mouth after the dentist.</item>
/// </list>
/// So is selective mutism told by worries that stop speech at school ("My worries get so big that I cannot speak at
/// school").
/// </summary>
internal static class StuckWords
{
    public const string Source = "rule:stuck-words";

    private const double Score = 0.9;

    private static readonly string[] Owners = ["my", "your", "his", "her"];

    private static readonly string[] Get =
        ["get", "gets", "got", "getting", "can", "will", "do", "does", "sometimes", "often", "may", "might", "still", "keep", "keeps", "a", "little", "bit"];

    // Everyday causes in the phrase's sentence: "When my mouth is full, my words get stuck", "when the internet is slow",
    // "When I practise my Spanish". (Being excited or tired is when a stammer shows most, so those are no cause.)
    private static readonly string[] Causes =
    [
        "full", "internet", "video", "wifi", "signal", "phone", "line", "yawn", "yawning", "chewing", "spanish", "english", "french", "german",
        "chinese", "arabic", "language", "languages", "sing", "singing", "song", "songs", "lines", "tongue", "twister", "twisters", "numb",
        "peanut", "robot", "parrot", "costume", "page", "printer", "paper", "screen", "keyboard", "computer",
    ];

    // Talking in the phrase's sentence: "Sometimes when I talk, my words get stuck".
    private static readonly string[] Talk =
        ["talk", "talks", "talking", "speak", "speaks", "speaking", "say", "says", "saying", "tell", "telling", "mouth", "repeat", "repeats", "repeating", "answer", "answering"];

    // Speech named anywhere in the story: "speech lessons", "my stammer".
    private static readonly string[] Speech = ["speech", "stammer", "stammers", "stammering", "stutter", "stutters", "stuttering"];

    // How far around the phrase a sound said in pieces is looked for.
    private const int PiecesWindow = 40;

    // How far around "words" its sentence is read for a cause or a word of talking.
    private const int SentenceWindow = 24;

    // How far after "words" the "stuck" may come: "words get stuck", "words can sometimes get stuck".
    private const int MaxGap = 4;

    // What stops a child's speech in selective mutism: "My worries get so big that I cannot speak at school".
    private static readonly string[] Worries = ["worries", "worry", "worried", "nervous", "nerves", "anxious", "scared", "fear", "fears", "frightened"];

    // Where the speech stops: "at school", "in class", "to my teacher", "to grown-ups outside home".
    private static readonly string[] Places = ["school", "class", "nursery", "teacher", "teachers", "grown-ups", "adults", "strangers", "outside"];

    private static readonly string[] Talkers = ["i", "he", "she", "they", "you"];

    // Nerves of one time: "before my solo", "on stage", "in the play", "at the show", "during the test".
    private static readonly string[] OneTime = ["stage", "play", "show", "concert", "test", "exam", "solo", "speech", "today", "assembly"];

    private const int WorryReach = 12;

    /// <summary>
    /// Selective mutism told by what it does: "My worries get so big that I cannot speak at school" ("I", "he" or "she",
    /// "cannot", "can't" or "can not", then "speak" or "talk" with school, class, a teacher or grown-ups just after it,
    /// and worries or nerves earlier in the sentence). Nerves before a show, a test or a solo are of one time.
    /// </summary>
    private static void AddWorriesStopSpeech(AnalyzedText analyzed, int t, List<CandidateEntity> entities, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        // "I cannot speak", "I can't talk" ("can" "'" "t"), "I can not speak".
        var not = t - 1;
        var speaker = tokens[not].In(text) is "cannot" ? not - 1
            : not >= 2 && tokens[not].In(text) is "not" && tokens[not - 1].In(text) is "can" ? not - 2
            : not >= 3 && tokens[not].In(text) is "t" && tokens[not - 1].In(text) is "'" or "’" && tokens[not - 2].In(text) is "can" ? not - 3
            : -1;
        if (speaker < 0 || !WordLists.Contains(Talkers, tokens[speaker].In(text)))
        {
            return;
        }

        var (from, to) = analyzed.WindowInSentence(speaker, t, WorryReach);
        var place = t + 1 < tokens.Count ? WordLists.FirstIn(text, tokens, t + 1, to, Places) : -1;
        if (place < 0 || place > t + 4 || !WordLists.AnyIn(text, tokens, from, speaker, Worries) || WordLists.AnyIn(text, tokens, from, to, OneTime)
            || OthersCare.IsOthers(analyzed, from, place, EntityType.Diagnosis, pets))
        {
            return;
        }

        var first = from;
        while (first < speaker && !WordLists.Contains(Worries, tokens[first].In(text)))
        {
            first++;
        }

        first = first > from && WordLists.Contains(Owners, tokens[first - 1].In(text)) ? first - 1 : first;
        if (!JudgeEngine.Overlaps(entities, tokens[first].Start, tokens[place].End, entities.Count))
        {
            entities.Add(new CandidateEntity(EntityType.Diagnosis, tokens[first].Start, tokens[place].End, Score, Source));
        }
    }

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        bool? speech = null;
        bool? toldToYou = null;
        for (var t = 1; t + 2 < tokens.Count; t++)
        {
            if (tokens[t].In(text) is "sound" or "sounds")
            {
                AddStuckSound(analyzed, t, entities, ref toldToYou);
                continue;
            }

            if (tokens[t].In(text) is "speak" or "talk")
            {
                AddWorriesStopSpeech(analyzed, t, entities, pets);
                continue;
            }

            // "my voice sometimes gets stuck" of a child who cannot speak at school tells it the same way.
            if (tokens[t].In(text) is not ("words" or "voice"))
            {
                continue;
            }

            var owner = OwnerStart(analyzed, t, pets);
            var stuck = owner < 0 ? -1 : StuckAfter(analyzed, t);
            if (stuck < 0 || InSentence(analyzed, t, Causes))
            {
                continue;
            }

            speech ??= HasSpeechWord(analyzed);
            if (!speech.Value && !InSentence(analyzed, t, Talk) && !HasSoundInPieces(analyzed, t) && !IsTalkInNextSentence(analyzed, t))
            {
                continue;
            }

            // "his words" in a story with an animal or a named toy: the pet's only when the walk back finds the pet ("Malik
            // has a puppet named Monsieur Tortue" leaves Malik's words his).
            if (pets?.Owns(analyzed, new TaggedSpan(EntityType.Diagnosis, owner, stuck, 1, 1)) == true)
            {
                continue;
            }

            var (start, end) = (tokens[owner].Start, tokens[stuck].End);
            if (!JudgeEngine.Overlaps(entities, start, end, entities.Count))
            {
                entities.Add(new CandidateEntity(EntityType.Diagnosis, start, end, Score, Source));
            }
        }
    }

    // Who speaks in the sentence of a stuck sound: "when I start a word", "when he talks".
    private static readonly string[] Speakers = ["i", "me", "my", "he", "she", "his", "her"];

    private static readonly string[] You = ["you", "your"];

    // How many times a story says "you" to be told to the child: "Inside, Deepa Ma'am is waiting. She is the lady who
    // helps you with talking. … the first sound gets stuck and repeats".
    private const int ToldToYou = 5;

    /// <summary>
    /// A story told to "you" (the child), not a lesson about anyone: "your" before a family word ("your mum") or "you"
    /// said often, and no "I" outside speech (an "I" after an odd number of quotation marks on its line is inside
    /// speech: "You can say, "I need a break.""). One pass over the text, whose quotation marks are counted as it goes.
    /// </summary>
    private static bool IsToldToYou(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var you = 0;
        var kin = false;
        var counted = 0;
        var inQuotes = false;
        for (var t = 0; t < tokens.Count; t++)
        {
            for (; counted < tokens[t].Start; counted++)
            {
                inQuotes = text[counted] == '\n' ? false : text[counted] is '"' or '“' or '”' ? !inQuotes : inQuotes;
            }

            var word = tokens[t].In(text);
            if (word is "I" && !inQuotes)
            {
                return false;
            }

            you += word is "you" or "You" ? 1 : 0;
            kin |= word is "your" or "Your" && t + 1 < tokens.Count && (analyzed.Lexicons[t + 1] & Lexicons.LexiconKind.KinWord) != 0;
        }

        return kin || you >= ToldToYou;
    }

    // What makes a sound stick for anyone: people in general, a lesson, a machine, the cold.
    private static readonly string[] SoundCauses =
    [
        "people", "kids", "children", "someone", "stammering", "stuttering", "learning", "record", "player", "walkie", "talkie", "radio", "machine",
        "cold", "freezing", "chatter", "shivering", "sounding", "video", "call", "robot",
    ];

    /// <summary>
    /// "Sometimes when I start a word, the first sound gets stuck and repeats, like "b-b-b-beach"": the first sound of a
    /// word, or someone's sounds, that get stuck, with a sound said in pieces near and "I", "he" or "she" speaking in the
    /// sentence; not people in general, a lesson in sounding out, a record player or the cold.
    /// </summary>
    private static void AddStuckSound(AnalyzedText analyzed, int t, List<CandidateEntity> entities, ref bool? toldToYou)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var owner = tokens[t - 1].In(text) is "first" && t >= 2 && tokens[t - 2].In(text) is "the" or "my" or "The" or "My" ? t - 2
            : WordLists.Contains(Owners, tokens[t - 1].In(text)) ? t - 1 : -1;
        var stuck = owner < 0 ? -1 : StuckAfter(analyzed, t);
        if (stuck < 0 || InSentence(analyzed, t, Causes) || InSentence(analyzed, t, SoundCauses)
            || !(InSentence(analyzed, t, Speakers) || (InSentence(analyzed, t, You) && (toldToYou ??= IsToldToYou(analyzed)))) || !HasSoundInPieces(analyzed, t))
        {
            return;
        }

        var (start, end) = (tokens[owner].Start, tokens[stuck].End);
        if (!JudgeEngine.Overlaps(entities, start, end, entities.Count))
        {
            entities.Add(new CandidateEntity(EntityType.Diagnosis, start, end, Score, Source));
        }
    }

    /// <summary>The token of "stuck" after "words" at t, with only "get" and its helpers between; -1 when there is none.</summary>
    private static int StuckAfter(AnalyzedText analyzed, int words)
    {
        var tokens = analyzed.Tokens;
        var sawGet = false;
        for (var j = words + 1; j < tokens.Count && j <= words + MaxGap && !analyzed.SentenceStarts[j]; j++)
        {
            var word = tokens[j].In(analyzed.Text);
            if (word is "stuck")
            {
                return sawGet ? j : -1;
            }

            if (!WordLists.Contains(Get, word))
            {
                return -1;
            }

            sawGet |= word is "get" or "gets" or "got" or "getting";
        }

        return -1;
    }

    /// <summary>
    /// The first token of the owner before "words" at t: "my", "your", "his", "her" (not "his or her"; a pet's is left
    /// to the caller) or a name and its "'s" ("Leo's words"); -1 when there is none.
    /// </summary>
    private static int OwnerStart(AnalyzedText analyzed, int t, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var owner = tokens[t - 1].In(analyzed.Text);
        if (WordLists.Contains(Owners, owner))
        {
            return t >= 3 && tokens[t - 2].In(analyzed.Text) is "or" ? -1 : t - 1;
        }

        if (owner is "because" && pets is null && HasPersonSubject(analyzed, t))
        {
            return t;
        }

        return t >= 4 && owner is "s" && tokens[t - 2].In(analyzed.Text) is "'" or "’" && tokens[t - 3].Kind == TokenKind.Word
            && char.IsUpper(analyzed.Text[tokens[t - 3].Start]) && pets?.IsPetName(tokens[t - 3].In(analyzed.Text)) != true
            ? t - 3
            : -1;
    }

    private static readonly string[] Subjects = ["i", "you", "he", "she"];

    /// <summary>
    /// "She practises mouth movements with a special teacher because words get stuck": "because" before "words" in a
    /// sentence whose subject is a person ("I", "you", "he", "she" or a name opening it) makes the words that person's.
    /// </summary>
    private static bool HasPersonSubject(AnalyzedText analyzed, int t)
    {
        var (from, _) = analyzed.WindowInSentence(t, t, SentenceWindow);
        if (from > 0 && !analyzed.SentenceStarts[from])
        {
            return false;
        }

        // A list's bullet or mark may open the sentence: "• She wears …".
        while (from < t && analyzed.Tokens[from].Kind != TokenKind.Word)
        {
            from++;
        }

        return from < t && (WordLists.Contains(Subjects, analyzed.Tokens[from].In(analyzed.Text))
            || (analyzed.IsCapitalisedWord(from, minLength: 2) && (analyzed.Lexicons[from] & (LexiconKind.CommonWord | LexiconKind.FunctionWord)) == 0));
    }

    private static bool InSentence(AnalyzedText analyzed, int t, string[] words)
    {
        var (from, to) = analyzed.WindowInSentence(t, t, SentenceWindow);
        return WordLists.AnyIn(analyzed.Text, analyzed.Tokens, from, to, words);
    }

    /// <summary>
    /// "Sometimes my words get stuck. I know what I want to say in my head, but the sounds come out wrong": a word of
    /// talking in the sentence right after, with no everyday cause there.
    /// </summary>
    private static bool IsTalkInNextSentence(AnalyzedText analyzed, int t)
    {
        var next = analyzed.SentenceStartAfter(t, SentenceWindow);
        if (next < 0)
        {
            return false;
        }

        var (from, to) = analyzed.WindowInSentence(next, next, SentenceWindow);
        return WordLists.AnyIn(analyzed.Text, analyzed.Tokens, next, to, Talk) && !WordLists.AnyIn(analyzed.Text, analyzed.Tokens, from, to, Causes);
    }

    private static bool HasSpeechWord(AnalyzedText analyzed) => WordLists.AnyIn(analyzed.Text, analyzed.Tokens, 0, analyzed.Tokens.Count - 1, Speech);

    /// <summary>"b-b-b-ball", "I-I-I": one letter said three times with hyphens, near the phrase.</summary>
    private static bool HasSoundInPieces(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var j = Math.Max(0, t - PiecesWindow); j + 4 < tokens.Count && j <= t + PiecesWindow; j++)
        {
            if (tokens[j].End - tokens[j].Start == 1 && tokens[j].Kind == TokenKind.Word && tokens[j + 1].In(text) is "-"
                && tokens[j + 2].In(text).Equals(tokens[j].In(text), StringComparison.OrdinalIgnoreCase) && tokens[j + 3].In(text) is "-"
                && tokens[j + 4].In(text).StartsWith(tokens[j].In(text), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
