using System.Text.Json.Serialization;
using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Features.Organisations;

/// <summary>Replaces an organisation's fields. With If-Match, a stale ETag is refused (412).</summary>
public sealed record UpdateOrganisationCommand(
    string? Name,
    OrganisationKind? Kind,
    string? Postcode,
    string? Email,
    string? Phone,
    string? Website,
    string? Description) : ICommand<Versioned<OrganisationDto>>, IOrganisationFields, IConditionalRequest, IRequirePolicy
{
    public static Policy Policy => Policies.ChangeOrganisations;

    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public string? IfMatch { get; init; }
}

public sealed class UpdateOrganisationCommandValidator : OrganisationFieldsValidator<UpdateOrganisationCommand>;

public sealed class UpdateOrganisationCommandHandler(ITalentMatchDbContext db, ICurrentUser user, PostcodeDirectory places, TimeProvider clock)
    : IRequestHandler<UpdateOrganisationCommand, Versioned<OrganisationDto>>
{
    public async Task<Versioned<OrganisationDto>> Handle(UpdateOrganisationCommand request, CancellationToken cancellationToken)
    {
        var organisation = await db.LoadAsync(request.Id, cancellationToken);
        OrganisationRules.EnsureCanChange(user, organisation);
        db.CheckIfMatch(organisation, request.IfMatch, EntityNames.Organisation);
        await db.ApplyAsync(organisation, request, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return organisation.ToVersionedDto(places);
    }
}
