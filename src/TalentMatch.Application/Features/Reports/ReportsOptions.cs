namespace TalentMatch.Application.Features.Reports;

/// <summary>Reports (<c>Reports:*</c>).</summary>
public sealed class ReportsOptions
{
    public const string SectionName = "Reports";

    /// <summary>
    /// A group smaller than this (e.g. the speakers of one language among the people placed in one
    /// district) is not shown on its own but added to "other", so nobody can be recognised in it.
    /// </summary>
    public int MinimumGroupSize { get; set; } = 3;

    /// <summary>What is wrong with the settings, each naming its setting; empty when valid.</summary>
    public IReadOnlyList<string> Validate() =>
        MinimumGroupSize >= 1 ? [] : [$"{SectionName}:MinimumGroupSize must be at least 1."];
}
