using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Volunteering;

/// <summary>Asks for volunteers ("Helpende handen"), for an organisation or for a neighbour.</summary>
public sealed record CreateVolunteerRequestCommand(
    Guid? OrganisationId,
    string? RequesterName,
    string? Title,
    string? Description,
    string? Postcode,
    DateTime? StartsAt,
    DateTime? EndsAt,
    Recurrence? Recurring,
    double HoursEstimate,
    int VolunteersNeeded,
    List<OpportunityRequirementInput>? Requirements,
    List<OpportunityLanguageInput>? Languages,
    List<string>? Interests,
    bool MultilingualValued,
    OpportunityStatus? Status) : ICommand<Versioned<VolunteerRequestDto>>, IVolunteerRequestFields, IRequirePolicy
{
    public static Policy Policy => Policies.WriteVolunteerRequests;

    public bool Neighbourhood { get; init; }
}

public sealed class CreateVolunteerRequestCommandValidator : VolunteerRequestFieldsValidator<CreateVolunteerRequestCommand>;

public sealed class CreateVolunteerRequestCommandHandler(ITalentMatchDbContext db, OpportunityMapping mapping)
    : IRequestHandler<CreateVolunteerRequestCommand, Versioned<VolunteerRequestDto>>
{
    public async Task<Versioned<VolunteerRequestDto>> Handle(CreateVolunteerRequestCommand request, CancellationToken cancellationToken)
    {
        mapping.EnsureCanWrite(request.OrganisationId, Policies.VolunteerRequestStaff);
        await mapping.CheckReferencesAsync(request, cancellationToken);
        var volunteerRequest = new VolunteerRequest(mapping.CallerId, mapping.Now);
        mapping.ApplyVolunteerRequest(volunteerRequest, request);
        db.VolunteerRequests.Add(volunteerRequest);
        await db.SaveChangesAsync(cancellationToken);
        return await mapping.ToVersionedDtoAsync(volunteerRequest, cancellationToken);
    }
}
