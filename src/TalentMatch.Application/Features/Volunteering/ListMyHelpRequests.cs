using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;

namespace TalentMatch.Application.Features.Volunteering;

/// <summary>Hours a volunteer gave on the caller's request; the volunteer's name when they chose to show it.</summary>
public sealed record HelpGivenDto(Guid EntryId, DateOnly Date, double Hours, bool Confirmed, string? VolunteerName);

/// <summary>A request for help the caller asked themself, with who helps and the hours to confirm.</summary>
public sealed record MyHelpRequestDto(
    Guid Id,
    string Title,
    OpportunityStatus Status,
    DateTime? StartsAt,
    IReadOnlyList<string?> Helpers,
    IReadOnlyList<HelpGivenDto> Hours);

/// <summary>The neighbour's requests the caller asked for themself, newest first, with the hours given on them (newest day first).</summary>
public sealed record ListMyHelpRequestsQuery : IQuery<IReadOnlyList<MyHelpRequestDto>>, IRequirePolicy
{
    public static Policy Policy => Policies.SignedIn;
}

public sealed class ListMyHelpRequestsQueryHandler(ITalentMatchDbContext db, ICurrentUser user)
    : IRequestHandler<ListMyHelpRequestsQuery, IReadOnlyList<MyHelpRequestDto>>
{
    private const int MaxRequests = 20;

    private static readonly MatchState[] Helping = [MatchState.Accepted, MatchState.Done];

    public async Task<IReadOnlyList<MyHelpRequestDto>> Handle(ListMyHelpRequestsQuery request, CancellationToken cancellationToken)
    {
        var me = user.RequireUserId();
        var requests = await db.VolunteerRequests.AsNoTracking()
            .Where(r => r.OrganisationId == null && r.CreatedByUserId == me)
            .OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id)
            .Take(MaxRequests)
            .ToListAsync(cancellationToken);
        var ids = requests.Select(r => r.Id).ToList();
        var helpers = await (
                from m in db.Matches.AsNoTracking()
                where ids.Contains(m.OpportunityId) && Helping.Contains(m.State)
                join p in db.Profiles on m.ProfileId equals p.Id
                select new { m.OpportunityId, m.ProfileId, m.DisclosedFields, m.ConsentGivenAt, m.ConsentWithdrawnAt, p.DisplayName })
            .ToListAsync(cancellationToken);
        var names = helpers.ToDictionary(
            h => (h.OpportunityId, h.ProfileId),
            h => h.ConsentGivenAt is not null && h.ConsentWithdrawnAt is null && h.DisclosedFields.HasFlag(DisclosedFields.Name) ? h.DisplayName : null);
        var hours = await db.VolunteerHours.AsNoTracking()
            .Where(h => ids.Contains(h.VolunteerRequestId))
            .OrderByDescending(h => h.Date).ThenBy(h => h.Id)
            .ToListAsync(cancellationToken);
        return requests.Select(r => new MyHelpRequestDto(
                r.Id,
                r.Title,
                r.Status,
                r.StartsAt,
                [.. helpers.Where(h => h.OpportunityId == r.Id).Select(h => names[(h.OpportunityId, h.ProfileId)])],
                [.. hours.Where(h => h.VolunteerRequestId == r.Id)
                    .Select(h => new HelpGivenDto(h.Id, h.Date, h.Hours, h.IsConfirmed, names.GetValueOrDefault((r.Id, h.ProfileId))))]))
            .ToList();
    }
}
