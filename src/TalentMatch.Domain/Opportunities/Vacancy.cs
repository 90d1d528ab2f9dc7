using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Opportunities;

/// <summary>A paid job or learning-work place at an organisation.</summary>
public class Vacancy : Opportunity
{
    private Vacancy()
    {
    }

    public Vacancy(Guid organisationId, Guid createdByUserId, DateTime now)
        : base(createdByUserId, now) => OrganisationId = organisationId;

    public override OpportunityKind Kind => OpportunityKind.Job;
    public Guid? OccupationId { get; private set; }
    public double HoursPerWeek { get; private set; }
    public ContractType Contract { get; private set; }
    public int Openings { get; private set; } = 1;
    public override double Hours => HoursPerWeek;

    public void Describe(OpportunityDetails details, VacancyTerms terms, DateTime now)
    {
        Describe(details, now);
        OccupationId = terms.OccupationId;
        HoursPerWeek = terms.HoursPerWeek;
        Contract = terms.Contract;
        Openings = terms.Openings;
    }
}
