using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Coins;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Api.Endpoints;

/// <summary><c>/api/v1/coins</c>: community coins (Buurtmunten): wallets, awards, offers, reservations, redemptions, settlements and reports.</summary>
internal static class CoinsEndpoints
{
    private const string Tag = "Coins";

    private const string IdempotencyNote =
        " Every write needs an Idempotency-Key header (1 to 100 characters, per caller): a retry with the same key answers what the first " +
        "request answered, without doing it again; the same key for a different request is a 409.";

    private const string ReportDescription =
        "Per month (Antwerp time) and district (of the person's postcode): coins issued (earned and awarded, less reversals), held at the " +
        "month's end (in wallets and open reservations), redeemed at partners and expired. from and to are months (yyyy-MM, at most 36). " +
        "A district with fewer people than Reports:MinimumGroupSize (default 3) in a month is added to \"other\"; when \"other\" is itself " +
        "that small, its numbers are null. JSON, or CSV with `Accept: text/csv` (columns: month, district, people, issued, held, redeemed, expired).";

    public static void MapCoinsApi(this RouteGroupBuilder api)
    {
        var coins = api.MapGroup("/coins").WithTags(Tag);

        coins.MapGet("/wallets/{profileId:guid}", GetWallet)
            .RequirePolicy(Policies.ReadWallets)
            .WithName("GetWallet")
            .WithSummary("A person's coins: balance, coins held for reservations, and the full history")
            .WithDescription("The person sees their own wallet; coordinators, admins, matchmakers and coaches see anyone's. The balance is the sum of the wallet's entries.");

        coins.MapPost("/awards", AwardCoins)
            .RequirePolicy(Policies.CoinsStaff)
            .WithName("AwardCoins")
            .WithSummary("Award coins for neighbourhood work, with a reason")
            .WithDescription("A coordinator or admin; amount 1 to 10000; never to their own profile (403)." + IdempotencyNote);

        coins.MapPost("/transactions/{id:guid}/reverse", ReverseCoinTransaction)
            .RequirePolicy(Policies.CoinsStaff)
            .WithName("ReverseCoinTransaction")
            .WithSummary("Correct an earned or awarded transaction with a reversing one")
            .WithDescription("The original stays; the reversal names the reason and who made it. Once per transaction (409); 409 stating the balance when the coins were spent." + IdempotencyNote);

        coins.MapGet("/offers", ListCoinOffers)
            .RequirePolicy(Policies.SignedIn)
            .WithName("ListCoinOffers")
            .WithSummary("Offers that can be reserved today, cheapest first");

        coins.MapPost("/offers", CreateCoinOffer)
            .RequirePolicy(Policies.PublishOffers)
            .WithName("CreateCoinOffer")
            .WithSummary("Publish an offer of a partner: title, price in coins, stock, last day")
            .WithDescription("An employer of the partner organisation, or a coordinator or admin. The organisation must be of kind partner (409)." + IdempotencyNote);

        coins.MapPost("/offers/{id:guid}/reservations", ReserveCoinOffer)
            .RequirePolicy(Policies.SpendCoins)
            .WithName("ReserveCoinOffer")
            .WithSummary("Reserve an offer with your coins: the price is held and you get a one-time code")
            .WithDescription("404 for an unknown offer; 409 when it ended or is out of stock, and 409 with `balance` and `required` when the wallet has too few coins." + IdempotencyNote);

        coins.MapGet("/reservations/{id:guid}", GetCoinReservation)
            .RequirePolicy(Policies.SpendCoins)
            .WithName("GetCoinReservation")
            .WithSummary("Your reservation, with its code");

        coins.MapGet("/reservations/{id:guid}/qr", CoinReservationQrCode)
            .RequirePolicy(Policies.SpendCoins)
            .WithName("CoinReservationQrCode")
            .WithSummary("Your reservation's code as a QR code (PNG) to show at the till")
            .Produces<byte[]>(StatusCodes.Status200OK, "image/png");

        coins.MapPost("/reservations/{id:guid}/cancel", CancelCoinReservation)
            .RequirePolicy(Policies.SpendCoins)
            .WithName("CancelCoinReservation")
            .WithSummary("Cancel your unredeemed reservation: the coins go back to your wallet")
            .WithDescription("409 when it was redeemed, cancelled or expired already." + IdempotencyNote);

        coins.MapPost("/redemptions/{code}/redeem", RedeemCoinCode)
            .RequirePolicy(Policies.RedeemCoins)
            .WithName("RedeemCoinCode")
            .WithSummary("Redeem a code at the till (the partner's account)")
            .WithDescription("An employer of the offer's partner organisation (another partner: 403). Once only: 409 when redeemed already, expired or cancelled. The answer names the offer, never the person." + IdempotencyNote);

        coins.MapGet("/partners/{organisationId:guid}/settlements/{month}", PartnerSettlement)
            .RequirePolicy(Policies.ReadSettlements)
            .WithName("PartnerSettlement")
            .WithSummary("A partner's monthly settlement: the codes redeemed in the month (yyyy-MM) and the coins")
            .WithDescription("The partner sees its own, coordinators and admins every partner's. JSON, or CSV with `Accept: text/csv` (columns: month, partner, redeemedAt, reservationId, code, offerId, offerTitle, coins).")
            .ProducesCsv();

        coins.MapGet("/reports", CoinsReport)
            .RequirePolicy(Policies.CoinsStaff)
            .WithName("CoinsReport")
            .WithSummary("Coins issued, held, redeemed and expired per month and district")
            .WithDescription(ReportDescription)
            .ProducesCsv();

        coins.MapPost("/expiry-runs", RunCoinExpiry)
            .RequirePolicy(Policies.CoinsStaff)
            .WithName("RunCoinExpiry")
            .WithSummary("Run the dated expiry job for a day up to today")
            .WithDescription("Releases the reservations unredeemed by the end of that day; when Coins:ExpiryMonths is on (0, the default, is off), expires the coins older than that. Running it again for the same day changes nothing." + IdempotencyNote);
    }

