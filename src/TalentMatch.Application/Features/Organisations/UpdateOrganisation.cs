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
    string? Description) : ConditionalChange, ICommand<Versioned<OrganisationDto>>, IOrganisationFields, IRequirePolicy
{
    public static Policy Policy => Policies.ChangeOrganisations;
}

public sealed class UpdateOrganisationCommandValidator : OrganisationFieldsValidator<UpdateOrganisationCommand>;

public sealed class UpdateOrganisationCommandHandler(ITalentMatchDbContext db, ICurrentUser user, PostcodeDirectory places, TimeProvider clock)
    : IRequestHandler<UpdateOrganisationCommand, Versioned<OrganisationDto>>
{
    public async Task<Versioned<OrganisationDto>> Handle(UpdateOrganisationCommand request, CancellationToken cancellationToken)
    {
        var organisation = await db.LoadOrganisationAsync(request.Id, cancellationToken);
        OrganisationAccess.EnsureCanChange(user, organisation);
        db.CheckIfMatch(organisation, request.IfMatch, EntityNames.Organisation);
        var details = request.ToDetails();
        await db.EnsureNoOtherNamedAsync(organisation.Id, details, cancellationToken);
        organisation.Update(details, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return OrganisationDto.Versioned(organisation, places);
    }
}
