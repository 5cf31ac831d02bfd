using System.Text.Json;
using LlmSafety.Judge.Data;
using LlmSafety.Narratives.Simulation;

namespace LlmSafety.Narratives.Tests.Simulation;

public sealed class JsonlRoundTripTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sim-jsonl-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Split_records_survive_a_jsonl_round_trip_with_exact_spans()
    {
        var split = DatasetSplitter.Split(new NarrativeSimulator().Generate(400, seed: 8), seed: 8);
        var records = split.Train.Concat(split.Validation).Concat(split.Test).ToList();
        var path = Path.Combine(_directory, "data.jsonl");

        await LabelledNarrativeJsonl.WriteAsync(path, records);
        var read = new List<LabelledNarrative>();
        await foreach (var record in LabelledNarrativeJsonl.ReadAsync(path))
        {
            read.Add(record);
        }

        Assert.Equal(records.Count, read.Count);
        Assert.Equal(JsonSerializer.Serialize(records), JsonSerializer.Serialize(read));
        Assert.Contains(read, r => r.Text.Contains('\n', StringComparison.Ordinal));
        Assert.All(read, r => Assert.NotNull(r.Split));
    }
}
