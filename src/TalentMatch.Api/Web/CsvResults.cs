using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;

namespace TalentMatch.Api.Web;

/// <summary>Reports answer JSON, or CSV when the client asks for text/csv (Accept) at least as much as for JSON.</summary>
internal static class CsvResults
{
    public const string MediaType = "text/csv";

    public static Results<Ok<T>, FileContentHttpResult> JsonOrCsv<T>(this HttpContext http, T report, Func<string> csv, string fileName)
    {
        // Caches keep the two forms apart.
        http.Response.Headers.Vary = "Accept";
        return PrefersCsv(http.Request)
            ? TypedResults.File(Encoding.UTF8.GetBytes(csv()), $"{MediaType}; charset=utf-8", fileName)
            : TypedResults.Ok(report);
    }

    /// <summary>Documents the CSV form of the 200 response next to the JSON one.</summary>
    public static RouteHandlerBuilder ProducesCsv(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
            {
                response.Content ??= new Dictionary<string, OpenApiMediaType>();
                response.Content[MediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }

            return Task.CompletedTask;
        });

    private static bool PrefersCsv(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        double Quality(string mediaType) =>
            accept.Where(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();

        var csv = Quality(MediaType);
        return csv > 0 && csv >= Quality("application/json");
    }
}
