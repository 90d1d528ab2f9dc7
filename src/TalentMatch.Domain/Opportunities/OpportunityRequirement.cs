using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Opportunities;

/// <summary>A competence an opportunity asks for; the opportunity sets which one it belongs to.</summary>
public class OpportunityRequirement
{
    private OpportunityRequirement()
    {
    }

    public OpportunityRequirement(Guid competenceId, int minLevel, Importance importance, double? weight = null)
    {
        CompetenceId = competenceId;
        MinLevel = minLevel;
        Importance = importance;
        Weight = weight;
    }

    public Guid OpportunityId { get; private set; }
    public Guid CompetenceId { get; private set; }
    public int MinLevel { get; private set; } = 1;
    public Importance Importance { get; private set; }

    /// <summary>Relative weight (default 1) among the opportunity's requirements.</summary>
    public double? Weight { get; private set; }

    internal void BelongTo(Guid opportunityId) => OpportunityId = opportunityId;

    /// <summary>Takes the level, importance and weight of the same competence asked again.</summary>
    internal void AskAs(OpportunityRequirement wanted)
    {
        MinLevel = wanted.MinLevel;
        Importance = wanted.Importance;
        Weight = wanted.Weight;
    }
}
