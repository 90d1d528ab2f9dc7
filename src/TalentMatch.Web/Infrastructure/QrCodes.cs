using QRCoder;

namespace TalentMatch.Web.Infrastructure;

/// <summary>The app's one QR routine: the coins reservation code and the printed claim card use it.</summary>
public static class QrCodes
{
    /// <summary>A PNG of the text as a QR code (error correction M), <paramref name="pixelsPerModule"/> pixels a module.</summary>
    public static byte[] Png(string text, int pixelsPerModule = 10)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }
}
