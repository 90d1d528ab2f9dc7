using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Opportunities;

/// <summary>A competence an opportunity asks for.</summary>
public class OpportunityRequirement
{
    public Guid OpportunityId { get; set; }
    public Guid CompetenceId { get; set; }
    public int MinLevel { get; set; } = 1;
    public Importance Importance { get; set; }

    /// <summary>Relative weight (default 1) among the opportunity's requirements.</summary>
    public double? Weight { get; set; }
}
