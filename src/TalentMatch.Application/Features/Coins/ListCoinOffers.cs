using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;

namespace TalentMatch.Application.Features.Coins;

/// <summary>The offers that can be reserved today (not ended, in stock), cheapest first; optionally of one partner.</summary>
public sealed record ListCoinOffersQuery(Guid? PartnerOrganisationId, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<CoinOfferDto>>, IPagedRequest, IRequirePolicy
{
    public static Policy Policy => Policies.SignedIn;
}

public sealed class ListCoinOffersQueryValidator : PagedRequestValidator<ListCoinOffersQuery>;

public sealed class ListCoinOffersQueryHandler(ITalentMatchDbContext db, TimeProvider clock) : IRequestHandler<ListCoinOffersQuery, PagedList<CoinOfferDto>>
{
    public Task<PagedList<CoinOfferDto>> Handle(ListCoinOffersQuery request, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var partner = request.PartnerOrganisationId;
        return (
                from o in db.CoinOffers
                where o.ValidUntil >= today && o.Stock > 0 && (partner == null || o.PartnerOrganisationId == partner)
                join p in db.Organisations on o.PartnerOrganisationId equals p.Id
                orderby o.Price, o.Title, o.Id
                select new CoinOfferDto(o.Id, p.Id, p.Name, o.Title, o.Description, o.Price, o.Stock, o.ValidUntil, o.CreatedAt))
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}
