using FluentValidation;
using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;

namespace TalentMatch.Application.Features.Catalogue;

/// <summary>Ranks occupations for a free-text job title in any imported language.</summary>
public sealed record SearchOccupationsQuery(string? Q, int Limit = 20) : IQuery<IReadOnlyList<OccupationSearchHit>>, IRequirePolicy
{
    public static Policy Policy => Policies.SignedIn;
}

public sealed class SearchOccupationsQueryValidator : AbstractValidator<SearchOccupationsQuery>
{
    public SearchOccupationsQueryValidator()
    {
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Limit).InclusiveBetween(1, 100);
    }
}

public sealed class SearchOccupationsQueryHandler(IOccupationSearch search, ICurrentUser user)
    : IRequestHandler<SearchOccupationsQuery, IReadOnlyList<OccupationSearchHit>>
{
    public Task<IReadOnlyList<OccupationSearchHit>> Handle(SearchOccupationsQuery request, CancellationToken cancellationToken) =>
        search.SearchAsync(request.Q ?? "", request.Limit, user.Language, cancellationToken);
}

/// <summary>Occupation search over preferred and alternative labels; tolerant of typos and compounds.</summary>
public interface IOccupationSearch : Abstractions.IReadModelCache
{
    Task<IReadOnlyList<OccupationSearchHit>> SearchAsync(string query, int limit, string language, CancellationToken cancellationToken);

}
