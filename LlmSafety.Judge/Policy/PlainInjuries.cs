using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// Injuries, breathing in sleep and an operation's sleep told in a child's words, none of which holds a word of the
/// health lists (set 145, 149):
/// <list type="bullet">
/// <item>a bone with a crack: "the bone in my arm has a crack in it", "his leg bone is broken" (DIAGNOSIS);</item>
/// <item>a joint that comes out of its place: "my shoulder slips out of its place", "her kneecap pops out" (DIAGNOSIS);</item>
/// <item>breathing that stops: "sometimes my breathing stops for a little moment" (DIAGNOSIS);</item>
/// <item>a memory that fails: "His memory is getting mixed up", "Grandpa forgets things that just happened" (DIAGNOSIS);</item>
/// <item>the sleep a doctor gives before an operation: "The doctor will help me go into a very deep sleep", "the
/// medicine will make him go into a special sleep" (TREATMENT).</item>
/// </list>
/// Each needs a person's owner ("my", "his", "her", "Sam's", "my brother's"; not "your" of a lesson, nor "his" or "her"
/// where the story has a pet and could mean it, nor a pet's name) and is dropped in make-believe and in someone else's
/// story.
/// </summary>
internal static class PlainInjuries
{
    public const string Source = "rule:plain-injury";

    private const double Score = 0.85;

    private static readonly string[] Owners = ["my", "his", "her"];

    // Family words the kin lexicon may lack: "my brother's knee", "My sister's arm bone".
    private static readonly string[] FamilyWords =
        ["brother", "sister", "cousin", "son", "daughter", "baby", "grandma", "grandpa", "granny", "grandad", "nana", "mum", "mom", "dad", "uncle", "aunt", "auntie", "aunty"];

    private static readonly string[] Limbs =
        ["arm", "leg", "wrist", "ankle", "foot", "finger", "toe", "elbow", "knee", "hand", "shoulder", "collarbone", "hip", "rib", "nose", "thumb"];

    private static readonly string[] Bones = ["bone", "bones"];

    private static readonly string[] Cracks = ["crack", "cracks", "cracked", "broken", "broke", "break", "snapped"];

    private static readonly string[] Joints = ["shoulder", "shoulders", "knee", "knees", "kneecap", "kneecaps", "hip", "hips", "elbow", "elbows", "joint", "joints", "jaw", "thumb"];

    private static readonly string[] SlipVerbs = ["slips", "slipped", "pops", "popped", "comes", "came", "goes", "went", "slides", "slid", "can"];

    private static readonly string[] Stops = ["stops", "stopped", "pauses", "paused"];

    private static readonly string[] Sleeps = ["sleep"];

    private static readonly string[] Deep = ["deep", "special", "very", "big", "long"];

    private static readonly string[] Givers = ["doctor", "doctors", "anaesthetist", "anesthetist", "anaesthetists", "anesthetists", "medicine"];

    // How far a cracked word or an "out" may stand after the bone or the joint.
    private const int Reach = 5;

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        OrderedOverlaps? existing = null;
        List<CandidateEntity>? added = null;
        for (var t = 0; t < tokens.Count; t++)
        {
            var word = tokens[t].In(text);
            var (type, first, last) = word switch
            {
                _ when WordLists.Contains(Bones, word) => (EntityType.Diagnosis, BoneStart(analyzed, t, pets), CrackedBoneEnd(analyzed, t, pets)),
                _ when WordLists.Contains(Joints, word) && OwnerBefore(analyzed, t, pets) is var jointOwner and >= 0 => (EntityType.Diagnosis, jointOwner, JointOutEnd(analyzed, t)),
                _ when word is "breathing" && t + 1 < tokens.Count && WordLists.Contains(Stops, tokens[t + 1].In(text)) && OwnerBefore(analyzed, t, pets) is var breathOwner and >= 0
                    => (EntityType.Diagnosis, breathOwner, t + 1),
                _ when WordLists.Contains(Sleeps, word) => (EntityType.Treatment, DeepSleepStart(analyzed, t, pets), t),
                _ when word is "memory" or "memories" && OwnerBefore(analyzed, t, pets) is var memoryOwner and >= 0 => (EntityType.Diagnosis, memoryOwner, MemoryFailingEnd(analyzed, t)),
                _ when word is "forgets" or "forget" or "forgetting" && ForgettingSubject(analyzed, t, pets) is var forgetter and >= 0 => (EntityType.Diagnosis, forgetter, JustHappenedEnd(analyzed, t)),
                _ => (EntityType.Diagnosis, -1, -1),
            };

            if (first < 0 || last < 0)
            {
                continue;
            }

            var span = new TaggedSpan(type, first, last, 1, 1);
            if (MakeBelieve.IsPretend(analyzed, span) || MakeBelieve.IsCharactersOwn(analyzed, span) || Eyesight.IsSomeoneElses(analyzed, span, pets))
            {
                continue;
            }

            OrderedOverlaps.AddUnlessOverlapping(entities, ref existing, ref added, new CandidateEntity(type, tokens[first].Start, tokens[last].End, Score, Source));
            t = last;
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }

