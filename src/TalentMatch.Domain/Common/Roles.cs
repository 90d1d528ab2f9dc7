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
}
