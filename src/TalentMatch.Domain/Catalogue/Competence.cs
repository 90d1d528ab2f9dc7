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

    public Competence(string? escoUri, CompetenceType type, bool isGroup = false, ReuseLevel? reuseLevel = null)
    {
        EscoUri = escoUri;
        Type = type;
        IsGroup = isGroup;
        ReuseLevel = reuseLevel;
    }

    public string? EscoUri { get; private set; }
    public CompetenceType Type { get; private set; }
    public bool IsGroup { get; private set; }

    /// <summary>How specific ESCO says the competence is; null when not known (e.g. added by hand).</summary>
    public ReuseLevel? ReuseLevel { get; private set; }

    public List<CompetenceLabel> Labels { get; private set; } = [];
    public List<CompetenceBroader> Broader { get; private set; } = [];
    public List<CompetenceRelation> Related { get; private set; } = [];

    /// <summary>One competence per ESCO concept: a second one with the URI is refused (409).</summary>
    /// <param name="escoUri">The ESCO URI a new competence is to have.</param>
    /// <param name="taken">Whether a competence with that URI exists.</param>
    public static void EnsureEscoUriFree(string escoUri, bool taken)
    {
        if (taken)
        {
            throw new DomainRuleException(DomainMessages.CompetenceUriExists, escoUri);
        }
    }

    /// <summary>Gives the competence its preferred label in a language, or one more alternative label.</summary>
    public void AddLabel(string language, string text, bool isPreferred) =>
        Labels.Add(new CompetenceLabel(language.ToLowerInvariant(), text.Trim(), isPreferred));

    /// <summary>Places the competence under broader ones (skill groups or wider skills) in the hierarchy.</summary>
    public void PlaceUnder(IEnumerable<Guid> broaderIds)
    {
        foreach (var broaderId in broaderIds.Distinct().Where(id => Broader.TrueForAll(b => b.BroaderId != id)).ToList())
        {
            Broader.Add(new CompetenceBroader(Id, broaderId));
        }
    }

    /// <summary>Fills in how specific the competence is where that is not known yet; a known level stays.</summary>
    public void FillInReuseLevel(ReuseLevel level) => ReuseLevel ??= level;
}

/// <summary>Says that <see cref="CompetenceId"/> is narrower than <see cref="BroaderId"/>.</summary>
public class CompetenceBroader
{
    private CompetenceBroader()
    {
    }

    public CompetenceBroader(Guid competenceId, Guid broaderId)
    {
        CompetenceId = competenceId;
        BroaderId = broaderId;
    }

    public Guid CompetenceId { get; private set; }
    public Guid BroaderId { get; private set; }
}

/// <summary>An ESCO skill-skill relation (e.g. knowledge that supports a skill).</summary>
public class CompetenceRelation
{
    private CompetenceRelation()
    {
    }

    public CompetenceRelation(Guid competenceId, Guid relatedId)
    {
        CompetenceId = competenceId;
        RelatedId = relatedId;
    }

    public Guid CompetenceId { get; private set; }
    public Guid RelatedId { get; private set; }
}
