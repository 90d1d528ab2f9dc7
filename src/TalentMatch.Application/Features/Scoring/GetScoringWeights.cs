using MediatR;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Ranking;
using TalentMatch.Matching;

namespace TalentMatch.Application.Features.Scoring;

/// <summary>
/// The scoring weights in force: the same options object the engine scores with (bound from
/// `Matching:*` at start-up). Read-only: they are set per deployment in configuration.
/// </summary>
public sealed record GetScoringWeightsQuery : IQuery<MatchingWeightsDto>, IRequirePolicy
{
    public static Policy Policy => Policies.ReadScoringWeights;
}

public sealed class GetScoringWeightsQueryHandler(MatchingOptions options) : IRequestHandler<GetScoringWeightsQuery, MatchingWeightsDto>
{
    public Task<MatchingWeightsDto> Handle(GetScoringWeightsQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(MatchingWeightsDto.From(options));
}
