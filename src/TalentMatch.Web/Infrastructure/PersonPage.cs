using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using TalentMatch.Domain.Matchmaking;

namespace TalentMatch.Web.Infrastructure;

/// <summary>
/// A page of the app: it sends the same MediatR commands and queries as the REST endpoints and
/// says the core's answers in the person's language next to the form.
/// </summary>
public abstract class PersonPage : ComponentBase
{
    [Inject]
    protected IMediator Mediator { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected SubmissionGuard Submissions { get; set; } = default!;

    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    protected FormErrors Errors { get; } = new();

    /// <summary>A fresh one-time id for a form that creates something.</summary>
    protected string NewSubmissionId { get; } = Guid.NewGuid().ToString("N");

    protected Guid? UserId =>
        Guid.TryParse(HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    protected bool IsPost => HttpMethods.IsPost(HttpContext.Request.Method);

    /// <summary>A posted form value, or null (always null on a GET).</summary>
    protected string? Posted(string name) =>
        IsPost && HttpContext.Request.HasFormContentType && HttpContext.Request.Form.TryGetValue(name, out var value) ? value.ToString() : null;

    /// <summary>The contact fields ticked in a posted answer to a proposal (the "disclose" boxes): what the employer may see.</summary>
    protected List<DisclosedFields> PostedDisclosure() =>
        IsPost && HttpContext.Request.HasFormContentType
            ? HttpContext.Request.Form["disclose"].Select(v => Enum.TryParse<DisclosedFields>(v, out var f) && Match.ContactFields.Contains(f) ? f : DisclosedFields.None).Where(f => f != DisclosedFields.None).Distinct().ToList()
            : [];

    /// <summary>A page marked [Authorize] sends someone who is not signed in to the sign-in page, and back afterwards.</summary>
    public override Task SetParametersAsync(ParameterView parameters)
    {
        parameters.SetParameterProperties(this);
        if (GetType().IsDefined(typeof(AuthorizeAttribute), inherit: true) && HttpContext.User.Identity?.IsAuthenticated != true)
        {
            var here = "/" + Navigation.ToBaseRelativePath(Navigation.Uri);
            Navigation.NavigateTo("/aanmelden?ReturnUrl=" + Uri.EscapeDataString(here));
            return Task.CompletedTask;
        }

        return base.SetParametersAsync(ParameterView.Empty);
    }

    /// <summary>Sends the request; on an answer the form can show (invalid, refused, conflict) records it and returns false.</summary>
    protected async Task<(bool Ok, T? Value)> TrySendAsync<T>(IRequest<T> request)
    {
        try
        {
            return (true, await Mediator.Send(request, HttpContext.RequestAborted));
        }
        catch (Exception exception) when (Errors.Capture(exception))
        {
            return (false, default);
        }
    }

    /// <summary>A repeated post of the same form (double click, reload) sends nothing again.</summary>
    protected bool FirstSubmission(string? submissionId) => Submissions.TryBegin(submissionId, UserId);
}
