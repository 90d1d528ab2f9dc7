using System.Net;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;
using TalentMatch.FunctionalTests.Infrastructure;
using static TalentMatch.FunctionalTests.Infrastructure.MatchingTestData;

namespace TalentMatch.FunctionalTests.Ranking;

/// <summary>
/// How many SQL commands a ranked list sends, counted by a command interceptor in the test host:
/// the index, the names and postcodes it shows, the open opportunities and the labels are in
/// memory, so a warm list of people needs no round trip, and a person's list of opportunities at
/// most two and none for labels, the opportunities or the change feed.
/// </summary>
public sealed class RoundTripTests : FunctionalTest
{
    private static readonly string[] InMemory = ["CompetenceLabels", "OccupationLabels", "\"Opportunities\"", "OpportunityRequirements", "ChangeFeed"];

    [Test]
    public async Task VacancyMatches_WhenWarm_TakeNoRoundTrip()
    {
        var (a, b, c) = await ThreeUnrelatedCompetencesAsync();
        var vacancy = await CreateVacancyAsync(await CreateOrganisationAsync(), OpportunityStatus.Open, [Required(a), Required(b), Preferred(c)]);
        using var scout = await Testing.AsAsync(Roles.TalentScout);
        await CreateProfileAsync(scout, "Best", [Has(a), Has(b), Has(c)]);
        await CreateProfileAsync(scout, "Partial", [Has(a), Has(c)]);
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);

        var (first, _) = await TaggedGetAsync(matchmaker, $"/api/v1/vacancies/{vacancy}/matches");
        var (again, commands) = await TaggedGetAsync(matchmaker, $"/api/v1/vacancies/{vacancy}/matches");

        again.ShouldBe(first);
        again.ShouldContain("\"displayName\":\"Best\"");
        commands.ShouldBeEmpty(string.Join("\n", commands));
    }

    [Test]
    public async Task VolunteerRequestMatches_WhenWarm_TakeNoRoundTrip()
    {
        var (a, b, _) = await ThreeUnrelatedCompetencesAsync();
        var request = await CreateVolunteerRequestAsync(OpportunityStatus.Open, [Required(a), Preferred(b)]);
        using var scout = await Testing.AsAsync(Roles.TalentScout);
        await CreateProfileAsync(scout, "Helper", [Has(a)], seeks: ["volunteering"]);
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);

        var (first, _) = await TaggedGetAsync(matchmaker, $"/api/v1/volunteer-requests/{request}/matches");
        var (again, commands) = await TaggedGetAsync(matchmaker, $"/api/v1/volunteer-requests/{request}/matches");

        again.ShouldBe(first);
        again.ShouldContain("\"displayName\":\"Helper\"");
        commands.ShouldBeEmpty(string.Join("\n", commands));
    }

    [Test]
    public async Task ProfileMatches_WhenWarm_TakeAtMostTwoRoundTripsAndNoneForLabelsOpportunitiesOrTheFeed()
    {
        var (a, b, _) = await ThreeUnrelatedCompetencesAsync();
        var organisation = await CreateOrganisationAsync();
        await CreateVacancyAsync(organisation, OpportunityStatus.Open, [Required(a)], title: "Open job");
        await CreateVacancyAsync(organisation, OpportunityStatus.Open, [Required(a), Required(b)], title: "Harder job");
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);
        var profile = await CreateProfileAsync(seeker, "Me", [Has(a)]);

        var (first, _) = await TaggedGetAsync(seeker, $"/api/v1/profiles/{profile}/matches");
        var (again, commands) = await TaggedGetAsync(seeker, $"/api/v1/profiles/{profile}/matches");

        again.ShouldBe(first);
        again.ShouldContain("\"organisationName\":\"Haven Logistiek\"");
        commands.Count.ShouldBeLessThanOrEqualTo(2, string.Join("\n", commands));
        commands.ShouldAllBe(sql => !InMemory.Any(sql.Contains), string.Join("\n", commands));
    }

    [Test]
    public async Task VacancyMatches_AfterAWriteOnThisInstance_ReadTheFeedOnceAndShowTheWrite()
    {
        var (a, b, _) = await ThreeUnrelatedCompetencesAsync();
        var vacancy = await CreateVacancyAsync(await CreateOrganisationAsync(), OpportunityStatus.Open, [Required(a), Preferred(b)]);
        using var scout = await Testing.AsAsync(Roles.TalentScout);
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);
        await TaggedGetAsync(matchmaker, $"/api/v1/vacancies/{vacancy}/matches");

        await CreateProfileAsync(scout, "Newcomer", [Has(a)]);
        var (afterWrite, catchUp) = await TaggedGetAsync(matchmaker, $"/api/v1/vacancies/{vacancy}/matches");
        var (_, next) = await TaggedGetAsync(matchmaker, $"/api/v1/vacancies/{vacancy}/matches");

        afterWrite.ShouldContain("\"displayName\":\"Newcomer\"");
        catchUp.Count(sql => sql.Contains("ChangeFeed")).ShouldBe(1, string.Join("\n", catchUp));
        next.ShouldAllBe(sql => !sql.Contains("ChangeFeed"), string.Join("\n", next));
    }

    [Test]
    public async Task ProfileRead_WhenLabelsAreWarm_ReadsNoLabels()
    {
        var (a, b, _) = await ThreeUnrelatedCompetencesAsync();
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);
        var profile = await CreateProfileAsync(seeker, "Me", [Has(a), Has(b)]);

        var (first, _) = await TaggedGetAsync(seeker, $"/api/v1/profiles/{profile}");
        var (again, commands) = await TaggedGetAsync(seeker, $"/api/v1/profiles/{profile}");

        again.ShouldBe(first);
        commands.ShouldNotBeEmpty();
        commands.ShouldAllBe(sql => !sql.Contains("CompetenceLabels") && !sql.Contains("OccupationLabels"), string.Join("\n", commands));
    }

    /// <summary>The body of a GET, and the SQL commands the server sent to answer it.</summary>
    public static async Task<(string Body, IReadOnlyList<string> Commands)> TaggedGetAsync(HttpClient client, string url)
    {
        var tag = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(SqlCommandLog.Header, tag);
        using var response = await client.SendAsync(request);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadAsStringAsync(), Testing.Factory.Commands.For(tag));
    }
}
