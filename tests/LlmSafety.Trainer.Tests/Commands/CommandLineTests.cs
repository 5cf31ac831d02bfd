using System.Text.Json;

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

        var (againstExit, _, againstError) = await TrainerProcess.RunAsync("benchmark", "--against", AppContext.BaseDirectory);
        Assert.Equal(1, againstExit);
        Assert.Contains("option --against needs --model", againstError, StringComparison.Ordinal);
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

        // The same build loaded a second time from this folder stands in for another commit's: both judge every narrative.
        var model = Path.Combine(output, "judge-model.zip");
        await Errors_lists_each_document_error_and_counts_what_evaluate_counts(model);
        var (benchmarkExit, benchmarkOutput, benchmarkError) = await TrainerProcess.RunAsync("benchmark", "--model", model, "--against", AppContext.BaseDirectory, "--iterations", "200");
        Assert.True(benchmarkExit == 0, benchmarkError);
        Assert.Contains("this build against", benchmarkOutput, StringComparison.Ordinal);
        // Timed after a warm-up that says whether tiered compilation settled (a loaded test machine may reach the bound).
        Assert.Matches(@"warm-up: \d+ calls in [\d.]+ s, (until 3 or more rounds and 60 passes over the inputs compiled no method \(\d+ compiled in all\)|stopped at the 90 s bound)", benchmarkOutput);
        Assert.Matches(@"one thread: this build p50 \d+\.\d{3} ms, p99 [\d.]+ ms; the other p50 \d+\.\d{3} ms, p99 [\d.]+ ms; ratio this/other p50 \d+\.\d{3}", benchmarkOutput);
        Assert.Contains("100,000-char input of care: this build p50", benchmarkOutput, StringComparison.Ordinal);

        var (missingExit, _, missingError) = await TrainerProcess.RunAsync("benchmark", "--model", model, "--against", Path.Combine(_directory, "no-build"));
        Assert.Equal(1, missingExit);
        Assert.Contains("no LlmSafety.Judge.dll there", missingError, StringComparison.Ordinal);
    }

    /// <summary>
    /// Labels that the model must contradict (a phone number labelled clean, a swing labelled health) make errors; the
    /// command names each with its story's id and what was found, and its totals are evaluate's false positives and misses.
    /// </summary>
    private async Task Errors_lists_each_document_error_and_counts_what_evaluate_counts(string model)
    {
        var data = Path.Combine(_directory, "mislabelled.jsonl");
        await File.WriteAllLinesAsync(data,
        [
            """{"id":"phone","text":"My full name is Liam Okafor and my phone number is 555-123-4567.","label_identity":0,"label_health":0}""",
            """{"id":"swing","text":"I can wait for my turn on the swing.","label_identity":0,"label_health":1,"spans":[{"start":30,"end":35,"type":"DIAGNOSIS"}]}""",
            """{"id":"clean","text":"We wait for the bus at nine.","label_identity":0,"label_health":0}""",
        ]);
        var evaluation = Path.Combine(_directory, "mislabelled-eval");
        var (evaluateExit, _, evaluateError) = await TrainerProcess.RunAsync("evaluate", "--data", data, "--model", model, "--out", evaluation);
        Assert.True(evaluateExit == 0, evaluateError);

        var (exit, stdout, error) = await TrainerProcess.RunAsync("errors", "--data", $"{data},{data}", "--model", model);

        Assert.True(exit == 0, error);
        Assert.Contains("mislabelled.jsonl phone: identity false positive, score ", stdout, StringComparison.Ordinal);
        Assert.Contains("PHONE \"555-123-4567\"", stdout, StringComparison.Ordinal);
        Assert.Contains("mislabelled.jsonl swing: health miss, score ", stdout, StringComparison.Ordinal);
        Assert.Contains("gold [DIAGNOSIS \"swing\"]", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("mislabelled.jsonl clean:", stdout, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(evaluation, "report.json")));
        var judge = report.RootElement.GetProperty("judges")[0];
        int Count(string category, string kind) => judge.GetProperty(category).GetProperty(kind).GetInt32();
        var (identityFp, identityFn, healthFp, healthFn) =
            (Count("identity", "falsePositives"), Count("identity", "falseNegatives"), Count("health", "falsePositives"), Count("health", "falseNegatives"));
        Assert.True(identityFp >= 1 && healthFn >= 1, stdout);
        var perFile = $"{identityFp + identityFn + healthFp + healthFn} errors (identity false positives {identityFp}, identity misses {identityFn}, health false positives {healthFp}, health misses {healthFn})";
        Assert.Contains($"mislabelled.jsonl: {perFile}", stdout, StringComparison.Ordinal);
        var twice = $"{2 * (identityFp + identityFn + healthFp + healthFn)} errors (identity false positives {2 * identityFp}, identity misses {2 * identityFn}, health false positives {2 * healthFp}, health misses {2 * healthFn})";
        Assert.Contains($"total: {twice}", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_needs_a_model_and_a_data_file()
    {
        var (noModelExit, _, noModelError) = await TrainerProcess.RunAsync("errors", "--data", Path.Combine(_directory, "a.jsonl"));
        var (emptyExit, _, emptyError) = await TrainerProcess.RunAsync("errors", "--data", ",", "--model", Path.Combine(_directory, "none.zip"));

        Assert.Equal(1, noModelExit);
        Assert.Equal("error: option --model is required", noModelError.Trim());
        Assert.Equal(1, emptyExit);
        Assert.Equal("error: option --data needs at least one file", emptyError.Trim());
    }

    [Fact]
    public async Task Train_joins_handwritten_stories_from_a_folder_and_records_them_with_the_run()
    {
        var folder = Path.Combine(_directory, "handwritten");
        Directory.CreateDirectory(folder);
        await File.WriteAllLinesAsync(Path.Combine(folder, "set-1.jsonl"),
        [
            """{"id":"h-1","text":"My name is Ana Souza and I live at 12 Rua Verde.","label_identity":1,"label_health":0,"spans":[{"start":11,"end":20,"type":"PERSON_NAME"},{"start":35,"end":47,"type":"ADDRESS"}]}""",
            """{"id":"h-2","text":"We wait for the bus at nine.","label_identity":0,"label_health":0,"spans":[]}""",
        ]);
        await File.WriteAllLinesAsync(Path.Combine(folder, "set-2.jsonl"),
        [
            """{"id":"h-3","text":"Tomás Reyes takes his pink syrup every morning.","label_identity":1,"label_health":1,"spans":[{"start":0,"end":11,"type":"PERSON_NAME"},{"start":22,"end":32,"type":"MEDICATION"}]}""",
        ]);
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "not read: only *.jsonl files are");
        var output = Path.Combine(_directory, "with-handwritten");

        var (exit, stdout, error) = await TrainerProcess.RunAsync("train", "--out", output, "--count", "300", "--seed", "5", "--handwritten", folder);

        Assert.True(exit == 0, error);
        Assert.Contains("and 3 handwritten stories", stdout, StringComparison.Ordinal);
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "data", "manifest.json")));
        var profile = manifest.RootElement.GetProperty("handwritten").GetProperty("profile");
        Assert.Equal(3, profile.GetProperty("num_rows").GetInt32());
        Assert.Equal(2, profile.GetProperty("identity_positives").GetInt32());
        Assert.Equal(1, profile.GetProperty("health_positives").GetInt32());
        Assert.Matches("^[0-9a-f]{16}$", manifest.RootElement.GetProperty("handwritten").GetProperty("digest").GetString());
    }

    [Fact]
    public async Task Train_refuses_a_missing_or_malformed_handwritten_file_with_its_name_and_line_before_simulating()
    {
        var (missingExit, _, missingError) = await TrainerProcess.RunAsync("train", "--count", "300", "--handwritten", Path.Combine(_directory, "nowhere.jsonl"));
        Assert.Equal(1, missingExit);
        Assert.Contains("option --handwritten needs a labelled JSONL file or a folder of them; not found", missingError, StringComparison.Ordinal);

        var alone = Path.Combine(_directory, "alone.jsonl");
        await File.WriteAllLinesAsync(alone, ["""{"text":"Fine.","label_identity":0,"label_health":0}"""]);
        var (aloneExit, _, aloneError) = await TrainerProcess.RunAsync("train", "--count", "300", "--handwritten", "none", "--handwritten-validation", alone);
        Assert.Equal(1, aloneExit);
        Assert.Contains("option --handwritten-validation needs handwritten training stories", aloneError, StringComparison.Ordinal);

        var partsCases = new (string[] Args, string Error)[]
        {
            (["--handwritten-parts", "documents,tagger"], "option --handwritten-parts: unknown part 'tagger' (known: documents, identity-tagger, name-classifier, health-word-classifier, health-sentence-classifier, all, none)"),
            (["--handwritten-parts", ","], "option --handwritten-parts needs one or more of: documents,"),
            (["--handwritten", "None", "--handwritten-parts", "all"], "option --handwritten-parts needs handwritten stories; --handwritten none trains on the simulated split alone"),
            (["--handwritten-parts", "none", "--handwritten", alone], "option --handwritten-parts none: no part would learn from the handwritten stories given"),
            (["--handwritten-parts", "none", "--handwritten-validation", alone], "option --handwritten-parts none: no part would learn from the handwritten stories given"),
        };
        foreach (var (partsArgs, expected) in partsCases)
        {
            var (partsExit, partsOut, partsError) = await TrainerProcess.RunAsync(["train", "--count", "300", .. partsArgs]);
            Assert.Equal(1, partsExit);
            Assert.Contains(expected, partsError, StringComparison.Ordinal);
            Assert.DoesNotContain("simulating", partsOut, StringComparison.Ordinal);
        }

        var empty = Path.Combine(_directory, "empty-folder");
        Directory.CreateDirectory(empty);
        var (emptyExit, _, emptyError) = await TrainerProcess.RunAsync("train", "--count", "300", "--handwritten", empty + Path.DirectorySeparatorChar);
        Assert.Equal(1, emptyExit);
        Assert.Contains("option --handwritten: no *.jsonl file in", emptyError, StringComparison.Ordinal);

        var cases = new (string File, string Line, string Error)[]
        {
            ("labels.jsonl", """{"text":"Labels out of range.","label_identity":2,"label_health":0}""", "error: labels.jsonl line 2: label_identity and label_health must be 0 or 1."),
            ("no-text.jsonl", """{"text":null,"label_identity":0,"label_health":0}""", "error: no-text.jsonl line 2: text is missing or null."),
            ("typo.jsonl", """{"text":"Ana Souza waves.","label_identity":1,"label_health":0,"spans":[{"start":0,"end":9,"type":"PERSON"}]}""", "error: typo.jsonl: span types the judge does not know: PERSON"),
        };
        foreach (var (file, line, expected) in cases)
        {
            var path = Path.Combine(_directory, file);
            await File.WriteAllLinesAsync(path, ["""{"text":"Fine.","label_identity":0,"label_health":0}""", line]);

            var (exit, stdout, error) = await TrainerProcess.RunAsync("train", "--count", "300", "--out", Path.Combine(_directory, "run-" + file), "--handwritten", path);

            Assert.Equal(1, exit);
            Assert.Contains(expected, error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            Assert.DoesNotContain("simulating", stdout, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        Directory.Delete(_directory, recursive: true);
        GC.SuppressFinalize(this);
    }
}
