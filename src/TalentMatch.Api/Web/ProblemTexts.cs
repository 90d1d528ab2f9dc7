using Microsoft.AspNetCore.Mvc;
using TalentMatch.Application.Common;

namespace TalentMatch.Api.Web;

/// <summary>
/// The last touch on every problem the API writes (the CustomizeProblemDetails hook): it names
/// the request and its trace, and says in the request's language the problems the framework
/// writes with its English defaults (a 401 or 403 from authorization, a 404 or 405 from routing).
/// Problems the API words itself are left as they are.
/// </summary>
internal static class ProblemTexts
{
    private static readonly Dictionary<int, (string Title, string? Detail)> ForStatus = new()
    {
        [StatusCodes.Status400BadRequest] = (Messages.TitleBadRequest, Messages.RequestUnreadable),
        [StatusCodes.Status401Unauthorized] = (Messages.TitleUnauthorized, Messages.Unauthorized),
        [StatusCodes.Status403Forbidden] = (Messages.TitleForbidden, Messages.Forbidden),
        [StatusCodes.Status404NotFound] = (Messages.TitleNotFound, Messages.RouteNotFound),
        [StatusCodes.Status405MethodNotAllowed] = (Messages.TitleMethodNotAllowed, Messages.MethodNotAllowed),
        [StatusCodes.Status409Conflict] = (Messages.TitleConflict, Messages.RuleConflict),
        [StatusCodes.Status412PreconditionFailed] = (Messages.TitlePreconditionFailed, null),
        [StatusCodes.Status413PayloadTooLarge] = (Messages.TitleTooLarge, null),
        [StatusCodes.Status415UnsupportedMediaType] = (Messages.TitleUnsupportedMediaType, Messages.UnsupportedMediaType),
        [StatusCodes.Status429TooManyRequests] = (Messages.TitleTooManyRequests, null),
        [StatusCodes.Status500InternalServerError] = (Messages.TitleUnexpected, Messages.Unexpected),
    };

    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Instance ??= context.HttpContext.Request.Path;
        // The trace's id when tracing runs (it finds the request's spans in the collector), else the connection's request id.
        problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToHexString() ?? context.HttpContext.TraceIdentifier;

        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (IsFrameworkDefault(problem, status) && ForStatus.TryGetValue(status, out var texts))
        {
            problem.Title = Messages.Get(texts.Title);
            if (texts.Detail is not null)
            {
                problem.Detail ??= Messages.Format(texts.Detail, context.HttpContext.Request.Method);
            }
        }
    }

    /// <summary>No title, or the English one the framework gives every problem of this status.</summary>
    private static bool IsFrameworkDefault(ProblemDetails problem, int status) =>
        problem.Title is null || problem.Title == TypedResults.Problem(statusCode: status).ProblemDetails.Title;
}
