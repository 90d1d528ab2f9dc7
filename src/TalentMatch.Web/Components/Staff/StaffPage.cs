using Microsoft.AspNetCore.Components;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Components.Staff;

/// <summary>
/// A page of the staff workspace. It checks the same policy as the request it sends (from the one
/// policy table), so a role that may not send the request does not get the page; the handler still
/// applies its own rules (the coach's people, the employer's organisation).
/// </summary>
public abstract class StaffPage : PersonPage
{
    [Inject]
    protected ICurrentUser CurrentUser { get; set; } = default!;

    /// <summary>The policy of the page's main request.</summary>
    protected abstract Policy PagePolicy { get; }

    /// <summary>Whether the signed-in user is in a policy: the same check the request pipeline makes.</summary>
    protected bool May(Policy policy) => policy.Allows(CurrentUser);

    public override Task SetParametersAsync(ParameterView parameters)
    {
        parameters.SetParameterProperties(this);
        if (HttpContext.User.Identity?.IsAuthenticated == true && !May(PagePolicy))
        {
            Navigation.NavigateTo("/status/403");
            return Task.CompletedTask;
        }

        return base.SetParametersAsync(parameters);
    }

    /// <summary>Dates as the reader's language writes them.</summary>
    protected static string Day(DateOnly date) => date.ToString("d MMM yyyy", System.Globalization.CultureInfo.CurrentCulture);

    protected static string Day(DateTime at) => Day(DateOnly.FromDateTime(at));
}

/// <summary>Who works in the staff workspace: the roles that see an opportunity's candidates (every staff role and the employer).</summary>
public static class Workspace
{
    public const string Home = "/werk";

    public static Policy Policy => Policies.SeeCandidates;

    public static bool IsStaff(System.Security.Claims.ClaimsPrincipal user) => Policy.Roles.Any(user.IsInRole);
}
