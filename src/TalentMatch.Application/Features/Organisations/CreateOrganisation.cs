using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Organisations;
using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Features.Organisations;

/// <summary>A job hunter, matchmaker or admin registers an organisation that offers work or asks for volunteers.</summary>
public sealed record CreateOrganisationCommand(
    string? Name,
    OrganisationKind? Kind,
    string? Postcode,
    string? Email,
    string? Phone,
    string? Website,
    string? Description) : ICommand<Versioned<OrganisationDto>>, IOrganisationFields, IRequirePolicy
{
    public static Policy Policy => Policies.OpportunityStaff;
}

public sealed class CreateOrganisationCommandValidator : OrganisationFieldsValidator<CreateOrganisationCommand>;

public sealed class CreateOrganisationCommandHandler(ITalentMatchDbContext db, ICurrentUser user, PostcodeDirectory places, TimeProvider clock)
    : IRequestHandler<CreateOrganisationCommand, Versioned<OrganisationDto>>
{
    public async Task<Versioned<OrganisationDto>> Handle(CreateOrganisationCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var organisation = new Organisation(user.RequireUserId(), now);
        var details = request.ToDetails();
        await db.EnsureNoOtherNamedAsync(organisation.Id, details, cancellationToken);
        organisation.Update(details, now);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        return OrganisationDto.Versioned(organisation, places);
    }
}
