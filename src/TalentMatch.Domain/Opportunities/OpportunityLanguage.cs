using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Opportunities;

/// <summary>A language an opportunity asks for; the opportunity sets which one it belongs to.</summary>
public class OpportunityLanguage
{
    private OpportunityLanguage()
    {
    }

    public OpportunityLanguage(string code, CefrLevel minLevel, Importance importance)
    {
        Code = code;
        MinLevel = minLevel;
        Importance = importance;
    }

    public Guid OpportunityId { get; private set; }
    public string Code { get; private set; } = "";
    public CefrLevel MinLevel { get; private set; }
    public Importance Importance { get; private set; }

    internal void BelongTo(Guid opportunityId) => OpportunityId = opportunityId;

    /// <summary>Takes the level and importance of the same language asked again.</summary>
    internal void AskAs(OpportunityLanguage wanted)
    {
        MinLevel = wanted.MinLevel;
        Importance = wanted.Importance;
    }
}
