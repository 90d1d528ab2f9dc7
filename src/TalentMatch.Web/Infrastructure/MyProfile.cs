using MediatR;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Profiles;

namespace TalentMatch.Web.Infrastructure;

/// <summary>The signed-in person's own profile, for pages that act on it by id.</summary>
public static class MyProfile
{
    /// <summary>The profile's id, or null when the person has no profile yet.</summary>
    public static async Task<Guid?> IdAsync(IMediator mediator, CancellationToken cancellationToken)
    {
        try
        {
            return (await mediator.Send(new GetMyProfileQuery(), cancellationToken)).Value.Id;
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
