using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Volunteering;

namespace TalentMatch.Application.Features.Volunteering;

/// <summary>
/// The volunteer (or staff for them) logs the hours given on one day. Only someone who accepted
/// the request (or finished it) logs hours on it, once per day.
/// </summary>
public sealed record LogVolunteerHoursCommand(Guid ProfileId, DateOnly? Date, double Hours) : ICommand<VolunteerHoursDto>, IRequirePolicy
{
    public static Policy Policy => Policies.LogVolunteerHours;

    [JsonIgnore]
    public Guid VolunteerRequestId { get; init; }
}

public sealed class LogVolunteerHoursCommandValidator : AbstractValidator<LogVolunteerHoursCommand>
{
    public LogVolunteerHoursCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.ProfileId).NotEmpty();
        RuleFor(c => c.Date).NotNull()
            .Must(date => date is null || date <= clock.Today())
            .WithMessageKey(Messages.HoursDateNotFuture);
        RuleFor(c => c.Hours).GreaterThan(0).LessThanOrEqualTo(VolunteerHours.MaxHoursPerDay);
    }
}

public sealed class LogVolunteerHoursCommandHandler(ITalentMatchDbContext db, VolunteerHoursAccess access, OpportunityStore opportunities)
    : IRequestHandler<LogVolunteerHoursCommand, VolunteerHoursDto>
{
    private static readonly MatchState[] MayLogHours = [MatchState.Accepted, MatchState.Done];

    public async Task<VolunteerHoursDto> Handle(LogVolunteerHoursCommand request, CancellationToken cancellationToken)
    {
        var volunteerRequest = await opportunities.LoadAsync<VolunteerRequest>(request.VolunteerRequestId, track: false, cancellationToken);
        var owner = await db.Profiles.Where(p => p.Id == request.ProfileId).Select(p => new { p.OwnerUserId }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidReferenceException("profileId", EntityNames.Profile, request.ProfileId);
        access.EnsureMayLog(owner.OwnerUserId);

        var matched = await db.Matches.AnyAsync(
            m => m.ProfileId == request.ProfileId && m.OpportunityId == volunteerRequest.Id &&
                 m.Kind == OpportunityKind.Volunteering && MayLogHours.Contains(m.State),
            cancellationToken);
        if (!matched)
        {
            throw new DomainRuleException(Messages.HoursNeedAcceptedMatch);
        }

        var date = request.Date!.Value;
        if (await db.VolunteerHours.AnyAsync(h => h.VolunteerRequestId == volunteerRequest.Id && h.ProfileId == request.ProfileId && h.Date == date, cancellationToken))
        {
            throw new DomainRuleException(Messages.HoursAlreadyLoggedForDay, date);
        }

        var hours = new VolunteerHours(volunteerRequest.Id, request.ProfileId, date, request.Hours, access.CallerId, opportunities.Now);
        db.VolunteerHours.Add(hours);
        await db.SaveChangesAsync(cancellationToken);
        return VolunteerHoursDto.From(hours);
    }
}
