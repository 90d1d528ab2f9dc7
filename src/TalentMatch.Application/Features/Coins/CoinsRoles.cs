using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Features.Coins;

/// <summary>
/// Who may call each coins operation, in one place (docs/adr/0011-community-coins-ledger.md). The
/// endpoints require these roles; the handlers add who owns what (the person's own wallet, the
/// partner's own organisation).
/// </summary>
public static class CoinsRoles
{
    /// <summary>The city's coins staff: award, reverse, run expiry, see every wallet, settlements and reports.</summary>
    public static IReadOnlyList<string> Staff { get; } = [Roles.Admin, Roles.Coordinator];

    public static IReadOnlyList<string> Award => Staff;
    public static IReadOnlyList<string> Reverse => Staff;
    public static IReadOnlyList<string> RunExpiry => Staff;
    public static IReadOnlyList<string> Reports => Staff;

    /// <summary>The person (their own wallet) and staff who follow people.</summary>
    public static IReadOnlyList<string> ReadWallet { get; } = [Roles.Admin, Roles.Coordinator, Roles.Matchmaker, Roles.Coach, Roles.JobSeeker];

    /// <summary>Everyone signed in sees the offers.</summary>
    public static IReadOnlyList<string> ReadOffers { get; } = Roles.All;

    /// <summary>A partner (an employer of a partner organisation) for itself, or coins staff for a partner.</summary>
    public static IReadOnlyList<string> PublishOffers { get; } = [Roles.Admin, Roles.Coordinator, Roles.Employer];

    /// <summary>The person, with their own wallet.</summary>
    public static IReadOnlyList<string> Reserve { get; } = [Roles.JobSeeker];

    /// <summary>The person sees and cancels their own reservations.</summary>
    public static IReadOnlyList<string> OwnReservations { get; } = [Roles.JobSeeker];

    /// <summary>The partner's account at the till (an employer of the partner organisation of the offer).</summary>
    public static IReadOnlyList<string> Redeem { get; } = [Roles.Employer];

    /// <summary>The partner for itself, and coins staff for every partner.</summary>
    public static IReadOnlyList<string> Settlement { get; } = [Roles.Admin, Roles.Coordinator, Roles.Employer];

    public static bool IsStaff(Abstractions.ICurrentUser user) => Staff.Any(user.IsInRole);
}
