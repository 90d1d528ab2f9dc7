using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using TalentMatch.Domain.Common;

using TalentMatch.FunctionalTests.Infrastructure;

namespace TalentMatch.FunctionalTests;

/// <summary>Owns the one factory of the run; every test starts from a reset database.</summary>
[SetUpFixture]
public sealed class Testing
{
    private static TalentMatchFactory? _factory;

    public static TalentMatchFactory Factory => _factory ?? throw new InvalidOperationException("The test host is not started.");

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new TalentMatchFactory();
        await _factory.InitialiseAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    public static HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>A client signed in as the bootstrap admin.</summary>
    public static Task<HttpClient> AsAdminAsync() => SignedInAsync(TalentMatchFactory.AdminEmail, TalentMatchFactory.AdminPassword);

    /// <summary>Creates an account with the role (through the admin API) and signs in as it.</summary>
    public static async Task<HttpClient> AsAsync(string role, Guid? organisationId = null)
    {
        var account = await CreateAccountAsync(role, organisationId);
        return await SignedInAsync(account.Email, account.Password);
    }

    public static async Task<(Guid Id, string Email, string Password)> CreateAccountAsync(string role, Guid? organisationId = null)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        const string password = "Test-Password-123";
        HttpResponseMessage response;
        if (role == Roles.JobSeeker && organisationId is null)
        {
            response = await Anonymous().PostAsJsonAsync("/api/v1/auth/register", new { email, password });
        }
        else
        {
            using var admin = await AsAdminAsync();
            response = await admin.PostAsJsonAsync("/api/v1/users", new { email, password, role, organisationId });
        }

        await response.ShouldHaveStatusAsync(System.Net.HttpStatusCode.Created);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        return (body.GetProperty("id").GetGuid(), email, password);
    }

    public static Task<HttpClient> SignedInAsync(string email, string password) => Factory.SignedInAsync(email, password);
}

/// <summary>Every functional test starts from the seeded state.</summary>
public abstract class FunctionalTest
{
    [SetUp]
    public Task ResetDatabaseAsync() => Testing.Factory.ResetAsync();
}

public static class HttpAssertions
{
    /// <summary>Asserts the status, showing the body when it differs (problem details say why).</summary>
    public static async Task ShouldHaveStatusAsync(this HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"Expected {(int)expected} {expected} but got {(int)response.StatusCode} {response.StatusCode}: {body}");
        }
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Testing.Json);

    /// <summary>Asserts a 4xx problem (application/problem+json) and returns it.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        await response.ShouldHaveStatusAsync(expected);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.JsonAsync();
        problem.GetProperty("status").GetInt32().ShouldBe((int)expected);
        return problem;
    }

    /// <summary>The per-field errors of a validation problem.</summary>
    public static IReadOnlyList<string> ErrorFields(this JsonElement problem) =>
        problem.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().Select(p => p.Name).ToList()
            : [];
}
