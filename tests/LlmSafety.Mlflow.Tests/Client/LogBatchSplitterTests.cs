using LlmSafety.Mlflow.Client;
using LlmSafety.Mlflow.Client.Contracts;

namespace LlmSafety.Mlflow.Tests.Client;

public sealed class LogBatchSplitterTests
{
    [Theory]
    [InlineData(0, 0, 0, 0)]
    [InlineData(1000, 0, 0, 1)]
    [InlineData(1001, 0, 0, 2)]
    [InlineData(950, 100, 100, 2)]
    [InlineData(0, 301, 0, 4)]
    public void Every_batch_respects_the_limits_and_nothing_is_lost(int metricCount, int paramCount, int tagCount, int expectedBatches)
    {
        var batches = LogBatchSplitter.Split(
            Enumerable.Range(0, metricCount).Select(index => new MlflowMetric("m", index, 0, index)).ToList(),
            Enumerable.Range(0, paramCount).Select(index => new MlflowParam($"p{index}", "v")).ToList(),
            Enumerable.Range(0, tagCount).Select(index => new MlflowTag($"t{index}", "v")).ToList());

        Assert.Equal(expectedBatches, batches.Count);
        Assert.All(batches, batch =>
        {
            Assert.InRange(batch.Metrics.Count, 0, 1000);
            Assert.InRange(batch.Params.Count, 0, 100);
            Assert.InRange(batch.Tags.Count, 0, 100);
            Assert.InRange(batch.Metrics.Count + batch.Params.Count + batch.Tags.Count, 1, 1000);
        });
        Assert.Equal(metricCount, batches.Sum(batch => batch.Metrics.Count));
        Assert.Equal(paramCount, batches.Sum(batch => batch.Params.Count));
        Assert.Equal(tagCount, batches.Sum(batch => batch.Tags.Count));
    }
}
