using CsCheck;
using TalentMatch.Domain.Coins;
using TalentMatch.Domain.Common;

namespace TalentMatch.UnitTests.Coins;

/// <summary>
/// Random sequences of earn, award, reserve, redeem, cancel, expire and reverse, played on the
/// domain's own entities: whatever is refused, every balance but the city's stays at or above
/// zero, all entries add up to zero, every balance is the sum of its entries, the holding account
/// holds exactly the open reservations, and no offer gains or loses stock.
/// </summary>
public sealed class LedgerPropertyTests
{
    private const int People = 3;
    private const int Partners = 2;
    private const int Offers = 3;

    private static readonly DateTime Start = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Staff = Guid.CreateVersion7();

    /// <summary>One step: which operation, and two numbers it picks its target and amount with.</summary>
    private sealed record Step(int Operation, int A, int B)
    {
        public override string ToString() => $"{(Operation)Operation}({A}, {B})";
    }

    private enum Operation
    {
        Earn,
        Award,
        Reserve,
        Redeem,
        Cancel,
        ExpireReservation,
        ExpireCoins,
        Reverse,
        Wait,
    }

    private static readonly Gen<Step> StepGen =
        Gen.Select(Gen.Int[0, Enum.GetValues<Operation>().Length - 1], Gen.Int[0, 1000], Gen.Int[-5, 60], (o, a, b) => new Step(o, a, b));

    private static readonly Gen<(int[] Prices, int[] Stocks, Step[] Steps)> Scenario =
        Gen.Select(Gen.Int[1, 25].Array[Offers], Gen.Int[0, 4].Array[Offers], StepGen.Array[1, 120]);

    [Test]
    public void RandomSequences_KeepTheLedgerInvariants()
    {
        Scenario.Sample(
            s =>
            {
                var world = new World(s.Prices, s.Stocks);
                foreach (var step in s.Steps)
                {
                    world.Apply(step);
                    world.AssertInvariants(step);
                }
            },
            iter: 400,
            threads: 1,
            print: s => $"prices {string.Join(",", s.Prices)}; stocks {string.Join(",", s.Stocks)}; steps {string.Join(" ", s.Steps.Select(x => x.ToString()))}");
    }

    [Test]
    public void RandomSequences_RefusalsChangeNothing()
    {
        Scenario.Sample(
            s =>
            {
                var world = new World(s.Prices, s.Stocks);
                foreach (var step in s.Steps)
                {
                    var before = world.Snapshot();
                    if (!world.Apply(step))
                    {
                        world.Snapshot().ShouldBe(before, $"refused {step} changed the ledger");
                    }
                }
            },
            iter: 200,
            threads: 1);
    }

    /// <summary>The accounts, offers and reservations of a small town, and every transaction made.</summary>
    private sealed class World
    {
        private readonly CoinAccount _issuance = CoinAccount.Issuance();
        private readonly CoinAccount _holding = CoinAccount.Holding();
        private readonly CoinAccount _expiry = CoinAccount.Expiry();
        private readonly CoinAccount[] _wallets;
        private readonly CoinAccount[] _partners;
        private readonly CoinOffer[] _offers;
        private readonly int[] _initialStock;
        private readonly List<CoinReservation> _reservations = [];
        private readonly List<CoinTransaction> _transactions = [];
        private readonly HashSet<Guid> _reversed = [];
        private DateTime _now = Start;

        public World(int[] prices, int[] stocks)
        {
            _wallets = [.. Enumerable.Range(0, People).Select(_ => CoinAccount.WalletOf(Guid.CreateVersion7(), Start))];
            _partners = [.. Enumerable.Range(0, Partners).Select(_ => CoinAccount.PartnerOf(Guid.CreateVersion7(), Start))];
            _offers = [.. prices.Select((price, i) => new CoinOffer(_partners[i % Partners].OwnerId!.Value, $"Offer {i}", null, price, stocks[i], DateOnly.FromDateTime(Start).AddDays(30), Staff, Start))];
            _initialStock = stocks;
        }

        private IEnumerable<CoinAccount> Accounts => [_issuance, _holding, _expiry, .. _wallets, .. _partners];

        private DateOnly Today => DateOnly.FromDateTime(_now);

        /// <summary>Plays the step; false when the domain refused it.</summary>
        public bool Apply(Step step)
        {
            try
            {
                Play(step);
                return true;
            }
            catch (DomainRuleException)
            {
                return false;
            }
        }

