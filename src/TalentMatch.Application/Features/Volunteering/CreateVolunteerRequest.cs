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

public sealed class CreateVolunteerRequestCommandHandler(OpportunityStore store, OpportunityReader reader)
    : IRequestHandler<CreateVolunteerRequestCommand, Versioned<VolunteerRequestDto>>
{
    public async Task<Versioned<VolunteerRequestDto>> Handle(CreateVolunteerRequestCommand request, CancellationToken cancellationToken)
    {
        var volunteerRequest = await store.AddAsync(request, Policies.VolunteerRequestStaff, (by, now) => Describe(new VolunteerRequest(by, now), request, now), cancellationToken);
        return await reader.ReadAsync(volunteerRequest, VolunteerRequestDto.From, cancellationToken);
    }

    internal static VolunteerRequest Describe(VolunteerRequest volunteerRequest, IVolunteerRequestFields fields, DateTime now)
    {
        volunteerRequest.Describe(fields.ToDetails(), fields.ToTerms(), now);
        return volunteerRequest;
    }
}