    private static async Task<Ok<WalletDto>> GetWallet(Guid profileId, IMediator mediator, CancellationToken ct, [AsParameters] PageRequest paging) =>
        TypedResults.Ok(await mediator.Send(new GetWalletQuery(profileId, paging.Page, paging.PageSize), ct));

    private static async Task<Created<CoinTransactionDto>> AwardCoins(AwardCoinsCommand command, [AsParameters] IdempotencyHeader header, IMediator mediator, CancellationToken ct) =>
        TypedResults.Created((string?)null, await mediator.Send(command with { IdempotencyKey = header.Key }, ct));

    private static async Task<Created<CoinTransactionDto>> ReverseCoinTransaction(
        Guid id, ReverseCoinTransactionCommand command, [AsParameters] IdempotencyHeader header, IMediator mediator, CancellationToken ct) =>
        TypedResults.Created((string?)null, await mediator.Send(command with { TransactionId = id, IdempotencyKey = header.Key }, ct));

    private static async Task<Ok<PagedList<CoinOfferDto>>> ListCoinOffers(IMediator mediator, CancellationToken ct, Guid? partnerOrganisationId, [AsParameters] PageRequest paging) =>
        TypedResults.Ok(await mediator.Send(new ListCoinOffersQuery(partnerOrganisationId, paging.Page, paging.PageSize), ct));

    private static async Task<Created<CoinOfferDto>> CreateCoinOffer(CreateCoinOfferCommand command, [AsParameters] IdempotencyHeader header, IMediator mediator, CancellationToken ct) =>
        TypedResults.Created((string?)null, await mediator.Send(command with { IdempotencyKey = header.Key }, ct));

    private static async Task<Created<CoinReservationDto>> ReserveCoinOffer(Guid id, [AsParameters] IdempotencyHeader header, IMediator mediator, CancellationToken ct)
    {
        var reservation = await mediator.Send(new ReserveCoinOfferCommand { OfferId = id, IdempotencyKey = header.Key }, ct);
        return TypedResults.Created($"/api/v1/coins/reservations/{reservation.Id}", reservation);
    }

    private static async Task<Ok<CoinReservationDto>> GetCoinReservation(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetCoinReservationQuery(id), ct));

    private static async Task<FileContentHttpResult> CoinReservationQrCode(Guid id, IMediator mediator, CancellationToken ct)
    {
        var reservation = await mediator.Send(new GetCoinReservationQuery(id), ct);
        return TypedResults.File(QrCodes.Png(reservation.Code), "image/png");
    }

    private static async Task<Ok<CoinReservationDto>> CancelCoinReservation(Guid id, [AsParameters] IdempotencyHeader header, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new CancelCoinReservationCommand { ReservationId = id, IdempotencyKey = header.Key }, ct));

    private static async Task<Ok<RedemptionDto>> RedeemCoinCode(string code, [AsParameters] IdempotencyHeader header, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new RedeemCoinCodeCommand { Code = code, IdempotencyKey = header.Key }, ct));

    private static async Task<Results<Ok<PartnerSettlementDto>, FileContentHttpResult>> PartnerSettlement(
        Guid organisationId, string month, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var settlement = await mediator.Send(new PartnerSettlementQuery(organisationId, month), ct);
        return http.JsonOrCsv(settlement, settlement.ToCsv, $"settlement-{settlement.Month}-{settlement.OrganisationId}.csv");
    }

    private static async Task<Results<Ok<CoinsReportDto>, FileContentHttpResult>> CoinsReport(
        IMediator mediator, HttpContext http, CancellationToken ct, [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? district)
    {
        var report = await mediator.Send(new CoinsReportQuery(from, to, district), ct);
        return http.JsonOrCsv(report, report.ToCsv, $"coins-{report.From}-{report.To}.csv");
    }

    private static async Task<Created<CoinExpiryRunDto>> RunCoinExpiry(RunCoinExpiryCommand command, [AsParameters] IdempotencyHeader header, IMediator mediator, CancellationToken ct) =>
        TypedResults.Created((string?)null, await mediator.Send(command with { IdempotencyKey = header.Key }, ct));

    /// <summary>The key that makes a write safe to retry.</summary>
    internal sealed record IdempotencyHeader([FromHeader(Name = "Idempotency-Key")] string? Key);
}
