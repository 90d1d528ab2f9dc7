using Microsoft.AspNetCore.Http;

namespace TalentMatch.Web.Infrastructure;

/// <summary>The app's one style sheet, embedded in the assembly so the host needs no static files set-up.</summary>
internal static class StyleSheet
{
    private static readonly Lazy<byte[]> Content = new(() =>
    {
        using var stream = typeof(StyleSheet).Assembly.GetManifestResourceStream("TalentMatch.Web.app.css")
            ?? throw new InvalidOperationException("The embedded style sheet is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static IResult Serve(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(Content.Value, "text/css; charset=utf-8");
    }
}
