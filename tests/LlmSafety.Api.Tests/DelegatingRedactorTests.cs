using LlmSafety.Api.Infrastructure.Judging;
using LlmSafety.Api.Tests.Doubles;
using LlmSafety.Judge;

namespace LlmSafety.Api.Tests;

public sealed class DelegatingRedactorTests
{
    [Fact]
    public void Placeholders_are_read_back_from_the_wrapped_function()
    {
        const string text = "Noah Smith takes Keppra at 555-123-4567.";
        var entities = new DeterministicTestJudge("1").Evaluate(text).Entities;
        var redactor = new DelegatingRedactor((input, spans) => new TestRedactor().Redact(input, spans).Text);

        var redaction = redactor.Redact(text, entities);

        Assert.Equal("a friend takes a medicine at [phone].", redaction.Text);
        Assert.Equal(["a friend", "a medicine", "[phone]"], redaction.Placeholders);
    }

    [Fact]
    public void Spans_outside_the_text_get_an_empty_placeholder_rather_than_an_exception()
    {
        var redactor = new DelegatingRedactor((input, _) => input);
        var outside = new DetectedEntity(EntityType.Phone, Category.Identity, 5, 50, 0.9, Severity.High, "recognizer");

        var redaction = redactor.Redact("short", [outside]);

        Assert.Equal("short", redaction.Text);
        Assert.Equal([string.Empty], redaction.Placeholders);
    }
}
