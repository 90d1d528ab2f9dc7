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

    /// <summary>Sets the ETag header and returns the value.</summary>
    public static T WithETag<T>(this HttpContext context, Versioned<T> versioned)
    {
        context.Response.Headers.ETag = versioned.ETag;
        return versioned.Value;
    }
}
