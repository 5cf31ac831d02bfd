using LlmSafety.Judge.Redaction;

namespace LlmSafety.Judge.Tests.Redaction;

public class RedactorTests
{
    private static DetectedEntity Entity(string text, string part, EntityType type)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        return new DetectedEntity(type, LlmSafety.Judge.Policy.EntityCategories.Of(type), start, start + part.Length, 0.9, Severity.High, "test");
    }

    [Fact]
    public void Names_health_details_and_contacts_become_natural_placeholders()
    {
        var text = "Liam Okafor visits Dr. Patel because he has epilepsy. He takes Keppra. Call 555-123-4567.";
        var redacted = Redactor.Redact(text,
        [
            Entity(text, "Liam Okafor", EntityType.PersonName),
            Entity(text, "Dr. Patel", EntityType.Provider),
            Entity(text, "epilepsy", EntityType.Diagnosis),
            Entity(text, "Keppra", EntityType.Medication),
            Entity(text, "555-123-4567", EntityType.Phone),
        ]);

        Assert.Equal("A friend visits his doctor because he has a health condition. He takes a medicine. Call [phone number].", redacted);
    }

    [Fact]
    public void A_determiner_already_in_the_text_is_not_doubled()
    {
        var text = "I keep my inhaler in my bag and live at 12 Oak Road.";
        var redacted = Redactor.Redact(text, [Entity(text, "inhaler", EntityType.Medication), Entity(text, "12 Oak Road", EntityType.Address)]);

        Assert.Equal("I keep my medicine in my bag and live at [address].", redacted);
    }

    [Fact]
    public void Overlapping_and_out_of_range_entities_are_skipped_not_thrown()
    {
        var text = "Mrs. Okafor waves.";
        var redacted = Redactor.Redact(text,
        [
            Entity(text, "Mrs. Okafor", EntityType.PersonName),
            Entity(text, "Okafor", EntityType.PersonName),
            new DetectedEntity(EntityType.Phone, Category.Identity, 10, 500, 1, Severity.High, "test"),
        ]);

        Assert.Equal("A grown-up waves.", redacted);
    }

    [Fact]
    public void An_entity_reaching_past_the_one_it_starts_inside_leaves_none_of_itself_behind()
    {
        var text = "We play with my friend Lily Brown who knows when I wobble.";
        var sentencePiece = Entity(text, "We play with my friend Lily", EntityType.Diagnosis);
        var name = Entity(text, "Lily Brown", EntityType.PersonName);

        var redacted = Redactor.Redact(text, [name, sentencePiece]);

        Assert.DoesNotContain("Brown", redacted, StringComparison.Ordinal);
        Assert.Equal("A health condition who knows when I wobble.", redacted);
    }

    [Fact]
    public void No_entities_returns_the_text_unchanged()
    {
        Assert.Equal("Waiting is hard.", Redactor.Redact("Waiting is hard.", []));
    }
}
