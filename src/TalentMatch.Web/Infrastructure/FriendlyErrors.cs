using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Common;

namespace TalentMatch.Web.Infrastructure;

/// <summary>
/// An unexpected failure on a page never shows a 500 page: it is logged with a short reference and
/// the person sees the friendly error page with that reference, to give to their coach or the help desk.
/// A page the caller may not use, or whose record does not exist, is no failure: it shows the
/// status page that says so (403 or 404), as the sign-in's access-denied path does.
/// </summary>
internal sealed partial class FriendlyErrors(RequestDelegate next, ILogger<FriendlyErrors> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && StatusFor(exception) is { } status)
        {
            LogRefused(logger, status, context.Request.Path);
            context.Response.Clear();
            context.Response.Redirect("/status/" + status);
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

    private static int? StatusFor(Exception exception) => exception switch
    {
        ForbiddenAccessException => StatusCodes.Status403Forbidden,
        NotFoundException => StatusCodes.Status404NotFound,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "A page answered {Status} for path {Path}")]
    private static partial void LogRefused(ILogger logger, int status, PathString path);

    [LoggerMessage(Level = LogLevel.Error, Message = "A page failed; reference {Reference}, path {Path}")]
    private static partial void LogFailure(ILogger logger, Exception exception, string reference, PathString path);
}
