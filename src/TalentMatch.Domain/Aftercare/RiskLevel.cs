namespace TalentMatch.Domain.Aftercare;

/// <summary>How worried the coach is after a check-in. High raises an escalation.</summary>
public enum RiskLevel
{
    None = 1,
    Low = 2,
    High = 3,
}
