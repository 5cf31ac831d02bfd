using LlmSafety.Web.Tests.Contract;
using Microsoft.Playwright;

namespace LlmSafety.Web.Tests.Browser;

/// <summary>
/// One contract API server, one Web app and one headless Debian chromium shared by the browser tests.
/// Chromium comes from the system package; Playwright's own browser download is never used.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private const string ApiKey = "browser-test-key";

    private IPlaywright? playwright;
    private IAsyncDisposable? api;

    public WebAppHost Web { get; private set; } = default!;

    public Uri WebAddress { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public Uri MlflowUi { get; } = new("http://127.0.0.1:5000/");

    public Uri AspireDashboard { get; } = new("http://127.0.0.1:18888/");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests drive Debian's chromium at {ChromiumPath}, which is missing. Install it with 'apt-get install chromium'.");
        }

        var (apiAddress, apiServer) = await StartJudgeApiAsync();
        api = apiServer;
        Web = new WebAppHost(apiAddress, new Dictionary<string, string?>
        {
            ["Api:ApiKey"] = ApiKey,
            ["Links:MlflowUi"] = MlflowUi.ToString(),
            ["Links:AspireDashboard"] = AspireDashboard.ToString(),
        });
        WebAddress = Web.Start();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (Web is not null)
        {
            await Web.DisposeAsync();
        }

        if (api is not null)
        {
            await api.DisposeAsync();
        }
    }

    /// <summary>
    /// The one place that decides which judge API the Web talks to: the contract server until the real Api is
    /// merged, then the real Api on Kestrel with the same key.
    /// </summary>
    private static async Task<(Uri BaseAddress, IAsyncDisposable Server)> StartJudgeApiAsync()
    {
        var server = await ContractApiServer.StartAsync(ApiKey);
        // Slow enough that the growing text is visible to the test and in a screenshot.
        server.StreamChunkDelay = TimeSpan.FromMilliseconds(60);
        return (server.BaseAddress, server);
    }

    /// <summary>Saves a full-page screenshot under TestResults/screenshots next to the test project and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var directory = Path.Combine(TestProjectDirectory(), "TestResults", "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Console.WriteLine($"Screenshot: {path}");
        return path;
    }

    private static string TestProjectDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LlmSafety.Web.Tests.csproj")))
            {
                return directory.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
