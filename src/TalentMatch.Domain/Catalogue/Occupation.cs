using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Catalogue;

/// <summary>Whether a competence is essential or optional for an occupation (ESCO).</summary>
public enum OccupationCompetenceRelation
{
    Essential = 1,
    Optional = 2,
}

/// <summary>An occupation (ESCO), with the competences it asks for.</summary>
public class Occupation : Entity
{
    private Occupation()
    {
    }

    public Occupation(string? escoUri, string? iscoGroup)
    {
        EscoUri = escoUri;
        IscoGroup = iscoGroup;
    }

    public string? EscoUri { get; private set; }
    public string? IscoGroup { get; set; }
    public List<OccupationLabel> Labels { get; private set; } = [];
    public List<OccupationCompetence> Competences { get; private set; } = [];
}

public class OccupationCompetence
{
    public Guid OccupationId { get; set; }
    public Guid CompetenceId { get; set; }
    public OccupationCompetenceRelation Relation { get; set; }
}
