using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Privacy;
using TalentMatch.FunctionalTests.Infrastructure;

namespace TalentMatch.FunctionalTests.Privacy;

public sealed class ErasureTests : PrivacyTest
{
    [Test]
    public async Task Erase_ByThePerson_LeavesNoTraceOfThemInAnyTableOrColumn()
    {
        var person = await WritePersonEverywhereAsync();
        (await ScanAsync(person)).ShouldNotBeEmpty("the scan finds the person before the erasure");

        await (await person.Client.DeleteAsync($"/api/v1/profiles/{person.ProfileId}")).ShouldHaveStatusAsync(HttpStatusCode.NoContent);

        (await ScanAsync(person)).ShouldBeEmpty();
        var erasure = await MatchmakingTestData.WithDbAsync(null, db => db.Erasures.AsNoTracking().SingleAsync());
        erasure.Reason.ShouldBe(ErasureReason.PersonAsked);
        erasure.ByAdminUserId.ShouldBeNull();

        // The ledger still adds up: the coins stay in an anonymous wallet.
        var balances = await MatchmakingTestData.WithDbAsync(null, db => db.CoinAccounts.SumAsync(a => a.Balance));
        balances.ShouldBe(0);
        person.Client.Dispose();
    }

    [Test]
    public async Task Erase_ByStaffWhoWorkWithPeople_Returns403AndKeepsTheProfile()
    {
        var profile = await CreatePersonAsync();
        foreach (var role in new[] { Roles.Matchmaker, Roles.TalentScout, Roles.Coach })
        {
            using var staff = await Testing.AsAsync(role);
            await (await staff.DeleteAsync($"/api/v1/profiles/{profile}?reason=noLongerNeeded")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        await (await Matchmaker.GetAsync($"/api/v1/profiles/{profile}")).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task Erase_ByAnAdmin_NeedsTheGround_AndRecordsWhoAndWhy()
    {
        var profile = await CreatePersonAsync();

        var problem = await (await Admin.DeleteAsync($"/api/v1/profiles/{profile}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorFields().ShouldContain("reason");
        await (await Admin.DeleteAsync($"/api/v1/profiles/{profile}?reason=whim")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        await (await Admin.DeleteAsync($"/api/v1/profiles/{profile}?reason=consentWithdrawn")).ShouldHaveStatusAsync(HttpStatusCode.NoContent);

        await (await Admin.GetAsync($"/api/v1/profiles/{profile}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var erasure = await MatchmakingTestData.WithDbAsync(null, db => db.Erasures.AsNoTracking().SingleAsync());
        erasure.Reason.ShouldBe(ErasureReason.ConsentWithdrawn);
        erasure.ByAdminUserId.ShouldNotBeNull();
    }

    /// <summary>
    /// Every text and blob value of every table (read from sqlite_master, so a new table is
    /// scanned too) that holds the person's name, e-mail, phone or one of their ids.
    /// </summary>
    private static async Task<List<string>> ScanAsync(WrittenPerson person)
    {
        string[] needles =
        [
            "Quintessa", "Zorrowitz", Email, Phone, "489 77 66 55",
            .. new[] { person.ProfileId, person.UserId, person.MatchId, person.CheckInId, person.EscalationId, person.HoursId }.Select(id => id.ToString()),
        ];
        var found = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={Testing.Factory.DatabasePath}");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        tables.Count.ShouldBeGreaterThan(30);
        foreach (var table in tables)
        {
            var columns = new List<string>();
            await using (var info = connection.CreateCommand())
            {
                info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
                await using var reader = await info.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    columns.Add(reader.GetString(0));
                }
            }

            foreach (var column in columns)
            {
                foreach (var needle in needles)
                {
                    await using var search = connection.CreateCommand();
                    search.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE typeof(\"{column}\") IN ('text', 'blob') AND instr(lower(CAST(\"{column}\" AS TEXT)), lower($needle)) > 0";
                    search.Parameters.AddWithValue("$needle", needle);
                    if ((long)(await search.ExecuteScalarAsync())! > 0)
                    {
                        found.Add($"{table}.{column} holds {needle}");
                    }
                }
            }
        }

        return found;
    }
}
