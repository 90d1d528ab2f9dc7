using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Common;

/// <summary>
/// A named set of roles that may perform an operation. The same policy is required by the
/// endpoint, checked in the request pipeline (<see cref="IRequirePolicy"/>), used by handlers for
/// their ownership rules, and listed as the operation's "Roles:" line in the OpenAPI document.
/// </summary>
public sealed record Policy(string Name, IReadOnlyList<string> Roles)
{
    public bool Allows(ICurrentUser user) => Roles.Any(user.IsInRole);

    /// <summary>Whether every role may (the operation then only needs a signed-in user).</summary>
    public bool IsAnySignedInUser => Domain.Common.Roles.All.All(Roles.Contains);
}

/// <summary>
/// The one table of who may do what. A role listed here gets past authorization; the handler may
/// still refuse a person who is not theirs (the owner, the coach, the employer of the organisation).
/// </summary>
public static class Policies
{
    private static readonly string[] Managers = [Roles.Admin, Roles.Matchmaker];
    private static readonly string[] PeopleStaffRoles = [Roles.Admin, Roles.Matchmaker, Roles.TalentScout, Roles.Coach];
    private static readonly string[] OpportunityStaffRoles = [Roles.Admin, Roles.Matchmaker, Roles.JobHunter];

    // Everyone
    public static Policy SignedIn { get; } = new(nameof(SignedIn), Roles.All);

    // Accounts and the catalogue
    public static Policy ManageAccounts { get; } = new(nameof(ManageAccounts), [Roles.Admin]);
    public static Policy CurateCatalogue { get; } = new(nameof(CurateCatalogue), [Roles.Admin]);

    /// <summary>Who reads the scoring weights in force (set per deployment in configuration, never through the app).</summary>
    public static Policy ReadScoringWeights { get; } = new(nameof(ReadScoringWeights), [Roles.Admin]);

    /// <summary>Staff who tell the occupation search which occupation a searched text meant.</summary>
    public static Policy TeachOccupationSearch { get; } = new(nameof(TeachOccupationSearch), [Roles.Admin, Roles.Matchmaker]);

    // People and their profiles
    public static Policy PeopleStaff { get; } = new(nameof(PeopleStaff), PeopleStaffRoles);
    /// <summary>
    /// Who reads profiles (a job seeker only their own), and so who sees who a person is wherever
    /// the person appears: on a match and on a ranked list. Everyone else who sees them there (an
    /// employer, a job hunter) sees the district, a distance band and what the person disclosed.
    /// </summary>
    public static Policy WorkWithProfiles { get; } = new(nameof(WorkWithProfiles), [.. PeopleStaffRoles, Roles.JobSeeker]);
    public static Policy ClaimProfiles { get; } = new(nameof(ClaimProfiles), [Roles.JobSeeker]);
    public static Policy ConfirmCompetences { get; } = new(nameof(ConfirmCompetences), [Roles.Admin, Roles.TalentScout]);

    /// <summary>Staff hide a profile from matching and ranked lists, and show it again; they never erase it.</summary>
    public static Policy DeactivateProfiles { get; } = new(nameof(DeactivateProfiles), PeopleStaffRoles);

    // The person's privacy rights: their own act, or an admin's on a recorded request with its ground
    /// <summary>The person erases their own profile; an admin erases one, naming the ground (reason).</summary>
    public static Policy EraseProfiles { get; } = new(nameof(EraseProfiles), [Roles.Admin, Roles.JobSeeker]);

    /// <summary>The person downloads everything held about them; an admin does, naming the ground (reason).</summary>
    public static Policy ExportPersonalData { get; } = new(nameof(ExportPersonalData), [Roles.Admin, Roles.JobSeeker]);

    /// <summary>Only the person reads who read their records.</summary>
    public static Policy ReadAccessLog { get; } = new(nameof(ReadAccessLog), [Roles.JobSeeker]);

    // Organisations and their opportunities
    /// <summary>Every staff role: they see every organisation and every opportunity.</summary>
    public static Policy Staff { get; } = new(nameof(Staff), [.. PeopleStaffRoles.Union(OpportunityStaffRoles)]);
    public static Policy OpportunityStaff { get; } = new(nameof(OpportunityStaff), OpportunityStaffRoles);
    /// <summary>Staff, and the coins coordinator who publishes offers for partner organisations.</summary>
    public static Policy SeeEveryOrganisation { get; } = new(nameof(SeeEveryOrganisation), [.. Staff.Roles, Roles.Coordinator]);

    /// <summary>Besides those who see every organisation, an employer sees their own.</summary>
    public static Policy SeeOrganisations { get; } = new(nameof(SeeOrganisations), [.. SeeEveryOrganisation.Roles, Roles.Employer]);
    public static Policy ChangeOrganisations { get; } = new(nameof(ChangeOrganisations), [.. OpportunityStaffRoles, Roles.Employer]);
    public static Policy WriteVacancies { get; } = new(nameof(WriteVacancies), [.. OpportunityStaffRoles, Roles.Employer]);
    /// <summary>Staff who write vacancies for any organisation (an employer only for their own).</summary>
    public static Policy VacancyStaff { get; } = new(nameof(VacancyStaff), OpportunityStaffRoles);

    /// <summary>Staff who ask for volunteers for anyone: a neighbour or any organisation.</summary>
    public static Policy VolunteerRequestStaff { get; } = new(nameof(VolunteerRequestStaff), [.. OpportunityStaffRoles, Roles.Coach, Roles.TalentScout]);
    /// <summary>Besides staff and organisations, a person asks the neighbourhood for help for themself (only they change that request).</summary>
    public static Policy WriteVolunteerRequests { get; } = new(nameof(WriteVolunteerRequests), [.. VolunteerRequestStaff.Roles, Roles.Employer, Roles.JobSeeker]);

