using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Opportunities;

/// <summary>A language an opportunity asks for.</summary>
public class OpportunityLanguage
{
    public Guid OpportunityId { get; set; }
    public string Code { get; set; } = "";
    public CefrLevel MinLevel { get; set; }
    public Importance Importance { get; set; }
}
