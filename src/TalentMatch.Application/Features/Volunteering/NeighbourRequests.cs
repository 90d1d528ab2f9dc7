using TalentMatch.Application.Abstractions;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Volunteering;

/// <summary>A neighbour's request for help: one without an organisation.</summary>
public static class NeighbourRequests
{
    /// <summary>A neighbour's request that the caller asked for themself: they see its hours and confirm them.</summary>
    public static bool IsAskedBy(this VolunteerRequest request, ICurrentUser user) =>
        request.OrganisationId is null && user.UserId is { } me && request.CreatedByUserId == me;
}
