using LlmSafety.Judge.Data;

namespace LlmSafety.Trainer.Tests.Commands;

public sealed class SimulateCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("trainer-simulate-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Simulate_writes_split_jsonl_and_prints_counts()
    {
        var path = Path.Combine(_directory, "sim.jsonl");

        var (exitCode, output, _) = await TrainerProcess.RunAsync("simulate", "--count", "300", "--seed", "7", "--out", path);

        Assert.Equal(0, exitCode);
        var records = new List<LabelledNarrative>();
        await foreach (var record in LabelledNarrativeJsonl.ReadAsync(path))
        {
            records.Add(record);
        }

        Assert.Equal(300, records.Count);
        Assert.All(records, r => Assert.Contains(r.Split, new[] { "train", "validation", "test" }));
        Assert.Contains("wrote 300 records", output, StringComparison.Ordinal);
        Assert.Contains("identity + health", output, StringComparison.Ordinal);
        Assert.Contains("hard negatives:", output, StringComparison.Ordinal);
        Assert.Contains("families (", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_from_the_simulated_llm_reports_drops()
    {
        var path = Path.Combine(_directory, "llm.jsonl");

        var (exitCode, output, _) = await TrainerProcess.RunAsync("simulate", "--count", "40", "--source", "llm", "--out", path);

        Assert.Equal(0, exitCode);
        Assert.Contains("llm source: 40 of 40 stories labelled, 0 dropped", output, StringComparison.Ordinal);
        Assert.Equal(40, File.ReadAllLines(path).Length);
    }

    [Fact]
    public async Task Simulate_rejects_an_unknown_source_with_one_line()
    {
        var (exitCode, _, error) = await TrainerProcess.RunAsync("simulate", "--source", "web", "--out", Path.Combine(_directory, "x.jsonl"));

        Assert.Equal(1, exitCode);
        Assert.Equal("error: option --source must be simulator or llm, got 'web'", error.Trim());
    }
}
