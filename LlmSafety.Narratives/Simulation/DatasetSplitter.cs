using LlmSafety.Judge.Data;

namespace LlmSafety.Narratives.Simulation;

/// <summary>
/// Splits by scenario family and by template rather than by record, so the test set measures generalisation to
/// unseen situations and phrasings. A record goes to test if its family or any of its templates is held out for
/// test, else to validation if any is held out for validation, else to train.
/// </summary>
public static class DatasetSplitter
{
    public static DatasetSplit Split(IReadOnlyList<LabelledNarrative> records, int seed, DatasetSplitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        options ??= DatasetSplitOptions.Default;
        var random = new Random(seed);

        var families = records.Select(r => r.Family).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var (testFamilies, validationFamilies) = HoldOut(random, families, options.TestFamilyFraction, options.ValidationFamilyFraction);

        var testTemplates = new HashSet<string>(StringComparer.Ordinal);
        var validationTemplates = new HashSet<string>(StringComparer.Ordinal);
        var groups = records
            .SelectMany(r => r.Templates ?? [])
            .Distinct(StringComparer.Ordinal)
            .GroupBy(TemplateGroup, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var (test, validation) = HoldOut(random, [.. group.Order(StringComparer.Ordinal)], options.TestTemplateFraction, options.ValidationTemplateFraction);
            testTemplates.UnionWith(test);
            validationTemplates.UnionWith(validation);
        }

        var train = new List<LabelledNarrative>();
        var validationRecords = new List<LabelledNarrative>();
        var testRecords = new List<LabelledNarrative>();
        foreach (var record in records)
        {
            var templates = record.Templates ?? [];
            if (IsIn(record.Family, testFamilies) || templates.Any(testTemplates.Contains))
            {
                testRecords.Add(record with { Split = DatasetSplit.TestName });
            }
            else if (IsIn(record.Family, validationFamilies) || templates.Any(validationTemplates.Contains))
            {
                validationRecords.Add(record with { Split = DatasetSplit.ValidationName });
            }
            else
            {
                train.Add(record with { Split = DatasetSplit.TrainName });
            }
        }

        return new DatasetSplit(train, validationRecords, testRecords, testFamilies, testTemplates, validationFamilies, validationTemplates);
    }

    /// <summary>
    /// The group a template is held out within: its entity type ("dx-07" → "dx"), with keyword-free paraphrases
    /// apart ("dx-p-epilepsy-1" → "dx-p") so the test set always has unseen paraphrases; hard negatives group by
    /// family ("hn-edu-03" → "hn-edu").
    /// </summary>
    public static string TemplateGroup(string templateId)
    {
        var parts = templateId.Split('-');
        return parts.Length >= 3 && parts[1] is "p" || parts[0] == "hn" && parts.Length >= 3 ? $"{parts[0]}-{parts[1]}" : parts[0];
    }

    private static bool IsIn(string? family, HashSet<string> heldOut) => family is not null && heldOut.Contains(family);

    private static (HashSet<string> Test, HashSet<string> Validation) HoldOut(
        Random random, List<string> items, double testFraction, double validationFraction)
    {
        var shuffled = items.ToList();
        for (var i = shuffled.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }

        // Small groups still lose one item to each held-out part, as long as something is left to train on.
        var testCount = Count(shuffled.Count, testFraction);
        var validationCount = Math.Min(Count(shuffled.Count, validationFraction), Math.Max(0, shuffled.Count - testCount - 1));
        return (
            new HashSet<string>(shuffled.Take(testCount), StringComparer.Ordinal),
            new HashSet<string>(shuffled.Skip(testCount).Take(validationCount), StringComparer.Ordinal));
    }

    private static int Count(int total, double fraction) =>
        total < 3 || fraction <= 0 ? 0 : Math.Max(1, (int)Math.Round(total * fraction, MidpointRounding.AwayFromZero));
}
