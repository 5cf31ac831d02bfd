using LlmSafety.Judge.Data;
using LlmSafety.Narratives.Simulation;

namespace LlmSafety.Narratives.Tests.Simulation;

[Collection(SimulatedDatasetCollection.Name)]
public sealed class DatasetSplitterTests(SimulatedDataset dataset)
{
    private DatasetSplit Split() => DatasetSplitter.Split([.. dataset.Stories.Select(s => s.Record)], seed: 42);

    [Fact]
    public void No_train_record_uses_a_family_or_template_held_out_for_test_or_validation()
    {
        var split = Split();

        foreach (var record in split.Train)
        {
            Assert.DoesNotContain(record.Family!, split.TestFamilies);
            Assert.DoesNotContain(record.Family!, split.ValidationFamilies);
            Assert.DoesNotContain(record.Templates!, split.TestTemplates.Contains);
            Assert.DoesNotContain(record.Templates!, split.ValidationTemplates.Contains);
        }
    }

    [Fact]
    public void Every_test_record_carries_an_unseen_family_or_template()
    {
        var split = Split();
        var trainFamilies = split.Train.Select(r => r.Family).ToHashSet();
        var trainTemplates = split.Train.SelectMany(r => r.Templates!).ToHashSet();

        Assert.All(split.Test, record => Assert.True(
            !trainFamilies.Contains(record.Family) || record.Templates!.Any(t => !trainTemplates.Contains(t)),
            $"{record.Id} has nothing unseen"));
        Assert.Empty(split.TestFamilies.Intersect(trainFamilies!));
        Assert.Empty(split.TestTemplates.Intersect(trainTemplates));
    }

    [Fact]
    public void Templates_are_held_out_from_every_entity_type()
    {
        var split = Split();

        string[] groups = ["name", "addr", "phone", "email", "dob", "id", "org", "url", "dx", "med", "tx", "dev", "prov", "dx-p", "med-p", "dev-p", "tx-p", "hn-edu", "hn-sense"];
        Assert.All(groups, group => Assert.Contains(split.TestTemplates, t => DatasetSplitter.TemplateGroup(t) == group));
    }

    [Fact]
    public void Every_record_lands_in_exactly_one_part_with_its_split_name()
    {
        var split = Split();

        Assert.Equal(dataset.Stories.Count, split.Train.Count + split.Validation.Count + split.Test.Count);
        Assert.All(split.Train, r => Assert.Equal("train", r.Split));
        Assert.All(split.Validation, r => Assert.Equal("validation", r.Split));
        Assert.All(split.Test, r => Assert.Equal("test", r.Split));
        Assert.True(split.Train.Count > dataset.Stories.Count / 4, $"train has only {split.Train.Count} records");
        Assert.NotEmpty(split.Validation);
        Assert.Contains(split.Test, r => r.LabelHealth == 1);
        Assert.Contains(split.Train, r => r.LabelIdentity == 1);
    }

    [Theory]
    [InlineData("dx-07", "dx")]
    [InlineData("dx-p-epilepsy-1", "dx-p")]
    [InlineData("hn-edu-03", "hn-edu")]
    [InlineData("name-11", "name")]
    public void Templates_group_by_entity_type_paraphrase_and_hard_negative_family(string id, string group)
    {
        Assert.Equal(group, DatasetSplitter.TemplateGroup(id));
    }

    [Fact]
    public void Same_seed_gives_the_same_split()
    {
        var first = Split();
        var second = Split();

        Assert.Equal(first.Test.Select(r => r.Id), second.Test.Select(r => r.Id));
        Assert.Equal(first.TestTemplates.Order(), second.TestTemplates.Order());
    }

    [Fact]
    public void Records_without_family_or_templates_go_to_train()
    {
        LabelledNarrative plain = new() { Text = "A short story.", LabelIdentity = 0, LabelHealth = 0 };

        var split = DatasetSplitter.Split([plain], seed: 1);

        Assert.Single(split.Train);
    }
}
