using System.Net;
using System.Net.Http.Json;
using TalentMatch.FunctionalTests.Infrastructure;

namespace TalentMatch.FunctionalTests.Auth;

public sealed class AuthTests : FunctionalTest
{
    [Test]
    public async Task Login_WithBootstrapAdmin_ReturnsBearerTokens()
    {
        var response = await Testing.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email = TalentMatchFactory.AdminEmail, password = TalentMatchFactory.AdminPassword });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var tokens = await response.JsonAsync();
        tokens.GetProperty("tokenType").GetString().ShouldBe("Bearer");
        tokens.GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
        tokens.GetProperty("refreshToken").GetString().ShouldNotBeNullOrEmpty();
        tokens.GetProperty("expiresIn").GetInt64().ShouldBeGreaterThan(0);
    }

    [Test]
    public async Task Login_WithWrongPassword_Returns401Problem()
    {
        var response = await Testing.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email = TalentMatchFactory.AdminEmail, password = "wrong-password-123" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Refresh_WithRefreshToken_ReturnsNewAccessToken()
    {
        var login = await (await Testing.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email = TalentMatchFactory.AdminEmail, password = TalentMatchFactory.AdminPassword })).JsonAsync();

        var response = await Testing.Anonymous().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = login.GetProperty("refreshToken").GetString() });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
    }

    [Test]
    public async Task Refresh_WithGarbageToken_Returns401()
    {
        var response = await Testing.Anonymous().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "not-a-token" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Register_Twice_WithSameEmail_Returns409()
    {
        var body = new { email = "person@test.local", password = "Long-Enough-Password" };
        await (await Testing.Anonymous().PostAsJsonAsync("/api/v1/auth/register", body)).ShouldHaveStatusAsync(HttpStatusCode.Created);

        var again = await Testing.Anonymous().PostAsJsonAsync("/api/v1/auth/register", body);

        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Register_WithShortPasswordAndBadEmail_Returns400NamingBothFields()
    {
        var response = await Testing.Anonymous().PostAsJsonAsync("/api/v1/auth/register", new { email = "not-an-email", password = "short" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorFields().ShouldBe(["email", "password"], ignoreOrder: true);
    }

    [Test]
    public async Task ProtectedEndpoint_WithoutToken_Returns401()
    {
        var response = await Testing.Anonymous().GetAsync("/api/v1/competences");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task CreateUser_AsJobSeeker_Returns403()
    {
        using var seeker = await Testing.AsAsync("JobSeeker");

        var response = await seeker.PostAsJsonAsync("/api/v1/users", new { email = "x@test.local", password = "Long-Enough-Password", role = "Matchmaker" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
