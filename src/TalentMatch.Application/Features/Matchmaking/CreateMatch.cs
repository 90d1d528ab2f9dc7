using FluentValidation;
using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Features.Matchmaking;

/// <summary>
/// A matchmaker shortlists a person for a vacancy or a volunteer request. The score and its
/// explanation are computed now by the matching engine and kept as they are.
/// </summary>
public sealed record CreateMatchCommand(Guid? ProfileId, Guid? VacancyId, Guid? VolunteerRequestId) : ICommand<Versioned<MatchDto>>, IRequirePolicy
{
    public static Policy Policy => Policies.ProposeMatches;
}

public sealed class CreateMatchCommandValidator : AbstractValidator<CreateMatchCommand>
{
    public CreateMatchCommandValidator()
    {
        RuleFor(c => c.ProfileId).NotEmpty();
        RuleFor(c => c.VacancyId).NotEmpty().When(c => c.VolunteerRequestId is null)
            .WithMessageKey(Messages.MatchTargetRequired);
        RuleFor(c => c.VolunteerRequestId).Null().When(c => c.VacancyId is not null)
            .WithMessageKey(Messages.MatchTargetNotBoth);
    }
}

public sealed class CreateMatchCommandHandler(ITalentMatchDbContext db, MatchShortlist shortlist, MatchReader reader, ICurrentUser user)
    : IRequestHandler<CreateMatchCommand, Versioned<MatchDto>>
{
    public async Task<Versioned<MatchDto>> Handle(CreateMatchCommand request, CancellationToken cancellationToken)
    {
        if (!Policies.ProposeMatches.Allows(user))
        {
            throw new ForbiddenAccessException(Messages.MatchesMadeByMatchmakers);
        }

        var match = request.VacancyId is { } vacancyId
            ? await shortlist.AddAsync(request.ProfileId!.Value, OpportunityKind.Job, vacancyId, "vacancyId", cancellationToken)
            : await shortlist.AddAsync(request.ProfileId!.Value, OpportunityKind.Volunteering, request.VolunteerRequestId!.Value, "volunteerRequestId", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.ReadVersionedAsync(match, cancellationToken);
    }
}
