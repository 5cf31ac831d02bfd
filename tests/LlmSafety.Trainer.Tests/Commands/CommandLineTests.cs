namespace LlmSafety.Trainer.Tests.Commands;

public class CommandLineTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("trainer-cli-").FullName;

    [Fact]
    public async Task Evaluate_with_a_missing_data_file_fails_with_one_clear_line()
    {
        var (exitCode, _, error) = await TrainerProcess.RunAsync("evaluate", "--data", Path.Combine(_directory, "missing.jsonl"));

        Assert.Equal(1, exitCode);
        Assert.Equal("error: data file not found: " + Path.Combine(_directory, "missing.jsonl"), error.Trim());
    }

    [Fact]
    public async Task Evaluate_names_the_malformed_jsonl_line()
    {
        var data = Path.Combine(_directory, "bad.jsonl");
        await File.WriteAllLinesAsync(data,
        [
            """{"text":"I wait for my turn.","label_identity":0,"label_health":0}""",
            """{"text":"broken" """,
        ]);

        var (exitCode, _, error) = await TrainerProcess.RunAsync("evaluate", "--data", data, "--model", Path.Combine(_directory, "none.zip"));

        Assert.Equal(1, exitCode);
        Assert.StartsWith("error: bad.jsonl line 2:", error.Trim(), StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Evaluate_with_a_missing_model_fails_with_one_clear_line()
    {
        var data = Path.Combine(_directory, "ok.jsonl");
        await File.WriteAllLinesAsync(data, ["""{"text":"I wait for my turn.","label_identity":0,"label_health":0}"""]);

        var (exitCode, _, error) = await TrainerProcess.RunAsync("evaluate", "--data", data, "--model", Path.Combine(_directory, "none.zip"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Judge model artifact not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_and_bad_options_exit_non_zero_with_usage()
    {
        var (unknownExit, _, unknownError) = await TrainerProcess.RunAsync("fly");
        var (badExit, _, badError) = await TrainerProcess.RunAsync("train", "--count");

        Assert.Equal(1, unknownExit);
        Assert.Contains("unknown command 'fly'", unknownError, StringComparison.Ordinal);
        Assert.Equal(1, badExit);
        Assert.Contains("option --count needs a value", badError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_writes_the_model_artifact_and_the_report_then_evaluate_reads_them_back()
    {
        var output = Path.Combine(_directory, "run");
        var (trainExit, trainOutput, trainError) = await TrainerProcess.RunAsync("train", "--out", output, "--count", "300", "--seed", "5");
        Assert.True(trainExit == 0, trainError);
        Assert.Contains("identity  P", trainOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "judge-model.zip")));
        Assert.True(File.Exists(Path.Combine(output, "report.json")));
        Assert.True(new FileInfo(Path.Combine(output, "reliability.png")).Length > 1000);

        var data = Path.Combine(_directory, "eval.jsonl");
        await File.WriteAllLinesAsync(data,
        [
            """{"text":"My full name is Liam Okafor and my phone number is 555-123-4567.","label_identity":1,"label_health":0,"spans":[{"start":16,"end":27,"type":"PERSON_NAME"},{"start":51,"end":63,"type":"PHONE"}]}""",
            """{"text":"I can wait for my turn on the swing.","label_identity":0,"label_health":0}""",
        ]);
        var evaluation = Path.Combine(_directory, "eval");
        var (evaluateExit, _, evaluateError) = await TrainerProcess.RunAsync("evaluate", "--data", data, "--model", Path.Combine(output, "judge-model.zip"), "--out", evaluation);
        Assert.True(evaluateExit == 0, evaluateError);
        Assert.True(File.Exists(Path.Combine(evaluation, "report.md")));
    }

    public void Dispose()
    {
        Directory.Delete(_directory, recursive: true);
        GC.SuppressFinalize(this);
    }
}
