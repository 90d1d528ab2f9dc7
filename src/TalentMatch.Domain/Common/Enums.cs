namespace TalentMatch.Domain.Common;

/// <summary>What a person looks for, or what kind an opportunity is.</summary>
public enum OpportunityKind
{
    Job = 1,
    Volunteering = 2,
}

/// <summary>Where a competence was learned. Every source counts fully in scoring.</summary>
public enum CompetenceSource
{
    Education = 1,
    Training = 2,
    Work = 3,
    Volunteering = 4,
    Life = 5,
}

/// <summary>How well a competence is backed; raises confidence a little, never gates.</summary>
public enum Evidence
{
    Declared = 1,
    Confirmed = 2,
    Certified = 3,
}

/// <summary>Whether a requirement must be met or is a plus.</summary>
public enum Importance
{
    Required = 1,
    Preferred = 2,
}

/// <summary>The context in which experience was gained.</summary>
public enum ExperienceContext
{
    Work = 1,
    Volunteering = 2,
    Life = 3,
}

/// <summary>Who may find a profile.</summary>
public enum ProfileVisibility
{
    /// <summary>Only the person, their coach and staff who manage it; never ranked.</summary>
    Private = 1,

    /// <summary>Ranked for opportunities; employers see it anonymised until the person accepts.</summary>
    Matchable = 2,
}

/// <summary>The life cycle of a vacancy or volunteer request.</summary>
public enum OpportunityStatus
{
    Draft = 1,
    Open = 2,
    Closed = 3,
}

/// <summary>Contract forms common in Flemish entry-level work.</summary>
public enum ContractType
{
    Permanent = 1,
    FixedTerm = 2,
    Interim = 3,
    LearningWork = 4,
    SocialEmployment = 5,
    Other = 6,
}

/// <summary>How often a volunteer request repeats.</summary>
public enum Recurrence
{
    Once = 1,
    Weekly = 2,
    Biweekly = 3,
    Monthly = 4,
}

/// <summary>The kind of organisation that offers opportunities.</summary>
public enum OrganisationKind
{
    Company = 1,
    NonProfit = 2,
    PublicService = 3,
    School = 4,

    /// <summary>A local partner that exchanges community coins (a shop, the social grocery, the pool).</summary>
    Partner = 5,
}
