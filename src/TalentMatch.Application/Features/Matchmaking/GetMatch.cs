using MediatR;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Privacy;
using TalentMatch.Domain.Privacy;

namespace TalentMatch.Application.Features.Matchmaking;

/// <summary>One match with its history, as the caller may see it.</summary>
public sealed record GetMatchQuery(Guid Id) : IQuery<Versioned<MatchDto>>, IRequirePolicy, ILoggedRead<Versioned<MatchDto>>
{
    public static Policy Policy => Policies.SeeMatches;

    public IEnumerable<PersonalRecordRead> RecordsIn(Versioned<MatchDto> response) => [new(response.Value.Person.ProfileId, AccessedRecord.Match, response.Value.Id)];
}

public sealed class GetMatchQueryHandler(MatchStore store, MatchReader reader) : IRequestHandler<GetMatchQuery, Versioned<MatchDto>>
{
    public async Task<Versioned<MatchDto>> Handle(GetMatchQuery request, CancellationToken cancellationToken) =>
        await reader.ReadVersionedAsync(await store.LoadVisibleAsync(request.Id, cancellationToken), cancellationToken);
}
