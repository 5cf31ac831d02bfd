using LlmSafety.Judge.Data;

namespace LlmSafety.Judge.Tests.Data;

public sealed class LabelledNarrativeFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("labelled-").FullName;

    // "🏥 " is two UTF-16 code units and one code point, so every offset after it differs by one between the two units.
    private const string Story = "🏥 Seeing Dr. Okoro\n\nMaya takes melatonin at night. 😊 Her friend Zoe waves.";

    [Fact]
    public async Task Code_point_offsets_from_a_python_tool_are_detected_and_brought_to_utf16()
    {
        var doctor = Story.IndexOf("Dr. Okoro", StringComparison.Ordinal);
        var melatonin = Story.IndexOf("melatonin", StringComparison.Ordinal);
        // Python's str.find counts the emoji as one character: one less than .NET's index.
        var path = await WriteAsync(Line(Story, (doctor - 1, doctor - 1 + 9, "PROVIDER"), (melatonin - 1, melatonin - 1 + 9, "MEDICATION")));

        var file = await LabelledNarrativeJsonl.ReadFileAsync(path);

        Assert.Equal(SpanOffsetUnit.CodePoint, file.Offsets);
        var spans = Assert.Single(file.Records).Spans!;
        Assert.Equal("Dr. Okoro", Story[spans[0].Start..spans[0].End]);
        Assert.Equal("melatonin", Story[spans[1].Start..spans[1].End]);
    }

    [Fact]
    public async Task Utf16_offsets_stay_as_they_are()
    {
        var doctor = Story.IndexOf("Dr. Okoro", StringComparison.Ordinal);
        var friend = Story.IndexOf("Zoe", StringComparison.Ordinal);
        var path = await WriteAsync(Line(Story, (doctor, doctor + 9, "PROVIDER"), (friend - 11, friend + 3, "PERSON_NAME")));

        var file = await LabelledNarrativeJsonl.ReadFileAsync(path);

        Assert.Equal(SpanOffsetUnit.Utf16, file.Offsets);
        Assert.Equal(doctor, Assert.Single(file.Records).Spans![0].Start);
    }

    [Fact]
    public async Task A_stated_unit_overrides_detection_and_text_without_emoji_is_the_same_in_both()
    {
        const string plain = "Ms. Raman helps me.";
        var path = await WriteAsync(Line(plain, (0, 9, "PROVIDER")));

        var asCodePoints = await LabelledNarrativeJsonl.ReadFileAsync(path, SpanOffsetUnit.CodePoint);

        Assert.Equal(SpanOffsetUnit.CodePoint, asCodePoints.Offsets);
        Assert.Equal(new LabelledSpan(0, 9, "PROVIDER"), Assert.Single(asCodePoints.Records).Spans![0]);
    }

    [Fact]
    public async Task A_span_outside_the_text_names_its_line()
    {
        var path = await WriteAsync(Line("I wait.", (0, 2, "PERSON_NAME")), Line("Hi Tom.", (3, 40, "PERSON_NAME")));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => LabelledNarrativeJsonl.ReadFileAsync(path));

        Assert.Contains("line 2: span [3, 40) is not inside the text (7 characters)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_point_span_beyond_the_last_code_point_is_refused()
    {
        // 9 UTF-16 units, 8 code points: [0, 9) is inside the UTF-16 text but not inside its code points.
        var path = await WriteAsync(Line("😊 Hi Tom", (0, 9, "PERSON_NAME")));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => LabelledNarrativeJsonl.ReadFileAsync(path, SpanOffsetUnit.CodePoint));

        Assert.Contains("record 1: a span ends beyond the text's 8 code points", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Span_types_the_judge_does_not_know_are_listed_not_dropped()
    {
        var path = await WriteAsync(Line("Tom is 9 in Leeds.", (0, 3, "PERSON_NAME"), (7, 8, "AGE"), (12, 17, "location")));

        var file = await LabelledNarrativeJsonl.ReadFileAsync(path);

        Assert.Equal(["AGE", "location"], file.UnknownSpanTypes);
        Assert.Equal(3, Assert.Single(file.Records).Spans!.Count);

        // For training they are refused, with the file and the types.
        var error = Assert.Throws<InvalidDataException>(() => file.RequireKnownSpanTypes("data.jsonl"));
        Assert.StartsWith("data.jsonl: span types the judge does not know: AGE, location (known: PERSON_NAME,", error.Message, StringComparison.Ordinal);
        var known = await LabelledNarrativeJsonl.ReadFileAsync(await WriteAsync(Line("Tom is 9.", (0, 3, "PERSON_NAME"))));
        Assert.Same(known, known.RequireKnownSpanTypes("data.jsonl"));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<string> WriteAsync(params string[] lines)
    {
        var path = Path.Combine(_directory, "data.jsonl");
        await File.WriteAllLinesAsync(path, lines);
        return path;
    }

    private static string Line(string text, params (int Start, int End, string Type)[] spans) =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            text,
            label_identity = 1,
            label_health = 0,
            spans = spans.Select(span => new { start = span.Start, end = span.End, type = span.Type }),
        });
}
