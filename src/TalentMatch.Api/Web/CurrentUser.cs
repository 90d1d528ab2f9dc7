using System.Globalization;
using System.Security.Claims;
using TalentMatch.Application.Abstractions;
using TalentMatch.Infrastructure.Identity;

namespace TalentMatch.Api.Web;

/// <summary>The signed-in caller, read from the bearer token's claims.</summary>
internal sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public Guid? UserId =>
        Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public Guid? OrganisationId =>
        Guid.TryParse(Principal?.FindFirstValue(TalentMatchClaimsFactory.OrganisationClaim), out var id) ? id : null;

    public bool IsInRole(string role) => Principal?.IsInRole(role) ?? false;

    public string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "en" => "en",
        "fr" => "fr",
        _ => "nl",
    };
}

/// <summary>The route of the current request as its template (<c>GET /api/v1/profiles/{id:guid}</c>), or the path of a page.</summary>
internal sealed class RequestRoute(IHttpContextAccessor accessor) : IRequestRoute
{
    public string Current
    {
        get
        {
            if (accessor.HttpContext is not { } http)
            {
                return "host";
            }

            var template = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
            return $"{http.Request.Method} {(template is null ? http.Request.Path.Value : "/" + template.TrimStart('/'))}";
        }
    }
}