    /// <summary>
    /// The first token of a person's owner that ends right before token t: "my", "his", "her", or a name or a family word
    /// with its "'s" ("Sam's", "my brother's", "Grandma's"; not a pet's name); -1 for none.
    /// </summary>
    private static int OwnerBefore(AnalyzedText analyzed, int t, Pets? pets)
    {
        if (t >= 1 && BowelCare.IsPersonsOwner(analyzed, t - 1, pets))
        {
            return t - 1;
        }

        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (t < 3 || tokens[t - 1].In(text) is not "s" || tokens[t - 2].In(text) is not ("'" or "’") || tokens[t - 3].Kind != TokenKind.Word)
        {
            return -1;
        }

        var who = t - 3;
        var kin = (analyzed.Lexicons[who] & LexiconKind.KinWord) != 0 || WordLists.Contains(FamilyWords, tokens[who].In(text));
        if (!kin && !(analyzed.IsCapitalisedWord(who, minLength: 2) && pets?.IsPetName(tokens[who].In(text)) != true && (analyzed.Lexicons[who] & LexiconKind.FunctionWord) == 0))
        {
            return -1;
        }

        // "my brother's": the owner word before the family word opens the span.
        return kin && who >= 1 && WordLists.Contains(Owners, tokens[who - 1].In(text)) ? who - 1 : who;
    }

    /// <summary>Where a bone's span opens: "the" of "the bone in my arm", "my" of "my arm bone", "Grandma" of "Grandma's hip bone".</summary>
    private static int BoneStart(AnalyzedText analyzed, int bone, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        if (bone >= 2 && WordLists.Contains(Limbs, tokens[bone - 1].In(analyzed.Text)) && OwnerBefore(analyzed, bone - 1, pets) is var owner and >= 0)
        {
            return owner;
        }

        return bone >= 1 && tokens[bone - 1].In(analyzed.Text) is "the" or "The" ? bone - 1 : bone;
    }

    /// <summary>
    /// "the bone in my arm has a crack in it", "the bone in his leg is broken", "my arm bone is cracked": the last token of
    /// the crack, or -1.
    /// </summary>
    private static int CrackedBoneEnd(AnalyzedText analyzed, int bone, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        int from;
        if (bone + 1 < tokens.Count && tokens[bone + 1].In(text) is "in" && LimbAfterOwner(analyzed, bone + 2, pets) is var limb and >= 0)
        {
            from = limb + 1;
        }
        else if (bone >= 2 && WordLists.Contains(Limbs, tokens[bone - 1].In(text)) && OwnerBefore(analyzed, bone - 1, pets) >= 0)
        {
            from = bone + 1;
        }
        else
        {
            return -1;
        }

        var denied = false;
        for (var k = from; k < tokens.Count && k - from < Reach * 2 && !analyzed.SentenceStarts[k] && (tokens[k].Kind == TokenKind.Word || tokens[k].In(text) is "," or "'" or "’"); k++)
        {
            // "my arm bone is not broken": a denied crack is none; "didn't snap, but it has a crack in it" goes on to the
            // crack after the "but".
            if (tokens[k].In(text) is "not" or "never" or "t" or "no")
            {
                denied = true;
                continue;
            }

            if (tokens[k].In(text) is "but")
            {
                denied = false;
                continue;
            }

            if (WordLists.Contains(Cracks, tokens[k].In(text)) && denied)
            {
                continue;
            }

            if (WordLists.Contains(Cracks, tokens[k].In(text)))
            {
                // "has a crack in it": the "in it" closes it.
                return k + 2 < tokens.Count && tokens[k + 1].In(text) is "in" && tokens[k + 2].In(text) is "it" ? k + 2 : k;
            }
        }

        return -1;
    }

