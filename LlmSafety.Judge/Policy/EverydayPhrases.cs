using System.Runtime.CompilerServices;
using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// Everyday phrases the span tagger reads as health spans, each fixed in English and so read as a rule: a span of only
/// small words and numbers ("seats 42 and 43"), getting used to something ("my body gets used to it"), the funny bone,
/// pain said not to come ("they cannot hurt me", "it won't hurt"), a soreness that may come and go ("your arm might be a
/// bit sore that night"), "back" as in "put things back where they were", a phone's app, and the definition of a kind of
/// thing ("A vaccine is a medicine that helps our bodies …"), "they" of babies, "close my eyes again" and a puffer
/// jacket.
/// </summary>
internal static class EverydayPhrases
{
    /// <summary>Whether a health span of the tagger is one of these phrases.</summary>
    public static bool IsEveryday(AnalyzedText analyzed, TaggedSpan span) =>
        EntityCategories.Of(span.Type) == Category.Health
        && (IsWithoutContent(analyzed, span) || IsGettingUsedTo(analyzed, span) || IsFunnyBone(analyzed, span) || IsPainDenied(analyzed, span)
            || IsPassingSoreness(analyzed, span) || IsBackAgain(analyzed, span) || IsPhoneApp(analyzed, span) || IsKindDefined(analyzed, span)
            || IsTheyOfEveryone(analyzed, span) || IsBodyAction(analyzed, span) || IsLooks(analyzed, span) || IsTrouserBraces(analyzed, span)
            || IsFasting(analyzed, span) || IsOxygenOfAir(analyzed, span) || IsSomePeoplesOwn(analyzed, span) || IsTopic(analyzed, span)
            || IsGameName(analyzed, span) || IsPufferClothes(analyzed, span) || IsThingsCapsule(analyzed, span) || IsPieceOfHyphenedWord(analyzed, span)
            || IsBodysNeed(analyzed, span) || IsBlindOfThings(analyzed, span) || IsComparisonPiece(analyzed, span)
            || IsGoodsInShop(analyzed, span) || IsFeelingFromOutside(analyzed, span) || IsListUnderSomePeople(analyzed, span) || IsHealthDenied(analyzed, span)
            || IsBestMedicineSaying(analyzed, span) || IsGivenToAnyone(analyzed, span) || IsUnseenThings(analyzed, span) || IsForPeopleWho(analyzed, span)
            || IsShownHowBodiesWork(analyzed, span) || IsKindHands(analyzed, span) || IsThingDefined(analyzed, span) || IsNotReally(analyzed, span)
            || IsNotSleepyYet(analyzed, span) || IsDippedInThing(analyzed, span) || IsAskedOnForm(analyzed, span) || IsIfYourChild(analyzed, span)
            || IsAnimalsDoing(analyzed, span) || IsBodyPartAlone(analyzed, span) || IsToysCare(analyzed, span) || IsHandToHand(analyzed, span)
            || IsThingsCondition(analyzed, span) || IsThingOfLongAgo(analyzed, span) || IsEverydayEnergy(analyzed, span) || IsEverydayGrowing(analyzed, span) || IsNotMine(analyzed, span)
            || IsMedicineAtWork(analyzed, span) || IsSoundOnly(analyzed, span) || IsPretendCare(analyzed, span) || IsXRayOutsideCare(analyzed, span)
            || IsDoneToNobody(analyzed, span) || IsAnyonesCondition(analyzed, span) || IsAllergicJoke(analyzed, span) || IsDeafIdiom(analyzed, span)
            || IsMilitaryOperation(analyzed, span) || IsNamedCampaign(analyzed, span) || IsColdThing(analyzed, span)
            || IsHappeningToEveryone(analyzed, span) || IsKeptInCaseAnyone(analyzed, span) || IsCalendarOnly(analyzed, span)
            || IsAnimalsMedicine(analyzed, span) || IsTiredFromDoing(analyzed, span) || IsHowWellMeasured(analyzed, span) || IsWellKnownThing(analyzed, span)
            || IsGroomingTool(analyzed, span) || IsOtherLanguageWordAlone(analyzed, span) || IsInOffer(analyzed, span) || IsClinicianAtWork(analyzed, span)
            || IsHumanAnatomy(analyzed, span) || IsStartledJump(analyzed, span) || IsDizzyFromSpinning(analyzed, span)
            || IsUsedToHelpAnyone(analyzed, span) || IsDeniedDoingIt(analyzed, span) || IsEveryonesFeeling(analyzed, span) || IsOpenedByReporting(analyzed, span)
            || IsClassesThing(analyzed, span) || IsSunProtection(analyzed, span) || IsFoundLying(analyzed, span) || IsSurgeryAsPlace(analyzed, span)
            || IsAskedAnyOrNone(analyzed, span) || IsMusclesGettingReady(analyzed, span) || IsHurtingSomeone(analyzed, span)
            || IsWherePeopleGetIt(analyzed, span));

    private static readonly string[] Fetching = ["pick", "picks", "up", "get", "gets", "buy", "buys", "collect", "collects", "fetch", "fetches"];

    /// <summary>
    /// "At the counter there is a sign that says "Rezepte" — that is where people pick up medicine": what people in
    /// general get at a place, after "where people" or "people" opening the sentence, is nobody's.
    /// </summary>
    private static bool IsWherePeopleGetIt(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var t = span.FirstToken - 1;
        if (t >= 0 && tokens[t].In(analyzed.Text) is "their" or "some")
        {
            t--;
        }

        var verbs = 0;
        while (t >= 0 && verbs < 2 && WordLists.Contains(Fetching, tokens[t].In(analyzed.Text)))
        {
            t--;
            verbs++;
        }

        return verbs > 0 && t >= 0 && tokens[t].In(analyzed.Text).Equals("people", StringComparison.OrdinalIgnoreCase)
            && (analyzed.SentenceStarts[t] || (t >= 1 && tokens[t - 1].In(analyzed.Text) is "where" or "Where"))
            && !HasCareOrBodyWord(analyzed, span.FirstToken, span.LastToken - 1);
    }

    private static readonly string[] HurtVerbs = ["hurt", "hurts", "hurting", "upset", "upsets"];

    // Whom words and deeds hurt: "comments that could hurt someone's feelings", "it can hurt people".
    private static readonly string[] HurtPeople =
        ["someone", "someone's", "somebody", "anyone", "anybody", "people", "others", "other", "them", "their", "him", "his", "her", "you", "your", "my", "our", "friends", "friend", "feelings"];

    /// <summary>
    /// "I do not write comments that could hurt someone's feelings": a span of plain words that ends on hurting, with the
    /// one hurt right after it, is what a deed does to others, no one's pain ("my knee could hurt" ends on a body's).
    /// </summary>
    private static bool IsHurtingSomeone(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var last = span.LastToken;
        // "It hurts my tummy": an owner before a body's part is someone's pain.
        return span.Type == EntityType.Diagnosis && WordLists.Contains(HurtVerbs, tokens[last].In(analyzed.Text)) && last + 1 < tokens.Count
            && WordLists.Contains(HurtPeople, tokens[last + 1].In(analyzed.Text)) && !HasCareOrBodyWord(analyzed, span.FirstToken, last)
            && !(last + 2 < tokens.Count && HasCareOrBodyWord(analyzed, last + 2, last + 2));
    }

