using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Catalogue;

/// <summary>The type of a competence, as ESCO distinguishes them.</summary>
public enum CompetenceType
{
    Skill = 1,
    Knowledge = 2,
    Transversal = 3,
    Language = 4,
}

/// <summary>
/// How widely ESCO says a skill is used, from any job to one occupation. The more specific a
/// skill, the more it says about fitness for a job, and the more it weighs in scoring.
/// </summary>
public enum ReuseLevel
{
    Transversal = 1,
    CrossSector = 2,
    SectorSpecific = 3,
    OccupationSpecific = 4,
}

/// <summary>
/// A skill, knowledge item, transversal competence or language competence, usually an ESCO
/// concept. Skill groups of the ESCO hierarchy are competences too (<see cref="IsGroup"/>):
/// they make "broader" and "shared group" credit possible in scoring.
/// </summary>
public class Competence : Entity
{
    private Competence()
    {
    }

    public Competence(string? escoUri, CompetenceType type, bool isGroup = false)
    {
        EscoUri = escoUri;
        Type = type;
        IsGroup = isGroup;
    }

    public string? EscoUri { get; private set; }
    public CompetenceType Type { get; set; }
    public bool IsGroup { get; set; }

    /// <summary>How specific ESCO says the competence is; null when not known (e.g. added by hand).</summary>
    public ReuseLevel? ReuseLevel { get; set; }

    public List<CompetenceLabel> Labels { get; private set; } = [];
    public List<CompetenceBroader> Broader { get; private set; } = [];
    public List<CompetenceRelation> Related { get; private set; } = [];
}

/// <summary>Says that <see cref="CompetenceId"/> is narrower than <see cref="BroaderId"/>.</summary>
public class CompetenceBroader
{
    public Guid CompetenceId { get; set; }
    public Guid BroaderId { get; set; }
}

/// <summary>An ESCO skill-skill relation (e.g. knowledge that supports a skill).</summary>
public class CompetenceRelation
{
    public Guid CompetenceId { get; set; }
    public Guid RelatedId { get; set; }
}
