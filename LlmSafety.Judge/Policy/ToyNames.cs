using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// Names a story gives its toys and pets, titles and all: "I can hold my teddy, Mr. Buttons, and …", "a cat called Mr.
/// Whiskers", "Mr. Snuggles is my teddy bear.", "I hug Mr. Buttons, my teddy.", "Mr. Snuggles the rabbit". Such a name is no person's wherever the
/// story says it again with the same words ("Mr. Snuggles is my teddy. … I hug Mr. Snuggles"), and only then: "Mrs.
/// Snuggles" is someone else, and "I fed our cat, Mrs. Patel came to tell us" names no cat (the name must close its
/// phrase). The names are found in one pass over the text's toy and pet words and kept with it.
/// </summary>
internal static class ToyNames
{
    private static readonly string[] ToysAndPets =
    [
        "teddy", "bear", "toy", "doll", "dolly", "bunny", "puppet", "dinosaur", "unicorn", "monkey", "plushie", "stuffie", "cuddly", "robot",
        "cat", "dog", "kitten", "puppy", "hamster", "goldfish", "fish", "tortoise", "turtle", "parrot", "budgie", "rabbit", "pig", "pony",
        // A museum's or a classroom's figures: "a skeleton called Mr. Bones", "a scarecrow named Mr. Straw".
        "skeleton", "scarecrow", "snowman", "mannequin", "dummy",
    ];

    private static readonly string[] Owners = ["my", "his", "her", "our", "their", "your", "a", "the"];

    private static readonly string[] NamingWords = ["called", "named"];

    // How many describing words may stand between the owner and the toy: "my old brown teddy", "our guinea pig".
    private const int Looks = 2;

    private static readonly object Key = new();

    public static bool IsToysOrPetsName(AnalyzedText analyzed, TaggedSpan span)
    {
        var names = analyzed.Memo(Key, Find);
        if (names.Count == 0)
        {
            return false;
        }

        var start = analyzed.Tokens[span.FirstToken].Start;
        return names.Contains(analyzed.Text[start..analyzed.Tokens[span.LastToken].End]);
    }

    // Toys that are no animal: a name after them is a toy's, not a pet's that may be a child spoken to ("Good job feeding
    // our cat, Mia.").
    private static readonly string[] SoftToys = ["teddy", "doll", "dolly", "puppet", "plushie", "stuffie", "cuddly", "toy"];

