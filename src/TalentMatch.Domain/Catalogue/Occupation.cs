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
    public string? IscoGroup { get; private set; }
    public List<OccupationLabel> Labels { get; private set; } = [];
    public List<OccupationCompetence> Competences { get; private set; } = [];
}

/// <summary>A competence an occupation asks for, essential or optional (ESCO).</summary>
public class OccupationCompetence
{
    private OccupationCompetence()
    {
    }

    public OccupationCompetence(Guid occupationId, Guid competenceId, OccupationCompetenceRelation relation)
    {
        OccupationId = occupationId;
        CompetenceId = competenceId;
        Relation = relation;
    }

    public Guid OccupationId { get; private set; }
    public Guid CompetenceId { get; private set; }
    public OccupationCompetenceRelation Relation { get; private set; }
}
