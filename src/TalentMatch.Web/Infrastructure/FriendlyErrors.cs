using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TalentMatch.Web.Infrastructure;

/// <summary>
/// An unexpected failure on a page never shows a 500 page: it is logged with a short reference and
/// the person sees the friendly error page with that reference, to give to their coach or the help desk.
/// </summary>
internal sealed partial class FriendlyErrors(RequestDelegate next, ILogger<FriendlyErrors> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var reference = NewReference();
            LogFailure(logger, exception, reference, context.Request.Path);
            context.Response.Clear();
            context.Response.Redirect("/fout?ref=" + reference);
        }
    }

    /// <summary>Eight characters people can read out over the phone (no 0/O or 1/I).</summary>
    public static string NewReference()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(8, alphabet, (span, chars) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = chars[RandomNumberGenerator.GetInt32(chars.Length)];
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A page failed; reference {Reference}, path {Path}")]
    private static partial void LogFailure(ILogger logger, Exception exception, string reference, PathString path);
}
