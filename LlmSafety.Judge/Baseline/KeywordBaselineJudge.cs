using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Policy;
using LlmSafety.Judge.Redaction;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Baseline;

/// <summary>
/// The keyword/regex judge the model must beat: the structured-identifier regexes, a title or two capitalised
/// words in a row for names, and any health-lexicon word for health. No context, no learning.
/// </summary>
public sealed class KeywordBaselineJudge : IJudge
{
    public string ModelVersion => "keyword-baseline";

    public JudgePolicy DefaultPolicy { get; } = Policy.DefaultPolicy.Create();

    public Judgment Evaluate(string text, JudgePolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var analyzed = AnalyzedText.Analyze(text);
        var entities = new List<DetectedEntity>();
        foreach (var found in analyzed.Recognized)
        {
            AddEntity(analyzed, entities, found.Type, found.Start, found.End, "baseline:regex");
        }

        var tokens = analyzed.Tokens;
        for (var t = 0; t < tokens.Count; t++)
        {
            var kinds = analyzed.Lexicons[t];
            if ((kinds & LexiconSet.HealthKinds) != 0)
            {
                var type = (kinds & LexiconKind.Diagnosis) != 0 ? EntityType.Diagnosis
                    : (kinds & LexiconKind.Medication) != 0 ? EntityType.Medication
                    : (kinds & LexiconKind.Treatment) != 0 ? EntityType.Treatment
                    : (kinds & LexiconKind.Device) != 0 ? EntityType.Device
                    : EntityType.Provider;
                AddEntity(analyzed, entities, type, tokens[t].Start, tokens[t].End, "baseline:keyword");
            }
            else if (t + 1 < tokens.Count && analyzed.IsCapitalisedWord(t) && analyzed.IsCapitalisedWord(t + 1)
                && (!analyzed.SentenceStarts[t] || (kinds & LexiconKind.Title) != 0))
            {
                AddEntity(analyzed, entities, EntityType.PersonName, tokens[t].Start, tokens[t + 1].End, "baseline:capitalised-pair");
                t++;
            }
        }

        var identity = entities.Exists(e => e.Category == Category.Identity);
        var health = entities.Exists(e => e.Category == Category.Health);
        var identityResult = new CategoryResult(identity ? 1 : 0, identity, 0.5);
        var healthResult = new CategoryResult(health ? 1 : 0, health, 0.5);
        var (verdict, reasons) = VerdictRules.Decide(identityResult, healthResult, entities, 0);
        return new Judgment
        {
            Verdict = verdict,
            Identity = identityResult,
            Health = healthResult,
            Entities = entities,
            RedactedText = Redactor.Redact(text, entities),
            Reasons = reasons,
            ModelVersion = ModelVersion,
        };
    }

    private void AddEntity(AnalyzedText analyzed, List<DetectedEntity> entities, EntityType type, int start, int end, string source)
    {
        var (originalStart, originalEnd) = analyzed.Normalized.ToOriginal(start, end);
        var severity = DefaultPolicy.Severities.TryGetValue(type, out var s) ? s : Severity.Medium;
        entities.Add(new DetectedEntity(type, EntityCategories.Of(type), originalStart, originalEnd, 1, severity, source));
    }
}
