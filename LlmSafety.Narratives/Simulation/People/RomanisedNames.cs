namespace LlmSafety.Narratives.Simulation.People;

/// <summary>
/// Name pools for origins Bogus lacks or only writes in native script (Bogus' ja and zh locales use kanji/hanzi),
/// so stories also carry Nigerian, Japanese, Chinese and Korean names in the Latin spelling caregivers type.
/// </summary>
internal static class RomanisedNames
{
    public sealed record Pool(string Origin, string[] Female, string[] Male, string[] Surnames);

    public static IReadOnlyList<Pool> All { get; } =
    [
        new("nigerian",
            ["Adaeze", "Chiamaka", "Ngozi", "Funmilayo", "Temitope", "Amina", "Zainab", "Ifeoma", "Yetunde", "Oluwaseun"],
            ["Chinedu", "Emeka", "Oluwadamilare", "Tunde", "Ibrahim", "Obinna", "Kelechi", "Segun", "Musa", "Ayodele"],
            ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Abubakar", "Ogunleye", "Chukwu", "Bello"]),
        new("japanese",
            ["Yui", "Hina", "Sakura", "Aoi", "Mei", "Rin", "Haruka", "Yuna"],
            ["Haruto", "Sota", "Ren", "Yuto", "Hinata", "Kaito", "Riku", "Takumi"],
            ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi"]),
        new("chinese",
            ["Mei", "Xinyi", "Yuxuan", "Zihan", "Ling", "Jiayi", "Ruoxi", "Lan"],
            ["Wei", "Hao", "Jun", "Zihao", "Yichen", "Haoran", "Ming", "Bowen"],
            ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou"]),
        new("korean",
            ["Seo-yeon", "Ji-woo", "Ha-eun", "Min-seo", "Soo-ah", "Ye-jin"],
            ["Min-jun", "Seo-jun", "Do-yun", "Ji-ho", "Ha-jun", "Joon-woo"],
            ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon"]),
    ];
}
