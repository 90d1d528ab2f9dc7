using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;
using static TalentMatch.FunctionalTests.Infrastructure.MatchingTestData;

namespace TalentMatch.FunctionalTests.Ranking;

/// <summary>
/// Ranked lists answer compactly by default (the whole explanation with detail=full) and are
/// compressed when the client accepts it. Seeded from the real catalogue: an occupation's essential
/// competences as the vacancy, 25 people holding some of them and other competences.
/// </summary>
public sealed class LeanAnswerTests : FunctionalTest
{
    private const int People = 25;

    [Test]
    public async Task VacancyMatches_ByDefault_AreCompactAndATop20StaysUnder20KB()
    {
        var vacancy = await SeedAsync();
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);

        var compact = await GetBytesAsync(matchmaker, $"/api/v1/vacancies/{vacancy}/matches?limit=20");
        var full = await GetBytesAsync(matchmaker, $"/api/v1/vacancies/{vacancy}/matches?limit=20&detail=full");

        compact.Length.ShouldBeLessThan(20 * 1024, $"{compact.Length} bytes");
        var items = JsonDocument.Parse(compact).RootElement.GetProperty("items").EnumerateArray().ToList();
        var explained = JsonDocument.Parse(full).RootElement.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(20);
        full.Length.ShouldBeGreaterThan(compact.Length * 2);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            item.GetProperty("profileId").GetGuid().ShouldBe(explained[i].GetProperty("profileId").GetGuid());
            item.GetProperty("score").GetDouble().ShouldBe(explained[i].GetProperty("score").GetDouble());
            item.GetProperty("summary").GetString().ShouldBe(explained[i].GetProperty("summary").GetString());
            item.TryGetProperty("matchedCompetences", out _).ShouldBeFalse();
            item.TryGetProperty("points", out _).ShouldBeFalse();

            // The first matched and missing competences are the full explanation's, required first.
            var matched = explained[i].GetProperty("matchedCompetences").EnumerateArray()
                .OrderByDescending(m => m.GetProperty("required").GetBoolean()).ThenByDescending(m => m.GetProperty("contribution").GetDouble())
                .Take(3).Select(m => m.GetProperty("label").GetString());
            item.GetProperty("topMatched").EnumerateArray().Select(m => m.GetString()).ShouldBe(matched);
            item.GetProperty("topMatched").EnumerateArray().ShouldAllBe(m => m.GetString()!.Length > 0);
            var missing = explained[i].GetProperty("missingCompetences").EnumerateArray()
                .OrderByDescending(m => m.GetProperty("required").GetBoolean()).Take(3).Select(m => m.GetProperty("label").GetString());
            item.GetProperty("topMissing").EnumerateArray().Select(m => m.GetString()).ShouldBe(missing);
        }
    }

    [TestCase("br")]
    [TestCase("gzip")]
    public async Task VacancyMatches_WhenTheClientAcceptsCompression_AreCompressed(string encoding)
    {
        var vacancy = await SeedAsync();
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);
        var plain = await GetBytesAsync(matchmaker, $"/api/v1/vacancies/{vacancy}/matches?limit=20");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/vacancies/{vacancy}/matches?limit=20");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await matchmaker.SendAsync(request);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBe([encoding]);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        compressed.Length.ShouldBeLessThan(plain.Length / 3);
        await using var decompressing = encoding == "br"
            ? new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress)
            : (Stream)new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var body = new MemoryStream();
        await decompressing.CopyToAsync(body);
        Encoding.UTF8.GetString(body.ToArray()).ShouldBe(Encoding.UTF8.GetString(plain));
    }

    [Test]
    public async Task SignIn_EvenWhenTheClientAcceptsCompression_IsNotCompressed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = JsonContent(new { email = Infrastructure.TalentMatchFactory.AdminEmail, password = Infrastructure.TalentMatchFactory.AdminPassword }),
        };
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var anonymous = Testing.Anonymous();
        using var response = await anonymous.SendAsync(request);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
        (await response.JsonAsync()).GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
    }

    private static StringContent JsonContent(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task<byte[]> GetBytesAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>A vacancy asking 12 of a real occupation's essential competences (8 required), and 25 people holding some of them.</summary>
    private static async Task<Guid> SeedAsync()
    {
        var (essential, others) = await InDatabaseAsync(async db =>
        {
            var occupation = await db.OccupationCompetences
                .Where(oc => oc.Relation == OccupationCompetenceRelation.Essential)
                .GroupBy(oc => oc.OccupationId)
                .Where(g => g.Count() >= 12)
                .OrderBy(g => g.Key)
                .Select(g => g.Key)
                .FirstAsync();
            var essential = await db.OccupationCompetences
                .Where(oc => oc.OccupationId == occupation && oc.Relation == OccupationCompetenceRelation.Essential)
                .OrderBy(oc => oc.CompetenceId).Select(oc => oc.CompetenceId).Take(12).ToListAsync();
            var others = await db.Competences.Where(c => !c.IsGroup && !essential.Contains(c.Id)).OrderBy(c => c.Id).Select(c => c.Id).Take(400).ToListAsync();
            return (essential, others);
        });
        var vacancy = await CreateVacancyAsync(
            await CreateOrganisationAsync(),
            OpportunityStatus.Open,
            [.. essential.Take(8).Select(Required), .. essential.Skip(8).Select(Preferred)]);

        var random = new Random(15);
        string[] postcodes = ["2000", "2018", "2020", "2030", "2060", "2100", "2140", "2600"];
        using var scout = await Testing.AsAsync(Roles.TalentScout);
        for (var i = 0; i < People; i++)
        {
            var held = essential.OrderBy(_ => random.Next()).Take(random.Next(4, 12))
                .Concat(others.OrderBy(_ => random.Next()).Take(15))
                .Select(id => Has(id, random.Next(3) == 0 ? "volunteering" : "work"))
                .ToArray();
            await CreateProfileAsync(scout, $"Person {i:00}", held, postcodes[i % postcodes.Length]);
        }

        return vacancy;
    }
}
