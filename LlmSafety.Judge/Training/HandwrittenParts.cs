namespace LlmSafety.Judge.Training;

/// <summary>
/// The parts of the judge that learn from handwritten training stories (see <see cref="JudgeTrainer"/>); the rest learn
/// from the simulated split alone. The tagger's health types never take them: the handwritten labels mark some body
/// feelings as a child's condition that the simulator's hard negatives mark as everyone's.
/// </summary>
[Flags]
public enum HandwrittenParts
{
    None = 0,

    /// <summary>The identity and health document classifiers.</summary>
    Documents = 1,

    /// <summary>The span tagger's identity types (names, addresses, organisations and the other identifiers).</summary>
    IdentityTagger = 2,

    /// <summary>The classifier that keeps or drops capitalised name candidates.</summary>
    NameClassifier = 4,

    /// <summary>The classifier that keeps or drops health-list words in their context.</summary>
    HealthWordClassifier = 8,

    /// <summary>
    /// The classifier that reads whole sentences for health disclosures with no health word; its threshold is then chosen
    /// on the handwritten sentences its fold models did not read.
    /// </summary>
    HealthSentenceClassifier = 16,

    All = Documents | IdentityTagger | NameClassifier | HealthWordClassifier | HealthSentenceClassifier,
}
