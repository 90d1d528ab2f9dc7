using QRCoder;

namespace TalentMatch.Application.Features.Coins;

/// <summary>The QR code of a one-time redemption code, as the till scans it: the API's image and the app's page show the same one.</summary>
public static class RedemptionQrCode
{
    public static byte[] Png(string code)
    {
        using var data = QRCodeGenerator.GenerateQrCode(code, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(10);
    }
}
