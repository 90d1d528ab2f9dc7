namespace TalentMatch.Domain.Common;

/// <summary>The roles of DESIGN.md. Role names are part of the API contract.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Matchmaker = "Matchmaker";
    public const string TalentScout = "TalentScout";
    public const string JobHunter = "JobHunter";
    public const string Employer = "Employer";
    public const string Coach = "Coach";
    public const string JobSeeker = "JobSeeker";

    /// <summary>Runs the community coins (Buurtmunten): awards, corrections, partners' settlement (docs/adr/0011).</summary>
    public const string Coordinator = "Coordinator";

    public static IReadOnlyList<string> All { get; } =
        [Admin, Matchmaker, TalentScout, JobHunter, Employer, Coach, JobSeeker, Coordinator];

    /// <summary>Only an Employer account belongs to an organisation (409 for any other account).</summary>
    /// <param name="accountRoles">The roles of the account to give an organisation.</param>
    public static void EnsureMayBelongToOrganisation(IEnumerable<string> accountRoles)
    {
        if (!accountRoles.Contains(Employer))
        {
            throw new DomainRuleException(DomainMessages.OnlyEmployerHasOrganisation);
        }
    }
}
