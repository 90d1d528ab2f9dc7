using MediatR;
using TalentMatch.Application.Common;
using TalentMatch.Matching;

namespace TalentMatch.Application.Features.Scoring;

/// <summary>One constant of the scoring model by its configuration name (<c>Matching:{name}</c>).</summary>
public sealed record ScoringWeightDto(string Name, double Value);

/// <summary>Every constant of the scoring model in force, in the order of <see cref="MatchingOptions"/>.</summary>
public sealed record ScoringWeightsDto(string Section, IReadOnlyList<ScoringWeightDto> Weights);

/// <summary>
/// The scoring weights in force: read from the same options object the engine scores with (bound
/// from `Matching:*` and checked at start-up). Read-only: they are set per deployment in configuration.
/// </summary>
public sealed record GetScoringWeightsQuery : IQuery<ScoringWeightsDto>, IRequirePolicy
{
    public static Policy Policy => Policies.ReadScoringWeights;
}

public sealed class GetScoringWeightsQueryHandler(MatchingOptions options) : IRequestHandler<GetScoringWeightsQuery, ScoringWeightsDto>
{
    /// <summary>Every number the options hold, so a constant added to the model is listed without a line here.</summary>
    private static readonly System.Reflection.PropertyInfo[] Numbers =
        [.. typeof(MatchingOptions).GetProperties().Where(p => p.CanRead && (p.PropertyType == typeof(double) || p.PropertyType == typeof(int)))];

    public Task<ScoringWeightsDto> Handle(GetScoringWeightsQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(new ScoringWeightsDto(
            MatchingOptions.SectionName,
            [.. Numbers.Select(p => new ScoringWeightDto(p.Name, Convert.ToDouble(p.GetValue(options), System.Globalization.CultureInfo.InvariantCulture)))]));
}
