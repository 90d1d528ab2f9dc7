using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Profiles;

namespace TalentMatch.Application.Features.Volunteering;

public sealed record VolunteerHoursPerRequestDto(Guid VolunteerRequestId, string Title, double ConfirmedHours, double PendingHours);

public sealed record VolunteerHoursSummaryDto(
    Guid ProfileId,
    DateOnly? From,
    DateOnly? To,
    double ConfirmedHours,
    double PendingHours,
    IReadOnlyList<VolunteerHoursPerRequestDto> Requests);

/// <summary>A person's volunteer hours, confirmed and still to confirm, in total and per request (days from..to, both included).</summary>
public sealed record GetVolunteerHoursSummaryQuery(Guid ProfileId, DateOnly? From, DateOnly? To) : IQuery<VolunteerHoursSummaryDto>, IRequirePolicy
{
    public static Policy Policy => Policies.WorkWithProfiles;
}

public sealed class GetVolunteerHoursSummaryQueryValidator : AbstractValidator<GetVolunteerHoursSummaryQuery>
{
    public GetVolunteerHoursSummaryQueryValidator()
    {
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessageKey(Messages.ToNotBeforeFrom);
    }
}

public sealed class GetVolunteerHoursSummaryQueryHandler(ITalentMatchDbContext db, ProfileStore store)
    : IRequestHandler<GetVolunteerHoursSummaryQuery, VolunteerHoursSummaryDto>
{
    public async Task<VolunteerHoursSummaryDto> Handle(GetVolunteerHoursSummaryQuery request, CancellationToken cancellationToken)
    {
        var profile = await store.LoadAccessibleAsync(request.ProfileId, track: false, cancellationToken);

        var entries = db.VolunteerHours.AsNoTracking().Where(h => h.ProfileId == profile.Id);
        if (request.From is { } from)
        {
            entries = entries.Where(h => h.Date >= from);
        }

        if (request.To is { } to)
        {
            entries = entries.Where(h => h.Date <= to);
        }

        var rows = await entries
            .Join(db.VolunteerRequests, h => h.VolunteerRequestId, r => r.Id, (h, r) => new { r.Id, r.Title, h.Hours, Confirmed = h.ConfirmedAt != null })
            .ToListAsync(cancellationToken);
        var perRequest = rows
            .GroupBy(r => (r.Id, r.Title))
            .Select(g => new VolunteerHoursPerRequestDto(g.Key.Id, g.Key.Title, g.Where(r => r.Confirmed).Sum(r => r.Hours), g.Where(r => !r.Confirmed).Sum(r => r.Hours)))
            .OrderBy(r => r.Title, StringComparer.CurrentCulture).ThenBy(r => r.VolunteerRequestId)
            .ToList();
        return new VolunteerHoursSummaryDto(
            profile.Id, request.From, request.To, perRequest.Sum(r => r.ConfirmedHours), perRequest.Sum(r => r.PendingHours), perRequest);
    }
}
