using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Web;

/// <summary>
/// Turns every exception into an RFC 9457 problem: 400 validation (errors per field), 403, 404,
/// 409 business rule or concurrent change, 412 stale If-Match, 413 too large. Anything else is a
/// 500 without details: a stack trace never leaves the server.
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
        }

        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Map(Exception exception) => exception switch
    {
        ValidationException validation => new ValidationProblemDetails(
            validation.Errors
                .GroupBy(e => FieldName(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid.",
        },
        InvalidReferenceException reference => new ValidationProblemDetails(new Dictionary<string, string[]> { [reference.Field] = [reference.Message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request refers to something that does not exist.",
        },
        BadHttpRequestException bad => BadRequest(bad),
        NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not found.", notFound.Message),
        ForbiddenAccessException forbidden => Problem(StatusCodes.Status403Forbidden, "Forbidden.", forbidden.Message),
        PreconditionFailedException stale => Problem(StatusCodes.Status412PreconditionFailed, "The resource has changed.", stale.Message),
        DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "Concurrent change.", "Someone else changed this at the same time. Fetch it again and reapply your change."),
        DomainRuleException rule => WithDetails(Problem(StatusCodes.Status409Conflict, "Conflict with the current state.", rule.Message), rule.Details),
        DbUpdateException => Problem(StatusCodes.Status409Conflict, "Conflict with existing data.", "The change conflicts with existing data (a duplicate or a reference still in use)."),
        _ => Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred.", null),
    };

    private static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "The request body is too large.", bad.Message);
        }

        if (bad.InnerException is JsonException json)
        {
            var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : FieldName(json.Path.TrimStart('$', '.'));
            return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [JsonMessage(json)] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request body is not valid JSON for this operation.",
            };
        }

        return Problem(bad.StatusCode, "Bad request.", bad.Message);
    }

    /// <summary>The JSON error without the type names .NET puts in it.</summary>
    private static string JsonMessage(JsonException json)
    {
        var message = json.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        return message.Contains("could not be converted", StringComparison.Ordinal)
            ? "The value has the wrong type or is not one of the allowed values."
            : message;
    }

    /// <summary>"Competences[0].Level" → "competences[0].level", as the JSON body spells it.</summary>
    private static string FieldName(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    private static ProblemDetails Problem(int status, string title, string? detail) => new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails WithDetails(ProblemDetails problem, IReadOnlyDictionary<string, object?> details)
    {
        foreach (var (key, value) in details)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }
}
