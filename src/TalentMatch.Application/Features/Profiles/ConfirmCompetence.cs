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
    : ICommand<Versioned<ProfileDto>>, IConditionalRequest, IRequirePolicy
{
    public static Policy Policy => Policies.ConfirmCompetences;

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
        RuleFor(c => c.Note).Text(ProfileCompetenceInput.MaxNoteLength, multiline: true);
    }
}

public sealed class ConfirmCompetenceCommandHandler(ITalentMatchDbContext db, ProfileAccess access, ProfileStore store, ProfileReader reader)
    : IRequestHandler<ConfirmCompetenceCommand, Versioned<ProfileDto>>
{
    public async Task<Versioned<ProfileDto>> Handle(ConfirmCompetenceCommand request, CancellationToken cancellationToken)
    {
        var userId = access.CallerId;
        var profile = await store.LoadAsync(request.ProfileId, track: true, cancellationToken);
        if (!await db.Competences.AnyAsync(c => c.Id == request.CompetenceId, cancellationToken))
        {
            throw new NotFoundException(EntityNames.Competence, request.CompetenceId);
        }

        db.CheckIfMatch(profile, request.IfMatch, EntityNames.Profile);
        profile.ConfirmCompetence(request.CompetenceId, request.Level, request.Source!.Value, request.Note, userId, store.Now);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.ReadVersionedAsync(profile, cancellationToken);
    }
}
