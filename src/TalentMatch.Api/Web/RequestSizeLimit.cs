namespace TalentMatch.Api.Web;

/// <summary>
/// Refuses bodies over the limit with 413 before they are read. Kestrel enforces the same
/// limit on the wire; this check also holds behind proxies and in the test host.
/// </summary>
internal static class RequestSizeLimit
{
    public const long DefaultMaxBytes = 1024 * 1024;

    /// <summary>The most bytes an endpoint accepts.</summary>
    public static long LimitFor(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize
        ?? DefaultMaxBytes;

    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var limit = LimitFor(context.GetEndpoint());
            if (context.Request.ContentLength is { } length && length > limit)
            {
                throw new BadHttpRequestException($"The request body is {length} bytes; at most {limit} bytes are accepted here.", StatusCodes.Status413PayloadTooLarge);
            }

            await next(context);
        });
}
