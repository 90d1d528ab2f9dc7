using TalentMatch.Domain.Coins;
using TalentMatch.Domain.Common;

namespace TalentMatch.UnitTests.Coins;

public sealed class CoinReservationTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);
    private static readonly Guid Person = Guid.CreateVersion7();

    private CoinAccount _issuance = null!;
    private CoinAccount _holding = null!;
    private CoinAccount _wallet = null!;
    private CoinAccount _partner = null!;

    [SetUp]
    public void OpenAccounts()
    {
        _issuance = CoinAccount.Issuance();
        _holding = CoinAccount.Holding();
        _wallet = CoinAccount.WalletOf(Guid.CreateVersion7(), Now);
        _partner = CoinAccount.PartnerOf(Guid.CreateVersion7(), Now);
    }

    private CoinOffer Offer(long price = 5, int stock = 2, int validDays = 10) =>
        new(_partner.OwnerId!.Value, "Zwembeurt", null, price, stock, Today.AddDays(validDays), Person, Now);

    [Test]
    public void Reserve_HoldsThePrice_TakesOneFromStock_AndGivesATenCharacterCode()
    {
        CoinTransaction.Award(_issuance, _wallet, 8, "Buurtfeest", Person, Now);
        var offer = Offer();

        var (reservation, hold) = CoinReservation.Reserve(offer, _wallet, _holding, Person, Now, Today, Now.AddDays(14));

        _wallet.Balance.ShouldBe(3);
        _holding.Balance.ShouldBe(5);
        offer.Stock.ShouldBe(1);
        hold.Kind.ShouldBe(CoinTransactionKind.Reserve);
        reservation.Code.Length.ShouldBe(CoinReservation.CodeLength);
        reservation.Code.ShouldAllBe(c => "23456789ABCDEFGHJKMNPQRSTUVWXYZ".Contains(c));
    }

    [Test]
    public void Reserve_WithTooFewCoins_Refuses409StatingTheBalance_AndChangesNothing()
    {
        CoinTransaction.Award(_issuance, _wallet, 3, "Buurtfeest", Person, Now);
        var offer = Offer(price: 5);

        var refused = Should.Throw<DomainRuleException>(() => CoinReservation.Reserve(offer, _wallet, _holding, Person, Now, Today, Now.AddDays(14)));

        refused.MessageKey.ShouldBe(DomainMessages.CoinsInsufficient);
        refused.Details["balance"].ShouldBe(3L);
        refused.Details["required"].ShouldBe(5L);
        (_wallet.Balance, _holding.Balance, offer.Stock).ShouldBe((3L, 0L, 2));
    }

    [Test]
    public void Reserve_OutOfStockOrEnded_Refuses()
    {
        CoinTransaction.Award(_issuance, _wallet, 50, "Buurtfeest", Person, Now);

        Should.Throw<DomainRuleException>(() => CoinReservation.Reserve(Offer(stock: 0), _wallet, _holding, Person, Now, Today, Now.AddDays(1)))
            .MessageKey.ShouldBe(DomainMessages.CoinOfferOutOfStock);
        Should.Throw<DomainRuleException>(() => CoinReservation.Reserve(Offer(validDays: -1), _wallet, _holding, Person, Now, Today, Now.AddDays(1)))
            .MessageKey.ShouldBe(DomainMessages.CoinOfferEnded);
        _wallet.Balance.ShouldBe(50);
    }

    [Test]
    public void Redeem_PaysThePartnerOnce_AndASecondTimeIsRefused()
    {
        CoinTransaction.Award(_issuance, _wallet, 5, "Buurtfeest", Person, Now);
        var (reservation, _) = CoinReservation.Reserve(Offer(), _wallet, _holding, Person, Now, Today, Now.AddDays(14));

        reservation.Redeem(_holding, _partner, Person, Now.AddHours(1));

        _partner.Balance.ShouldBe(5);
        _holding.Balance.ShouldBe(0);
        reservation.Status.ShouldBe(CoinReservationStatus.Redeemed);
        Should.Throw<DomainRuleException>(() => reservation.Redeem(_holding, _partner, Person, Now.AddHours(2)))
            .MessageKey.ShouldBe(DomainMessages.CoinCodeAlreadyRedeemed);
        _partner.Balance.ShouldBe(5);
    }

    [Test]
    public void Redeem_AfterExpiry_IsRefused_AndExpiringReleasesTheCoinsAndTheStock()
    {
        CoinTransaction.Award(_issuance, _wallet, 5, "Buurtfeest", Person, Now);
        var offer = Offer();
        var (reservation, _) = CoinReservation.Reserve(offer, _wallet, _holding, Person, Now, Today, Now.AddDays(1));

        Should.Throw<DomainRuleException>(() => reservation.Redeem(_holding, _partner, Person, Now.AddDays(2)))
            .MessageKey.ShouldBe(DomainMessages.CoinCodeExpired);
        reservation.Expire(offer, _holding, _wallet, Now.AddDays(2));

        (_wallet.Balance, _holding.Balance, _partner.Balance, offer.Stock).ShouldBe((5L, 0L, 0L, 2));
        reservation.Status.ShouldBe(CoinReservationStatus.Expired);
    }

    [TestCase(0)]
    [TestCase(-3)]
    [TestCase(CoinTransaction.MaxAmount + 1)]
    public void Award_ZeroNegativeOrHugeAmount_IsRefused(long amount)
    {
        Should.Throw<DomainRuleException>(() => CoinTransaction.Award(_issuance, _wallet, amount, "Buurtfeest", Person, Now))
            .MessageKey.ShouldBe(DomainMessages.CoinAmountRange);
        (_issuance.Balance, _wallet.Balance).ShouldBe((0L, 0L));
    }

    [Test]
    public void Reverse_AnAward_TakesTheCoinsBackOnce_ButNotWhenSpent()
    {
        var award = CoinTransaction.Award(_issuance, _wallet, 5, "Buurtfeest", Person, Now);
        var spent = CoinTransaction.Award(_issuance, _wallet, 5, "Opruimactie", Person, Now);
        CoinReservation.Reserve(Offer(price: 3), _wallet, _holding, Person, Now, Today, Now.AddDays(1));

        var reversal = award.Reverse(_issuance, _wallet, "Dubbel toegekend", Person, Now);
        Should.Throw<DomainRuleException>(() => spent.Reverse(_issuance, _wallet, "Dubbel", Person, Now))
            .MessageKey.ShouldBe(DomainMessages.CoinsInsufficient);

        reversal.ReversesTransactionId.ShouldBe(award.Id);
        reversal.Reason.ShouldBe("Dubbel toegekend");
        (_issuance.Balance, _wallet.Balance).ShouldBe((-5L, 2L));
    }

    [Test]
    public void NormalizeCode_IgnoresCaseSpacesAndDashes() =>
        CoinReservation.NormalizeCode(" ab2c-d3ef 45 ").ShouldBe("AB2CD3EF45");
}
