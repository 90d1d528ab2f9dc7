using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Profiles;

namespace TalentMatch.Application.Features.Profiles;

/// <summary>
/// A talent scout (goestingzoeker) confirms a competence they saw the person use: it is added to
/// the profile, or an existing one is confirmed, keeping who confirmed it and when. A certified
/// competence stays certified (a diploma or test outranks an interview). With If-Match, a stale
/// ETag is refused (412).
/// </summary>
public sealed record ConfirmCompetenceCommand(int Level, CompetenceSource? Source, string? Note)
    : ICommand<Versioned<ProfileDto>>, IConditionalRequest
{
    [JsonIgnore]
    public Guid ProfileId { get; init; }

    [JsonIgnore]
    public Guid CompetenceId { get; init; }

    [JsonIgnore]
    public string? IfMatch { get; init; }
}

public sealed class ConfirmCompetenceCommandValidator : AbstractValidator<ConfirmCompetenceCommand>
{
    public ConfirmCompetenceCommandValidator()
    {
        RuleFor(c => c.Level).InclusiveBetween(ProfileCompetence.MinLevel, ProfileCompetence.MaxLevel);
        RuleFor(c => c.Source).DefinedEnum();
        RuleFor(c => c.Note).MaximumLength(ProfileCompetenceInput.MaxNoteLength);
    }
}

public sealed class ConfirmCompetenceCommandHandler(ITalentMatchDbContext db, ICurrentUser user, ProfileMapping mapping, TimeProvider clock)
    : IRequestHandler<ConfirmCompetenceCommand, Versioned<ProfileDto>>
{
    public async Task<Versioned<ProfileDto>> Handle(ConfirmCompetenceCommand request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        if (!user.IsInRole(Roles.TalentScout) && !user.IsInRole(Roles.Admin))
        {
            throw new ForbiddenAccessException(Messages.ConfirmByTalentScouts);
        }

        var profile = await mapping.LoadAsync(request.ProfileId, track: true, cancellationToken);
        if (!await db.Competences.AnyAsync(c => c.Id == request.CompetenceId, cancellationToken))
        {
            throw new NotFoundException(EntityNames.Competence, request.CompetenceId);
        }

        db.CheckIfMatch(profile, request.IfMatch, EntityNames.Profile);
        var now = clock.GetUtcNow().UtcDateTime;
        var competence = profile.Competences.FirstOrDefault(c => c.CompetenceId == request.CompetenceId);
        if (competence is null)
        {
            if (profile.Competences.Count >= TalentProfile.MaxCompetences)
            {
                throw new DomainRuleException(Messages.ProfileFull, TalentProfile.MaxCompetences);
            }

            competence = new ProfileCompetence { ProfileId = profile.Id, CompetenceId = request.CompetenceId };
            profile.Competences.Add(competence);
        }

        competence.Level = request.Level;
        competence.Source = request.Source!.Value;
        if (!string.IsNullOrWhiteSpace(request.Note))
        {
            competence.Note = request.Note.Trim();
        }

        if (competence.Evidence != Evidence.Certified)
        {
            competence.Evidence = Evidence.Confirmed;
            competence.ConfirmedByUserId = userId;
            competence.ConfirmedAt = now;
        }

        profile.Touch(now);
        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<ProfileDto>(await mapping.ToDtoAsync(profile, cancellationToken), ETags.Format(profile.ConcurrencyStamp));
    }
}
