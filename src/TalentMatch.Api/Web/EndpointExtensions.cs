using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Application.Common;

namespace TalentMatch.Api.Web;

internal static class EndpointExtensions
{
    /// <summary>
    /// Only the roles of the policy may call the endpoint (handlers apply finer ownership rules);
    /// the roles show in the OpenAPI description.
    /// </summary>
    public static TBuilder RequirePolicy<TBuilder>(this TBuilder builder, Policy policy)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy.Name).WithMetadata(policy);

    /// <summary>201 for a new resource: its ETag in the header, its address (<paramref name="location"/> of it) as the Location.</summary>
    public static Created<T> CreatedWithETag<T>(this HttpContext context, Versioned<T> versioned, Func<T, string> location)
    {
        var created = context.WithETag(versioned);
        return TypedResults.Created(location(created), created);
    }

    /// <summary>Sets the ETag header and returns the value.</summary>
    public static T WithETag<T>(this HttpContext context, Versioned<T> versioned)
    {
        context.Response.Headers.ETag = versioned.ETag;
        return versioned.Value;
    }
}
