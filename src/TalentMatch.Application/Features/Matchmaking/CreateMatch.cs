using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Ranking;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Places;

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

public sealed class CreateMatchCommandHandler(ITalentMatchDbContext db, IMatchEngine engine, MatchAccess access, ICurrentUser user, PostcodeDirectory places)
    : IRequestHandler<CreateMatchCommand, Versioned<MatchDto>>
{
    /// <summary>The explanation is stored as the API writes a ranked match item.</summary>
    private static readonly JsonSerializerOptions ExplanationJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly CompetenceSource[] LearnedElsewhere = [CompetenceSource.Work, CompetenceSource.Volunteering, CompetenceSource.Life];

    public async Task<Versioned<MatchDto>> Handle(CreateMatchCommand request, CancellationToken cancellationToken)
    {
        if (!Policies.ProposeMatches.Allows(user))
        {
            throw new ForbiddenAccessException(Messages.MatchesMadeByMatchmakers);
        }

        var (kind, opportunityId, field) = request.VacancyId is { } vacancyId
            ? (OpportunityKind.Job, vacancyId, "vacancyId")
            : (OpportunityKind.Volunteering, request.VolunteerRequestId!.Value, "volunteerRequestId");
        var profile = await engine.FindProfileAsync(request.ProfileId!.Value, cancellationToken)
            ?? throw new InvalidReferenceException("profileId", EntityNames.Profile, request.ProfileId);
        var opportunity = await engine.FindOpportunityAsync(opportunityId, cancellationToken);
        if (opportunity is null || opportunity.Kind != kind)
        {
            throw new InvalidReferenceException(field, EntityNames.Of(kind), opportunityId);
        }

        if (profile.Visibility == ProfileVisibility.Private)
        {
            throw new DomainRuleException(Messages.ProfilePrivate);
        }

        if (opportunity.Status != OpportunityStatus.Open)
        {
            throw new DomainRuleException(Messages.OpportunityNotOpen);
        }

        var earlier = await db.Matches.AsNoTracking()
            .Where(m => m.ProfileId == profile.Id && m.OpportunityId == opportunity.Id)
            .ToListAsync(cancellationToken);
        if (earlier.FirstOrDefault(m => m.IsOpen) is { } open)
        {
            throw new DomainRuleException(Messages.OpenMatchExists, new Dictionary<string, object?> { ["existingMatchId"] = open.Id });
        }

        var result = await engine.ScoreAsync(opportunity.Spec, profile.Candidate, cancellationToken);
        var labels = await engine.LabelsAsync([result], user.Language, cancellationToken);

        // The snapshot names no one: whoever may read the match may read its explanation.
        var explanation = MatchExplanation.Candidate(result, labels, new MatchCandidateDto(null, places.DistrictOf(profile.Postcode)), MatchDetail.Full);
        var match = new Match(
            profile.Id,
            kind,
            opportunity.Id,
            opportunity.OrganisationId,
            result.Score,
            result.MeetsAllRequired,
            result.Matched.Any(m => LearnedElsewhere.Contains(m.ProfileSource)),
            JsonSerializer.Serialize(explanation, ExplanationJson),
            access.CallerId,
            access.Now);
        db.Matches.Add(match);
        await db.SaveChangesAsync(cancellationToken);
        return await access.VersionedAsync(match, cancellationToken);
    }
}
