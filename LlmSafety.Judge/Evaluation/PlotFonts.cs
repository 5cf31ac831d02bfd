namespace LlmSafety.Judge.Evaluation;

/// <summary>
/// The Linux SkiaSharp build without fontconfig sees no system fonts, so text would render blank; the first sans
/// TrueType font found in the usual folders is registered with ScottPlot and used for every plot.
/// </summary>
internal static class PlotFonts
{
    private static readonly Lazy<string?> Family = new(RegisterSansFont);

    public static void Apply(ScottPlot.Plot plot)
    {
        if (Family.Value is { } family)
        {
            plot.Font.Set(family);
        }
    }

    private static string? RegisterSansFont()
    {
        string[] folders = ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts")];
        string[] preferred = ["LiberationSans-Regular.ttf", "DejaVuSans.ttf", "NotoSans-Regular.ttf", "FreeSans.ttf"];
        foreach (var name in preferred)
        {
            foreach (var folder in folders.Where(Directory.Exists))
            {
                var path = Directory.EnumerateFiles(folder, name, SearchOption.AllDirectories).FirstOrDefault();
                if (path is not null)
                {
                    var family = Path.GetFileNameWithoutExtension(name);
                    ScottPlot.Fonts.AddFontFile(family, path);
                    return family;
                }
            }
        }

        return null;
    }
}