    // Volunteer hours
    public static Policy VolunteerHoursStaff { get; } = new(nameof(VolunteerHoursStaff), [Roles.Admin, Roles.Matchmaker, Roles.Coach]);
    public static Policy LogVolunteerHours { get; } = new(nameof(LogVolunteerHours), [Roles.Admin, Roles.Matchmaker, Roles.Coach, Roles.JobSeeker]);
    public static Policy ReadVolunteerHours { get; } = new(nameof(ReadVolunteerHours), [Roles.Admin, Roles.Matchmaker, Roles.Coach, Roles.Employer, Roles.JobSeeker]);
    /// <summary>The requester: an employer of the organisation, or the neighbour who asked themself (or managers on a neighbour's behalf).</summary>
    public static Policy ConfirmVolunteerHours { get; } = new(nameof(ConfirmVolunteerHours), [Roles.Admin, Roles.Matchmaker, Roles.Employer, Roles.JobSeeker]);

    /// <summary>A volunteer offers to help on a neighbour's request, with their own profile.</summary>
    public static Policy OfferHelp { get; } = new(nameof(OfferHelp), [Roles.JobSeeker]);

    /// <summary>Staff who confirm hours for a neighbourhood request, which has no organisation.</summary>
    public static Policy ConfirmNeighbourHours { get; } = new(nameof(ConfirmNeighbourHours), Managers);

    // Ranked lists
    /// <summary>Staff see any opportunity's candidates; an employer only their own organisation's.</summary>
    public static Policy SeeCandidates { get; } = new(nameof(SeeCandidates), [.. Staff.Roles, Roles.Employer]);

    // Matchmaking
    public static Policy ProposeMatches { get; } = new(nameof(ProposeMatches), Managers);
    public static Policy SeeEveryMatch { get; } = new(nameof(SeeEveryMatch), [Roles.Admin, Roles.Matchmaker, Roles.JobHunter]);
    public static Policy SeeMatches { get; } = new(nameof(SeeMatches), [.. SeeEveryMatch.Roles, Roles.Coach, Roles.JobSeeker, Roles.Employer]);
    public static Policy MoveMatches { get; } = new(nameof(MoveMatches), [.. Managers, Roles.Coach, Roles.JobSeeker, Roles.Employer]);
    public static Policy SpeakForPerson { get; } = new(nameof(SpeakForPerson), [.. Managers, Roles.Coach, Roles.JobSeeker]);

    // Aftercare
    public static Policy ManageAftercare { get; } = new(nameof(ManageAftercare), Managers);
    public static Policy Coaching { get; } = new(nameof(Coaching), [Roles.Coach]);
    public static Policy FollowUp { get; } = new(nameof(FollowUp), [.. Managers, Roles.Coach]);

    // Reports
    public static Policy ReadReports { get; } = new(nameof(ReadReports), Managers);

    // Community coins (docs/adr/0011-community-coins-ledger.md)
    /// <summary>The city's coins staff: award, reverse, run expiry, see every wallet, settlements and reports.</summary>
    public static Policy CoinsStaff { get; } = new(nameof(CoinsStaff), [Roles.Admin, Roles.Coordinator]);

    /// <summary>The person (their own wallet) and staff who follow people.</summary>
    public static Policy ReadWallets { get; } = new(nameof(ReadWallets), [Roles.Admin, Roles.Coordinator, Roles.Matchmaker, Roles.Coach, Roles.JobSeeker]);

    /// <summary>A partner (an employer of a partner organisation) for itself, or coins staff for a partner.</summary>
    public static Policy PublishOffers { get; } = new(nameof(PublishOffers), [Roles.Admin, Roles.Coordinator, Roles.Employer]);

    /// <summary>The person reserves offers with their own wallet, and sees and cancels their reservations.</summary>
    public static Policy SpendCoins { get; } = new(nameof(SpendCoins), [Roles.JobSeeker]);

    /// <summary>The partner's account at the till (an employer of the partner organisation of the offer).</summary>
    public static Policy RedeemCoins { get; } = new(nameof(RedeemCoins), [Roles.Employer]);

    /// <summary>The partner for itself, and coins staff for every partner.</summary>
    public static Policy ReadSettlements { get; } = new(nameof(ReadSettlements), [Roles.Admin, Roles.Coordinator, Roles.Employer]);

    /// <summary>Every policy, for registering them with the host.</summary>
    public static IReadOnlyList<Policy> All { get; } =
    [
        SignedIn, ManageAccounts, CurateCatalogue, ReadScoringWeights, TeachOccupationSearch,
        PeopleStaff, WorkWithProfiles, ClaimProfiles, ConfirmCompetences,
        DeactivateProfiles, EraseProfiles, ExportPersonalData, ReadAccessLog,
        Staff, OpportunityStaff, SeeEveryOrganisation, SeeOrganisations, ChangeOrganisations, VacancyStaff, WriteVacancies, VolunteerRequestStaff, WriteVolunteerRequests,
        VolunteerHoursStaff, LogVolunteerHours, ReadVolunteerHours, ConfirmVolunteerHours, ConfirmNeighbourHours, OfferHelp,
        SeeCandidates,
        ProposeMatches, SeeEveryMatch, SeeMatches, MoveMatches, SpeakForPerson,
        ManageAftercare, Coaching, FollowUp,
        ReadReports,
        CoinsStaff, ReadWallets, PublishOffers, SpendCoins, RedeemCoins, ReadSettlements,
    ];
}

/// <summary>
/// A request that only callers in its policy may send. The request pipeline checks it, so a page
/// that sends the request is held to the same rule as the endpoint.
/// </summary>
public interface IRequirePolicy
{
    static abstract Policy Policy { get; }
}