    /// <summary>
    /// The one-word names the story gives its soft toys: "Gấu" of "his teddy, Gấu." or "a puppet called Pip" (a comma and
    /// a name closed by a full stop or a comma, or a naming word, right after the toy; no family word or title).
    /// </summary>
    public static IEnumerable<string> SoftToyNames(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var t = 0; t + 3 < tokens.Count; t++)
        {
            if (!char.IsLower(text[tokens[t].Start]) || !(tokens[t + 1].In(text) is "," || WordLists.Contains(NamingWords, tokens[t + 1].In(text)))
                || !(WordLists.Contains(SoftToys, tokens[t].In(text)) || IsAfterToyWord(analyzed, t)))
            {
                continue;
            }

            // "his teddy, Gấu." and "his teddy, Gấu, …"; not a grown-up or child spoken to: "my teddy, Dad?", "my toy, Ella!".
            // "Her teddy bear, Mr. Buttons, has": a toy's title is part of its name, and the story calls it by the word after.
            var name = t + 2;
            var titled = (analyzed.Lexicons[name] & LexiconKind.Title) != 0;
            if (titled && name + 2 < tokens.Count)
            {
                name = Pets.WordAfterTitle(analyzed, name);
            }

            // A titled toy name only between commas: "Here is my teddy, Mrs. Okafor." speaks to a grown-up.
            if (name < tokens.Count && analyzed.IsCapitalisedWord(name, minLength: 2) && (!titled || (name + 1 < tokens.Count && tokens[name + 1].In(text) is ",")) && (analyzed.Lexicons[name] & (LexiconKind.Title | LexiconKind.KinWord)) == 0
                && (tokens[t + 1].In(text) is not "," || (name + 1 < tokens.Count && tokens[name + 1].In(text) is "." or ",")))
            {
                yield return tokens[name].In(text).ToString();
            }
        }
    }

    // Words that make the creature after them a toy: "teddy bear", "stuffed lion", "toy rabbit".
    private static readonly string[] ToyMakers = ["teddy", "toy", "stuffed", "soft", "cuddly", "plush", "knitted"];

    /// <summary>
    /// "Her teddy bear, Mr. Buttons,", "his stuffed lion, Simba.": a creature after a word that makes it a toy (not "the
    /// toy box, Leo").
    /// </summary>
    private static bool IsAfterToyWord(AnalyzedText analyzed, int t) =>
        t >= 1 && analyzed.Tokens[t].Kind == TokenKind.Word && WordLists.Contains(ToyMakers, analyzed.Tokens[t - 1].In(analyzed.Text))
        && Pets.IsCreatureWord(analyzed.Tokens[t].In(analyzed.Text));

    // What a child does with a toy: "I can bring Mr Snuffles", "I will pack Mrs Wiggles".
    private static readonly string[] CarryVerbs =
        ["bring", "take", "carry", "pack", "cuddle", "snuggle", "squeeze", "brings", "takes", "carries", "packs", "cuddles", "squeezes", "brought", "packed"];

    // Who carries it: the child ("I can bring", "you may take", "she will pack").
    private static readonly string[] Carriers = ["i", "you", "he", "she", "they"];

    private static readonly string[] Modals = ["can", "may", "will", "could", "might", "must", "always", "also", "still", "'ll"];

    /// <summary>
    /// "I can bring Mr Snuffles.", "You may take Mrs Wiggles with you": a title and one word that no surname list holds and
    /// that is an ordinary word or ends as toys' names do ("-les", "-kins"),
    /// carried, packed or cuddled by the child ("I", "you", "he", "she", a modal between), closing its clause or followed
    /// by "with", "to", "in" or "along". A teacher is no thing a child brings; "I can bring Mrs Patel" (a surname), "I can
    /// take Mr Jones's letter" (an owner) and "Mum will bring Mr Lee" (a grown-up who can drive him) stay names.
    /// </summary>
    public static bool IsCarriedToy(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var first = span.FirstToken;
        var titleEnds = first + 1 < tokens.Count && tokens[first + 1].In(text) is "." ? first + 1 : first;
        if (span.LastToken != titleEnds + 1 || (analyzed.Lexicons[first] & LexiconKind.Title) == 0 || first < 2
            || (analyzed.Lexicons[span.LastToken] & (LexiconKind.Surname | LexiconKind.FirstName)) != 0 || !WordLists.Contains(CarryVerbs, tokens[first - 1].In(text))
            || !IsToyishWord(analyzed, span.LastToken))
        {
            return false;
        }

        var subject = first - 2;
        while (subject > 0 && first - 2 - subject < 2 && WordLists.Contains(Modals, tokens[subject].In(text)))
        {
            subject--;
        }

        var after = span.LastToken + 1;
        return WordLists.Contains(Carriers, tokens[subject].In(text))
            && (after >= tokens.Count || (tokens[after].Kind == TokenKind.Punctuation && tokens[after].In(text) is not ("'" or "’"))
                || tokens[after].In(text) is "with" or "to" or "in" or "along" or "and");
    }

    // How a toy's name often ends: "Snuffles", "Wiggles", "Pumpkins", "Crumbs".
    private static readonly string[] ToyEndings = ["les", "kins", "ums", "bles", "pants", "pops", "boots"];

    /// <summary>An ordinary English word ("Whiskers", "Bones") or a word that ends as toys' names do ("Snuffles").</summary>
    private static bool IsToyishWord(AnalyzedText analyzed, int t)
    {
        var word = analyzed.Tokens[t].In(analyzed.Text);
        if ((analyzed.Lexicons[t] & LexiconKind.CommonWord) != 0)
        {
            return true;
        }

        foreach (var ending in ToyEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Find(AnalyzedText analyzed)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var noun = 0; noun < tokens.Count; noun++)
        {
            if (tokens[noun].Kind != TokenKind.Word || !char.IsLower(text[tokens[noun].Start]) || !WordLists.Contains(ToysAndPets, tokens[noun].In(text)))
            {
                continue;
            }

            // "My dog is called Mrs. Wiggles", "The class hamster is called Mr. Nibbles": the pet opens its sentence ("The man
            // who walks our dog is called Mr. Patel" is the man).
            if (noun + 3 < tokens.Count && tokens[noun + 1].In(text) is "is" or "was" && WordLists.Contains(NamingWords, tokens[noun + 2].In(text))
                && OpensSentence(analyzed, noun) && NameEnd(analyzed, noun + 3) is var calledEnd and > 0 && IsClosed(analyzed, calledEnd))
            {
                Add(names, analyzed, noun + 3, calledEnd);
            }

            // "My teddy bear Mr Fluff comes with me": a title and a name right after the toy, no comma, then the toy's verb
            // or the clause's end ("I showed my teddy Mrs. Kaur and she smiled" shows Mrs. Kaur the teddy).
            var next = noun + 1 < tokens.Count && tokens[noun + 1].In(text) is "bear" ? noun + 2 : noun + 1;
            if (next < tokens.Count && (analyzed.Lexicons[next] & LexiconKind.Title) != 0 && analyzed.IsCapitalisedWord(next) && HasOwnerBefore(analyzed, noun)
                && NameEnd(analyzed, next) is var titledEnd and > 0
                && (IsClosed(analyzed, titledEnd) || (titledEnd + 1 < tokens.Count && WordLists.Contains(ToyVerbs, tokens[titledEnd + 1].In(text)))))
            {
                Add(names, analyzed, next, titledEnd);
            }

            // After the toy: "my teddy, Mr. Buttons," (closed by a comma or a full stop), "a cat called Mr. Whiskers".
            if (noun + 2 < tokens.Count && (tokens[noun + 1].In(text) is "," ? HasOwnerBefore(analyzed, noun) : WordLists.Contains(NamingWords, tokens[noun + 1].In(text))))
            {
                // "There is a skeleton named "Mr. Bones."": the name may stand in quotation marks after the naming word.
                var quoted = tokens[noun + 1].In(text) is not "," && noun + 3 < tokens.Count && tokens[noun + 2].In(text) is "\"" or "“" or "'" or "‘";
                var first = quoted ? noun + 3 : noun + 2;
                var last = NameEnd(analyzed, first);
                // "a frog puppet called Senhor Sapo", "a teddy called Big Ted": two capitalised words after the naming word.
                if (last == first && tokens[noun + 1].In(text) is not "," && last + 1 < tokens.Count && analyzed.IsCapitalisedWord(last + 1, minLength: 2)
                    && (analyzed.Lexicons[last + 1] & LexiconKind.FunctionWord) == 0 && !analyzed.SentenceStarts[last + 1])
                {
                    last++;
                }

                if (last > 0 && (tokens[noun + 1].In(text) is not "," || IsClosed(analyzed, last)))
                {
                    Add(names, analyzed, first, last);
                }
            }

            // "Mr. Snuggles the rabbit", "Leo the dog": a name, "the" and the toy or pet; a name with no title only when the
            // toy closes its phrase ("Leo the dog walker" is a person).
            if (noun >= 2 && tokens[noun - 1].In(text) is "the" && NameStart(analyzed, noun - 2) is var start and >= 0
                && (analyzed.Lexicons[noun - 2] & (LexiconKind.Title | LexiconKind.KinWord)) == 0
                && (start < noun - 2 || noun + 1 >= tokens.Count || tokens[noun + 1].Kind == TokenKind.Punctuation || (analyzed.Lexicons[noun + 1] & LexiconKind.FunctionWord) != 0))
            {
                Add(names, analyzed, start, noun - 2);
            }

            // Before it: "Mr. Snuggles is my teddy bear.", "I hug Mr. Buttons, my teddy.": the toy ends its phrase.
            var end = noun + 1 < tokens.Count && tokens[noun + 1].Kind == TokenKind.Word && WordLists.Contains(ToysAndPets, tokens[noun + 1].In(text)) ? noun + 1 : noun;
            if (end + 1 < tokens.Count && tokens[end + 1].Kind != TokenKind.Punctuation)
            {
                continue;
            }

            var owner = noun - 1;
            while (owner > 0 && noun - owner <= Looks && !WordLists.Contains(Owners, tokens[owner].In(text)))
            {
                owner--;
            }

            if (owner < 2 || !WordLists.Contains(Owners, tokens[owner].In(text)) || tokens[owner - 1].In(text) is not ("," or "is" or "was"))
            {
                continue;
            }

            var nameLast = owner - 2;
            var nameFirst = NameStart(analyzed, nameLast);
            if (nameFirst >= 0)
            {
                Add(names, analyzed, nameFirst, nameLast);
            }
        }

        AddNamedAfterward(analyzed, names);
        return names;
    }

    // What a toy does right after its name: "my teddy bear Mr Fluff comes with me".
    private static readonly string[] ToyVerbs = ["comes", "goes", "sits", "sleeps", "is", "has", "likes", "lives", "was", "will", "can", "always"];

    /// <summary>
    /// The pet or toy at noun opens its sentence: "My dog", "The class hamster", "Our old cat" (an owner or "the" first,
    /// at most two words between).
    /// </summary>
    private static bool OpensSentence(AnalyzedText analyzed, int noun)
    {
        for (var t = noun - 1; t >= 0 && noun - t <= Looks + 1; t--)
        {
            if (analyzed.SentenceStarts[t])
            {
                return WordLists.Contains(Owners, analyzed.Tokens[t].In(analyzed.Text));
            }
        }

        return false;
    }

    private static readonly string[] CallVerbs = ["call", "calls", "called", "calling", "name", "names", "named", "naming"];

    // How far back the toy or pet may stand from its naming: "a kitten! He is grey with white paws. We are going to call him".
    private const int NamingReach = 30;

    /// <summary>
    /// "We are bringing home a kitten! He is grey. We are going to call him Mr. Pickles.", "… the plastic skeleton in the
    /// corner. His name is Monsieur Os": "call" or "name" and "him", "her" or "it", or "His name is", then a name, with a
    /// toy or pet word no more than thirty tokens before, in that sentence or the two before, and no name or word of a
    /// person between (a "we" or "he" may stand). "My new teacher is lovely. We call her Miss Jo" and "Our cat sleeps on
    /// my bed. Today I see a new doctor. His name is Dr. Ahmed." stay names.
    /// </summary>
    private static void AddNamedAfterward(AnalyzedText analyzed, HashSet<string> names)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var t = 1; t + 2 < tokens.Count; t++)
        {
            // "We will call our puppy Mr. Biscuit", "I named my toy giraffe Mrs. Tall": the pet or toy is right there.
            if (WordLists.Contains(CallVerbs, tokens[t].In(text)) && PetAfterOwner(analyzed, t + 1) is var pet and > 0 && NameEnd(analyzed, pet + 1) is var petNameEnd and > 0
                && IsClosed(analyzed, petNameEnd))
            {
                Add(names, analyzed, pet + 1, petNameEnd);
                continue;
            }

            // "call him Mr. Pickles", or "His name is Monsieur Os" (a sentence of its own).
            var named = WordLists.Contains(CallVerbs, tokens[t].In(text)) && tokens[t + 1].In(text) is "him" or "her" or "it"
                || (t + 3 < tokens.Count && analyzed.SentenceStarts[t] && tokens[t].In(text) is "His" or "Her" or "Its" && tokens[t + 1].In(text) is "name"
                    && tokens[t + 2].In(text) is "is");
            if (!named)
            {
                continue;
            }

            var nameAt = tokens[t + 1].In(text) is "name" ? t + 3 : t + 2;
            var last = NameEnd(analyzed, nameAt);
            if (last < 0 || !IsClosed(analyzed, last) || !HasPetBefore(analyzed, t))
            {
                continue;
            }

            Add(names, analyzed, nameAt, last);
        }
    }

    /// <summary>The last word of "our puppy", "my toy giraffe" starting at t (an owner and up to three words, one a toy or pet), or -1.</summary>
    private static int PetAfterOwner(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        if (t >= tokens.Count || !WordLists.Contains(Owners, tokens[t].In(analyzed.Text)))
        {
            return -1;
        }

        // The pet or toy word right before the name: "our puppy Mr. Biscuit", "my toy giraffe Mrs. Tall" ("our puppy after
        // Mr. Patel" names the puppy after him).
        var pet = false;
        for (var k = t + 1; k < tokens.Count && k <= t + Looks + 1 && tokens[k].Kind == TokenKind.Word && char.IsLower(analyzed.Text[tokens[k].Start]); k++)
        {
            var isPet = WordLists.Contains(ToysAndPets, tokens[k].In(analyzed.Text)) || (pet && WordLists.Contains(Pets.Creatures, tokens[k].In(analyzed.Text)));
            pet |= isPet;
            if (isPet && k + 1 < tokens.Count && analyzed.IsCapitalisedWord(k + 1))
            {
                return k;
            }
        }

        return -1;
    }

    // People a "him" or "her" may be instead of the pet: "Today I see a new doctor. His name is Dr. Ahmed."
    private static readonly string[] PersonNouns =
    [
        "doctor", "nurse", "teacher", "dentist", "coach", "man", "woman", "lady", "boy", "girl", "baby", "brother", "sister", "friend", "cousin", "neighbour",
        "neighbor", "helper", "driver", "vet", "uncle", "aunt", "auntie", "grandpa", "grandma", "dad", "mum", "mom", "therapist", "person",
    ];

    // Places a person's "'s" may own: "the dentist's office", "the doctor's surgery".
    private static readonly string[] PersonsPlaces = ["office", "surgery", "clinic", "room", "house", "shop", "practice"];

    /// <summary>
    /// "dentist" of "At the dentist's office, there is a puppet": a person's word, an owner's "'s" and a place (not "The
    /// doctor's coming", "The vet's hands").
    /// </summary>
    private static bool IsPersonsPlace(AnalyzedText analyzed, int t) =>
        t + 3 < analyzed.Tokens.Count && analyzed.Tokens[t + 1].In(analyzed.Text) is "'" or "’" && analyzed.Tokens[t + 2].In(analyzed.Text) is "s"
        && WordLists.Contains(PersonsPlaces, analyzed.Tokens[t + 3].In(analyzed.Text));

    private static bool HasPetBefore(AnalyzedText analyzed, int call)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var sentences = 0;
        var pet = false;
        for (var t = call - 1; t >= 0 && call - t <= NamingReach; t--)
        {
            // The naming's own sentence and the two before ("a kitten! He is grey. We will call him …"), no further, and
            // once the pet is found, no further than its sentence's start.
            if (analyzed.SentenceStarts[t + 1] && (++sentences > 2 || pet))
            {
                break;
            }

            // A person between the pet's sentence and the naming is who "him" or "her" may be: "The vet was very kind to
            // my puppy. Her name is Mrs. Mendes." A person's place before the toy in its sentence is none: "At the
            // dentist's office, there is a puppet on the shelf. His name is Dr. Tooth."
            if (WordLists.Contains(PersonNouns, tokens[t].In(text)) && !(pet && IsPersonsPlace(analyzed, t)))
            {
                return false;
            }

            if (analyzed.IsCapitalisedWord(t, minLength: 2) && !analyzed.SentenceStarts[t]
                && (analyzed.Lexicons[t] & (LexiconKind.FunctionWord | LexiconKind.CalendarWord | LexiconKind.KinWord)) == 0)
            {
                return false;
            }

            pet |= char.IsLower(text[tokens[t].Start]) && WordLists.Contains(ToysAndPets, tokens[t].In(text));
        }

        return pet;
    }

    private static bool HasOwnerBefore(AnalyzedText analyzed, int noun)
    {
        for (var t = noun - 1; t >= 0 && noun - t <= Looks + 1 && analyzed.Tokens[t].Kind == TokenKind.Word; t--)
        {
            if (WordLists.Contains(Owners, analyzed.Tokens[t].In(analyzed.Text)) || IsNamesPossessive(analyzed, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The "s" of a name's "'s" at t: "Finn's teddy, Mr. Snuggles," has an owner as "my teddy" has; a contraction does not
    /// ("Here's teddy, Mr. Brown", "It's teddy, Mrs. Lopez", "Let's show teddy, Mrs. Okafor").
    /// </summary>
    private static bool IsNamesPossessive(AnalyzedText analyzed, int t) =>
        t >= 2 && analyzed.Tokens[t].In(analyzed.Text) is "s" && analyzed.Tokens[t - 1].In(analyzed.Text) is "'" or "’" && analyzed.IsCapitalisedWord(t - 2)
        && (analyzed.Lexicons[t - 2] & (LexiconKind.FunctionWord | LexiconKind.CommonWord)) == 0 && !WordLists.Contains(ContractionHeads, analyzed.Tokens[t - 2].In(analyzed.Text));

    // Words whose "'s" is "is" or "us": "Here's", "It's", "Let's", "That's".
    private static readonly string[] ContractionHeads = ["here", "it", "let", "that", "what", "there", "he", "she", "who", "where", "how", "when", "everyone", "nobody", "today"];

    /// <summary>The last token of a name starting at t: a capitalised word, or a title, maybe a full stop, and one.</summary>
    private static int NameEnd(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        if (t < tokens.Count && (analyzed.Lexicons[t] & LexiconKind.Title) != 0)
        {
            t += t + 1 < tokens.Count && tokens[t + 1].In(analyzed.Text) is "." ? 2 : 1;
        }

        return t < tokens.Count && analyzed.IsCapitalisedWord(t) ? t : -1;
    }

    /// <summary>The first token of a name ending at t: the capitalised word, and a title with its full stop before it.</summary>
    private static int NameStart(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        if (t < 0 || !analyzed.IsCapitalisedWord(t))
        {
            return -1;
        }

        var title = t >= 2 && tokens[t - 1].In(analyzed.Text) is "." ? t - 2 : t - 1;
        return title >= 0 && (analyzed.Lexicons[title] & LexiconKind.Title) != 0 ? title : t;
    }

    /// <summary>
    /// A comma, the end of a sentence or of the line right after the name, and no "'s": "my teddy, Mr. Buttons, and …",
    /// "- My teddy, Mr Fluff" in a packing list.
    /// </summary>
    private static bool IsClosed(AnalyzedText analyzed, int last) =>
        last + 1 >= analyzed.Tokens.Count || analyzed.Tokens[last + 1].In(analyzed.Text) is "," or "." or "!" or "?" or ";" || analyzed.HasLineBreak(last, last + 1);

    private static void Add(HashSet<string> names, AnalyzedText analyzed, int first, int last)
    {
        var tokens = analyzed.Tokens;
        names.Add(analyzed.Text[tokens[first].Start..tokens[last].End]);
        // The name without its title too: a span the tagger started on the name.
        if (first < last)
        {
            names.Add(tokens[last].In(analyzed.Text).ToString());
        }
    }
}