        private void Play(Step step)
        {
            var wallet = _wallets[step.A % People];
            switch ((Operation)step.Operation)
            {
                case Operation.Earn:
                    Add(CoinTransaction.Earn(_issuance, wallet, step.B, Staff, _now, $"hours:{Guid.CreateVersion7()}"));
                    break;
                case Operation.Award:
                    Add(CoinTransaction.Award(_issuance, wallet, step.B, step.B % 7 == 0 ? " " : "Buurtfeest", Staff, _now));
                    break;
                case Operation.Reserve:
                    var offer = _offers[step.B is < 0 ? 0 : step.B % Offers];
                    var (reservation, hold) = CoinReservation.Reserve(offer, wallet, _holding, Staff, _now, Today, _now.AddDays(7));
                    _reservations.Add(reservation);
                    Add(hold);
                    break;
                case Operation.Redeem when Pick(step) is { } r:
                    Add(r.Redeem(_holding, _partners.Single(p => p.OwnerId == r.PartnerOrganisationId), Staff, _now));
                    break;
                case Operation.Cancel when Pick(step) is { } r:
                    Add(r.Cancel(OfferOf(r), _holding, WalletOf(r), Staff, _now));
                    break;
                case Operation.ExpireReservation when Pick(step) is { IsOpen: true } r && _now >= r.ExpiresAt:
                    Add(r.Expire(OfferOf(r), _holding, WalletOf(r), _now));
                    break;
                case Operation.ExpireCoins:
                    Add(CoinTransaction.Expire(wallet, _expiry, step.B, Today, _now));
                    break;
                case Operation.Reverse when _transactions.Count > 0:
                    var original = _transactions[step.A % _transactions.Count];
                    if (!_reversed.Contains(original.Id))
                    {
                        var reversal = original.Reverse(Account(original.DebitAccountId), Account(original.CreditAccountId), "Correctie", Staff, _now);
                        _reversed.Add(original.Id);
                        Add(reversal);
                    }

                    break;
                case Operation.Wait:
                    _now = _now.AddDays(Math.Abs(step.B) % 10);
                    break;
            }
        }

        private CoinReservation? Pick(Step step) => _reservations.Count == 0 ? null : _reservations[step.A % _reservations.Count];

        private CoinOffer OfferOf(CoinReservation r) => _offers.Single(o => o.Id == r.OfferId);

        private CoinAccount WalletOf(CoinReservation r) => _wallets.Single(w => w.Id == r.WalletAccountId);

        private CoinAccount Account(Guid id) => Accounts.Single(a => a.Id == id);

        private void Add(CoinTransaction transaction) => _transactions.Add(transaction);

        public string Snapshot() =>
            string.Join(";", Accounts.Select(a => $"{a.Kind}:{a.Balance}:{a.Version}")) + "|" +
            string.Join(";", _offers.Select(o => o.Stock)) + "|" +
            string.Join(";", _reservations.Select(r => r.Status)) + "|" + _transactions.Count;

        public void AssertInvariants(Step step)
        {
            var entries = _transactions.SelectMany(t => t.Entries).ToList();
            entries.Sum(e => e.Amount).ShouldBe(0, $"after {step}: entries do not add up to zero");
            _transactions.ShouldAllBe(t => t.Entries.Count == 2 && t.Entries.Sum(e => e.Amount) == 0 && t.Amount > 0);
            foreach (var account in Accounts)
            {
                account.Balance.ShouldBe(entries.Where(e => e.AccountId == account.Id).Sum(e => e.Amount), $"after {step}: {account.Kind} balance is not the sum of its entries");
                if (account.Kind != CoinAccountKind.Issuance)
                {
                    account.Balance.ShouldBeGreaterThanOrEqualTo(0, $"after {step}: {account.Kind} went below zero");
                }
            }

            _holding.Balance.ShouldBe(_reservations.Where(r => r.IsOpen).Sum(r => r.Price), $"after {step}: holding is not the open reservations");
            for (var i = 0; i < Offers; i++)
            {
                var taken = _reservations.Count(r => r.OfferId == _offers[i].Id && r.Status is CoinReservationStatus.Reserved or CoinReservationStatus.Redeemed);
                (_offers[i].Stock + taken).ShouldBe(_initialStock[i], $"after {step}: offer {i} gained or lost stock");
            }

            _transactions.Where(t => t.ReversesTransactionId is not null).GroupBy(t => t.ReversesTransactionId).ShouldAllBe(g => g.Count() == 1);
        }
    }
}
