using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Web;

/// <summary>
/// Turns every exception into an RFC 9457 problem: 400 validation (errors per field), 403, 404,
/// 409 business rule or concurrent change, 412 stale If-Match, 413 too large, 415. Anything else
/// is a 500 without details: a stack trace never leaves the server. Titles and details are said
/// in the request's language, from the message keys the exceptions carry.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(context, exception);
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
        }

        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private ProblemDetails Map(HttpContext context, Exception exception) => exception switch
    {
        ValidationException validation => new ValidationProblemDetails(
            validation.Errors
                .GroupBy(e => FieldName(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = Messages.Get(Messages.TitleInvalid),
        },
        InvalidReferenceException reference => new ValidationProblemDetails(new Dictionary<string, string[]>
        {
            [reference.Field] = [.. reference.Keys.Select(key => Messages.Format(Messages.ReferenceNotFound, EntityNames.Localized(reference.Resource), key))],
        })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = Messages.Get(Messages.TitleInvalidReference),
        },
        BadHttpRequestException bad => BadRequest(context, bad),
        NotFoundException notFound => Problem(StatusCodes.Status404NotFound, Messages.TitleNotFound, Messages.Format(Messages.NotFound, EntityNames.Localized(notFound.Resource), notFound.Key)),
        ForbiddenAccessException forbidden => Problem(StatusCodes.Status403Forbidden, Messages.TitleForbidden, Text(forbidden.MessageKey, forbidden.MessageArguments, Messages.Forbidden)),
        PreconditionFailedException stale => Problem(StatusCodes.Status412PreconditionFailed, Messages.TitlePreconditionFailed, Messages.Format(Messages.Changed, EntityNames.Localized(stale.Resource))),
        DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, Messages.TitleConcurrentChange, Messages.Get(Messages.ConcurrentChange)),
        DomainRuleException rule => WithDetails(Problem(StatusCodes.Status409Conflict, Messages.TitleConflict, Text(rule.MessageKey, rule.MessageArguments, Messages.RuleConflict)), rule.Details),
        DbUpdateException => Problem(StatusCodes.Status409Conflict, Messages.TitleDataConflict, Messages.Get(Messages.DataConflict)),
        _ => Problem(StatusCodes.Status500InternalServerError, Messages.TitleUnexpected, Messages.Get(Messages.Unexpected)),
    };

    /// <summary>The text of a key; a key the catalogue lacks (a bug) gives the general text of the status rather than nothing.</summary>
    private string Text(string key, IReadOnlyList<object?> arguments, string fallbackKey)
    {
        if (Messages.Has(key))
        {
            return Messages.Format(key, [.. arguments]);
        }

        logger.LogWarning("No text for the message key {MessageKey}", key);
        return Messages.Get(fallbackKey);
    }

    private static ProblemDetails BadRequest(HttpContext context, BadHttpRequestException bad)
    {
        // The exception handler has cleared the request's endpoint; the feature keeps the one that failed.
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
        switch (bad.StatusCode)
        {
            case StatusCodes.Status413PayloadTooLarge:
                return Problem(bad.StatusCode, Messages.TitleTooLarge, Messages.Format(Messages.TooLarge, RequestSizeLimit.LimitFor(endpoint)));
            case StatusCodes.Status415UnsupportedMediaType:
                var accepted = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [];
                return Problem(bad.StatusCode, Messages.TitleUnsupportedMediaType, accepted.Count > 0
                    ? Messages.Format(Messages.SendBodyAs, string.Join(", ", accepted))
                    : Messages.Get(Messages.UnsupportedMediaType));
        }

        if (bad.InnerException is JsonException json)
        {
            var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : FieldName(json.Path.TrimStart('$', '.'));
            return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [JsonMessage(json)] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = Messages.Get(Messages.TitleInvalidJson),
            };
        }

        return Problem(bad.StatusCode, Messages.TitleBadRequest, BindingMessage(bad.Message));
    }

    /// <summary>What went wrong with the JSON, without the type names .NET puts in its message.</summary>
    private static string JsonMessage(JsonException json)
    {
        if (json.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return Messages.Get(Messages.JsonWrongType);
        }

        return json.LineNumber is { } line && json.BytePositionInLine is { } position
            ? Messages.Format(Messages.JsonMalformedAt, line + 1, position + 1)
            : Messages.Get(Messages.JsonMalformed);
    }

    /// <summary>
    /// A parameter minimal APIs could not bind ('Failed to bind parameter "int page" from "x".',
    /// 'Required parameter "Guid id" was not provided from route.'), or a missing body.
    /// </summary>
    private static string BindingMessage(string message)
    {
        if (message.Contains("no body was provided", StringComparison.Ordinal) || message.Contains("provided from body", StringComparison.Ordinal))
        {
            return Messages.Get(Messages.BodyRequired);
        }

        return BindingParameter().Match(message) is { Success: true } parameter
            ? Messages.Format(Messages.ParameterInvalid, FieldName(parameter.Groups["name"].Value))
            : Messages.Get(Messages.RequestUnreadable);
    }

    /// <summary>"Competences[0].Level" → "competences[0].level", as the JSON body spells it.</summary>
    private static string FieldName(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    private static ProblemDetails Problem(int status, string titleKey, string? detail) =>
        new() { Status = status, Title = Messages.Get(titleKey), Detail = detail };

    private static ProblemDetails WithDetails(ProblemDetails problem, IReadOnlyDictionary<string, object?> details)
    {
        foreach (var (key, value) in details)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    [GeneratedRegex(@"parameter ""(?:[^"" ]+ )?(?<name>[^"" ]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex BindingParameter();
}
