using Microsoft.AspNetCore.Authorization;
using TalentMatch.Application.Common;

namespace TalentMatch.Api.Web;

internal static class EndpointExtensions
{
    /// <summary>Only these roles may call the endpoint; the roles show in the OpenAPI description.</summary>
    public static TBuilder RequireRoles<TBuilder>(this TBuilder builder, params IEnumerable<string> roles)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizeAttribute { Roles = string.Join(",", roles) });

    /// <summary>Any signed-in user may call the endpoint (handlers apply finer ownership rules).</summary>
    public static TBuilder RequireSignedIn<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizeAttribute());

    /// <summary>Sets the ETag header and returns the value.</summary>
    public static T WithETag<T>(this HttpContext context, Versioned<T> versioned)
    {
        context.Response.Headers.ETag = versioned.ETag;
        return versioned.Value;
    }
}