    /// <summary>The limb after an owner that starts at t ("my arm", "Sam's arm", "my brother's arm"), or -1.</summary>
    private static int LimbAfterOwner(AnalyzedText analyzed, int t, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        for (var limb = t + 1; limb < tokens.Count && limb <= t + 4; limb++)
        {
            if (WordLists.Contains(Limbs, tokens[limb].In(analyzed.Text)))
            {
                return OwnerBefore(analyzed, limb, pets) == t ? limb : -1;
            }
        }

        return -1;
    }

    /// <summary>"my shoulder slips out of its place", "her kneecap pops out": the last token of the "out" (and its place), or -1.</summary>
    private static int JointOutEnd(AnalyzedText analyzed, int joint)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var k = joint + 1; k + 1 < tokens.Count && k - joint <= Reach && !analyzed.SentenceStarts[k] && tokens[k].Kind == TokenKind.Word; k++)
        {
            if (!WordLists.Contains(SlipVerbs, tokens[k].In(text)))
            {
                continue;
            }

            var outAt = tokens[k + 1].In(text) is "slip" or "pop" or "come" ? k + 2 : k + 1;
            if (outAt >= tokens.Count || tokens[outAt].In(text) is not "out")
            {
                return -1;
            }

            // "out of its place", "out of place", "out of joint".
            var end = outAt;
            if (end + 1 < tokens.Count && tokens[end + 1].In(text) is "of")
            {
                var place = end + 2 < tokens.Count && tokens[end + 2].In(text) is "its" or "their" or "the" ? end + 3 : end + 2;
                end = place < tokens.Count && tokens[place].In(text) is "place" or "joint" or "socket" ? place : end;
            }

            return end;
        }

        return -1;
    }

    // What a failing memory does: "His memory is getting mixed up", "Grandma's memories get muddled".
    private static readonly string[] MemoryFails = ["mixed", "muddled", "worse", "fuzzy", "failing", "poor", "jumbled", "confused"];

    // What a memory is when all is well, failing only when denied: "is not working like before", "is not good anymore".
    private static readonly string[] MemoryWorks = ["working", "good", "great", "right"];

    /// <summary>
    /// "His memory is getting mixed up", "Grandpa's memory is not working like before": the last token of what the memory
    /// does ("up" of "mixed up"), or -1. A denial turns it either way: "is not working" fails, "is not failing" does not.
    /// What follows "of" is the memory of something ("My memory of the trip is fuzzy").
    /// </summary>
    private static int MemoryFailingEnd(AnalyzedText analyzed, int memory)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var denied = false;
        for (var k = memory + 1; k < tokens.Count && k - memory <= Reach && !analyzed.SentenceStarts[k] && tokens[k].Kind == TokenKind.Word; k++)
        {
            var word = tokens[k].In(text);
            if (word is "of")
            {
                return -1;
            }

            denied |= word is "not" or "t" or "never";
            var fails = WordLists.Contains(MemoryFails, word) ? !denied : WordLists.Contains(MemoryWorks, word) ? denied : (bool?)null;
            if (fails is { } failing)
            {
                return !failing ? -1 : word is "mixed" && k + 1 < tokens.Count && tokens[k + 1].In(text) is "up" ? k + 1 : k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Who forgets, right before "forgets" at t: "He", "Grandpa", "Grandpa Joe", "my grandma", "Grandpa keeps forgetting";
    /// the span's first token, or -1 ("I forget my hat" is anyone's).
    /// </summary>
    private static int ForgettingSubject(AnalyzedText analyzed, int t, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var keeps = tokens[t].In(analyzed.Text) is "forgetting";
        if (keeps && (t < 2 || tokens[t - 1].In(analyzed.Text) is not ("keeps" or "is")))
        {
            return -1;
        }

        var subject = keeps ? t - 2 : t - 1;
        if (subject < 0)
        {
            return -1;
        }

        var word = tokens[subject].In(analyzed.Text);
        if (word is "he" or "she" or "He" or "She")
        {
            return pets is null ? subject : -1;
        }

        // "Grandpa Joe forgets": a family word and a given name.
        var family = subject >= 1 && analyzed.IsCapitalisedWord(subject) && IsFamily(analyzed, subject - 1) ? subject - 1 : subject;
        if (!IsFamily(analyzed, family))
        {
            return -1;
        }

        // "my grandma forgets": the owner opens the span; a family word alone is capitalised ("Grandpa forgets").
        return family >= 1 && WordLists.Contains(Owners, tokens[family - 1].In(analyzed.Text)) ? family - 1
            : analyzed.IsCapitalisedWord(family) ? family : -1;
    }

    private static bool IsFamily(AnalyzedText analyzed, int t) =>
        t >= 0 && ((analyzed.Lexicons[t] & LexiconKind.KinWord) != 0 || WordLists.Contains(FamilyWords, analyzed.Tokens[t].In(analyzed.Text)));

    /// <summary>
    /// "forgets things that happened a few minutes ago", "forgets things that just happened": the last token of
    /// "happened", or -1 (forgetting a hat, a name or a word is everyone's).
    /// </summary>
    private static int JustHappenedEnd(AnalyzedText analyzed, int forgets)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (forgets + 2 >= tokens.Count || tokens[forgets + 1].In(text) is not ("things" or "what"))
        {
            return -1;
        }

        var k = tokens[forgets + 1].In(text) is "things" && tokens[forgets + 2].In(text) is "that" ? forgets + 3 : forgets + 2;
        k = k < tokens.Count && tokens[k].In(text) is "just" ? k + 1 : k;
        return k < tokens.Count && tokens[k].In(text) is "happened" or "happen" ? k : -1;
    }

    /// <summary>
    /// "The doctor will help me go into a very deep sleep", "the doctor gives him medicine to make him go into a deep
    /// sleep": a doctor or a medicine in the sentence before "into a … sleep", and a person helped ("me", "him", "her");
    /// the first token of the span ("help"/"make"/"put"), or -1.
    /// </summary>
    private static int DeepSleepStart(AnalyzedText analyzed, int sleep, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (sleep < 1)
        {
            return -1;
        }

        var k = sleep - 1;
        var deep = false;
        while (k > 0 && sleep - k <= 3 && WordLists.Contains(Deep, tokens[k].In(text)))
        {
            deep |= tokens[k].In(text) is "deep" or "special";
            k--;
        }

        if (!deep || k < 4 || tokens[k].In(text) is not ("a" or "an") || tokens[k - 1].In(text) is not ("into" or "to"))
        {
            return -1;
        }

        // "help me go into", "put me into", "make him go into".
        var who = tokens[k - 2].In(text) is "go" ? k - 3 : k - 2;
        if (who < 1 || tokens[who].In(text) is not ("me" or "him" or "her") || (pets is not null && tokens[who].In(text) is not "me")
            || tokens[who - 1].In(text) is not ("help" or "helps" or "make" or "makes" or "put" or "puts"))
        {
            return -1;
        }

        var (from, _) = analyzed.WindowInSentence(who - 1, sleep, 20);
        return WordLists.AnyIn(text, tokens, from, who - 1, Givers) ? who - 1 : -1;
    }
}
