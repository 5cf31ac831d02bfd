namespace LlmSafety.Judge.Lexicons;

/// <summary>Which word lists a token belongs to. These are features for the models, never the decision itself.</summary>
[Flags]
public enum LexiconKind
{
    None = 0,
    FirstName = 1 << 0,
    Surname = 1 << 1,
    Title = 1 << 2,
    Diagnosis = 1 << 3,
    Medication = 1 << 4,
    Treatment = 1 << 5,
    Device = 1 << 6,
    Provider = 1 << 7,
    OrganizationSuffix = 1 << 8,
    StreetSuffix = 1 << 9,
    Possessive = 1 << 10,
    AttributionCue = 1 << 11,
    GenericCue = 1 << 12,

    /// <summary>Month and weekday names ("March", "Saturday"): no name part unless a first-name list knows them ("June").</summary>
    CalendarWord = 1 << 13,

    /// <summary>Fictional characters and famous people, whom a story may name without identifying anyone.</summary>
    WellKnownName = 1 << 14,

    /// <summary>Words that cannot be an entity on their own (articles, auxiliaries, pronouns, plain adjectives).</summary>
    FunctionWord = 1 << 15,

    /// <summary>
    /// An ordinary English word ("willow", "park", "brown"): a capitalised token outside this list is more likely a
    /// name, one inside it more likely a place, a title or the start of a sentence.
    /// </summary>
    CommonWord = 1 << 16,

    /// <summary>
    /// Nouns that name a kind of place ("museum", "park", "hall", "bridge": "Hyde Park" is a place, not a person) and
    /// names of well-known places (states, countries, large cities: "Austin, Texas" is no "Surname, Given").
    /// </summary>
    PlaceWord = 1 << 17,

    /// <summary>
    /// Body parts, body functions, symptoms and forms of medicine that name no condition, drug, therapy or device by
    /// themselves ("my chest gets tight", "an extra chromosome", "the syrup"): a feature, so that a keyword-free
    /// disclosure built on a body word the tagger never saw in training still resembles the ones it did.
    /// </summary>
    BodyWord = 1 << 18,

    /// <summary>
    /// Family words of many languages that a child says in place of, or next to, a first name ("Bà Nội", "Meena Akka",
    /// "Tita Joy", "Ayşe Teyze", "Mormor"): what they name is a relative, not an identified person.
    /// </summary>
    KinWord = 1 << 19,
}
