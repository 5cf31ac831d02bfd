using System.Text;
using System.Text.Json;

namespace LlmSafety.Reliability.Tests.HostileInput;

/// <summary>
/// Seeded generator of hostile judgment requests: random Unicode (lone surrogates included), control, bidi and
/// zero-width characters, homoglyphs, huge single tokens, deep or malformed JSON, wrong types and oversized bodies.
/// </summary>
public sealed class HostileRequestGenerator(int seed)
{
    private static readonly char[] Invisible = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202E', '\u202D', '\u200F', '\u061C', '\u2066', '\u2069'];
    private static readonly (char Latin, char LookAlike)[] Homoglyphs =
        [('a', '\u0430'), ('e', '\u0435'), ('o', '\u043E'), ('p', '\u0440'), ('c', '\u0441'), ('x', '\u0445'), ('i', '\u0456'), ('M', '\u041C'), ('S', '\u0405')];
    private static readonly string[] Seeds =
    [
        "Maya Okafor takes methylphenidate every morning.",
        "Liam waits for his turn at the dentist.",
        "Call 555-201-7788 or email maya.okafor@example.com.",
        "He has epilepsy and goes to Northside Elementary.",
    ];

    private readonly Random _random = new(seed);

    public IEnumerable<HostileRequest> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return (i % 12) switch
            {
                0 => Judgment(RandomUnicode(_random.Next(1, 400)), "random-unicode"),
                1 => Judgment(Sprinkle(Pick(Seeds), Invisible), "zero-width-bidi"),
                2 => Judgment(Homoglyphed(Pick(Seeds)), "homoglyphs"),
                3 => Judgment(ControlCharacters(_random.Next(1, 200)), "control-characters"),
                4 => Judgment(new string((char)_random.Next('a', 'z' + 1), _random.Next(1_000, i % 96 == 4 ? 100_000 : 20_000)), "huge-token"),
                5 => Raw("/v1/judgments", DeepJson(_random.Next(64, 5_000)), "deep-json"),
                6 => Raw("/v1/judgments", Malformed(), "malformed-json"),
                7 => Raw("/v1/judgments", WrongTypes(), "wrong-types"),
                8 => Batch(),
                9 => Raw("/v1/judgments", InvalidUtf8(), "invalid-utf8"),
                10 => Judgment(Combining(Pick(Seeds)), "combining-marks", AllowedNames()),
                _ => Judgment(RandomUnicode(_random.Next(1, 50)) + Pick(Seeds) + RandomUnicode(_random.Next(1, 50)), "mixed"),
            };
        }
    }

    /// <summary>Bodies of about ten megabytes: the size limit must refuse them without buffering them whole.</summary>
    public static IEnumerable<HostileRequest> TenMegabyteBodies()
    {
        var text = new string('x', 10 * 1024 * 1024);
        yield return new HostileRequest("/v1/judgments", JsonSerializer.SerializeToUtf8Bytes(new { text }), "application/json", "10mb-text");
        yield return new HostileRequest("/v1/judgments/batch", Encoding.UTF8.GetBytes("{\"items\":[" + string.Join(',', Enumerable.Repeat("{\"text\":\"" + new string('y', 1024) + "\"}", 10 * 1024)) + "]}"), "application/json", "10mb-batch");
        yield return new HostileRequest("/v1/judgments", Encoding.UTF8.GetBytes(new string('[', 10 * 1024 * 1024)), "application/json", "10mb-brackets");
    }

    private HostileRequest Judgment(string text, string kind, IReadOnlyList<string>? allowedNames = null) =>
        Raw("/v1/judgments", JsonSerializer.SerializeToUtf8Bytes(new { text, allowedNames }), kind);

    private HostileRequest Raw(string path, byte[] body, string kind) =>
        new(path, body, _random.Next(20) == 0 ? "text/plain" : "application/json", kind);

    private HostileRequest Batch()
    {
        var items = Enumerable.Range(0, _random.Next(0, 120))
            .Select(_ => new { id = RandomUnicode(_random.Next(0, 8)), text = _random.Next(8) == 0 ? null : Sprinkle(Pick(Seeds), Invisible) })
            .ToList();
        return Raw("/v1/judgments/batch", JsonSerializer.SerializeToUtf8Bytes(new { items }), "batch");
    }

    private string RandomUnicode(int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            // Anything in the BMP (lone surrogates too, which JSON escapes as \uD8xx) and some astral characters.
            builder.Append(_random.Next(10) == 0 ? char.ConvertFromUtf32(_random.Next(0x10000, 0x10FFFF) & ~0x800) : ((char)_random.Next(0, 0x10000)).ToString());
        }

        return builder.ToString();
    }

    private string ControlCharacters(int length) =>
        new(Enumerable.Range(0, length).Select(_ => _random.Next(3) == 0 ? (char)_random.Next(0x7F, 0xA0) : (char)_random.Next(0, 0x20)).ToArray());

    private string Sprinkle(string text, char[] characters)
    {
        var builder = new StringBuilder();
        foreach (var character in text)
        {
            builder.Append(character);
            if (_random.Next(3) == 0)
            {
                builder.Append(characters[_random.Next(characters.Length)]);
            }
        }

        return builder.ToString();
    }

    private string Homoglyphed(string text)
    {
        var characters = text.ToCharArray();
        for (var i = 0; i < characters.Length; i++)
        {
            foreach (var (latin, lookAlike) in Homoglyphs)
            {
                if (characters[i] == latin && _random.Next(2) == 0)
                {
                    characters[i] = lookAlike;
                }
            }
        }

        return new string(characters);
    }

    private string Combining(string text) =>
        string.Concat(text.Select(character => character + new string((char)_random.Next(0x0300, 0x036F), _random.Next(0, 6))));

    private List<string> AllowedNames() =>
        Enumerable.Range(0, _random.Next(0, 60)).Select(_ => RandomUnicode(_random.Next(0, 120))).ToList();

    private byte[] DeepJson(int depth)
    {
        var nested = _random.Next(2) == 0
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"text\":", depth)) + "\"x\"" + new string('}', depth);
        return Encoding.UTF8.GetBytes(nested);
    }

    private byte[] Malformed()
    {
        string[] shapes =
        [
            "{\"text\":\"unterminated", "{\"text\":", "{", "}", "", "null", "[]", "{\"text\":\"a\",}", "{'text':'a'}",
            "{\"text\":\"\\uD800\"}", "{\"text\":\"\\u00\"}", "{\"text\":\"a\"}{\"text\":\"b\"}", "{\"text\":NaN}", "\uFEFF{\"text\":\"bom\"}",
        ];
        var shape = shapes[_random.Next(shapes.Length)];
        return Encoding.UTF8.GetBytes(_random.Next(4) == 0 ? shape + RandomUnicode(_random.Next(1, 30)) : shape);
    }

    private byte[] WrongTypes()
    {
        string[] shapes =
        [
            "{\"text\":5}", "{\"text\":null}", "{\"text\":[\"a\"]}", "{\"text\":{\"a\":1}}", "{\"text\":true}",
            "{\"text\":\"a\",\"allowedNames\":\"Maya\"}", "{\"text\":\"a\",\"allowedNames\":[1,2]}", "{\"text\":\"\"}",
            "{\"text\":\"   \"}", "{\"Text\":\"case\"}", "{\"text\":\"a\",\"text\":\"duplicate\"}", "{\"text\":1e999}",
        ];
        return Encoding.UTF8.GetBytes(shapes[_random.Next(shapes.Length)]);
    }

    private byte[] InvalidUtf8()
    {
        var prefix = Encoding.UTF8.GetBytes("{\"text\":\"");
        var garbage = new byte[_random.Next(1, 64)];
        _random.NextBytes(garbage);
        return [.. prefix, .. garbage, .. Encoding.UTF8.GetBytes("\"}")];
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];
}