    /// <summary>A word of the health lists or of the body among the tokens [first, last].</summary>
    private static bool HasCareOrBodyWord(AnalyzedText analyzed, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if ((analyzed.Lexicons[t] & (LexiconSet.HealthKinds | LexiconKind.BodyWord)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "She put special fish medicine in the water": medicine of an animal's kind, the animal word right before it, in
    /// any story; not "my big horse pills" (an owner before the kind) nor "fish oil" or "cat allergy" tablets (the kind is
    /// no part of the words right before the medicine).
    /// </summary>
    private static bool IsAnimalsMedicine(AnalyzedText analyzed, TaggedSpan span)
    {
        var kind = span.FirstToken - 1;
        if (span.Type != EntityType.Medication || kind < 0 || !Pets.IsAnimalKind(analyzed, span) || !WordLists.Contains(Pets.AnimalKindWords, analyzed.Tokens[kind].In(analyzed.Text)))
        {
            return false;
        }

        return !WordLists.AnyIn(analyzed.Text, analyzed.Tokens, Math.Max(0, kind - 2), kind - 1, Possessives);
    }

    // Who a medicine kept "in case" may be for, when it is for nobody yet: "in case anyone ever needs it".
    private static readonly string[] InCaseWhom = ["anyone", "anybody", "someone", "somebody", "children", "kids", "people"];

    private static readonly string[] FirstPerson = ["i", "me", "my", "mine", "myself"];

    /// <summary>
    /// "The school nurse keeps special medicine in her office in case anyone ever needs it": a medicine kept "in case"
    /// someone unnamed needs it, after the span in its sentence, is no one's ("in case I need it" is the child's).
    /// </summary>
    private static bool IsKeptInCaseAnyone(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        // "special medicine in her office": an owner counts only before the medicine's own word.
        var head = span.FirstToken;
        while (head < span.LastToken && (analyzed.Lexicons[head] & LexiconSet.HealthKinds) == 0)
        {
            head++;
        }

        // "Mum keeps my EpiPen …": the owner stands before the span as often as in it.
        if (span.Type is not (EntityType.Medication or EntityType.Device) || WordLists.AnyIn(analyzed.Text, tokens, Math.Max(0, span.FirstToken - 2), head, Possessives))
        {
            return false;
        }

        var (_, to) = analyzed.WindowInSentence(span.LastToken, span.LastToken, SentenceReach);
        for (var t = span.LastToken + 1; t + 2 <= to; t++)
        {
            if (tokens[t].In(analyzed.Text) is "in" && tokens[t + 1].In(analyzed.Text) is "case")
            {
                // Not "in case someone gives me a snack with nuts": the child is the one at risk.
                return WordLists.Contains(InCaseWhom, tokens[t + 2].In(analyzed.Text)) && !WordLists.AnyIn(analyzed.Text, tokens, t + 3, to, FirstPerson);
            }
        }

        return false;
    }

    /// <summary>"Diwali", "Eid": a span of a feast's or a day's words only names a day, not a condition.</summary>
    private static bool IsCalendarOnly(AnalyzedText analyzed, TaggedSpan span)
    {
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word && (analyzed.Lexicons[t] & (LexiconKind.CalendarWord | LexiconKind.FunctionWord)) == 0)
            {
                return false;
            }
        }

        return (analyzed.Lexicons[span.FirstToken] & LexiconKind.CalendarWord) != 0;
    }

    private static readonly string[] Happens = ["happens", "happen"];

    // "This does not happen to all kids": a denial before "happen" says the opposite.
    private static readonly string[] HappensDenials = ["not", "t", "never", "doesn", "don", "rarely"];

    private static readonly string[] AllOfWhom = ["of", "kids", "children", "people", "grown-ups", "adults", "humans", "bodies"];

    private static readonly string[] HappensToWhom = ["everyone", "everybody", "people", "kids", "children", "grown-ups", "grownups", "adults", "all"];

    // How far on either side of a span, in tokens, a sentence that says it happens to everyone is looked for.
    private const int HappensReach = 30;

    /// <summary>
    /// "Sometimes Oliver's brain feels busy and he cannot fall asleep right away. That happens to lots of people.",
    /// "Puberty happens to everyone … your body might start to sweat more": a passing state the tagger read, with no word of
    /// a condition, medicine or care in it, in a sentence (its own or the one before or after) that says it happens to
    /// everyone, is part of every body's life.
    /// </summary>
    private static bool IsHappeningToEveryone(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if ((analyzed.Lexicons[t] & LexiconSet.HealthKinds) != 0)
            {
                return false;
            }
        }

        // The sentence before the span's at most: a bounded window, whatever the lengths of the sentences.
        var own = analyzed.SentenceStartBefore(span.FirstToken + 1, HappensReach);
        var previous = own > 0 ? analyzed.SentenceStartBefore(own, HappensReach) : -1;
        var from = previous >= 0 ? previous : own >= 0 ? own : Math.Max(0, span.FirstToken - HappensReach);
        var next = analyzed.SentenceStartAfter(span.LastToken, HappensReach);
        var after = next < 0 ? -1 : analyzed.SentenceStartAfter(next, HappensReach);
        var to = after > 0 ? after - 1 : Math.Min(tokens.Count - 1, span.LastToken + HappensReach);
        for (var t = from; t <= to; t++)
        {
            if (!WordLists.Contains(Happens, tokens[t].In(analyzed.Text)) || t + 1 > to || tokens[t + 1].In(analyzed.Text) is not "to"
                || WordLists.AnyIn(analyzed.Text, tokens, Math.Max(from, t - 3), t - 1, HappensDenials))
            {
                continue;
            }

            for (var k = t + 2; k <= to && k <= t + 5; k++)
            {
                // "all" only of people: "happens to all of us", "to all kids" (not "what happens to all the rubbish").
                if (WordLists.Contains(HappensToWhom, tokens[k].In(analyzed.Text))
                    && (tokens[k].In(analyzed.Text) is not "all" || (k + 1 <= to && WordLists.Contains(AllOfWhom, tokens[k + 1].In(analyzed.Text)))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // What "cold" describes when it is no illness: "a cold bottle of water", "cold juice", "a cold morning".
    private static readonly string[] ColdThings =
    [
        "bottle", "bottles", "water", "drink", "drinks", "juice", "milk", "lemonade", "glass", "cup", "ice", "snack", "fruit", "watermelon",
        "day", "days", "morning", "mornings", "night", "nights", "evening", "wind", "air", "weather", "rain", "snow", "floor", "tiles", "metal", "seat",
        "hands", "feet", "toes", "fingers", "nose", "towel", "pool", "sea", "lake", "shower", "splash", "sand", "grass", "breeze", "season", "winter",
    ];

    /// <summary>
    /// "Mama gives me a cold bottle of water": "cold" before a drink, a thing, a time or the weather is how cold it is,
    /// not a cold anyone has; the span holds nothing of health but that word and what it describes.
    /// </summary>
    private static bool IsColdThing(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var cold = WordLists.FirstIn(analyzed.Text, tokens, span.FirstToken, span.LastToken, ColdWords);
        if (cold < 0 || cold + 1 >= tokens.Count || !WordLists.Contains(ColdThings, tokens[cold + 1].In(analyzed.Text)))
        {
            return false;
        }

        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (t != cold && (analyzed.Lexicons[t] & LexiconSet.HealthKinds) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] ColdWords = ["cold", "icy", "freezing"];

    private static readonly string[] Needs = ["need", "needs", "needed"];

    // What every body needs, and the small words that join them: "Kenji's body needs sleep to grow", "bodies need water".
    private static readonly string[] BodysNeedWords =
    [
        "body", "bodies", "need", "needs", "needed", "sleep", "rest", "food", "water", "energy", "exercise", "fresh", "air", "lots", "of", "plenty",
        "some", "and", "to", "grow", "move", "drink", "time", "a", "break",
    ];

    /// <summary>
    /// "Kenji's body needs sleep", "our bodies need water and rest": a body needing what every body needs, with nothing
    /// else in the span, is no device or condition.
    /// </summary>
    private static bool IsBodysNeed(AnalyzedText analyzed, TaggedSpan span) =>
        IsOnlyWordsOf(analyzed, span, BodysNeedWords) && WordLists.AnyIn(analyzed.Text, analyzed.Tokens, span.FirstToken, span.LastToken, BodyWords)
        && WordLists.AnyIn(analyzed.Text, analyzed.Tokens, span.FirstToken, span.LastToken, Needs);

    private static readonly string[] BodyWords = ["body", "bodies"];

    /// <summary>Every token of the span is a word of <paramref name="words"/>.</summary>
    private static bool IsOnlyWordsOf(AnalyzedText analyzed, TaggedSpan span, string[] words)
    {
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind != TokenKind.Word || !WordLists.Contains(words, analyzed.Tokens[t].In(analyzed.Text)))
            {
                return false;
            }
        }

        return true;
    }

    // Where goods stand for anyone to buy: "on a box of medicine at the pharmacy".
    private static readonly string[] Shops = ["pharmacy", "chemist", "chemists", "shop", "shops", "store", "stores", "supermarket", "market"];

    private static readonly string[] Packs = ["box", "boxes", "bottle", "bottles", "packet", "packets", "pack", "packs", "tube", "tubes", "jar"];

    // Words of medicine in general, as goods are sold (not a brand: "an EpiPen at the supermarket" is the child's).
    private static readonly string[] MedicineGoods = ["medicine", "medicines", "pills", "tablets", "cream", "syrup", "plasters", "vitamins"];

    /// <summary>
    /// "braille dots … on a box of medicine at the pharmacy": a word of medicine in general after "a" (or "a box of") with
    /// a shop right after it ("at the pharmacy", "in the shop") is goods on a shelf, no one's ("my medicine at the
    /// pharmacy" stays mine, and so do a brand and a device: "an EpiPen at the supermarket", "a wheelchair in the shop").
    /// </summary>
    private static bool IsGoodsInShop(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (span.Type != EntityType.Medication || !WordLists.Contains(MedicineGoods, tokens[span.LastToken].In(text)))
        {
            return false;
        }

        var before = span.FirstToken - 1;
        if (before >= 2 && tokens[before].In(text) is "of" && WordLists.Contains(Packs, tokens[before - 1].In(text)))
        {
            before -= 2;
        }

        var next = span.LastToken + 1;
        return span.FirstToken == span.LastToken && before >= 0 && tokens[before].In(text) is "a" or "an" or "A" && next + 2 < tokens.Count
            && tokens[next].In(text) is "at" or "in" && tokens[next + 1].In(text) is "the" or "a" && WordLists.Contains(Shops, tokens[next + 2].In(text));
    }

    // Words a comparison ends on where no health phrase does: "makes recess more", "more times than anyone".
    private static readonly string[] ComparisonEnds = ["more", "less", "than", "anyone", "anybody", "everyone", "everybody"];

    // Words of feeling and sensing that make a comparison the body's: "my brain notices sounds and touches more".
    private static readonly string[] SensingWords =
    [
        "hurt", "hurts", "ache", "aches", "sounds", "sound", "touch", "touches", "feels", "feel", "notices", "hears", "bend", "bends", "tired", "pain", "sore",
        "infection", "infections", "sick", "ill", "colds", "coughs", "fits", "seizures",
    ];

    /// <summary>
    /// "I am learning to share, and that makes recess more fun", "Kerry have won more times than anyone": a span that
    /// ends on "more", "than" or "anyone" with no health word, no word of the body and no word of feeling or sensing in
    /// it is a piece of a comparison ("my tummy ache even more", "my brain notices sounds and touches more" stay).
    /// </summary>
    private static bool IsComparisonPiece(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        return WordLists.Contains(ComparisonEnds, tokens[span.LastToken].In(analyzed.Text)) && !WordLists.AnyIn(analyzed.Text, tokens, span.FirstToken, span.LastToken, SensingWords)
            && !HasCareOrBodyWord(analyzed, span.FirstToken, span.LastToken);
    }

    // What "blind" says of a thing before it: "check your blind spot", "a blind date", "a blind bend".
    private static readonly string[] BlindThings = ["spot", "spots", "date", "dates", "bend", "bends", "corner", "corners", "alley", "taste", "summit"];

    // What makes a blind spot the eye's: "a big blind spot in her right eye".
    private static readonly string[] SightWords = ["eye", "eyes", "see", "sees", "seeing", "sight", "vision", "read", "reading", "look", "looks"];

    private const int BlindSpotReach = 12;

    // What "blind" is after it as a thing itself: "the window blind", "the roller blind".
    private static readonly string[] BlindKinds = ["window", "roller", "roman", "venetian", "kitchen", "bedroom", "blackout"];

    /// <summary>
    /// "Check your blind spot", "a blind date", "the window blind": a span whose only health word is "blind", with a thing
    /// it describes right after it and no eye, seeing or reading near ("a big blind spot in her right eye" is sight
    /// loss), or a kind of window blind right before it, is no sight loss.
    /// </summary>
    private static bool IsBlindOfThings(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (!tokens[t].In(text).Equals("blind", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var (from, to) = analyzed.WindowInSentence(t, t, BlindSpotReach);
            var described = (t + 1 < tokens.Count && WordLists.Contains(BlindThings, tokens[t + 1].In(text)) && !WordLists.AnyIn(text, tokens, from, to, SightWords))
                || (t >= 1 && WordLists.Contains(BlindKinds, tokens[t - 1].In(text))) || IsBlindPulled(analyzed, t);
            return described && !JudgeEngine.HasHealthWord(analyzed, span.FirstToken, t - 1) && !JudgeEngine.HasHealthWord(analyzed, t + 1, span.LastToken);
        }

        return false;
    }

    // Verbs of a window's blind: "pulls down the blind", "close the blinds", "She opens the blind".
    private static readonly string[] BlindVerbs =
        ["pull", "pulls", "pulled", "pulling", "close", "closes", "closed", "closing", "open", "opens", "opened", "opening", "draw", "draws", "drew", "shut", "shuts", "lower", "lowers", "raise", "raises"];

    /// <summary>
    /// "She pulls down the blind in Room 14": "the blind" a verb of pulling, closing or opening acts on (a particle and
    /// "the" between) is the window's.
    /// </summary>
    private static bool IsBlindPulled(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var v = t - 1;
        if (v < 1 || tokens[v].In(analyzed.Text) is not ("the" or "a" or "our" or "that"))
        {
            return false;
        }

        v--;
        if (v >= 1 && tokens[v].In(analyzed.Text) is "down" or "up")
        {
            v--;
        }

        // The blind itself, not "the blind girl's locker": its phrase ends after it.
        var after = t + 1;
        return WordLists.Contains(BlindVerbs, tokens[v].In(analyzed.Text))
            && (after >= tokens.Count || tokens[after].Kind != TokenKind.Word || WordLists.Contains(BlindEnds, tokens[after].In(analyzed.Text)));
    }

    private static readonly string[] BlindEnds = ["in", "on", "at", "so", "and", "to", "because", "when", "then", "again", "halfway", "all"];

    /// <summary>"a real space capsule", "a time capsule": a capsule after "space", "time" or "coffee" is no medicine.</summary>
    private static bool IsThingsCapsule(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var last = span.LastToken;
        return tokens[last].In(analyzed.Text) is "capsule" or "capsules" && last >= 1
            && tokens[last - 1].In(analyzed.Text) is "space" or "time" or "coffee" or "Space" or "Time";
    }

    /// <summary>
    /// "the pre" of "the pre-schoolers": a span that ends on a word no health list holds, joined by a hyphen with no space
    /// to the word after, is a piece of another word.
    /// </summary>
    private static bool IsPieceOfHyphenedWord(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var last = span.LastToken;
        return last + 2 < tokens.Count && tokens[last + 1].In(analyzed.Text) is "-" && tokens[last + 1].Start == tokens[last].End
            && tokens[last + 2].Start == tokens[last + 1].End && !JudgeEngine.HasHealthWord(analyzed, span.FirstToken, last);
    }

    // What a puffer is when it is no inhaler: "his puffer jacket", "a puffer coat", a puffer fish.
    private static readonly string[] PufferThings = ["jacket", "jackets", "coat", "coats", "vest", "gilet", "fish", "parka", "hoodie"];

    /// <summary>
    /// "Manaia wears his puffer jacket and his beanie": a span ending on "puffer" (or "puffers") with a jacket, a coat or
    /// a fish right after it, or ending on that jacket itself, names clothes or an animal, not an inhaler.
    /// </summary>
    private static bool IsPufferClothes(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var last = span.LastToken;
        // "my puffer jacket" read whole, the jacket inside the span.
        if (last > span.FirstToken && WordLists.Contains(PufferThings, tokens[last].In(analyzed.Text)) && tokens[last - 1].In(analyzed.Text) is "puffer" or "Puffer")
        {
            last--;
            return !JudgeEngine.HasHealthWord(analyzed, span.FirstToken, last - 1);
        }

        return tokens[last].In(analyzed.Text) is "puffer" or "puffers" or "Puffer" && last + 1 < tokens.Count
            && WordLists.Contains(PufferThings, tokens[last + 1].In(analyzed.Text)) && !JudgeEngine.HasHealthWord(analyzed, span.FirstToken, last - 1);
    }

    private static readonly string[] GameWords = ["game", "games", "play", "plays", "playing", "played"];

    /// <summary>"we might play the board game Operation": a capitalised health word right after a game or "play" is a game's name.</summary>
    private static bool IsGameName(AnalyzedText analyzed, TaggedSpan span)
    {
        var first = span.FirstToken;
        return span.LastToken == first && first >= 1 && char.IsUpper(analyzed.Text[analyzed.Tokens[first].Start]) && !analyzed.SentenceStarts[first]
            && WordLists.Contains(GameWords, analyzed.Tokens[first - 1].In(analyzed.Text));
    }

    // What a condition names when it is a cause or a campaign: "diabetes awareness", "Autism Acceptance Week".
    private static readonly string[] Causes = ["awareness", "acceptance", "charity", "charities", "fundraiser", "fundraising", "research", "foundation", "society", "association"];

    private static readonly string[] Trades = ["nurse", "nurses", "doctor", "specialist", "consultant"];

    private static readonly string[] Copulas = ["is", "was", "s", "became", "becomes"];

    // Someone's own in the clause after a condition: "the seizures I had", "the reason I fall down".
    private static readonly string[] OwnersAfter = ["i", "me", "my", "he", "him", "his", "she", "her", "we", "our"];

    // How far after the condition its clause is read for an owner.
    private const int OwnerAfterReach = 6;

    private static bool HasOwnerAfter(AnalyzedText analyzed, int last)
    {
        for (var t = last + 1; t < analyzed.Tokens.Count && t <= last + OwnerAfterReach && !analyzed.SentenceStarts[t]; t++)
        {
            if (analyzed.Tokens[t].In(analyzed.Text) is "," or ";" or ":")
            {
                return false;
            }

            if (WordLists.Contains(OwnersAfter, analyzed.Tokens[t].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Learning = ["learned", "learnt", "learn", "learns", "know", "knows", "knew", "read", "heard"];

    private static readonly string[] FactVerbs = ["can", "is", "means", "makes", "may", "might", "affects", "changes", "isn"];

    // What may stand between "about" and the condition it is about: "about a condition called diabetes".
    private static readonly string[] Naming = ["a", "an", "condition", "illness", "disease", "disability", "called", "named", "known", "as"];

    /// <summary>
    /// A condition as a topic, no one's: "teaches children about a condition called diabetes", "Learning about
    /// diabetes", "the diabetes awareness visit", "You cannot catch diabetes from someone". One or two words of the
    /// condition, no owner inside: "about my autism" and "Sam has a condition called epilepsy" are someone's.
    /// </summary>
    private static bool IsTopic(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        // "cannot catch diabetes" of "You cannot catch diabetes": the tagger may take the verb in, and its "not".
        var first = span.FirstToken;
        var negated = false;
        if (first < span.LastToken && tokens[first].In(text) is "cannot" or "not" or "never")
        {
            (first, negated) = (first + 1, true);
        }

        var caught = first < span.LastToken && tokens[first].In(text).Equals("catch", StringComparison.OrdinalIgnoreCase);
        if (caught)
        {
            first++;
        }

        if (negated && !caught)
        {
            return false;
        }

        if (caught)
        {
            return negated || (span.FirstToken >= 1 && WordLists.Contains(Negations, tokens[span.FirstToken - 1].In(text)) && tokens[span.FirstToken - 1].In(text) is not "can");
        }

        // One or two words of the condition, maybe with its "'s" ("Alzheimer's disease").
        var words = 0;
        for (var t = first; t <= span.LastToken; t++)
        {
            var word = tokens[t].In(text);
            if (word is "'" or "’" or "s")
            {
                continue;
            }

            if (WordLists.Contains(BodyOwners, word) || tokens[t].Kind != TokenKind.Word || ++words > 2)
            {
                return false;
            }
        }

        // "the diabetes awareness visit", "Autism Acceptance Week", "a brain tumour charity".
        if (span.LastToken + 1 < tokens.Count && WordLists.Contains(Causes, tokens[span.LastToken + 1].In(text)))
        {
            return true;
        }

        // "A diabetes nurse came to talk to our class", "Aunt Bea is a diabetes nurse": a clinician of the condition by
        // trade, "a" one opening the sentence or after "is", not one a child is taken to ("Mum takes me to a diabetes nurse").
        if (first >= 1 && tokens[first - 1].In(text) is "a" or "an" or "A" or "An" && span.LastToken + 1 < tokens.Count
            && WordLists.Contains(Trades, tokens[span.LastToken + 1].In(text))
            && (analyzed.SentenceStarts[first - 1] || (first >= 2 && WordLists.Contains(Copulas, tokens[first - 2].In(text)))))
        {
            return true;
        }

        var b = first - 1;
        while (b >= 0 && first - b <= 4 && WordLists.Contains(Naming, tokens[b].In(text)))
        {
            b--;
        }

        if (b < 0)
        {
            return false;
        }

        var before = tokens[b].In(text);
        if (before.Equals("about", StringComparison.OrdinalIgnoreCase))
        {
            // "about the seizures I had last night", "about my autism": not when someone's own follows in the clause.
            return !HasOwnerAfter(analyzed, span.LastToken);
        }

        // "We learned that Alzheimer's disease can make people forget things": a fact learnt about the condition.
        if (b == first - 1 && before is "that" && b >= 1 && WordLists.Contains(Learning, tokens[b - 1].In(text)) && span.LastToken + 1 < tokens.Count
            && WordLists.Contains(FactVerbs, tokens[span.LastToken + 1].In(text)) && !HasOwnerAfter(analyzed, span.LastToken))
        {
            return true;
        }

        // "You cannot catch diabetes", "you can't catch autism": a lesson that it does not spread.
        return b == first - 1 && before.Equals("catch", StringComparison.OrdinalIgnoreCase) && b >= 1
            && WordLists.Contains(Negations, tokens[b - 1].In(text)) && tokens[b - 1].In(text) is not "can";
    }

    // Words of a fast kept for faith: "they do not eat or drink anything from sunrise until sunset".
    private static readonly string[] FastingWords = ["sunrise", "sunset", "dawn", "dusk", "fasting", "fasts", "ramadan", "iftar", "suhoor", "sehri", "kippur"];

    // The words of a fast that may stand in the sentence before: "Maryam is fasting. This means she does not eat …".
    private static readonly string[] FastingBeforeWords = ["fasting", "fasts"];

    // A reason of the body for not eating: "because food feels scary", "by mouth", "through a tube".
    private static readonly string[] NotFasting = ["because", "mouth", "tube", "scary", "allergy", "allergic", "sick", "poorly"];

    // The body's reasons, wherever they stand in the sentence: "Since she got very sick, Maya does not eat".
    private static readonly string[] BodyReasons = ["mouth", "tube", "scary", "allergy", "allergic", "sick", "poorly"];

    // The words that make a story one of a fast kept for faith (not sunrise or sunset, which a camping story has too).
    private static readonly string[] FastWords = ["fasting", "fasts", "ramadan", "iftar", "suhoor", "sehri", "kippur"];

    // How far around the span its sentence is read for a word of fasting, and how far back before it.
    private const int FastingWindow = 24;

    private const int FastingBefore = 16;

    /// <summary>
    /// "Fasting means they do not eat or drink anything from sunrise until sunset": not eating, with no health word in
    /// the span and a word of a fast kept for faith in its sentence ("fasting" also just before it: "Maryam is fasting.
    /// This means she does not eat"), is a fast, not an eating problem; "because food feels scary" and "by mouth" are not.
    /// </summary>
    private static bool IsFasting(AnalyzedText analyzed, TaggedSpan span)
    {
        if (JudgeEngine.HasHealthWord(analyzed, span.FirstToken, span.LastToken)
            || !WordLists.AnyIn(analyzed.Text, analyzed.Tokens, span.FirstToken, span.LastToken, EatWords))
        {
            return false;
        }

        // A reason after the not eating ("does not eat because food feels scary"); "That is because they did not eat"
        // gives the fast as the reason.
        var (from, to) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, FastingWindow);
        if (WordLists.AnyIn(analyzed.Text, analyzed.Tokens, from, to, BodyReasons)
            || (WordLists.AnyIn(analyzed.Text, analyzed.Tokens, from, to, NotFasting) && !(IsNotEatingGiven(analyzed, span) && !WordLists.AnyIn(analyzed.Text, analyzed.Tokens, span.FirstToken, to, NotFasting))))
        {
            return false;
        }

        return WordLists.AnyIn(analyzed.Text, analyzed.Tokens, from, to, FastingWords)
            || (from > 0 && WordLists.AnyIn(analyzed.Text, analyzed.Tokens, Math.Max(0, from - FastingBefore), from - 1, FastingBeforeWords))
            || (IsNotEatingGiven(analyzed, span) && analyzed.Memo<object>(FastingStoryKey, static text => IsFastingStory(text)) is true);
    }

    private static readonly object FastingStoryKey = new();

    // How many words of a fast make a story about one: "In Ramadan, my anne and baba fast. Fasting means …".
    private const int FastingStoryWords = 3;

    private static bool IsFastingStory(AnalyzedText analyzed)
    {
        var count = 0;
        for (var t = 0; t < analyzed.Tokens.Count && count < FastingStoryWords; t++)
        {
            if (WordLists.Contains(FastWords, analyzed.Tokens[t].In(analyzed.Text)))
            {
                count++;
            }
        }

        return count >= FastingStoryWords;
    }

    /// <summary>"they did not eat", "he doesn't eat": the span is a not eating or drinking, told with "not" or "n't" in it.</summary>
    private static bool IsNotEatingGiven(AnalyzedText analyzed, TaggedSpan span)
    {
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].In(analyzed.Text) is "not" or "t" or "never")
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] EatWords = ["eat", "eats", "eating", "drink", "drinks", "drinking", "food", "hungry", "thirsty"];

    // What air's oxygen does or where it goes: "Blood carries oxygen", "we breathe in oxygen", "plants make oxygen".
    private static readonly string[] AirVerbs =
        ["carries", "carry", "carried", "carrying", "breathe", "breathes", "breathed", "breathing", "in", "make", "makes", "made", "of", "into"];

    // What turns oxygen into a device: "an oxygen tank", "the oxygen mask".
    private static readonly string[] OxygenThings = ["tank", "tanks", "mask", "masks", "tube", "tubes", "cylinder", "cylinders", "machine", "concentrator", "bottle", "prongs", "cannula"];

    /// <summary>
    /// "Blood carries oxygen and food to every part of you", "we breathe in oxygen": the oxygen of the air, after a verb
    /// of carrying or breathing, with no tank, mask or tube after it, is science, not a device.
    /// </summary>
    private static bool IsOxygenOfAir(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        // The oxygen ends the span or stands before its last word ("oxygen tanks"): "needs oxygen", "that fish get oxygen".
        var t = tokens[span.LastToken].In(analyzed.Text).Equals("oxygen", StringComparison.OrdinalIgnoreCase) ? span.LastToken : span.LastToken - 1;
        if (t <= 0 || t < span.FirstToken || !tokens[t].In(analyzed.Text).Equals("oxygen", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Someone's oxygen, or oxygen from a machine: "I take oxygen at night", "Grandpa breathes in oxygen through a tube".
        if (IsPersonsOxygen(analyzed, t))
        {
            return false;
        }

        // "Fire needs oxygen", "fish get oxygen from the water", "Astronauts carry oxygen tanks": what nature or a trade
        // needs, a few words before.
        for (var b = t - 1; b >= 0 && t - b <= 3 && !analyzed.SentenceStarts[b + 1]; b--)
        {
            if (WordLists.Contains(NatureSubjects, tokens[b].In(analyzed.Text)))
            {
                return true;
            }
        }

        return span.LastToken == t && t == span.FirstToken && WordLists.Contains(AirVerbs, tokens[t - 1].In(analyzed.Text))
            && !(t + 1 < tokens.Count && WordLists.Contains(OxygenThings, tokens[t + 1].In(analyzed.Text)));
    }

    private static readonly string[] Sources = ["machine", "tube", "tubes", "tank", "mask", "cylinder", "concentrator", "prongs", "cannula", "bottle", "hospital", "nurse"];

    private static readonly string[] PersonWords = ["i", "me", "my", "he", "him", "his", "she", "her"];

    // How far around the oxygen its sentence is read for a person or a source.
    private const int OxygenWindow = 16;

    /// <summary>A person ("I", "my lungs", "Grandpa", "Leo") or a source of oxygen ("through a tube") in the oxygen's sentence.</summary>
    private static bool IsPersonsOxygen(AnalyzedText analyzed, int oxygen)
    {
        var (from, to) = analyzed.WindowInSentence(oxygen, oxygen, OxygenWindow);
        for (var t = from; t <= to; t++)
        {
            var word = analyzed.Tokens[t].In(analyzed.Text);
            if (WordLists.Contains(Sources, word) || WordLists.Contains(PersonWords, word) || (analyzed.Lexicons[t] & LexiconKind.KinWord) != 0
                || (t > from && analyzed.IsCapitalisedWord(t, minLength: 2) && (analyzed.Lexicons[t] & (LexiconKind.CommonWord | LexiconKind.FunctionWord)) == 0))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] NatureSubjects =
    [
        "fire", "fires", "flame", "flames", "fish", "plants", "plant", "trees", "tree", "leaves", "animals", "blood", "cells", "astronauts",
        "astronaut", "divers", "diver", "climbers", "firefighters", "rockets", "water", "air", "everything", "bodies", "creatures", "whales",
    ];

    // People in general, after a word of how many: "some people wear hearing aids", "many children use an inhaler".
    private static readonly string[] ManyWords = ["some", "many", "most", "lots", "few", "all"];

    // People in general that "with" may follow ("children with asthma"), and with "some" or "many" also these.
    private static readonly string[] PluralGroups = ["people", "children", "kids", "adults", "students", "pupils", "babies", "teenagers"];

    private static readonly string[] Groups = [.. PluralGroups, "grown-ups", "grownups", "families"];

    // What a group is after when a child belongs to it: "a club for kids with ADHD", "a class with other children".
    private static readonly string[] Joining = ["for", "to", "at", "with", "other", "join", "joins", "meet", "meets"];

    // How a group holds a health thing: "some people use wheelchairs to get around".
    private static readonly string[] Uses = ["use", "wear", "have", "take", "need", "carry", "get", "go", "are", "in", "with", "who", "may", "might", "can", "to"];

    // How many such words may stand between the group and the span.
    private const int MaxUseWords = 3;

    /// <summary>
    /// "some people wear hearing aids to help them hear", "Many children use an inhaler", "Some have braces" (opening its
    /// sentence): a span held by a group of people in general, named right before it with a word of how many, is general
    /// education. "Some people in my class
    /// … like me" keep theirs in other rules; a name, "I" or "my" between makes it someone's, and so does "I use them too"
    /// after it.
    /// </summary>
    private static bool IsSomePeoplesOwn(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var t = span.FirstToken - 1;
        if (t >= 0 && tokens[t].In(analyzed.Text) is "a" or "an" or "the")
        {
            t--;
        }

        // "have food allergies" read as "allergies": one lower-case word of what kind, right after the verb (not an owner:
        // "Some friends can carry my inhaler" is mine).
        if (t >= 1 && !WordLists.Contains(Uses, tokens[t].In(analyzed.Text)) && WordLists.Contains(Uses, tokens[t - 1].In(analyzed.Text))
            && tokens[t].Kind == TokenKind.Word && char.IsLower(analyzed.Text[tokens[t].Start])
            && (analyzed.Lexicons[t] & (LexiconKind.FunctionWord | LexiconSet.HealthKinds | LexiconKind.BodyWord)) == 0 && !WordLists.Contains(LookOwners, tokens[t].In(analyzed.Text)))
        {
            t--;
        }

        // "Some older people cannot hear very well": a span that opens on a modal has its verb inside it.
        var uses = analyzed.Tokens[span.FirstToken].In(analyzed.Text) is "cannot" or "can" or "may" or "might" or "often" ? 1 : 0;
        while (t >= 0 && uses < MaxUseWords && WordLists.Contains(Uses, tokens[t].In(analyzed.Text)))
        {
            t--;
            uses++;
        }

        // "Some friends in our class have food allergies": where the group is, between it and its verb.
        if (uses > 0 && t >= 3 && tokens[t].In(analyzed.Text) is "class" or "school" or "group" or "team"
            && tokens[t - 1].In(analyzed.Text) is "our" or "my" or "the" or "your" && tokens[t - 2].In(analyzed.Text) is "in")
        {
            t -= 3;
        }

        // "Some kids wear glasses. Some have braces on their teeth.": "Some" or "Many" alone opening the sentence stands for
        // the people just named.
        if (uses > 0 && t >= 0 && analyzed.SentenceStarts[t] && tokens[t].In(analyzed.Text) is "Some" or "Many" or "Others" or "Most")
        {
            return !MakeBelieve.IsComparedWithChild(analyzed, span) && !JudgeEngine.IsSharedToo(analyzed, span);
        }

        // "Some people's bodies have allergies": the group owns the bodies.
        if (uses > 0 && t >= 3 && tokens[t].In(analyzed.Text) is "bodies" && tokens[t - 1].In(analyzed.Text) is "s" && tokens[t - 2].In(analyzed.Text) is "'" or "’")
        {
            t -= 3;
        }

        // "grown-ups" is three tokens.
        if (t >= 3 && tokens[t].In(analyzed.Text) is "ups" && tokens[t - 1].In(analyzed.Text) is "-" && tokens[t - 2].In(analyzed.Text).Equals("grown", StringComparison.OrdinalIgnoreCase))
        {
            t -= 2;
        }
        else if (t < 1 || !WordLists.Contains(ListedGroups, tokens[t].In(analyzed.Text)))
        {
            return false;
        }

        if (uses == 0)
        {
            return false;
        }

        // "Some older people", "many young children": one word of age or size between the count and the group.
        var many = tokens[t - 1].In(analyzed.Text);
        if (t >= 2 && WordLists.Contains(GroupAges, many))
        {
            t--;
            many = tokens[t - 1].In(analyzed.Text);
        }

        // "lots of people"; "helps children with asthma", "People with diabetes": a group with the condition, any of them.
        // Not a group someone joins or is compared with: "a swimming club for kids with Down syndrome", "… like him".
        return (WordLists.Contains(ManyWords, many) || (many is "of" && t >= 2 && tokens[t - 2].In(analyzed.Text) is "lots" or "Lots")
                || (uses == 1 && tokens[span.FirstToken - 1].In(analyzed.Text) is "with" && WordLists.Contains(PluralGroups, tokens[t].In(analyzed.Text))
                    && !WordLists.Contains(BodyOwners, many) && !WordLists.Contains(Joining, many)))
            && !MakeBelieve.IsComparedWithChild(analyzed, span) && !JudgeEngine.IsSharedToo(analyzed, span);
    }

    // Words of age or size before a group: "Some older people cannot hear very well".
    private static readonly string[] GroupAges = ["older", "old", "younger", "young", "little", "small", "big", "elderly"];

    // How a body looks, in words of colour and shape: "his skin was dark blue", "brown skin", "floppy ears".
    private static readonly string[] LooksWords =
    [
        "dark", "fair", "light", "brown", "black", "white", "olive", "tan", "tanned", "golden", "blue", "green", "pink", "freckly", "freckled",
        "floppy", "pointy", "long", "big", "little", "small", "soft", "curly", "straight", "very", "and",
    ];

    // The body parts whose look is meant: skin of any colour, an animal's or a toy's floppy ears.
    private static readonly string[] LookedAt = ["skin", "ears", "ear", "hair", "fur"];

    private static readonly string[] LookOwners = ["my", "your", "his", "her", "their", "our", "its", "the", "a", "is", "was", "are", "were", "has", "had", "have", "looks", "looked"];

    /// <summary>
    /// "his skin was dark blue", "her brown skin", "he has floppy ears": a span of only a body part, owners, forms of "be"
    /// or "have" and words of colour or shape says how someone looks, not what is wrong ("pale", "dry", "itchy", "red"
    /// and "sore" are none of these words, and "my ears" alone is no look).
    /// </summary>
    private static bool IsLooks(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var (part, look) = (false, false);
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            var word = tokens[t].In(analyzed.Text);
            if (WordLists.Contains(LookedAt, word))
            {
                part = true;
            }
            else if (WordLists.Contains(LooksWords, word))
            {
                look |= word is not ("very" or "and" or "big" or "little" or "small" or "long");
            }
            else if (!WordLists.Contains(LookOwners, word))
            {
                return false;
            }
        }

        return part && look;
    }

    private static readonly string[] Trousers = ["trousers", "pants", "shorts", "jeans", "lederhosen"];

    // How braces go with trousers: "to hold up his trousers", "braces for his trousers", "to keep his trousers up".
    private static readonly string[] Holding = ["hold", "holds", "holding", "held", "keep", "keeps", "up", "for"];

    // Braces of the body: "braces on my legs", "braces on his teeth".
    private static readonly string[] BracedParts = ["leg", "legs", "teeth", "tooth", "back", "ankle", "ankles", "knee", "knees", "feet", "foot", "arm", "arms", "wrist"];

    // How far after "braces" its sentence is read for the trousers they hold up.
    private const int TrousersWindow = 10;

    /// <summary>
    /// "his bright red braces to hold up his trousers": braces of clothes, not of teeth, when trousers and a word of holding
    /// them follow in the sentence ("braces on my legs, and my trousers go over them" are a body's).
    /// </summary>
    private static bool IsTrouserBraces(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        if (!tokens[span.LastToken].In(analyzed.Text).Equals("braces", StringComparison.OrdinalIgnoreCase)
            || JudgeEngine.HasHealthWord(analyzed, span.FirstToken, span.LastToken - 1))
        {
            return false;
        }

        var (trousers, holding) = (false, false);
        for (var t = span.LastToken + 1; t < tokens.Count && t <= span.LastToken + TrousersWindow && !analyzed.SentenceStarts[t]; t++)
        {
            var word = tokens[t].In(analyzed.Text);
            if (WordLists.Contains(BracedParts, word))
            {
                return false;
            }

            trousers |= WordLists.Contains(Trousers, word);
            holding |= WordLists.Contains(Holding, word);
        }

        return trousers && holding;
    }

    private static readonly string[] BodyActions =
    [
        "close", "closes", "closing", "closed", "open", "opens", "opening", "shut", "shuts", "rub", "rubs", "cover", "covers", "covering",
        "wash", "washes", "washing", "brush", "brushes", "brushing", "blow", "blows", "wiggle", "wiggles", "stretch", "stretches", "clap",
        "claps", "squeeze", "squeezes", "shake", "shakes", "wave", "waves",
    ];

    private static readonly string[] BodyOwners = ["my", "your", "his", "her", "their", "our"];

    // What may follow the body word of an action: "close my eyes again", "hold your hands together".
    private static readonly string[] Manners = ["again", "gently", "tight", "tightly", "together", "slowly", "shut", "closed", "open", "wide", "up", "out"];

    // Words of a symptom the lists count as body words: "rub my sore eyes".
    private static readonly string[] Symptoms = ["sore", "itchy", "painful", "swollen", "aching", "achy", "runny", "bleeding", "rash"];

    // Who or what may come right before the action: a person, a modal, "to", "and" (not "the vest that shakes my chest").
    private static readonly string[] Doers =
        ["i", "you", "he", "she", "we", "they", "can", "could", "will", "might", "may", "should", "must", "to", "and", "then", "or", "gently", "just"];

    /// <summary>
    /// "close my eyes again", "cover your ears", "wash her hands": something anyone does with their body, said with
    /// an everyday verb after a person, a modal or "to", an owner and a body word, and no word of a health list in the
    /// span. "the vest that shakes my chest" is a device's work.
    /// </summary>
    private static bool IsBodyAction(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        if (JudgeEngine.HasHealthWord(analyzed, span.FirstToken, span.LastToken))
        {
            return false;
        }

        // The verb opens the span, maybe after a person or modal; owner and body word are inside it; only a manner word
        // may follow ("close my eyes again"). "I get itchy skin and rub my arms" holds a symptom before the verb.
        var t = span.FirstToken;
        while (t < span.LastToken && WordLists.Contains(Doers, tokens[t].In(analyzed.Text)))
        {
            t++;
        }

        if (t + 2 > span.LastToken || !WordLists.Contains(BodyActions, tokens[t].In(analyzed.Text)) || !WordLists.Contains(BodyOwners, tokens[t + 1].In(analyzed.Text))
            || (analyzed.Lexicons[t + 2] & LexiconKind.BodyWord) == 0 || WordLists.Contains(Symptoms, tokens[t + 2].In(analyzed.Text))
            || !(t == 0 || analyzed.SentenceStarts[t] || WordLists.Contains(Doers, tokens[t - 1].In(analyzed.Text))))
        {
            return false;
        }

        for (var n = t + 3; n <= span.LastToken; n++)
        {
            if (!WordLists.Contains(Manners, tokens[n].In(analyzed.Text)))
            {
                return false;
            }
        }

        return true;
    }

    // Groups a sentence may open with: "Babies are", "Some babies", "Little babies".
    private static readonly string[] GroupOpeners = ["some", "many", "most", "all", "little", "young", "new", "tiny"];

    // People in general that "they" may stand for: "Babies are very small. They cannot talk yet."
    private static readonly string[] PeopleInGeneral =
        ["babies", "people", "kids", "children", "everyone", "everybody", "grown-ups", "adults", "toddlers", "newborns", "teenagers"];

    // "Babies are very small. They cannot talk yet": the sentence before and the span's own.
    private const int TheyWindow = 24;

    /// <summary>
    /// A health span whose nearest referent is "they" standing for people in general: "Babies are very small. They
    /// cannot talk yet, so they cry". Only "They" opening the span's sentence (a child may be "they", and "their" after
    /// "Other kids ask about" is that child's), and only a group that opens its sentence. Any other referent before the group word (a
    /// name, "I", "my sister", "he") is someone the story may be about: "Mia and Leo are twins. They both have asthma."
    /// </summary>
    private static bool IsTheyOfEveryone(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var they = false;
        for (var t = span.FirstToken - 1; t >= 0 && span.FirstToken - t <= TheyWindow; t--)
        {
            // "they" must stand in the span's own sentence.
            if (!they && analyzed.SentenceStarts[t + 1])
            {
                return false;
            }

            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = tokens[t].In(analyzed.Text);
            var kinds = analyzed.Lexicons[t];
            if (word.Equals("they", StringComparison.OrdinalIgnoreCase))
            {
                // "They cannot talk yet": opening its sentence ("Next month they will have …" may be a child called "they").
                if (!analyzed.SentenceStarts[t])
                {
                    return false;
                }

                they = true;
            }
            else if (WordLists.Contains(PeopleInGeneral, word))
            {
                return they && (analyzed.SentenceStarts[t] || (t > 0 && analyzed.SentenceStarts[t - 1] && WordLists.Contains(GroupOpeners, tokens[t - 1].In(analyzed.Text))));
            }
            else if ((kinds & (LexiconKind.Possessive | LexiconKind.KinWord)) != 0 || (kinds & LexiconKind.FunctionWord) != 0 && IsPronoun(word)
                || (they && word is "them" or "their" or "theirs")
                || (char.IsUpper(word[0]) && !analyzed.SentenceStarts[t] && (kinds & (LexiconKind.FunctionWord | LexiconKind.CommonWord)) == 0)
                || (analyzed.SentenceStarts[t] && ((kinds & (LexiconKind.FirstName | LexiconKind.Surname)) != 0
                    || (char.IsUpper(word[0]) && (kinds & (LexiconKind.FunctionWord | LexiconKind.CommonWord | LexiconKind.CalendarWord)) == 0))))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly string[] Pronouns = ["i", "me", "my", "you", "your", "he", "him", "his", "she", "her", "we", "us", "our", "it", "its"];

    private static bool IsPronoun(ReadOnlySpan<char> word) => WordLists.Contains(Pronouns, word);

    /// <summary>No word but small words and numbers: "and 43" of "seats 42 and 43".</summary>
    private static bool IsWithoutContent(AnalyzedText analyzed, TaggedSpan span)
    {
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (analyzed.Tokens[t].Kind == TokenKind.Word && (analyzed.Lexicons[t] & LexiconKind.FunctionWord) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"used to" inside the span or right after it: "my body gets used to it", "you get used to the water".</summary>
    private static bool IsGettingUsedTo(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        for (var t = span.FirstToken; t <= span.LastToken && t + 1 < tokens.Count; t++)
        {
            if (tokens[t].In(analyzed.Text).Equals("used", StringComparison.OrdinalIgnoreCase) && tokens[t + 1].In(analyzed.Text) is "to")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the funny bone" of the board game or the elbow.</summary>
    private static bool IsFunnyBone(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        for (var t = Math.Max(1, span.FirstToken); t <= span.LastToken + 1 && t < tokens.Count; t++)
        {
            if (tokens[t].In(analyzed.Text) is "bone" or "bones" && tokens[t - 1].In(analyzed.Text).Equals("funny", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PainWords = ["hurt", "hurts", "hurting", "pain", "painful", "sore", "ache", "aches", "sting", "stings"];

    private static readonly string[] Negations = ["not", "never", "cannot", "t", "no", "won", "don", "doesn", "didn", "isn", "can"];

    // How far before its pain word a negation may stand: "it will not hurt", "they cannot hurt me".
    private const int NegationWindow = 3;

    /// <summary>
    /// Pain said not to come, the reassurance of a social story: "The bangs cannot hurt me", "It will not hurt", "it
    /// doesn't hurt". A span with a health word of a list keeps its place ("my asthma does not hurt"), and so does pain
    /// that has stopped ("my leg doesn't hurt anymore" is no reassurance, but a span with no health word is read as one).
    /// </summary>
    private static bool IsPainDenied(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        if (JudgeEngine.HasHealthWord(analyzed, span.FirstToken, span.LastToken))
        {
            return false;
        }

        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (!WordLists.Contains(PainWords, tokens[t].In(analyzed.Text)))
            {
                continue;
            }

            for (var n = t - 1; n >= 0 && n >= t - NegationWindow && !analyzed.SentenceStarts[n + 1]; n--)
            {
                var word = tokens[n].In(analyzed.Text);
                // "can" only as "can't" (can, ', t), "won" only as "won't".
                if (WordLists.Contains(Negations, word)
                    && (word is not ("t" or "won" or "don" or "doesn" or "didn" or "isn" or "can") || IsContracted(analyzed, n)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"can't", "won't", "don't": the word at n has "'t" after it, or is the "t" after an apostrophe.</summary>
    private static bool IsContracted(AnalyzedText analyzed, int n)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (tokens[n].In(text) is "t")
        {
            return n > 0 && tokens[n - 1].In(text) is "'" or "’";
        }

        return n + 2 < tokens.Count && tokens[n + 1].In(text) is "'" or "’" && tokens[n + 2].In(text) is "t";
    }

    private static readonly string[] Sensations = ["sore", "achy", "itchy", "tired", "sleepy", "stiff", "tender", "wobbly", "dizzy", "bruised"];

    private static readonly string[] Maybe = ["might", "may", "could"];

    private static readonly string[] Little = ["bit", "little", "slightly"];

    // "might be a bit sore": how far before the feeling "might" may stand.
    private const int MaybeWindow = 5;

    /// <summary>
    /// A feeling that may come and pass: "Your arm might be a bit sore that night", "you may feel a little tired after".
    /// "might", "may" or "could" and "a bit" or "a little" before the feeling; a span with a health word of a list keeps
    /// its place. "My legs get a bit stiff" says what happens, not what might.
    /// </summary>
    private static bool IsPassingSoreness(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        if (JudgeEngine.HasHealthWord(analyzed, span.FirstToken, span.LastToken))
        {
            return false;
        }

        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (!WordLists.Contains(Sensations, tokens[t].In(analyzed.Text)) || t < 2 || !WordLists.Contains(Little, tokens[t - 1].In(analyzed.Text)))
            {
                continue;
            }

            for (var n = t - 2; n >= 0 && n >= t - MaybeWindow && !analyzed.SentenceStarts[n + 1]; n--)
            {
                if (WordLists.Contains(Maybe, tokens[n].In(analyzed.Text)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] Denials = ["doesn", "don", "didn", "won", "not", "never", "without"];

    private static readonly string[] Conditionals = ["if", "when", "whenever", "until", "unless"];

    // How far back in its sentence a denial's "if" is looked for.
    private const int SentenceReach = 12;

    private static readonly string[] TakingOrHaving = ["take", "takes", "have", "has", "need", "needs", "give", "use", "uses", "on"];

    private static readonly string[] Buts = ["but", "though", "although", "whereas"];

    // Someone else a "but" may give the condition to: "but my brother does".
    private static readonly string[] Relatives =
        ["brother", "sister", "brothers", "sisters", "cousin", "cousins", "friend", "friends", "dad", "mum", "mom", "father", "mother", "he", "she", "they"];

    private static readonly string[] WearingOrHaving = ["have", "has", "need", "needs", "wear", "wears", "use", "uses"];

    private static readonly string[] Giving = ["give", "gives"];

    private static readonly string[] HavingOrWearing = ["have", "has", "wear", "wears"];

    // What may follow a denied condition counted one: "I don't have an allergy, but", "… an allergy and I can eat nuts".
    private static readonly string[] ClauseEnds = ["and", "or", "but", "so", "because", "like", "either", "too"];

    // "I don't have braces, but I might see kids who do": how far before the verb the denial may be ("don ' t").
    private const int DenialReach = 3;

    /// <summary>
    /// "I don't have braces", "He doesn't wear glasses": one common health word of a list, plural or uncountable, right after
    /// a denied having, wearing or needing, with nothing else in the span, says there is none. Not "anymore" after it (a
    /// condition that was), not in a sentence of "if" or "when", and not with a "but" and someone else after it ("but my
    /// brother does"; "but I might see kids who do" keeps the denial).
    /// </summary>
    private static bool IsBareDenial(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var first = span.FirstToken;

        // "I don't have an allergy": a condition counted one, its article in the span or right before it, had or worn and
        // ending its clause ("I don't have a seizure plan yet" and "I don't need an inhaler today" speak of one).
        var article = first < span.LastToken && tokens[first].In(text) is "a" or "an" ? first
            : first > 0 && first == span.LastToken && tokens[first - 1].In(text) is "a" or "an" ? first - 1 : -1;
        if (article >= 0)
        {
            var next = span.LastToken + 1;
            if (article < 1 || !WordLists.Contains(HavingOrWearing, tokens[article - 1].In(text))
                || (next < tokens.Count && tokens[next].Kind != TokenKind.Punctuation && !WordLists.Contains(ClauseEnds, tokens[next].In(text))))
            {
                return false;
            }

            first = span.LastToken;
        }

        // "She does not give shots or medicine": a second word of a list after "or" or "and" has the first's verb.
        var verb = (article >= 0 ? article : first) - 1;
        var listed = verb >= 2 && tokens[verb].In(text) is "or" or "and" && tokens[verb - 1].Kind == TokenKind.Word;
        verb = listed ? verb - 2 : verb;

        // Giving is denied of things in general only: "She does not give shots or medicine"; "Ms Park doesn't give insulin,
        // so Leo's mum comes" keeps Leo's insulin.
        if (first != span.LastToken || verb < 1 || !(WordLists.Contains(WearingOrHaving, tokens[verb].In(text)) || (listed && WordLists.Contains(Giving, tokens[verb].In(text))))
            || char.IsUpper(text[tokens[first].Start])
            || (analyzed.Lexicons[first] & (LexiconKind.Diagnosis | LexiconKind.Medication | LexiconKind.Treatment | LexiconKind.Device)) == 0
            || (first + 1 < tokens.Count && tokens[first + 1].In(text) is "anymore" or "now"))
        {
            return false;
        }

        // "I don't have epilepsy, but my brother does" gives it to someone else.
        var (from, to) = analyzed.WindowInSentence(first, first, SentenceReach);
        var but = WordLists.FirstIn(text, tokens, first + 1, to, Buts);
        if (but >= 0)
        {
            for (var t = but + 1; t <= to; t++)
            {
                if ((analyzed.Lexicons[t] & LexiconKind.KinWord) != 0 || WordLists.Contains(Relatives, tokens[t].In(text)) || NameRules.IsGivenName(analyzed, t))
                {
                    return false;
                }
            }
        }

        return !HasConditionBefore(analyzed, from, first - 1, article >= 0)
            && WordLists.AnyIn(text, tokens, Math.Max(from, verb - DenialReach), verb - 1, Denials);
    }

    /// <summary>
    /// "If I don't have my inhaler" lacks a thing at hand, so a condition before the denial keeps the span; "Even if I
    /// don't have an allergy, I can help my friends" (a condition counted one after "even if") denies it all the same.
    /// </summary>
    private static bool HasConditionBefore(AnalyzedText analyzed, int from, int to, bool counted)
    {
        var tokens = analyzed.Tokens;
        for (var t = from; t <= to; t++)
        {
            if (WordLists.Contains(Conditionals, tokens[t].In(analyzed.Text))
                && !(counted && t > 0 && tokens[t].In(analyzed.Text) is "if" && tokens[t - 1].In(analyzed.Text) is "even" or "Even"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Noah doesn't take any medicine and he has no allergies", "Please don't give him any medicine": a health word after
    /// "no" (had) or after a denied taking and "any" says there is none. Not "no longer" or "no more", which tell of a
    /// condition that was.
    /// </summary>
    private static bool IsHealthDenied(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var first = span.FirstToken;
        var determiner = tokens[first].In(text) is "no" or "any" ? first : first > 0 && tokens[first - 1].In(text) is "no" or "any" ? first - 1 : -1;
        if (determiner < 0 && IsBareDenial(analyzed, span))
        {
            return true;
        }

        if (determiner < 1 || (determiner == first && first == span.LastToken) || (determiner + 1 < tokens.Count && tokens[determiner + 1].In(text) is "longer" or "more"))
        {
            return false;
        }

        // The span says nothing but a common health word and what may trail it ("any medicine and he"); a named medicine is
        // someone's even when it runs out ("If I have no Ritalin").
        for (var t = determiner + 1; t <= span.LastToken; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && (char.IsUpper(text[tokens[t].Start])
                || ((analyzed.Lexicons[t] & (LexiconKind.Diagnosis | LexiconKind.Medication | LexiconKind.Treatment | LexiconKind.Device)) == 0
                    && (analyzed.Lexicons[t] & LexiconKind.FunctionWord) == 0)))
            {
                return false;
            }
        }

        // "If I have no inhaler with me": what runs out is had.
        var (from, _) = analyzed.WindowInSentence(determiner, determiner, SentenceReach);
        if (WordLists.AnyIn(text, tokens, from, determiner - 1, Conditionals))
        {
            return false;
        }

        if (tokens[determiner].In(text) is "no")
        {
            // "he has no allergies", "with no medicines".
            return tokens[determiner - 1].In(text) is "has" or "have" or "had" or "with" or "takes" or "needs" or "need";
        }

        // "doesn't take any medicine", "don't give him any medicine", "without any medicine".
        for (var t = determiner - 1; t >= 0 && determiner - t <= 5 && !analyzed.SentenceStarts[t + 1]; t--)
        {
            if (WordLists.Contains(Denials, tokens[t].In(text)))
            {
                return WordLists.AnyIn(text, tokens, t, determiner - 1, TakingOrHaving) || tokens[t].In(text) is "without";
            }
        }

        return false;
    }

    private static readonly string[] HowMany = ["some", "many", "lots", "other", "all", "most"];

    private static readonly string[] ListedGroups = [.. Groups, "classmates", "friends"];

    private static readonly string[] OwnPeople = ["i", "me", "my", "you", "your", "mine"];

    // How far back the lead-in of a list is looked for, in characters and in lines.
    private const int ListReach = 1500;

    private const int ListLines = 12;

    /// <summary>
    /// "Some children at my school:" then "- use a wheelchair to get around", "- have a standing frame": an item of a list
    /// whose lead-in line ends with a colon and names people in general is theirs, not the story's child; an item with
    /// "I", "my" or "you" in it is the child's.
    /// </summary>
    private static bool IsListUnderSomePeople(AnalyzedText analyzed, TaggedSpan span)
    {
        var text = analyzed.Text;
        var start = analyzed.Tokens[span.FirstToken].Start;
        var lineStart = LineStart(text, start);
        if (lineStart < 0 || !IsListItem(text, lineStart) || HasWordIn(analyzed, lineStart, LineEnd(text, start), OwnPeople))
        {
            return false;
        }

        for (var lines = 0; lines < ListLines && lineStart > 0 && start - lineStart < ListReach; lines++)
        {
            var previousEnd = lineStart - 1;
            var previousStart = LineStart(text, previousEnd);
            if (previousStart < 0)
            {
                return false;
            }

            lineStart = previousStart;
            var line = text.AsSpan(previousStart, previousEnd - previousStart).Trim();
            if (line.IsEmpty || IsListItem(text, previousStart))
            {
                continue;
            }

            return line.EndsWith(':') && HasWordIn(analyzed, previousStart, previousEnd, HowMany) && HasWordIn(analyzed, previousStart, previousEnd, ListedGroups);
        }

        return false;
    }

    private static int LineStart(string text, int at)
    {
        var from = Math.Max(0, at - ListReach);
        var newline = text.AsSpan(from, at - from).LastIndexOf('\n');
        return newline >= 0 ? from + newline + 1 : from == 0 ? 0 : -1;
    }

    private static int LineEnd(string text, int at)
    {
        var length = Math.Min(ListReach, text.Length - at);
        var newline = text.AsSpan(at, length).IndexOf('\n');
        return newline >= 0 ? at + newline : at + length;
    }

    private static bool IsListItem(string text, int lineStart)
    {
        var line = text.AsSpan(lineStart, LineEnd(text, lineStart) - lineStart).TrimStart();
        if (line.Length > 1 && line[0] is '-' or '*' or '•' && line[1] == ' ')
        {
            return true;
        }

        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits is > 0 and < 3 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' ';
    }

    /// <summary>Whether a token that starts in [from, to) of the text is one of <paramref name="words"/>.</summary>
    private static bool HasWordIn(AnalyzedText analyzed, int from, int to, string[] words)
    {
        var tokens = analyzed.Tokens;
        for (var t = AnalyzedText.TokenAt(tokens, from); t < tokens.Count && tokens[t].Start < to; t++)
        {
            if (tokens[t].Start >= from && WordLists.Contains(words, tokens[t].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    // What a passing feeling comes from outside the body: the pool, the weather, a run. Not pollen, dust or a food, which
    // are a condition's triggers ("my eyes get itchy from pollen").
    private static readonly string[] OutsideCauses =
        ["water", "chlorine", "pool", "sea", "sun", "sunshine", "wind", "cold", "heat", "smoke", "sand", "salt", "running", "swimming", "walking", "game", "race", "hike"];

    // How far after the span "from the water" may stand: "eyes feel a bit [itchy from the water]".
    private const int CauseWindow = 5;

    /// <summary>
    /// "After swimming, my eyes feel a bit itchy from the water": a feeling "a bit" or "a little" sore, itchy or tired
    /// from the pool, the weather or a run passes; a span with a health word of a list keeps its place.
    /// </summary>
    private static bool IsFeelingFromOutside(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (JudgeEngine.HasHealthWord(analyzed, span.FirstToken, span.LastToken))
        {
            return false;
        }

        var end = Math.Min(tokens.Count - 1, span.LastToken + CauseWindow);
        var feeling = -1;
        for (var t = span.FirstToken; t <= end && (t <= span.LastToken || !analyzed.SentenceStarts[t]); t++)
        {
            if (WordLists.Contains(Sensations, tokens[t].In(text)) && t >= 1 && WordLists.Contains(Little, tokens[t - 1].In(text)))
            {
                feeling = t;
                break;
            }
        }

        if (feeling < 0 || feeling + 1 >= tokens.Count || tokens[feeling + 1].In(text) is not "from" || analyzed.SentenceStartAfter(feeling, 3) >= 0)
        {
            return false;
        }

        var cause = feeling + 2 < tokens.Count && tokens[feeling + 2].In(text) is "the" or "all" ? feeling + 3 : feeling + 2;
        return cause < tokens.Count && WordLists.Contains(OutsideCauses, tokens[cause].In(text));
    }

    private static readonly string[] BackAdverbs =
        ["where", "to", "into", "in", "on", "home", "again", "together", "here", "there", "out", "inside", "outside", "at", "from", "up", "down", "onto"];

    /// <summary>"put things back where they were", "come back to class": "back" as a way back, when nothing else in the span is of health.</summary>
    private static bool IsBackAgain(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var back = -1;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (tokens[t].In(analyzed.Text).Equals("back", StringComparison.OrdinalIgnoreCase))
            {
                back = t;
            }
            else if ((analyzed.Lexicons[t] & (LexiconSet.HealthKinds | LexiconKind.BodyWord)) != 0)
            {
                return false;
            }
        }

        return back >= 0 && back + 1 < tokens.Count && WordLists.Contains(BackAdverbs, tokens[back + 1].In(analyzed.Text));
    }

    private static readonly string[] FirstPersonWords = ["i", "me", "my", "mine", "we", "us", "our"];

    private static readonly string[] LikeWhom = ["me", "my", "him", "her", "his", "us", "our", "mine"];

    /// <summary>", like me", ", like my dad", "just like him" in the words after the span, in its sentence.</summary>
    private static bool HasLikeSomeone(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var (_, to) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, SentenceReach * 2);
        for (var t = span.LastToken + 1; t < to; t++)
        {
            if (tokens[t].In(text) is "like" or "Like" && (WordLists.Contains(LikeWhom, tokens[t + 1].In(text)) || NameRules.IsGivenName(analyzed, t + 1)))
            {
                return true;
            }
        }

        return false;
    }

    // Whom a nurse or a doctor gives medicine to in general: "They give medicine to people who need it".
    private static readonly string[] AnyoneAtAll = ["people", "children", "kids", "anyone", "everyone", "patients", "someone", "babies", "grown-ups", "adults"];

    /// <summary>
    /// "They give medicine to people who need it": a medicine in general given to people in general is what a job does,
    /// no one's medicine ("They give my medicine to me" names its owner).
    /// </summary>
    private static bool IsGivenToAnyone(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var last = span.LastToken;
        if (span.Type != EntityType.Medication || !WordLists.Contains(MedicineGoods, tokens[last].In(text)) || WordLists.AnyIn(text, tokens, span.FirstToken, last, Possessives)
            || last + 2 >= tokens.Count || tokens[last + 1].In(text) is not "to" || !WordLists.Contains(AnyoneAtAll, tokens[last + 2].In(text)))
        {
            return false;
        }

        // "… to children who need it, like me", "… and I need mine every morning": the child is among them.
        var (_, to) = analyzed.WindowInSentence(span.FirstToken, last, SentenceReach * 2);
        return !WordLists.AnyIn(text, tokens, last + 1, to, FirstPersonWords) && !HasLikeSomeone(analyzed, span);
    }

    private static readonly string[] AnyoneSeeing = ["we", "you", "people", "anyone", "nobody", "eyes"];

    /// <summary>
    /// "other parts that we cannot see from the outside": "cannot see" (or hear) of things, after "that" or "which" and
    /// people in general, says what is hidden, not who is blind.
    /// </summary>
    private static bool IsUnseenThings(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var sense = span.LastToken;
        if (span.Type != EntityType.Diagnosis || tokens[sense].In(text) is not ("see" or "hear") || span.LastToken - span.FirstToken > 3)
        {
            return false;
        }

        var subject = span.FirstToken - 1;
        for (var t = span.FirstToken; t < sense; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && tokens[t].In(text) is not ("cannot" or "can" or "not" or "can't" or "t" or "couldn" or "could"))
            {
                return false;
            }
        }

        return subject >= 1 && WordLists.Contains(AnyoneSeeing, tokens[subject].In(text)) && tokens[subject - 1].In(text) is "that" or "which" or "things";
    }

    private static readonly string[] PeopleWho = ["kids", "children", "people", "patients", "babies", "someone", "anyone", "others", "grown-ups", "adults"];

    private static readonly string[] WhoLinks = ["have", "has", "to", "need", "needs", "must", "are", "is", "can't", "cannot", "may", "might"];

    /// <summary>
    /// "They visit kids who have to stay in the hospital for a long time": care after "who" of people in general is
    /// theirs, no one's in the story. Not after one named or owned group ("my friends who").
    /// </summary>
    private static bool IsForPeopleWho(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var t = span.FirstToken - 1;
        if (t >= 0 && tokens[t].In(text) is "a" or "an" or "any")
        {
            t--;
        }

        while (t >= 0 && span.FirstToken - t <= 4 && WordLists.Contains(WhoLinks, tokens[t].In(text)))
        {
            t--;
        }

        if (t >= 1 && tokens[t].In(text) is "who" && IsUnknownWho(analyzed, t))
        {
            return true;
        }

        // "I do not need to know which kids have allergies".
        if (t >= 2 && WordLists.Contains(PeopleWho, tokens[t].In(text)) && tokens[t - 1].In(text) is "which" && IsUnknownWho(analyzed, t - 1))
        {
            return true;
        }

        if (t < 1 || tokens[t].In(text) is not "who" || !WordLists.Contains(PeopleWho, tokens[t - 1].In(text)))
        {
            return false;
        }

        // "Leo is one of the kids who need an inhaler" counts Leo among them.
        var of = t >= 3 && tokens[t - 2].In(text) is "the" ? t - 3 : t - 2;
        if (of >= 1 && tokens[of].In(text) is "of" && tokens[of - 1].In(text) is "one" or "One")
        {
            return false;
        }

        // "People who have diabetes, like my dad", "children who have asthma, like me" count the child's own among them.
        return (t < 2 || !WordLists.Contains(Possessives, tokens[t - 2].In(text))) && !MakeBelieve.IsComparedWithChild(analyzed, span) && !HasLikeSomeone(analyzed, span);
    }

    private static readonly string[] Toys = ["toy", "toys", "teddy", "teddies", "doll", "dolls", "dolly"];

    // What is done to a toy patient, right before it: "I gave the doll an operation".
    private static readonly string[] CareGiving = ["give", "gives", "gave", "giving", "do", "does", "did", "doing"];

    // How far after the span its toy may stand: "an X-ray he made of my toy dinosaur".
    private const int ToyReach = 6;

    /// <summary>
    /// "He might show us an X-ray he made of my toy dinosaur, just for fun!": a test or a treatment whose "of" a few words
    /// on is a toy's, the toy closing the phrase, is the toy's ("the pocket of her teddy backpack" is a bag's).
    /// </summary>
    private static bool IsToysCare(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (span.Type != EntityType.Treatment)
        {
            return false;
        }

        // "I gave the doll an operation with my toy doctor kit": the toy, in lower case after "the" or an owner ("gave Teddy
        // an operation" may be a boy's), is given the care right before it.
        var given = span.FirstToken - 1;
        given = given >= 0 && tokens[given].In(text) is "a" or "an" ? given - 1 : given;
        given = given >= 0 && WordLists.Contains(Pets.Creatures, tokens[given].In(text)) ? given - 1 : given;
        if (given >= 2 && char.IsLower(text[tokens[given].Start]) && WordLists.Contains(Toys, tokens[given].In(text))
            && tokens[given - 1].In(text) is "the" or "my" or "her" or "his" or "our" or "your" && WordLists.Contains(CareGiving, tokens[given - 2].In(text)))
        {
            return true;
        }

        for (var t = span.LastToken + 1; t + 1 < tokens.Count && t - span.LastToken <= ToyReach && !analyzed.SentenceStarts[t] && tokens[t].Kind == TokenKind.Word; t++)
        {
            if (tokens[t].In(text) is not "of")
            {
                continue;
            }

            // "of my toy dinosaur", "of a teddy": the toy ends the phrase, or one animal after it does.
            var toy = tokens[t + 1].In(text) is "my" or "a" or "the" or "his" or "her" or "our" or "your" ? t + 2 : t + 1;
            var end = toy + 1 < tokens.Count && WordLists.Contains(Pets.Creatures, tokens[toy + 1].In(text)) ? toy + 2 : toy + 1;
            return toy < tokens.Count && WordLists.Contains(Toys, tokens[toy].In(text)) && (end >= tokens.Count || tokens[end].Kind == TokenKind.Punctuation);
        }

        return false;
    }

    private static readonly string[] Asks = ["asks", "ask", "asked", "asking"];

    /// <summary>
    /// "It asks if I have any allergies. It asks if I need to take any medicine": what a form or a person asks, after "if"
    /// or "whether" and "any", in the same clause, is a question, not an answer ("When the nurse asked if I take any
    /// medicine, Mum told her about my insulin" keeps the insulin).
    /// </summary>
    private static bool IsAskedOnForm(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var any = tokens[span.FirstToken].In(text) is "any" || (span.FirstToken >= 1 && tokens[span.FirstToken - 1].In(text) is "any");
        var (from, _) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, SentenceReach);
        for (var t = span.FirstToken - 1; any && t > from; t--)
        {
            // "… asked if I take any insulin and I said yes": an answer joined on with "and" or "but" is one.
            if (tokens[t].In(text) is "," or ";" or ":" or "and" or "but")
            {
                return false;
            }

            if (tokens[t].In(text) is "if" or "whether")
            {
                var ask = tokens[t - 1].In(text) is "me" or "you" or "us" or "them" && t >= 2 ? t - 2 : t - 1;
                return WordLists.Contains(Asks, tokens[ask].In(text)) && !IsAnsweredAfter(analyzed, span.LastToken);
            }
        }

        return false;
    }

    // How far back in its sentence the "If your child" may open: a long note's sentence.
    private const int IfReach = 40;

    private static readonly string[] Answerers = ["i", "she", "he", "we", "mum", "mom", "dad", "mummy", "mommy", "daddy"];

    /// <summary>"… asked if I take any insulin and I said yes": "and", "but" or "so" and someone who answers, after the span in its sentence.</summary>
    private static bool IsAnsweredAfter(AnalyzedText analyzed, int last)
    {
        var tokens = analyzed.Tokens;
        var (_, to) = analyzed.WindowInSentence(last, last, SentenceReach);
        for (var t = last + 1; t < to; t++)
        {
            if (tokens[t].In(analyzed.Text) is "and" or "but" or "so" && WordLists.Contains(Answerers, tokens[t + 1].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] AnyonesChild = ["if your child", "if your son", "if your daughter", "if a child", "if any child", "if your student", "if a pupil"];

    /// <summary>
    /// "If your child has a food allergy or takes medication during the school day, check …": a note for any parent
    /// names no child; "If your child" (or "If a child") stands before the span in its sentence, with no capitalised word,
    /// "my", "his" or "her" between.
    /// </summary>
    private static bool IsIfYourChild(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var (from, _) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, IfReach);
        var before = analyzed.Text.AsSpan(tokens[from].Start, tokens[span.FirstToken].Start - tokens[from].Start);
        foreach (var phrase in AnyonesChild)
        {
            var at = before.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            // Nobody else between: "if your child has questions, please know that Leo Brown has epilepsy" is Leo's.
            var between = before[(at + phrase.Length)..];
            foreach (var c in between)
            {
                if (char.IsUpper(c))
                {
                    return false;
                }
            }

            return !WordLists.ContainsAnyPhrase(between, OwnPronouns);
        }

        return false;
    }

    private static readonly string[] OwnPronouns = [" my ", " his ", " her ", " their ", " our ", " we ", " son ", " daughter ", " brother ", " sister "];

    /// <summary>
    /// "The real fish do not talk": a span with no word of a health list and no person's pronoun, right after an animal
    /// that "the" or "real" makes its subject, is what the animal does.
    /// </summary>
    private static bool IsAnimalsDoing(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var before = span.FirstToken - 1;
        if (before < 1 || JudgeEngine.HasHealthWord(analyzed, span.FirstToken, span.LastToken) || WordLists.AnyIn(analyzed.Text, tokens, span.FirstToken, span.LastToken, AnyonesPronouns)
            || !(WordLists.Contains(Pets.Creatures, tokens[before].In(analyzed.Text)) || WordLists.Contains(SeaCreatures, tokens[before].In(analyzed.Text))))
        {
            return false;
        }

        // The animal is the subject: "The real fish", "the dogs"; not "When I read to the dog my words get stuck".
        return tokens[before - 1].In(analyzed.Text) is "real" or "The" or "the" or "Real" && (before < 2 || tokens[before - 2].In(analyzed.Text) is not ("to" or "with" or "at" or "for"));
    }

    private static readonly string[] AnyonesPronouns = ["i", "me", "my", "he", "him", "his", "she", "her", "we", "us", "our", "you", "your"];

    private static readonly string[] SeaCreatures = ["fish", "fishes", "animals", "birds", "sharks", "dolphins", "seals", "penguins", "turtles", "crabs", "octopuses"];

    private static readonly string[] ConditionStates = ["good", "great", "perfect", "nice", "mint", "working", "bad", "poor", "top", "new", "excellent", "clean"];

    /// <summary>"I need to look after it so it stays in good condition": the state a thing is kept in, no one's condition.</summary>
    private static bool IsThingsCondition(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var last = span.LastToken;
        return tokens[last].In(analyzed.Text) is "condition" && last >= 1 && WordLists.Contains(ConditionStates, tokens[last - 1].In(analyzed.Text))
            && span.FirstToken >= last - 1;
    }

    // Words of what food, rest and warm-ups give every body: "gives my body energy", "energy to run and play", "get our
    // muscles ready so we don't get hurt".
    private static readonly string[] EnergyWords =
    [
        "energy", "ready", "body", "bodies", "muscles", "my", "our", "your", "his", "her", "their", "to", "run", "play", "grow", "move", "learn", "think",
        "for", "and", "so", "the", "lots", "of", "more", "have", "has", "get", "gets", "give", "gives", "we", "us",
    ];

    /// <summary>
    /// "Lunchtime gives my body energy", "so we have energy to run and play", "Warm-ups get our muscles ready so": a span
    /// of energy or of muscles made ready, and only such everyday words, is what every body gets from food and warm-ups.
    /// </summary>
    private static bool IsEverydayEnergy(AnalyzedText analyzed, TaggedSpan span) =>
        IsOnlyWordsOf(analyzed, span, EnergyWords) && WordLists.AnyIn(analyzed.Text, analyzed.Tokens, span.FirstToken, span.LastToken, EnergyKeys)
        && !HasCareBefore(analyzed, span);

    // Words of what sleep, food and play help every body do: "Sleep helps my body grow and my brain learn".
    private static readonly string[] GrowingWords =
        ["my", "our", "your", "his", "her", "their", "the", "body", "bodies", "brain", "brains", "mind", "bones", "muscles", "grow", "learn", "think", "rest", "and", "strong", "stronger"];

    private static readonly string[] GrowingVerbs = ["grow", "learn", "think", "rest"];

    private static readonly string[] HelpVerbs = ["help", "helps", "helped", "helping"];

    /// <summary>
    /// "Sleep helps my body grow and my brain learn", "Food helps my brain think": a span of a body or a brain growing,
    /// learning or thinking, and only such words, after a "help" in its sentence with no care anywhere in that sentence
    /// (no word of a health list nor a medicine, a pill, a feed or a supplement: "My medicine helps my brain think" is
    /// care), is what every body gets.
    /// </summary>
    private static bool IsEverydayGrowing(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        if (!IsOnlyWordsOf(analyzed, span, GrowingWords) || !WordLists.AnyIn(analyzed.Text, tokens, span.FirstToken, span.LastToken, GrowingVerbs))
        {
            return false;
        }

        // The whole sentence around the span is read for care, the helper before "help" included ("The pills help my
        // brain think", "Sleep and my medicine help my brain learn").
        var (from, to) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, SentenceReach);
        var helped = false;
        for (var t = from; t <= to; t++)
        {
            var word = tokens[t].In(analyzed.Text);
            if ((analyzed.Lexicons[t] & LexiconSet.HealthKinds) != 0 || WordLists.Contains(EnergyGivers, word))
            {
                return false;
            }

            helped |= t < span.FirstToken && WordLists.Contains(HelpVerbs, word);
        }

        return helped;
    }

    private static readonly string[] EnergyGivers =
        ["feed", "feeds", "tube", "steroids", "steroid", "medicine", "medicines", "pill", "pills", "tablet", "tablets", "syrup", "milk", "formula", "shake", "shakes", "drink", "supplement", "supplements"];

    // "My steroids give my body energy", "My tube feed gives my body energy to grow": what gives it may be care.
    private static bool HasCareBefore(AnalyzedText analyzed, TaggedSpan span)
    {
        // In the span's own clause: "insulin moves the sugar into our cells, so we have energy" gives it to everyone.
        var (from, _) = analyzed.WindowInSentence(span.FirstToken, span.FirstToken, SentenceReach);
        for (var t = span.FirstToken - 1; t >= from && analyzed.Tokens[t].In(analyzed.Text) is not ("," or ";" or "so"); t--)
        {
            if ((analyzed.Lexicons[t] & (LexiconSet.HealthKinds | LexiconKind.BodyWord)) != 0 || WordLists.Contains(EnergyGivers, analyzed.Tokens[t].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] EnergyKeys = ["energy", "ready"];

    // What makes a thing of care a toy's or a play's: "a little cardboard X-ray machine", "a big pretend plaster cast".
    private static readonly string[] PretendMakings = ["cardboard", "pretend", "toy", "paper", "lego", "plasticine", "playdough", "sellotape", "felt"];

    /// <summary>
    /// "She puts him in a little cardboard X-ray machine", "a big pretend plaster cast": care made of cardboard or pretend;
    /// and "He puts a toy stethoscope on my chest and says I have a broken tummy!": a condition or therapy with no word of a
    /// health list that the one playing with a toy's thing of care says, after it in its sentence.
    /// </summary>
    private static bool IsPretendCare(AnalyzedText analyzed, TaggedSpan span)
    {
        if (span.Type is EntityType.Treatment or EntityType.Device
            && WordLists.AnyIn(analyzed.Text, analyzed.Tokens, Math.Max(0, span.FirstToken - 2), span.LastToken, PretendMakings))
        {
            return true;
        }

        if (span.Type is not (EntityType.Diagnosis or EntityType.Treatment) || JudgeEngine.HasHealthWord(analyzed, span.FirstToken, span.LastToken))
        {
            return false;
        }

        // The toy before the span in its sentence, and the pretend doctor saying it between ("says I have …").
        var (from, _) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, PlayReach);
        var toy = -1;
        for (var t = from; t + 1 < span.FirstToken; t++)
        {
            if (analyzed.Tokens[t].In(analyzed.Text) is "toy" or "pretend"
                && ((analyzed.Lexicons[t + 1] & (LexiconSet.HealthKinds | LexiconKind.Provider)) != 0 || WordLists.Contains(ToyInstruments, analyzed.Tokens[t + 1].In(analyzed.Text))))
            {
                toy = t;
                break;
            }
        }

        return toy >= 0 && WordLists.AnyIn(analyzed.Text, analyzed.Tokens, toy + 2, span.FirstToken - 1, SayingVerbs);
    }

    private static readonly string[] SayingVerbs = ["says", "said", "tells", "told", "decides", "decided"];

    // A doctor's kit that children play with: "a toy stethoscope", "the pretend thermometer".
    private static readonly string[] ToyInstruments = ["stethoscope", "thermometer", "syringe", "kit", "bandage", "bandages", "plaster", "plasters"];

    // How far around a span a toy's thing of care is looked for in its sentence.
    private const int PlayReach = 12;

    // What an X-ray room or machine is: the place of the job, not someone's picture ("Mum's X-ray room is Room 14").
    private static readonly string[] XRayPlaces = ["room", "rooms", "department", "machine", "machines", "vision", "specs", "glasses", "goggles"];

    // Things a museum, an airport or a lesson X-rays: "an X-ray of a dinosaur egg", "of the suitcases".
    private static readonly string[] XRayedThings =
        ["egg", "eggs", "dinosaur", "fossil", "fossils", "mummy", "toy", "toys", "bag", "bags", "suitcase", "suitcases", "luggage", "fish", "shell", "teddy", "robot", "parcel"];

    // Words of a picture an X-ray is said to be: "An X-ray is a photo of the bones inside your body".
    private static readonly string[] Pictures = ["photo", "picture", "photograph", "special"];

    /// <summary>
    /// "X-ray vision like a superhero", "Mum's X-ray room is Room 14", "The X-ray machine is very big" (no "I", "we",
    /// "my", "he" or "they" in the sentence), and "An X-ray is a photo of the bones inside your body": an X-ray that is a power,
    /// a place of work or a lesson is no one's care.
    /// </summary>
    private static bool IsXRayOutsideCare(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        // "X-ray" may end the span or come right before its last word ("X-ray vision", "X-ray pictures").
        var last = span.LastToken;
        if (last >= 1 && span.FirstToken < last && !tokens[last].In(text).Equals("ray", StringComparison.OrdinalIgnoreCase)
            && (WordLists.Contains(XRayPlaces, tokens[last].In(text)) || tokens[last].In(text) is "pictures" or "picture" or "images"))
        {
            last--;
        }

        if (!tokens[last].In(text).Equals("ray", StringComparison.OrdinalIgnoreCase) || last < 2 || !tokens[last - 2].In(text).Equals("x", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "X-ray vision" is a power; a room or a machine is a place of work only in a sentence of no one ("We will go to the
        // X-ray room so the doctor can look at my sore ankle", "they took a picture of my bones with an X-ray machine").
        var owner = last - 3 >= 0 ? tokens[last - 3].In(text) : [];
        if (last + 1 < tokens.Count && WordLists.Contains(XRayPlaces, tokens[last + 1].In(text)))
        {
            var (from, to) = analyzed.WindowInSentence(last, last, SentenceReach);
            return tokens[last + 1].In(text) is "vision" || !WordLists.AnyIn(text, tokens, from, to, Personal);
        }

        // "I can see old X-ray pictures on a light box" at a parent's work: old pictures with no owner in their sentence are
        // a collection, not anyone's care ("my old X-ray", "the old X-ray of my broken wrist" are mine).
        if (owner is "old" && (last < 4 || tokens[last - 4].In(text) is not "s"))
        {
            var (from, to) = analyzed.WindowInSentence(last, last, SentenceReach);
            if (!WordLists.AnyIn(text, tokens, from, to, Possessives))
            {
                return true;
            }
        }

        // "an X-ray of a dinosaur egg": an X-ray of a thing, not of a body.
        if (last + 2 < tokens.Count && tokens[last + 1].In(text) is "of"
            && WordLists.AnyIn(text, tokens, last + 2, Math.Min(tokens.Count - 1, last + 4), XRayedThings))
        {
            return true;
        }

        // "I can press the buttons to see an X-ray of a hand", "X-ray pictures of hands and feet" (a museum's), "X-ray
        // pictures of your teeth" (a dentist's check of every child): an X-ray of a body part no one owns, or of teeth.
        var of = last + 1 < tokens.Count && WordLists.Contains(Pictures, tokens[last + 1].In(text).TrimEnd('s')) ? last + 2 : last + 1;
        if (of + 1 < tokens.Count && tokens[of].In(text) is "of")
        {
            var part = tokens[of + 1].In(text) is "a" or "an" ? of + 2 : of + 1;
            var (_, end) = analyzed.WindowInSentence(of, of, SentenceReach);
            // "of your teeth", every child's at the dentist, with no reason after it ("because one was cracked").
            if (part + 1 < tokens.Count && tokens[part].In(text) is "your" && tokens[part + 1].In(text) is "teeth"
                && !WordLists.AnyIn(text, tokens, part + 2, end, Reasons))
            {
                return true;
            }

            // "of a hand", "of hands and feet": no owner in the rest of the sentence ("of a bone in my wrist" is mine).
            if (part < tokens.Count && (analyzed.Lexicons[part] & LexiconKind.BodyWord) != 0 && (tokens[of + 1].In(text) is "a" or "an" || IsPlural(tokens[part].In(text)))
                && !WordLists.AnyIn(text, tokens, part + 1, end, Personal) && !WordLists.AnyIn(text, tokens, part + 1, end, Reasons))
            {
                return true;
            }
        }

        // "An X-ray is a photo of …": the thing defined at a sentence's start.
        return last - 3 >= 0 && analyzed.SentenceStarts[last - 3] && owner is "An" or "A" && last + 3 < tokens.Count && tokens[last + 1].In(text) is "is"
            && tokens[last + 2].In(text) is "a" or "an" && WordLists.Contains(Pictures, tokens[last + 3].In(text));
    }

    // Words that give a reason for care: "because it hurt", "since one was cracked".
    private static readonly string[] Reasons = ["because", "since", "after", "so"];

    private static bool IsPlural(ReadOnlySpan<char> word) => word.Length > 3 && word[^1] == 's' || word is "feet" or "teeth";

    // Words of soldiers' work near "an operation": "Daddy's unit is helping with an operation far away".
    private static readonly string[] Military =
        ["unit", "soldier", "soldiers", "army", "navy", "marines", "deployment", "deployed", "military", "troops", "mission", "overseas", "base", "sergeant"];

    // How far before an operation its soldiers may be named, across sentences ("Daddy's unit …. An operation is …").
    private const int MilitaryReach = 30;

    /// <summary>
    /// "Daddy's unit is helping with an operation far away", "going on a deployment to help with an operation overseas": an
    /// operation one helps "with" or goes "on", with soldiers' words near it, is a military one ("Dad had an operation at
    /// the army hospital" is had, not helped with).
    /// </summary>
    private static bool IsMilitaryOperation(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var operation = WordLists.FirstIn(text, tokens, span.FirstToken, span.LastToken, Operations);
        if (operation < 2 || tokens[operation - 1].In(text) is not ("an" or "the") || tokens[operation - 2].In(text) is not ("with" or "on" or "in")
            || (operation + 1 < tokens.Count && tokens[operation + 1].Kind == TokenKind.Word && !WordLists.Contains(OperationEnds, tokens[operation + 1].In(text))))
        {
            // "with an operation scar" is a scar.
            return false;
        }

        var from = Math.Max(0, operation - MilitaryReach);
        var (_, to) = analyzed.WindowInSentence(operation, operation, SentenceReach);
        return WordLists.AnyIn(text, tokens, from, to, Military);
    }

    /// <summary>
    /// "Next Saturday is "Operation Clean Park."": "Operation" capitalised before more capitalised words is a campaign's
    /// name, as "Operation Christmas Child" is; no one's surgery is named so.
    /// </summary>
    private static bool IsNamedCampaign(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var last = span.LastToken;
        return tokens[last].In(analyzed.Text) is "Operation" && last + 1 < tokens.Count && analyzed.IsCapitalisedWord(last + 1, minLength: 2)
            && NameCandidates.SingleSpace(analyzed, last, last + 1) && (analyzed.Lexicons[last + 1] & Lexicons.LexiconSet.HealthKinds) == 0;
    }

    private static readonly string[] Operations = ["operation", "operations"];

    // What may follow a military operation: "far away", "overseas", "in another country".
    private static readonly string[] OperationEnds = ["far", "overseas", "abroad", "in", "that", "to", "for", "and", "with", "which", "there", "somewhere", "where", "called", "a", "across"];

    private static readonly string[] Anyone = ["someone", "somebody", "anyone", "anybody"];

    private static readonly string[] SeeingAnyone = ["see", "sees", "seeing", "notice", "notices", "help", "helps", "helping", "if", "when", "whenever", "If", "When"];

    /// <summary>
    /// "I felt like I would go deaf!", "pretended to be deaf", "turned a deaf ear", "the neighbours must be deaf": "deaf"
    /// alone after going, pretending or "must be", or before "ear", is a saying.
    /// </summary>
    private static bool IsDeafIdiom(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        // The tagger may take the going in: "go deaf" of "I felt like I would go deaf!".
        var t = span.LastToken;
        if (!tokens[t].In(text).Equals("deaf", StringComparison.OrdinalIgnoreCase)
            || !(span.FirstToken == t || (span.FirstToken == t - 1 && tokens[t - 1].In(text) is "go" or "going" or "gone" or "went")))
        {
            return false;
        }

        var before = t >= 1 ? tokens[t - 1].In(text) : [];
        return (t + 1 < tokens.Count && tokens[t + 1].In(text) is "ear")
            || before is "go" or "going" or "gone" or "went"
            || (before is "be" && t >= 2 && tokens[t - 2].In(text) is "must" or "to" && !(t >= 3 && tokens[t - 3].In(text) is "born"))
            || (before is "be" && t >= 3 && tokens[t - 2].In(text) is "to" && tokens[t - 3].In(text) is "pretend" or "pretended" or "pretends" or "pretending");
    }

    /// <summary>
    /// "If I see someone having a seizure": a condition of "someone" or "anyone" is a lesson for anyone ("Mia is someone
    /// with epilepsy" says who Mia is).
    /// </summary>
    private static bool IsAnyonesCondition(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var t = span.FirstToken - 1;
        if (t >= 0 && tokens[t].In(analyzed.Text) is "a" or "an")
        {
            t--;
        }

        // "When someone is having a seizure".
        var who = t >= 2 && tokens[t].In(analyzed.Text) is "having" && tokens[t - 1].In(analyzed.Text) is "is" or "was" ? t - 2 : t - 1;
        // Only after seeing, helping or a supposing "if" or "when" ("If I see someone having a seizure"): "Leo is also
        // someone with autism", "My uncle Raj, someone with epilepsy" and "I saw someone having a seizure. It was my
        // brother" tell of someone.
        return who >= 1 && tokens[t].In(analyzed.Text) is "having" or "has" or "with" or "who" && WordLists.Contains(Anyone, tokens[who].In(analyzed.Text))
            && WordLists.Contains(SeeingAnyone, tokens[who - 1].In(analyzed.Text));
    }

    // What a joking "allergic" is said of: "allergic to Monday mornings", "allergic to homework".
    private static readonly string[] JokeAllergens = ["mornings", "homework", "chores", "bedtime", "tidying", "exercise", "baths", "maths", "math"];

    /// <summary>"Dad jokes that he's allergic to Monday mornings": an allergy to a day, a chore or homework is a joke.</summary>
    private static bool IsAllergicJoke(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var to = span.LastToken + 1;
        if (!tokens[span.LastToken].In(analyzed.Text).Equals("allergic", StringComparison.OrdinalIgnoreCase) || to + 1 >= tokens.Count || tokens[to].In(analyzed.Text) is not "to")
        {
            return false;
        }

        // The joke word ends the phrase ("allergic to homework!", "to Monday mornings."; not "allergic to school milk").
        var what = to + 1;
        if ((analyzed.Lexicons[what] & LexiconKind.CalendarWord) != 0 && what + 1 < tokens.Count && WordLists.Contains(JokeAllergens, tokens[what + 1].In(analyzed.Text)))
        {
            what++;
        }

        return WordLists.Contains(JokeAllergens, tokens[what].In(analyzed.Text)) && (what + 1 >= tokens.Count || tokens[what + 1].Kind != TokenKind.Word);
    }

    /// <summary>"Nobody will take an X-ray of me.": a treatment no one will give, said as the sentence opens.</summary>
    private static bool IsDoneToNobody(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        if (span.Type != EntityType.Treatment)
        {
            return false;
        }

        var (start, _) = analyzed.WindowInSentence(span.FirstToken, span.FirstToken, SentenceReach);
        var opening = tokens[start].In(analyzed.Text);
        var verb = opening is "Nobody" or "nobody" ? start + 1
            : opening is "No" && start + 1 < span.FirstToken && tokens[start + 1].In(analyzed.Text) is "one" ? start + 2
            : -1;
        return verb > start && span.FirstToken - start <= 4 && start + 1 < span.FirstToken
            && tokens[verb].In(analyzed.Text) is "will" or "is" or "needs" or "has";
    }

    private static readonly string[] Sounds = ["beep", "beeps", "beeping", "buzz", "buzzes", "buzzing", "ring", "rings", "ringing", "sounds", "noise", "noises"];

    /// <summary>
    /// "a calculator that makes beeping sounds" read as "makes beeping", "loud noises hurt": a device of sounds alone,
    /// opening on making them or on "loud", no thing ("a tiny beeping machine") and no word of a health list in it, names
    /// no device ("The beeping from my Tandem" may be a pump's).
    /// </summary>
    private static bool IsSoundOnly(AnalyzedText analyzed, TaggedSpan span) =>
        span.Type == EntityType.Device && analyzed.Tokens[span.FirstToken].In(analyzed.Text) is "makes" or "make" or "made" or "loud"
        && WordLists.AnyIn(analyzed.Text, analyzed.Tokens, span.FirstToken, span.LastToken, Sounds)
        && !WordLists.AnyIn(analyzed.Text, analyzed.Tokens, span.FirstToken, span.LastToken, SoundingThings)
        && !JudgeEngine.HasHealthWord(analyzed, span.FirstToken, span.LastToken) && !HasNamedThing(analyzed, span);

    // "The beeping from my Tandem": a thing named in capitals may be a device no list knows.
    private static bool HasNamedThing(AnalyzedText analyzed, TaggedSpan span)
    {
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (!analyzed.SentenceStarts[t] && analyzed.IsCapitalisedWord(t, minLength: 2))
            {
                return true;
            }
        }

        return false;
    }

    // Things a device told without its name may be: "a tiny beeping machine", "a little beeping box that sits …".
    private static readonly string[] SoundingThings =
        ["machine", "machines", "box", "boxes", "monitor", "device", "pump", "sensor", "meter", "patch", "watch", "alarm", "clip", "thing", "gadget", "tube", "button"];

    // What a medicine does in a lesson on how it works: "insulin moves the sugar into our cells".
    private static readonly string[] MedicineWorks = ["moves", "carries", "lets", "opens", "unlocks", "turns", "takes", "helps", "works", "keeps"];

    // Whom a lesson speaks of: "our cells", "your body", "people's bodies".
    private static readonly string[] Everyone = ["our", "we", "us", "people", "everyone", "bodies", "body"];

    // Whom a child's own care speaks of.
    // ("you" is the child a story speaks to: "Sertraline helps your worries get smaller").
    private static readonly string[] Someone = ["i", "me", "my", "he", "him", "his", "she", "her", "they", "their", "you", "your"];

    // Anyone a sentence speaks of: the child's own people (Someone) and "we", "us", "our", "them" (declared after
    // Someone, which static initialisation reads first).
    private static readonly string[] Personal = [.. Someone, "we", "us", "our", "them"];

    /// <summary>
    /// "A helper called insulin moves the sugar into our cells": a medicine opening the span, doing its work in the
    /// present, in a sentence that speaks of "our" or "your" bodies and of no "I", "he" or "she", is a lesson on how it works.
    /// </summary>
    private static bool IsMedicineAtWork(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (span.Type != EntityType.Medication || span.FirstToken >= span.LastToken || (analyzed.Lexicons[span.FirstToken] & LexiconKind.Medication) == 0
            || !WordLists.Contains(MedicineWorks, tokens[span.FirstToken + 1].In(text)))
        {
            return false;
        }

        var (first, last) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, SentenceReach);
        var everyone = false;
        for (var t = first; t <= last; t++)
        {
            var word = tokens[t].In(text);
            if (WordLists.Contains(Someone, word) || (t != span.FirstToken && analyzed.IsCapitalisedWord(t, minLength: 2) && !analyzed.SentenceStarts[t]))
            {
                return false;
            }

            everyone |= WordLists.Contains(Everyone, word);
        }

        return everyone;
    }

    private static readonly string[] OwnerWords = ["my", "his", "her", "their", "your", "our", "s"];

    // Owners of a thing of the past (not "our": "our class saw bandages from long ago").
    private static readonly string[] ThingOwners = ["my", "his", "her", "their", "your", "s"];

    // How far after a medicine its "not mine" may come: "I never take medicine that is not mine".
    private const int NotMineReach = 8;

    /// <summary>
    /// "I never take medicine that is not mine", "The medicine in the cupboard is not mine": medicine no one owns in the
    /// sentence, said not to be mine or yours, is a rule of safety, not anyone's care.
    /// </summary>
    private static bool IsNotMine(AnalyzedText analyzed, TaggedSpan span)
    {
        if (span.Type != EntityType.Medication)
        {
            return false;
        }

        // "medicine that is not mine" (not "My melatonin is not yours", "Mia's EpiPen is not mine": someone's own).
        var tokens = analyzed.Tokens;
        var (owners, _) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, OwnerReach);
        if (WordLists.AnyIn(analyzed.Text, tokens, owners, span.LastToken, OwnerWords))
        {
            return false;
        }

        var (_, last) = analyzed.WindowInSentence(span.LastToken, span.LastToken, NotMineReach);
        for (var t = span.LastToken + 1; t < last; t++)
        {
            if (tokens[t].In(analyzed.Text) is "not" or "t" && tokens[t + 1].In(analyzed.Text) is "mine" or "yours")
            {
                return true;
            }
        }

        return false;
    }

    // What tells that a thing of care is an exhibit of the past: "medicine bottles from long ago", "from the olden days".
    // ("ago" only after "long": "speech therapy from two years ago" was someone's.)
    private static readonly string[] LongAgo = ["olden", "history", "victorian", "medieval", "ancient"];

    // Verbs of having and using before a thing: "Grandad has an old-fashioned hearing aid", "she still uses".
    private static readonly string[] HavingVerbs =
        ["has", "have", "had", "wears", "wear", "wore", "uses", "use", "used", "needs", "need", "takes", "take", "took", "got", "gets", "carries", "keeps", "did", "remembers"];

    // How far before a thing its verb of having may stand, in its sentence.
    private const int HolderReach = 8;

    // How far before a thing of the past its owner may stand: "Grandad's old-fashioned hearing aid".
    private const int OwnerReach = 4;

    // How far after a thing its "from long ago" may come: "bandages and medicine bottles from long ago".
    private const int LongAgoWindow = 4;

    /// <summary>
    /// "a guide will show us old nurses' uniforms, bandages and medicine bottles from long ago": medicine, a device or a
    /// treatment "from" long ago, the olden days or history, with no one's "my", "his", "her" or "'s" in it or just before
    /// it and no verb of having or using before it, is a thing of history.
    /// </summary>
    private static bool IsThingOfLongAgo(AnalyzedText analyzed, TaggedSpan span)
    {
        if (span.Type is not (EntityType.Medication or EntityType.Device or EntityType.Treatment))
        {
            return false;
        }

        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        // "my crutches", "Grandad's old-fashioned hearing aid": someone's own.
        var (owners, _) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, OwnerReach);
        if (WordLists.AnyIn(text, tokens, owners, span.LastToken, ThingOwners))
        {
            return false;
        }

        // "Grandad has an old-fashioned hearing aid": still someone's.
        var (start, _) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, HolderReach);
        if (WordLists.AnyIn(text, tokens, start, span.FirstToken - 1, HavingVerbs))
        {
            return false;
        }

        var (_, last) = analyzed.WindowInSentence(span.LastToken, span.LastToken, LongAgoWindow);
        if (span.LastToken + 1 > last || tokens[span.LastToken + 1].In(text) is not "from")
        {
            return false;
        }

        for (var t = span.LastToken + 2; t <= last; t++)
        {
            if (WordLists.Contains(LongAgo, tokens[t].In(text)) || (tokens[t].In(text) is "ago" && tokens[t - 1].In(text) is "long"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"germs go from hand to hand": a span inside "from hand to hand" is how things pass between people.</summary>
    private static bool IsHandToHand(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        for (var t = Math.Max(0, span.FirstToken - 2); t <= span.LastToken && t + 2 < tokens.Count; t++)
        {
            if (tokens[t].In(analyzed.Text) is "hand" && tokens[t + 1].In(analyzed.Text) is "to" && tokens[t + 2].In(analyzed.Text) is "hand")
            {
                return !JudgeEngine.HasHealthWord(analyzed, span.FirstToken, span.LastToken);
            }
        }

        return false;
    }

    private static readonly string[] BodyPartsAlone =
        ["hand", "hands", "foot", "feet", "arm", "arms", "leg", "legs", "finger", "fingers", "thumb", "thumbs", "toe", "toes", "head", "knee", "knees"];

    private static readonly string[] PartSides = ["my", "his", "her", "your", "their", "our", "the", "right", "left", "both", "two", "other"];

    /// <summary>"I wash my right hand with soap", "hold the cart handle with both hands": a hand or a foot and its side is no device or condition.</summary>
    private static bool IsBodyPartAlone(AnalyzedText analyzed, TaggedSpan span)
    {
        if (span.Type is not (EntityType.Device or EntityType.Diagnosis))
        {
            return false;
        }

        var part = false;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            var word = analyzed.Tokens[t].In(analyzed.Text);
            part |= WordLists.Contains(BodyPartsAlone, word);
            if (!WordLists.Contains(BodyPartsAlone, word) && !WordLists.Contains(PartSides, word))
            {
                return false;
            }
        }

        return part;
    }

    // What a hand or a finger is dipped in at a ceremony, a craft or a kitchen: "dip his finger in water", "hands in the paint".
    private static readonly string[] DipThings = ["water", "paint", "paints", "sand", "mud", "honey", "flour", "oil", "soap", "dough", "glue", "ink", "salt", "sugar", "milk", "clay", "snow"];

    private static readonly string[] DippedParts = ["finger", "fingers", "hand", "hands", "toe", "toes", "foot", "feet", "thumb", "thumbs"];

    /// <summary>
    /// "An elder will dip his finger in water and touch it to Akua's tongue": a hand, finger or foot in water, paint or
    /// sand, with nothing else in the span, is a thing done, not a condition.
    /// </summary>
    private static bool IsDippedInThing(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var (part, thing) = (false, false);
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            var word = tokens[t].In(text);
            part |= WordLists.Contains(DippedParts, word);
            thing |= WordLists.Contains(DipThings, word);
            if (!WordLists.Contains(DippedParts, word) && !WordLists.Contains(DipThings, word)
                && word is not ("in" or "into" or "the" or "some" or "a" or "his" or "her" or "my" or "your" or "their" or "our"))
            {
                return false;
            }
        }

        return part && thing;
    }

    private static readonly string[] SleepyWords = ["sleepy", "tired", "drowsy", "yawny"];

    // What may stand beside "sleepy" in such a span: "sleepy straight away", "tired yet", "very sleepy at first".
    private static readonly string[] SleepyTimes = ["straight", "right", "away", "yet", "at", "first", "now", "very", "so", "too", "a", "bit", "little", "quite", "all"];

    /// <summary>
    /// "It's okay if I'm not sleepy straight away": not being sleepy yet at bedtime is how every night starts for someone;
    /// a span of a sleepy word and words of time or degree only, denied within three words before it.
    /// </summary>
    private static bool IsNotSleepyYet(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var sleepy = false;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            var word = tokens[t].In(text);
            sleepy |= WordLists.Contains(SleepyWords, word);
            if (!WordLists.Contains(SleepyWords, word) && !WordLists.Contains(SleepyTimes, word))
            {
                return false;
            }
        }

        for (var t = span.FirstToken - 1; sleepy && t >= 0 && span.FirstToken - t <= 3; t--)
        {
            if (tokens[t].In(text) is "not" or "t" or "never")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Today she will also check how well my ears hear": how well a body does its work, as a check measures it, is no
    /// condition (a span with a health word stays: "how well my hearing aids work").
    /// </summary>
    private static bool IsHowWellMeasured(AnalyzedText analyzed, TaggedSpan span)
    {
        // Past an owner the tagger left out: "how well my ears hear" read as "ears hear".
        var well = span.FirstToken - 1;
        if (well >= 0 && WordLists.Contains(LookOwners, analyzed.Tokens[well].In(analyzed.Text)))
        {
            well--;
        }

        return span.Type == EntityType.Diagnosis && well >= 1 && analyzed.Tokens[well].In(analyzed.Text) is "well"
            && analyzed.Tokens[well - 1].In(analyzed.Text) is "how" or "How" && !JudgeEngine.HasHealthWord(analyzed, span.FirstToken, span.LastToken);
    }

    // What a character's name is put on: "my Paddington book", "her Bluey pyjamas" (not a patch or a brace).
    private static readonly string[] CharactersThings =
        ["book", "books", "story", "stories", "film", "movie", "show", "toy", "toys", "pyjamas", "pajamas", "blanket", "lunchbox", "cup", "backpack", "poster", "game"];

    /// <summary>
    /// "my Paddington book": a span that holds a well-known name and no health word and ends on a thing such a name is put
    /// on (a book, a film, pyjamas) is that character's thing ("my Elsa patch" stays).
    /// </summary>
    private static bool IsWellKnownThing(AnalyzedText analyzed, TaggedSpan span)
    {
        if (!WordLists.Contains(CharactersThings, analyzed.Tokens[span.LastToken].In(analyzed.Text)))
        {
            return false;
        }

        var known = false;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            known |= (analyzed.Lexicons[t] & LexiconKind.WellKnownName) != 0 && analyzed.IsCapitalisedWord(t);
        }

        return known && !JudgeEngine.HasHealthWord(analyzed, span.FirstToken, span.LastToken);
    }

    // Who keeps a surgery that is a place: "the doctor's surgery", "the GP surgery", "your local surgery".
    private static readonly string[] SurgeryKeepers = ["doctor", "doctors", "gp", "gps", "dentist", "dentists", "local", "village", "new"];

    // How a story goes to, waits in or leaves a place: "at the surgery", "leave the surgery".
    private static readonly string[] PlaceWays = ["at", "to", "in", "into", "from", "outside", "leave", "leaves", "left", "reach", "reached"];

    private static readonly object DoctorsSurgeryKey = new();

    /// <summary>
    /// "Noor is going to the doctor's surgery", "At the surgery, there is a big sign", "your local surgery": in British
    /// English the surgery is the doctor's practice, a place: a span of "surgery" (maybe with "local" or an owner) whose
    /// word before names who keeps it, or that a story which says "doctor's surgery" or "GP surgery" somewhere goes to,
    /// waits in or leaves ("at the surgery"); not "my surgery", "back surgery" or "before the surgery I cannot eat".
    /// </summary>
    private static bool IsSurgeryAsPlace(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var last = span.LastToken;
        // Not an operation on something or for something: "The doctor's surgery on my knee went well".
        if (span.Type != EntityType.Treatment || tokens[last].In(text) is not ("surgery" or "Surgery")
            || (last + 1 < tokens.Count && tokens[last + 1].In(text) is "on" or "for" or "to"))
        {
            return false;
        }

        var before = last - 1;
        if (before >= 2 && tokens[before].In(text) is "s" && tokens[before - 1].In(text) is "'" or "’")
        {
            before -= 2;
        }

        if (before >= 0 && WordLists.Contains(SurgeryKeepers, tokens[before].In(text)))
        {
            return true;
        }

        return before >= 1 && tokens[before].In(text) is "the" or "The" && WordLists.Contains(PlaceWays, tokens[before - 1].In(text))
            && analyzed.Memo(DoctorsSurgeryKey, static a => new StrongBox<bool>(HasDoctorsSurgery(a))).Value;
    }

    /// <summary>The text says "doctor's surgery", "doctors' surgery" or "GP surgery" somewhere.</summary>
    private static bool HasDoctorsSurgery(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        for (var t = 1; t < tokens.Count; t++)
        {
            if (!tokens[t].In(analyzed.Text).Equals("surgery", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var before = tokens[t - 1].In(analyzed.Text);
            if (before.Equals("gp", StringComparison.OrdinalIgnoreCase)
                || (t >= 3 && before is "s" && tokens[t - 2].In(analyzed.Text) is "'" or "’" && tokens[t - 3].In(analyzed.Text).Equals("doctor", StringComparison.OrdinalIgnoreCase))
                || (t >= 2 && before is "'" or "’" && tokens[t - 2].In(analyzed.Text).Equals("doctors", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Does Jiwoo have any allergies?", "Eomma says, "No allergies."", "They are not picking up any medicine today": a
    /// condition or medicine asked about with "any" in a question, denied with "not … any" or answered with "no", is no
    /// one's.
    /// </summary>
    private static bool IsAskedAnyOrNone(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        if (span.Type is not (EntityType.Diagnosis or EntityType.Medication))
        {
            return false;
        }

        // "No allergies.": "no" right before, opening its sentence or its quotation, and the sentence ends after the span.
        var ends = span.LastToken + 1 >= tokens.Count || analyzed.IsSentenceMark(span.LastToken + 1);
        if (ends && first >= 1 && tokens[first - 1].In(analyzed.Text) is "No" or "no"
            && (analyzed.SentenceStarts[first - 1] || (first >= 2 && tokens[first - 2].In(analyzed.Text) is "\"" or "“")))
        {
            return true;
        }

        var any = tokens[first].In(analyzed.Text) is "any" ? first : first >= 1 && tokens[first - 1].In(analyzed.Text) is "any" ? first - 1 : -1;
        if (any < 0)
        {
            return false;
        }

        // "They are not picking up any medicine today": "not" or "never" a few words before "any", in its sentence.
        for (var t = any - 1; t >= 0 && any - t <= NegationReach && !analyzed.SentenceStarts[t + 1]; t--)
        {
            if (tokens[t].In(analyzed.Text) is "not" or "never" or "Never" || (tokens[t].In(analyzed.Text) is "t" && t >= 1 && tokens[t - 1].In(analyzed.Text) is "'" or "’"))
            {
                return true;
            }
        }

        // A question: its sentence ends on "?".
        for (var t = span.LastToken + 1; t < tokens.Count && t - span.LastToken <= QuestionReach; t++)
        {
            if (analyzed.IsSentenceMark(t))
            {
                return tokens[t].In(analyzed.Text) is "?";
            }
        }

        return false;
    }

    // How far after a span the end of its question is looked for, and how far before "any" its "not".
    private const int QuestionReach = 8;

    private const int NegationReach = 4;

    private static readonly string[] ReadyWords = ["ready", "warm", "warmer", "strong", "stronger", "stretchy", "loose", "looser"];

    /// <summary>"Warm-ups help your muscles get ready": a body's part in exercise getting ready or warm is no condition.</summary>
    private static bool IsMusclesGettingReady(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var last = span.LastToken;
        // "your muscles get" before "ready", or "your muscles get ready" whole.
        var ready = WordLists.Contains(ReadyWords, tokens[last].In(analyzed.Text)) ? last
            : last + 1 < tokens.Count && WordLists.Contains(ReadyWords, tokens[last + 1].In(analyzed.Text)) ? last + 1 : -1;
        var verb = ready - 1;
        return span.Type == EntityType.Diagnosis && verb - 1 >= span.FirstToken && verb <= last
            && tokens[verb].In(analyzed.Text) is "get" or "gets" or "feel" or "feels" or "stay" or "stays"
            && WordLists.Contains(WorkingParts, tokens[verb - 1].In(analyzed.Text)) && !JudgeEngine.HasHealthWord(analyzed, span.FirstToken, last);
    }

    private static readonly string[] Finding = ["find", "finds", "found", "finding", "spot", "spots", "spotted", "see", "sees", "saw"];

    // Where a found thing lies: "a pill on the floor", "a tablet under the sofa".
    private static readonly string[] Lying = ["on", "under", "in", "behind", "near", "at"];

    /// <summary>
    /// "If Ayşe finds a pill on the floor, she does not eat it": a medicine someone finds lying somewhere is a thing of
    /// the floor or the table, no one's medicine: a verb of finding, "a", "an" or "some", the medicine and where it lies.
    /// </summary>
    private static bool IsFoundLying(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        var article = tokens[first].In(analyzed.Text) is "a" or "an" or "some" ? first : first - 1;
        return span.Type == EntityType.Medication && article >= 1 && tokens[article].In(analyzed.Text) is "a" or "an" or "some"
            && WordLists.Contains(Finding, tokens[article - 1].In(analyzed.Text)) && span.LastToken + 2 < tokens.Count
            && WordLists.Contains(Lying, tokens[span.LastToken + 1].In(analyzed.Text)) && !WordLists.Contains(Possessives, tokens[span.LastToken + 2].In(analyzed.Text));
    }

    private static readonly string[] SunCare = ["sunscreen", "suncream", "sunblock"];

    private static readonly string[] SunThings = ["cream", "lotion", "hat", "spray"];

    // How far around the span the sun cream is looked for in its sentence.
    private const int SunReach = 8;

    /// <summary>
    /// "Sun cream protects my skin from the strong sun": a span with no word of a health list in a sentence about sun cream
    /// or a sun hat is what everyone does on a hot day.
    /// </summary>
    private static bool IsSunProtection(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        if (JudgeEngine.HasHealthWord(analyzed, span.FirstToken, span.LastToken))
        {
            return false;
        }

        var (from, to) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, SunReach);
        for (var t = from; t <= to; t++)
        {
            var word = tokens[t].In(analyzed.Text);
            if (WordLists.Contains(SunCare, word) || (word is "sun" or "Sun" && t + 1 <= to && WordLists.Contains(SunThings, tokens[t + 1].In(analyzed.Text))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Telling = ["told", "tell", "tells", "telling", "show", "shows", "showed", "ask", "asks", "asked", "teach", "taught", "explain", "explained"];

    /// <summary>
    /// "borrow a pair of the class ear defenders from the hook": a device the class owns ("the class", "the classroom"
    /// right before its words), with no word of a condition in it, is there for any child.
    /// </summary>
    private static bool IsClassesThing(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        // Not "the class" spoken to: "I told the class hearing aids help me hear".
        if (span.Type != EntityType.Device || first < 2 || tokens[first - 1].In(analyzed.Text) is not ("class" or "classroom")
            || tokens[first - 2].In(analyzed.Text) is not ("the" or "our" or "The" or "Our")
            || (first >= 3 && WordLists.Contains(Telling, tokens[first - 3].In(analyzed.Text))))
        {
            return false;
        }

        for (var t = first; t <= span.LastToken; t++)
        {
            if ((analyzed.Lexicons[t] & LexiconKind.Diagnosis) != 0 || WordLists.Contains(Possessives, tokens[t].In(analyzed.Text)))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] Reporting = ["explained", "explains", "explain", "said", "says", "told", "tells", "thinks", "thought"];

    /// <summary>
    /// "the doctor explained that hormones cause these changes": a condition span the tagger opened on a verb of saying and
    /// "that", with no word of a health list and no owner in it, holds the frame of a report, not a condition ("said that
    /// my heart has a tiny hole" stays).
    /// </summary>
    private static bool IsOpenedByReporting(AnalyzedText analyzed, TaggedSpan span) =>
        span.Type == EntityType.Diagnosis && span.LastToken > span.FirstToken + 1 && WordLists.Contains(Reporting, analyzed.Tokens[span.FirstToken].In(analyzed.Text))
        && analyzed.Tokens[span.FirstToken + 1].In(analyzed.Text) is "that" && !JudgeEngine.HasHealthWord(analyzed, span.FirstToken, span.LastToken)
        && !WordLists.AnyIn(analyzed.Text, analyzed.Tokens, span.FirstToken, span.LastToken, Possessives);

    // People in general a feeling is said of: "even grown-ups feel that way", "everybody feels nervous".
    private static readonly string[] Everybody = ["grown", "grownups", "adults", "people", "everyone", "everybody", "kids", "children", "lots"];

    /// <summary>
    /// "Vovó says that even grown-ups feel that way": a span that opens on people in general, feeling something, with no
    /// word of a health list in it, is a feeling anyone has.
    /// </summary>
    private static bool IsEveryonesFeeling(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var first = span.FirstToken;
        if (span.Type != EntityType.Diagnosis || !WordLists.Contains(Everybody, tokens[first].In(analyzed.Text))
            || (tokens[first].In(analyzed.Text) is "grown" or "Grown" && (first + 2 > span.LastToken || tokens[first + 2].In(analyzed.Text) is not "ups"))
            || JudgeEngine.HasHealthWord(analyzed, first, span.LastToken))
        {
            return false;
        }

        return WordLists.AnyIn(analyzed.Text, analyzed.Tokens, first + 1, Math.Min(span.LastToken, first + 4), FeelWords);
    }

    private static readonly string[] FeelWords = ["feel", "feels", "felt", "get", "gets"];

    // What a child does with a thing it must not ("does not eat it"); not a sense ("I do not hear it" may be a condition).
    private static readonly string[] HandledVerbs = ["eat", "drink", "touch", "take", "swallow", "taste", "lick", "open", "pick", "share", "chew", "put"];

    private static readonly string[] ThingPronouns = ["it", "them", "this", "that", "these", "those"];

    /// <summary>
    /// "If Ayşe finds a pill on the floor, she does not eat it or drink it": "not", a verb and "it" is a rule kept, no
    /// condition; a span of "not", a verb of handling a thing and a pronoun for the thing said before, with no word of a
    /// health list in it.
    /// </summary>
    private static bool IsDeniedDoingIt(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        return span.Type == EntityType.Diagnosis && span.LastToken - span.FirstToken is 2 or 3 && tokens[span.FirstToken].In(analyzed.Text) is "not" or "never"
            && WordLists.Contains(ThingPronouns, tokens[span.LastToken].In(analyzed.Text)) && WordLists.Contains(HandledVerbs, tokens[span.FirstToken + 1].In(analyzed.Text))
            && !JudgeEngine.HasHealthWord(analyzed, span.FirstToken, span.LastToken);
    }

    private static readonly string[] Helps = ["help", "helps", "helping", "helped", "treat", "treats", "treating"];

    // How far after the thing its use to help anyone may come: "the oxygen mask they use to help people" (and twice as far
    // before it, for the sentence's people).
    private const int HelpReach = 6;

    /// <summary>
    /// "They showed us the oxygen mask they use to help people who breathe in smoke": a device or medicine, no one's by an
    /// owner, that someone uses to help people in general is their kit, no one's care in the story.
    /// </summary>
    private static bool IsUsedToHelpAnyone(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (span.Type is not (EntityType.Device or EntityType.Medication) || WordLists.AnyIn(text, tokens, Math.Max(0, span.FirstToken - 2), span.LastToken, Possessives))
        {
            return false;
        }

        // No child or family in the sentence before it: "I take Ritalin, a medicine that helps kids focus", "Grandad sleeps
        // with a machine that …".
        var (from, _) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, HelpReach * 2);
        for (var t = from; t < span.FirstToken; t++)
        {
            if (WordLists.Contains(FirstPerson, tokens[t].In(text)) || (analyzed.IsCapitalisedWord(t) && !analyzed.SentenceStarts[t])
                || (analyzed.Lexicons[t] & LexiconKind.KinWord) != 0)
            {
                return false;
            }
        }

        for (var t = span.LastToken + 1; t + 2 < tokens.Count && t - span.LastToken <= HelpReach && !analyzed.SentenceStarts[t]; t++)
        {
            var word = tokens[t].In(text);
            if (WordLists.Contains(FirstPerson, word) || word is "you" or "your" || analyzed.IsCapitalisedWord(t))
            {
                return false;
            }

            // "they use to help people": used, then "to" and the help (not "a medicine that helps kids").
            if (word is "use" or "uses" or "used" && tokens[t + 1].In(text) is "to" && WordLists.Contains(Helps, tokens[t + 2].In(text)))
            {
                return t + 3 < tokens.Count && WordLists.Contains(PeopleWho, tokens[t + 3].In(text));
            }
        }

        return false;
    }

    // Play that makes anyone dizzy: "I rolled so much I felt dizzy", "spinning round and round on the swing".
    private static readonly string[] Spinning =
    [
        "spin", "spins", "spun", "spinning", "twirl", "twirls", "twirled", "twirling", "roll", "rolls", "rolled", "rolling", "roundabout",
        "cartwheel", "cartwheels", "somersault", "somersaults", "tumble", "tumbles", "tumbled", "whirl", "whirled", "whirling",
    ];

    private static readonly string[] DizzyWords = ["dizzy", "giddy", "wobbly"];

    // Words a dizzy span may hold besides the dizziness: "felt a little bit dizzy".
    private static readonly string[] DizzyFrame = ["felt", "feel", "feels", "feeling", "got", "get", "gets", "a", "bit", "little", "so", "very", "really", "all"];

    // How far from the dizziness, in its sentence, the spinning is looked for.
    private const int SpinReach = 10;

    /// <summary>
    /// "We practised "Stop, Drop and Roll". I rolled so much I felt dizzy and giggly.": a dizziness with spinning or
    /// rolling near it in its sentence and no word of a health list is what play does to anyone.
    /// </summary>
    private static bool IsDizzyFromSpinning(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (span.Type != EntityType.Diagnosis || JudgeEngine.HasHealthWord(analyzed, span.FirstToken, span.LastToken))
        {
            return false;
        }

        var dizzy = false;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            var word = tokens[t].In(text);
            dizzy |= WordLists.Contains(DizzyWords, word);
            if (!WordLists.Contains(DizzyWords, word) && !WordLists.Contains(DizzyFrame, word))
            {
                return false;
            }
        }

        // Someone spins ("I rolled so much", "we were spinning"), not the room ("the room spins").
        var (from, to) = analyzed.WindowInSentence(span.FirstToken, span.LastToken, SpinReach);
        for (var t = Math.Max(from, 1); dizzy && t <= to; t++)
        {
            if (WordLists.Contains(Spinning, tokens[t].In(text))
                && (WordLists.Contains(Spinners, tokens[t - 1].In(text)) || (t >= 2 && tokens[t - 1].In(text) is "was" or "were" or "kept" && WordLists.Contains(Spinners, tokens[t - 2].In(text)))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Spinners = ["i", "we", "you", "he", "she", "they"];

    private static readonly string[] Jumps = ["jump", "jumps", "jumped", "jumping", "leap", "leaped", "leapt", "flinch", "flinched"];

    /// <summary>
    /// "The smoke alarm started to scream. I felt my whole body jump.": the body, or the heart, jumping at a noise is a
    /// startle anyone feels, no condition: an owner, maybe "whole", "body" or "heart" and a verb of jumping, with no word of
    /// a health list in the span and a noise near it.
    /// </summary>
    private static bool IsStartledJump(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var last = span.LastToken;
        if (span.Type != EntityType.Diagnosis || last - span.FirstToken < 2 || !WordLists.Contains(Jumps, tokens[last].In(analyzed.Text))
            || tokens[last - 1].In(analyzed.Text) is not ("body" or "heart") || JudgeEngine.HasHealthWord(analyzed, span.FirstToken, last))
        {
            return false;
        }

        var owner = tokens[last - 2].In(analyzed.Text) is "whole" ? last - 3 : last - 2;
        return owner >= span.FirstToken && WordLists.Contains(Possessives, tokens[owner].In(analyzed.Text))
            && WordLists.AnyIn(analyzed.Text, tokens, Math.Max(0, span.FirstToken - NoiseReach), Math.Min(tokens.Count - 1, last + NoiseReach), Noises);
    }

    // What startles: "The smoke alarm started to scream … I felt my whole body jump".
    private static readonly string[] Noises = ["alarm", "alarms", "noise", "noises", "bang", "banged", "loud", "beep", "scream", "siren", "thunder", "pop", "shout", "shouted", "boom"];

    // How far around the jump the noise may be (the sentence before too).
    private const int NoiseReach = 20;

    // A barber's and a bathroom's tools: "He also uses clippers", "nail clippers".
    private static readonly string[] GroomingTools = ["clippers", "scissors", "razor", "trimmer", "trimmers", "shaver", "comb", "hairdryer", "tweezers"];

    /// <summary>"The barber uses scissors. … He also uses clippers.": a tool of haircuts and grooming is no device of care.</summary>
    private static bool IsGroomingTool(AnalyzedText analyzed, TaggedSpan span) =>
        span.Type == EntityType.Device && WordLists.Contains(GroomingTools, analyzed.Tokens[span.LastToken].In(analyzed.Text))
        && !JudgeEngine.HasHealthWord(analyzed, span.FirstToken, span.LastToken);

    /// <summary>
    /// "her cahier, her trousse and her goûter box": a device of one word of another language that no English list knows
    /// (not "gluten", a body word here and a French word too) is a thing of that language (a school book, a pencil case),
    /// no care. Conditions and therapies in other languages stay ("Mateo goes to terapia").
    /// </summary>
    private static bool IsOtherLanguageWordAlone(AnalyzedText analyzed, TaggedSpan span) =>
        span.Type == EntityType.Device && span.FirstToken == span.LastToken && analyzed.Lexicons[span.FirstToken] == LexiconKind.None
        && OtherLanguageWords.Contains(analyzed.Tokens[span.FirstToken].In(analyzed.Text));

    // How far back an offer's opening is looked for (a long offer's length in tokens).
    private const int OfferReach = 40;

    // How close to the text's end the chat's closing offer stands, in characters after its sentence.
    private const int OfferTail = 300;

    // Owners that make a span someone's even in a question: "Do you want to see my new brace?".
    private static readonly string[] OwnersInOffer = ["my", "his", "her", "their", "our"];

    /// <summary>
    /// "Want me to turn this into a six-page booklet with space for drawings?": a span with no health word and no owner in
    /// the chat's offer to write more ("Would you like me to …", "Do you want me to …", "Want me to …"), near the text's
    /// end, is about the story, no one's care.
    /// </summary>
    private static bool IsInOffer(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var start = analyzed.SentenceStarts[span.FirstToken] ? span.FirstToken : analyzed.SentenceStartBefore(span.FirstToken, OfferReach);
        if (start < 0 || start + 3 >= tokens.Count || JudgeEngine.HasHealthWord(analyzed, span.FirstToken, span.LastToken)
            || WordLists.AnyIn(text, tokens, start, span.LastToken, OwnersInOffer))
        {
            return false;
        }

        // "Would you like me to", "Do you want me to", "Want me to": the chat offering to write more, at the text's end.
        var first = tokens[start].In(text);
        var offer = (first is "Would" or "Do" && tokens[start + 1].In(text) is "you" && tokens[start + 2].In(text) is "like" or "want" && tokens[start + 3].In(text) is "me")
            || (first is "Want" && tokens[start + 1].In(text) is "me");
        if (!offer)
        {
            return false;
        }

        var close = text.IndexOfAny(['?', '.', '!'], tokens[span.LastToken].End);
        return close < 0 || text.Length - close <= OfferTail;
    }

    // Therapies whose word names the clinician too: "the physio runs on with a bag".
    private static readonly string[] ClinicianTherapies = ["physio", "physiotherapy"];

    /// <summary>
    /// "If a player falls down, the physio runs on with a bag": "the physio" doing something (a verb in "-s" right after it)
    /// is the team's clinician at work, no one's therapy ("my physio" stays).
    /// </summary>
    private static bool IsClinicianAtWork(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var t = span.LastToken;
        return span.Type == EntityType.Treatment && WordLists.Contains(ClinicianTherapies, tokens[t].In(analyzed.Text)) && t >= 1 && t + 1 < tokens.Count
            && tokens[t - 1].In(analyzed.Text) is "the" or "The" && tokens[t + 1].Kind == TokenKind.Word && tokens[t + 1].In(analyzed.Text) is [.., 's']
            && char.IsLower(analyzed.Text[tokens[t + 1].Start]) && (analyzed.Lexicons[t + 1] & LexiconSet.HealthKinds) == 0;
    }

    /// <summary>
    /// "a giant model of a human heart", "the human body": a body part of "a human" or "the human" is anatomy, no one's
    /// condition.
    /// </summary>
    private static bool IsHumanAnatomy(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        for (var t = Math.Max(1, span.FirstToken); t <= span.LastToken && t + 1 < tokens.Count; t++)
        {
            if (tokens[t].In(analyzed.Text) is "human" && tokens[t - 1].In(analyzed.Text) is "a" or "the" or "A" or "The"
                && (analyzed.Lexicons[t + 1] & LexiconKind.BodyWord) != 0)
            {
                return !JudgeEngine.HasHealthWord(analyzed, span.FirstToken, span.LastToken);
            }
        }

        return false;
    }

    // How far after a tiredness its cause is read for health words: "extra sleepy from all the singing and challah".
    private const int CauseReach = 6;

    // Degrees a tiredness may carry besides those of SleepyTimes ("very", "so", "quite"): "extra sleepy", "really tired".
    private static readonly string[] TiredDegrees = ["extra", "really", "super"];

    // What works hard in exercise: "my muscles worked hard".
    private static readonly string[] WorkingParts = ["muscles", "body", "legs", "arms", "heart", "lungs"];

    /// <summary>
    /// "I will be extra sleepy from all the singing", "tired after swimming", "That is because my muscles worked hard": a
    /// tiredness with its cause after "from" or "after" and no health or body word or "because" in it, or a body's parts
    /// that worked hard, is what a busy day does to anyone.
    /// </summary>
    private static bool IsTiredFromDoing(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var next = span.LastToken + 1;
        if (span.Type != EntityType.Diagnosis || next >= tokens.Count)
        {
            return false;
        }

        // "my muscles worked hard": an owner, a part that works in exercise and "worked" or "work", then "hard" (after the
        // span or its last word).
        var verb = tokens[span.LastToken].In(text) is "hard" ? span.LastToken - 1 : span.LastToken;
        var worked = verb > span.FirstToken && tokens[verb].In(text) is "worked" or "work" or "working";
        if (worked && (verb < span.LastToken || tokens[next].In(text) is "hard") && verb - span.FirstToken <= 2
            && WordLists.Contains(WorkingParts, tokens[verb - 1].In(text)))
        {
            return true;
        }

        var tired = false;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            var word = tokens[t].In(text);
            tired |= WordLists.Contains(SleepyWords, word);
            if (!WordLists.Contains(SleepyWords, word) && !WordLists.Contains(SleepyTimes, word) && !WordLists.Contains(TiredDegrees, word))
            {
                return false;
            }
        }

        if (!tired || tokens[next].In(text) is not ("from" or "after"))
        {
            return false;
        }

        // "tired after running because of my heart": a health or body word, or a reason given, makes it a condition's.
        for (var t = next + 1; t < tokens.Count && t <= next + CauseReach && !analyzed.SentenceStarts[t]; t++)
        {
            if ((analyzed.Lexicons[t] & (LexiconSet.HealthKinds | LexiconKind.BodyWord)) != 0 || tokens[t].In(text) is "because")
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] Knowing = ["know", "knows", "sure", "tell", "remember", "see"];

    private static readonly string[] Talking = ["talk", "talks", "ask", "asks", "tell", "tells", "worry", "guess"];

    /// <summary>
    /// "Because we don't always know who has an allergy, the rule is the same for everyone", "We don't talk about who has
    /// an allergy": "who" after a denied knowing ("don't know", "can't always tell", "not sure") or talking about asks
    /// about anyone and names no one.
    /// </summary>
    private static bool IsUnknownWho(AnalyzedText analyzed, int who)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        // "We don't talk about who has an allergy": "about" after a verb of talking or asking.
        var verb = who >= 2 && tokens[who - 1].In(text) is "about" && WordLists.Contains(Talking, tokens[who - 2].In(text)) ? who - 1 : who;
        if (verb == who && !WordLists.Contains(Knowing, tokens[who - 1].In(text)))
        {
            return false;
        }

        for (var t = verb - 2; t >= 0 && who - t <= 5 && !analyzed.SentenceStarts[t + 1]; t--)
        {
            if (WordLists.Contains(Negations, tokens[t].In(text)) && tokens[t].In(text) is not "can" and not "no")
            {
                return !HasButSomeoneAfter(analyzed, who);
            }
        }

        return false;
    }

    /// <summary>"…, but my brother has it": a "but" later in the sentence and a family word or a name after it.</summary>
    private static bool HasButSomeoneAfter(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var (_, to) = analyzed.WindowInSentence(t, t, SentenceReach * 2);
        var but = WordLists.FirstIn(analyzed.Text, tokens, t + 1, to, Buts);
        for (var k = but + 1; but >= 0 && k <= to; k++)
        {
            if ((analyzed.Lexicons[k] & LexiconKind.KinWord) != 0 || WordLists.Contains(Relatives, tokens[k].In(analyzed.Text)) || NameRules.IsGivenName(analyzed, k)
                || tokens[k].In(analyzed.Text) is "I" or "me" or "my")
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Showing = ["shows", "show", "showed", "explains", "explain", "learn", "learned", "learnt", "see", "teaches", "about", "find"];

    /// <summary>
    /// "It shows how the heart pumps blood and how our lungs breathe air": how a body works, after a verb of showing or
    /// learning, is a lesson, not someone's condition.
    /// </summary>
    private static bool IsShownHowBodiesWork(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (span.Type != EntityType.Diagnosis)
        {
            return false;
        }

        // "learn how our bones and muscles help us move" read as "and muscles help": back over body words and "and".
        var how = span.FirstToken - 1;
        for (var k = 0; k < 3 && how >= 1 && (tokens[how].In(text) is "and" || (analyzed.Lexicons[how] & LexiconKind.BodyWord) != 0); k++)
        {
            how--;
        }

        if (how >= 0 && tokens[how].In(text) is "the" or "our" or "your")
        {
            how--;
        }

        return how >= 1 && tokens[how].In(text) is "how" && (WordLists.Contains(Showing, tokens[how - 1].In(text))
            || (tokens[how - 1].In(text) is "and" && WordLists.AnyIn(text, tokens, Math.Max(0, how - 10), how - 2, Showing)));
    }

    // How a social story asks a child to use the body: "gentle hands", "kind hands", "walking feet", "a quiet voice".
    private static readonly string[] MannerWords = ["gentle", "kind", "soft", "quiet", "calm", "safe", "walking", "careful", "inside", "indoor"];

    private static readonly string[] MannerParts = ["hands", "hand", "feet", "voice", "voices", "touch", "body", "bodies"];

    /// <summary>
    /// "Instruments need gentle hands so they do not break", "use walking feet": a manner word and a body part open the
    /// span, with no word of a health list in it: how to behave, not a condition.
    /// </summary>
    private static bool IsKindHands(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var first = span.FirstToken;
        return first < span.LastToken && WordLists.Contains(MannerWords, tokens[first].In(text)) && WordLists.Contains(MannerParts, tokens[first + 1].In(text))
            && !JudgeEngine.HasHealthWord(analyzed, first, span.LastToken);
    }

    /// <summary>
    /// "A communication device can be a tablet …": the thing a sentence opens on with "A" and says what it can be is a
    /// kind of thing, no one's.
    /// </summary>
    private static bool IsThingDefined(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var article = span.FirstToken - 1;
        var after = span.LastToken + 1;
        if (article < 0 || !analyzed.SentenceStarts[article] || tokens[article].In(text) is not ("A" or "An") || after + 1 >= tokens.Count)
        {
            return false;
        }

        // Not "A seizure is when my brain …" or "A blood test is …", which a child's own story says of its own.
        // "A stammer means that sometimes Nora repeats sounds" defines the sister's own; so "means" does not count.
        return tokens[after].In(text) is "can" or "may" && tokens[after + 1].In(text) is "be";
    }

    /// <summary>"His juice is not really medicine", "It isn't a real cast": a thing said not to be the health word.</summary>
    private static bool IsNotReally(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        // "not really a medicine", "not a real medicine": skip back over the article and "real" or "really" in either order.
        var t = span.FirstToken - 1;
        for (var n = 0; n < 3 && t >= 0 && tokens[t].In(text) is "a" or "an" or "real" or "really"; n++)
        {
            t--;
        }

        if (t >= 1 && tokens[t].In(text) is "t" && tokens[t - 1].In(text) is "'" or "’")
        {
            // "isn ' t": the contraction's "n" ends the word before the quote.
            return t >= 2 && tokens[t - 2].In(text) is "isn" or "aren" or "wasn";
        }

        return t >= 1 && tokens[t].In(text) is "not" && tokens[t - 1].In(text) is "is" or "are" or "was" or "were";
    }

    // What a saying calls the best medicine or cure: "laughter is the best medicine".
    private static readonly string[] Remedies = ["medicine", "medicines", "cure", "remedy", "tonic"];

    /// <summary>
    /// "Dad always says laughter is the best medicine", "singing is like medicine for the heart": "the best medicine" (or
    /// cure, remedy) or "like medicine" closing its clause is a saying about laughter or sleep, no one's medicine, and so
    /// is one "for a bad day" or "for the heart". "the best medicine for my asthma"
    /// names its owner, and stays.
    /// </summary>
    private static bool IsBestMedicineSaying(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var last = span.LastToken;
        if (span.Type != EntityType.Medication || !WordLists.Contains(Remedies, tokens[last].In(text)))
        {
            return false;
        }

        // "laughter is the best medicine", or "singing is like medicine for the heart".
        var best = last - 1;
        var like = best >= 1 && tokens[best].In(text) is "like" && span.FirstToken == last && tokens[best - 1].In(text) is "is" or "was" or "are" or "s" or "feels";
        if (!like && (best < 1 || tokens[best].In(text) is not ("best" or "Best") || tokens[best - 1].In(text) is not ("the" or "The")))
        {
            return false;
        }

        for (var t = span.FirstToken; t < best - 1; t++)
        {
            if (tokens[t].Kind == TokenKind.Word)
            {
                return false;
            }
        }

        // "the best medicine for a bad day", "like medicine for the heart", not "for my asthma" or "for Leo's cough".
        if (last + 2 < tokens.Count && tokens[last + 1].In(text) is "for")
        {
            return tokens[last + 2].In(text) is "a" or "an" or "any" or "every" or "grumpy" or "sadness" or "boredom" or "worries" or "everything"
                || (last + 3 < tokens.Count && tokens[last + 2].In(text) is "the" or "your" && tokens[last + 3].In(text) is "heart" or "soul" or "spirit" or "mind");
        }

        return last + 1 >= tokens.Count || tokens[last + 1].Kind != TokenKind.Word || tokens[last + 1].In(text) is "and" or "but" or "so";
    }

    private static readonly string[] Gadgets = ["app", "apps", "phone", "phones", "computer", "laptop", "ipad", "tv", "television", "camera"];

    /// <summary>
    /// "the app", "her phone" as a device: a gadget with no word of health in the span's sentence ("the app that reads
    /// my glucose sensor" has one, and the sensor is found on its own).
    /// </summary>
    private static bool IsPhoneApp(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        if (span.Type != EntityType.Device || !WordLists.Contains(Gadgets, tokens[span.LastToken].In(analyzed.Text)))
        {
            return false;
        }

        for (var t = span.FirstToken; t < span.LastToken; t++)
        {
            if ((analyzed.Lexicons[t] & (LexiconKind.FunctionWord | LexiconKind.Possessive)) == 0 && !(t == span.LastToken - 1 && IsAppKind(analyzed, t)))
            {
                return false;
            }
        }

        // Across sentences: "Mama checks the app. The app shows my blood sugar." The kind of app right before it is no
        // care word ("her reading app login").
        for (var t = Math.Max(0, span.FirstToken - GadgetWindow); t < tokens.Count && t <= span.LastToken + GadgetWindow; t++)
        {
            if ((analyzed.Lexicons[t] & LexiconSet.HealthKinds) != 0
                || (WordLists.Contains(CareWords, tokens[t].In(analyzed.Text)) && !(t == span.LastToken - 1 && IsAppKind(analyzed, t))))
            {
                return false;
            }
        }

        return true;
    }

    private const int GadgetWindow = 24;

    // Kinds of app a class uses: "his reading app", "a maths app".
    private static readonly string[] AppKinds =
        ["reading", "maths", "math", "spelling", "phonics", "music", "drawing", "learning", "school", "class", "weather", "video", "photo", "chat", "game", "games",
            // "use the translation app on Mama's phone".
            "translation", "translator", "translating", "dictionary", "map", "maps"];

    private static bool IsAppKind(AnalyzedText analyzed, int t) =>
        analyzed.Tokens[t + 1].In(analyzed.Text) is "app" or "apps" && WordLists.Contains(AppKinds, analyzed.Tokens[t].In(analyzed.Text));

    // Words of a condition's care that no health list holds: "the app shows my glucose", "my sugar", "the sensor".
    private static readonly string[] CareWords =
        ["glucose", "sugar", "sugars", "carbs", "sensor", "sensors", "pump", "insulin", "readings", "reading", "levels", "monitor", "seizure", "seizures"];

    private static readonly string[] Kinds = ["kind", "type", "sort"];

    // Words of size between the article and a definition's span: "a tiny bit of medicine", "a small amount of".
    private static readonly string[] SizeWords = ["tiny", "small", "little", "weak", "gentle", "special"];

    private static readonly string[] Measures = ["bit", "amount", "drop", "dose"];

    private const int MaxSizeWords = 2;

    private static readonly string[] Possessives = ["my", "your", "his", "her", "their", "our"];

    // "A flu shot is", "Vaccines are": how many words the thing defined may have.
    private const int MaxDefinedWords = 3;

    /// <summary>
    /// A sentence that says what a kind of thing is: "A vaccine is a medicine that helps our bodies stay strong", "A flu
    /// shot is a kind of medicine that …", "Vaccines are medicines that …", "A vaccination is a tiny bit of medicine that
    /// …", "A communication device can be a tablet that …". It opens with the thing (an article or nothing, then at most
    /// three words, none a pronoun of someone's), then "is", "are" or "can be", maybe "a kind of" or a few words of size,
    /// and then the span.
    /// </summary>
    private static bool IsKindDefined(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var t = span.FirstToken - 1;
        // "A vaccination is a tiny bit of medicine that …": a measure and a few words of size before the span.
        if (t >= 1 && tokens[t].In(text) is "of" && WordLists.Contains(Measures, tokens[t - 1].In(text)))
        {
            t -= 2;
        }

        for (var n = 0; n < MaxSizeWords && t >= 0 && WordLists.Contains(SizeWords, tokens[t].In(text)); n++)
        {
            t--;
        }

        if (t >= 0 && tokens[t].In(text) is "a" or "an")
        {
            t--;
        }

        if (t >= 1 && tokens[t].In(text) is "of" && WordLists.Contains(Kinds, tokens[t - 1].In(text)))
        {
            t -= 2;
            t -= t >= 0 && tokens[t].In(text) is "a" or "an" ? 1 : 0;
        }

        // "A communication device can be a tablet that speaks".
        if (t >= 2 && tokens[t].In(text) is "be" && tokens[t - 1].In(text) is "can" or "may" or "might" or "could")
        {
            t--;
        }
        else if (t < 1 || tokens[t].In(text) is not ("is" or "are"))
        {
            return false;
        }

        var words = 0;
        for (var n = t - 1; n >= 0; n--)
        {
            var word = tokens[n].In(text);
            if (tokens[n].Kind != TokenKind.Word || WordLists.Contains(Possessives, word) || ++words > MaxDefinedWords + 1)
            {
                return false;
            }

            var kinds = analyzed.Lexicons[n];
            if (analyzed.SentenceStarts[n])
            {
                // "A vaccine", "Vaccines", not "It is", "Mia is" or "Mia's medicine is".
                // "A vaccine is …"; a plural with no article ("Vaccines are") is a kind too. "Dad is deaf", "Mum is
                // diabetic" and "Lunch is insulin time" open with no article and no plural.
                return (word is "A" or "An" && n + 1 < t) || (words <= MaxDefinedWords && (kinds & (LexiconKind.FunctionWord | LexiconKind.KinWord)) == 0
                    && (kinds & (LexiconKind.FirstName | LexiconKind.Surname)) == 0 && (kinds & (LexiconKind.CommonWord | LexiconSet.HealthKinds)) != 0
                    && tokens[t].In(text) is "are" && word.EndsWith('s'));
            }

            // "A girl called Mia is autistic" names someone.
            if (!char.IsLower(word[0]))
            {
                return false;
            }
        }

        return false;
    }
}
