namespace LlmSafety.Judge.Redaction;

/// <summary>
/// The words that stand in for a redacted entity so a story still reads like a story: people become "a friend" or
/// "the doctor", health details become "a medicine" or "a health condition", hard identifiers become bracketed labels.
/// </summary>
internal static class Placeholders
{
    /// <summary>
    /// Placeholder with its article, and the bare noun used when the text already supplies a determiner, for the entity at
    /// [start, end) of text. Only a doctor's placeholder reads the pronoun near it ("his doctor"), so only it searches.
    /// </summary>
    public static (string WithArticle, string Bare) For(EntityType type, string text, int start, int end)
    {
        var entityText = text[start..end];
        return type switch
        {
            EntityType.PersonName when StartsWithTitle(entityText, "dr") => (Possessive(Redactor.PronounNear(text, start, end), "doctor"), "doctor"),
            EntityType.PersonName when StartsWithAnyTitle(entityText) => ("a grown-up", "grown-up"),
            EntityType.PersonName => ("a friend", "friend"),
            EntityType.Provider when IsPlace(entityText) => ("the clinic", "clinic"),
            EntityType.Provider => (Possessive(Redactor.PronounNear(text, start, end), "doctor"), "doctor"),
            EntityType.Diagnosis => ("a health condition", "health condition"),
            EntityType.Medication => ("a medicine", "medicine"),
            EntityType.Treatment => ("a regular appointment", "appointment"),
            EntityType.Device => ("a helper tool", "helper tool"),
            EntityType.Organization => OrganizationPlaceholder(entityText),
            EntityType.Address => ("[address]", "[address]"),
            EntityType.Phone => ("[phone number]", "[phone number]"),
            EntityType.Email => ("[email]", "[email]"),
            EntityType.DateOfBirth => ("[birthday]", "[birthday]"),
            EntityType.IdNumber => ("[ID number]", "[ID number]"),
            EntityType.Url => ("[link]", "[link]"),
            _ => ("[redacted]", "[redacted]"),
        };
    }

    private static (string, string) OrganizationPlaceholder(string entityText)
    {
        var lower = entityText.ToLowerInvariant();
        if (lower.Contains("clinic", StringComparison.Ordinal) || lower.Contains("hospital", StringComparison.Ordinal)
            || lower.Contains("center", StringComparison.Ordinal) || lower.Contains("centre", StringComparison.Ordinal)
            || lower.Contains("medical", StringComparison.Ordinal) || lower.Contains("therap", StringComparison.Ordinal))
        {
            return ("the clinic", "clinic");
        }

        if (lower.Contains("team", StringComparison.Ordinal) || lower.Contains("club", StringComparison.Ordinal)
            || lower.Contains("league", StringComparison.Ordinal))
        {
            return ("the team", "team");
        }

        return ("the school", "school");
    }

    // Words that make a PROVIDER a place rather than a person: "Bright Sparks Children's Therapy", "Talk Tree Speech Clinic".
    private static readonly string[] PlaceWords = ["clinic", "clinics", "centre", "center", "therapy", "therapies", "services", "hospital", "rehab", "rehabilitation"];

    /// <summary>A word of a place in the entity's text, read without allocating: redaction visits every entity.</summary>
    private static bool IsPlace(string entityText)
    {
        var text = entityText.AsSpan();
        foreach (var range in text.Split(' '))
        {
            var word = text[range].TrimEnd(".,");
            foreach (var placeWord in PlaceWords)
            {
                if (word.Equals(placeWord, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Possessive(string? pronounPossessive, string noun) => $"{pronounPossessive ?? "the"} {noun}";

    private static bool StartsWithTitle(string text, string title) =>
        text.StartsWith(title, StringComparison.OrdinalIgnoreCase) && (text.Length == title.Length || !char.IsLetter(text[title.Length]));

    private static bool StartsWithAnyTitle(string text) =>
        StartsWithTitle(text, "mr") || StartsWithTitle(text, "mrs") || StartsWithTitle(text, "ms") || StartsWithTitle(text, "miss")
        || StartsWithTitle(text, "mx") || StartsWithTitle(text, "coach") || StartsWithTitle(text, "principal") || StartsWithTitle(text, "professor");
}
