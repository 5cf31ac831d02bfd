using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace LlmSafety.Web.Tests.Contract;

/// <summary>
/// Writes real PNG files (RGB, 8 bits) so the browser tests can check that a plot actually decodes
/// (<c>naturalWidth &gt; 0</c>), without shipping binary fixtures.
/// </summary>
public static class PngImage
{
    public static byte[] Draw(int width, int height, Func<int, int, (byte Red, byte Green, byte Blue)> pixel)
    {
        var scanlines = new byte[height * ((width * 3) + 1)];
        var offset = 0;
        for (var y = 0; y < height; y++)
        {
            scanlines[offset++] = 0; // filter type: none
            for (var x = 0; x < width; x++)
            {
                var (red, green, blue) = pixel(x, y);
                scanlines[offset++] = red;
                scanlines[offset++] = green;
                scanlines[offset++] = blue;
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(scanlines);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: truecolour

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A small line chart: axes and a falling curve, enough to look like a precision–recall plot.</summary>
    public static byte[] Chart(int width, int height, (byte Red, byte Green, byte Blue) lineColour) =>
        Draw(width, height, (x, y) =>
        {
            const int margin = 20;
            if (x == margin || y == height - margin)
            {
                return (40, 40, 40);
            }

            var fraction = (x - margin) / (double)(width - (2 * margin));
            var curveY = margin + (int)((height - (3 * margin)) * fraction * fraction);
            return x > margin && fraction <= 1 && Math.Abs(y - curveY) <= 1 ? lineColour : ((byte)255, (byte)255, (byte)255);
        });

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeBytes, data));
        png.Write(crc);
    }

    private static uint Crc32(byte[] type, byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in type.Concat(data))
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
