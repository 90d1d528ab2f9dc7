using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Volunteering;

/// <summary>Replaces a volunteer request's fields (status included). With If-Match, a stale ETag is refused (412).</summary>
public sealed record UpdateVolunteerRequestCommand(
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
    OpportunityStatus? Status) : ConditionalChange, ICommand<Versioned<VolunteerRequestDto>>, IVolunteerRequestFields, IRequirePolicy
{
    public static Policy Policy => Policies.WriteVolunteerRequests;

    public bool Neighbourhood { get; init; }
}

public sealed class UpdateVolunteerRequestCommandValidator : VolunteerRequestFieldsValidator<UpdateVolunteerRequestCommand>;

public sealed class UpdateVolunteerRequestCommandHandler(OpportunityStore store, OpportunityReader reader)
    : IRequestHandler<UpdateVolunteerRequestCommand, Versioned<VolunteerRequestDto>>
{
    public async Task<Versioned<VolunteerRequestDto>> Handle(UpdateVolunteerRequestCommand request, CancellationToken cancellationToken)
    {
        var volunteerRequest = await store.UpdateAsync<VolunteerRequest>(request.Id, request, request.IfMatch, Policies.VolunteerRequestStaff, (v, now) => CreateVolunteerRequestCommandHandler.Describe(v, request, now), cancellationToken);
        return await reader.ReadAsync(volunteerRequest, VolunteerRequestDto.From, cancellationToken);
    }
}
