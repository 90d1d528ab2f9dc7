using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Coins;

/// <summary>
/// What a partner gives for coins: a discount or a product, at a price in coins, while stock
/// lasts and until a day. A reservation takes one from the stock; a released reservation puts it back.
/// </summary>
public class CoinOffer : AggregateRoot
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 2000;
    public const long MaxPrice = 1_000;
    public const int MaxStock = 100_000;

    private CoinOffer()
    {
    }

    public CoinOffer(Guid partnerOrganisationId, string title, string? description, long price, int stock, DateOnly validUntil, Guid byUserId, DateTime now)
    {
        if (price is <= 0 or > MaxPrice)
        {
            throw new DomainRuleException(DomainMessages.CoinOfferPriceRange, MaxPrice);
        }

        if (stock is < 0 or > MaxStock)
        {
            throw new DomainRuleException(DomainMessages.CoinOfferStockRange, MaxStock);
        }

        PartnerOrganisationId = partnerOrganisationId;
        Title = title.Trim();
        Description = description.TrimToNull();
        Price = price;
        Stock = stock;
        ValidUntil = validUntil;
        Created(byUserId, now);
    }

    public Guid PartnerOrganisationId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public long Price { get; private set; }

    /// <summary>How many can still be reserved.</summary>
    public int Stock { get; private set; }

    /// <summary>The last day (Antwerp time) the offer can be reserved and redeemed.</summary>
    public DateOnly ValidUntil { get; private set; }

    public bool IsValidOn(DateOnly day) => day <= ValidUntil;

    /// <summary>Refuses (409) when the offer has ended or none is left.</summary>
    public void EnsureReservable(DateOnly today)
    {
        if (!IsValidOn(today))
        {
            throw new DomainRuleException(DomainMessages.CoinOfferEnded, new Dictionary<string, object?> { ["validUntil"] = ValidUntil }, ValidUntil);
        }

        if (Stock <= 0)
        {
            throw new DomainRuleException(DomainMessages.CoinOfferOutOfStock, new Dictionary<string, object?> { ["stock"] = 0 });
        }
    }

    /// <summary>Takes one from the stock, or refuses (409) when the offer has ended or none is left.</summary>
    internal void TakeOne(DateOnly today, DateTime now)
    {
        EnsureReservable(today);
        Stock--;
        Touch(now);
    }

    internal void PutBack(DateTime now)
    {
        Stock++;
        Touch(now);
    }
}
