using System.Net;
using System.Text;
using System.Text.Json;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Matchmaking;
using TalentMatch.FunctionalTests.Profiles;

namespace TalentMatch.FunctionalTests.Api;

/// <summary>
/// Problems speak the caller's language: the same failure asked with Accept-Language nl, en or fr
/// has its title, detail and validation messages in that language (Dutch when none is asked),
/// names fields as the JSON body spells them, and keeps its machine-readable extensions.
/// </summary>
public sealed class ProblemLanguageTests : MatchmakingTest
{
    [TestCase("nl", "Het verzoek is niet geldig.", "'hoursPerWeek' moet tussen 1 en 60")]
    [TestCase("en", "The request is not valid.", "'hoursPerWeek' must be between 1 and 60")]
    [TestCase("fr", "La requête n'est pas valide.", "'hoursPerWeek' doit être entre 1 et 60")]
    public async Task Validation_InTheAskedLanguage_NamesTheFieldAsSent(string language, string title, string message)
    {
        var body = ProfilesTests.Body(Forklift);
        body["hoursPerWeek"] = 61;

        var response = await SendAsync(Scout, HttpMethod.Post, "/api/v1/profiles", language, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("title").GetString().ShouldBe(title);
        var error = Errors(problem, "hoursPerWeek").ShouldHaveSingleItem();
        error.ShouldStartWith(message);
        error.ShouldNotContain("Hours Per Week");
    }

    [Test]
    public async Task Validation_WithoutAcceptLanguage_IsDutch()
    {
        var body = ProfilesTests.Body(Forklift);
        body["hoursPerWeek"] = 61;

        var response = await SendAsync(Scout, HttpMethod.Post, "/api/v1/profiles", null, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("title").GetString().ShouldBe("Het verzoek is niet geldig.");
        Errors(problem, "hoursPerWeek").ShouldHaveSingleItem().ShouldStartWith("'hoursPerWeek' moet tussen 1 en 60");
    }

    [TestCase("nl", "'postcode' mag niet leeg zijn.")]
    [TestCase("en", "'postcode' must not be empty.")]
    [TestCase("fr", "'postcode' ne doit pas être vide.")]
    public async Task Validation_WhenPostcodeEmpty_GivesOneMessage(string language, string message)
    {
        var body = ProfilesTests.Body(Forklift);
        body["postcode"] = "";

        var response = await SendAsync(Scout, HttpMethod.Post, "/api/v1/profiles", language, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Errors(problem, "postcode").ShouldHaveSingleItem().ShouldBe(message);
    }

    [TestCase("nl", "De inhoud van het verzoek is geen geldige JSON voor deze bewerking.", "Dit is geen geldige JSON")]
    [TestCase("en", "The request body is not valid JSON for this operation.", "This is not valid JSON")]
    [TestCase("fr", "Le corps de la requête n'est pas un JSON valide pour cette opération.", "Ce n'est pas un JSON valide")]
    public async Task MalformedJson_InTheAskedLanguage(string language, string title, string message)
    {
        var response = await SendAsync(Scout, HttpMethod.Post, "/api/v1/profiles", language, "{\"displayName\": }");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("title").GetString().ShouldBe(title);
        var field = problem.GetProperty("errors").EnumerateObject().ShouldHaveSingleItem();
        field.Name.ShouldBe("displayName");
        field.Value.EnumerateArray().ShouldHaveSingleItem().GetString().ShouldStartWith(message);
    }

    [TestCase("nl", "Het verzoek verwijst naar iets dat niet bestaat.", "Competentie '{0}' bestaat niet.")]
    [TestCase("en", "The request refers to something that does not exist.", "Competence '{0}' does not exist.")]
    [TestCase("fr", "La requête fait référence à quelque chose qui n'existe pas.", "Compétence « {0} » n'existe pas.")]
    public async Task UnknownReference_InTheAskedLanguage_NamesTheThing(string language, string title, string message)
    {
        var unknown = Guid.NewGuid();

        var response = await SendAsync(Scout, HttpMethod.Post, "/api/v1/profiles", language, ProfilesTests.Body(unknown));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("title").GetString().ShouldBe(title);
        Errors(problem, "competences[0].competenceId").ShouldHaveSingleItem().ShouldBe(string.Format(message, unknown));
    }

    [TestCase("nl", "Niet gevonden.", "Profiel '{0}' bestaat niet.")]
    [TestCase("en", "Not found.", "Profile '{0}' was not found.")]
    [TestCase("fr", "Introuvable.", "Profil « {0} » est introuvable.")]
    public async Task NotFound_InTheAskedLanguage_NamesTheThing(string language, string title, string detail)
    {
        var unknown = Guid.NewGuid();

        var response = await SendAsync(Scout, HttpMethod.Get, $"/api/v1/profiles/{unknown}", language);

        await ShouldBeAsync(response, HttpStatusCode.NotFound, title, string.Format(detail, unknown));
    }

    [TestCase("nl", "Niet toegestaan.", "Alleen de persoon en de medewerkers die met de persoon werken, mogen dit profiel zien of wijzigen.")]
    [TestCase("en", "Forbidden.", "Only the person and the staff who work with them may see or change this profile.")]
    [TestCase("fr", "Interdit.", "Seuls la personne et le personnel qui l'accompagne peuvent voir ou modifier ce profil.")]
    public async Task Forbidden_InTheAskedLanguage_SaysWhy(string language, string title, string detail)
    {
        var someoneElse = await UnclaimedProfileAsync();
        var seeker = await ClientAsync(Roles.JobSeeker);

        var response = await SendAsync(seeker, HttpMethod.Get, $"/api/v1/profiles/{someoneElse}", language);

        await ShouldBeAsync(response, HttpStatusCode.Forbidden, title, detail);
    }

    [TestCase("nl", "Conflict met de huidige toestand.", "Een match (job) in toestand 'shortlisted' kan niet naar 'placed'.")]
    [TestCase("en", "Conflict with the current state.", "A job match that is shortlisted cannot become placed.")]
    [TestCase("fr", "Conflit avec l'état actuel.", "Un match (job) à l'état « shortlisted » ne peut pas passer à « placed ».")]
    public async Task Conflict_InTheAskedLanguage_KeepsTheAllowedTransitions(string language, string title, string detail)
    {
        var match = (await CreateMatchAsync(await UnclaimedProfileAsync())).GetProperty("id").GetGuid();

        var response = await SendAsync(Matchmaker, HttpMethod.Post, $"/api/v1/matches/{match}/transitions", language, Body("placed"));

        var problem = await ShouldBeAsync(response, HttpStatusCode.Conflict, title, detail);
        problem.GetProperty("currentState").GetString().ShouldBe("shortlisted");
        problem.GetProperty("allowedTransitions").EnumerateArray().Select(s => s.GetString()).ShouldBe(["proposed", "withdrawn"], ignoreOrder: true);
    }

    [TestCase("nl", "Je hebt al een talentprofiel; wijzig het met PUT /api/v1/profiles/{0}.")]
    [TestCase("en", "You already have a talent profile; change it with PUT /api/v1/profiles/{0}.")]
    [TestCase("fr", "Vous avez déjà un profil de talents ; modifiez-le avec PUT /api/v1/profiles/{0}.")]
    public async Task Conflict_WhenJobSeekerAlreadyHasAProfile_SaysWhichOne(string language, string detail)
    {
        var (_, seeker, own) = await OwnedProfileAsync();

        var response = await SendAsync(seeker, HttpMethod.Post, "/api/v1/profiles", language, ProfilesTests.Body(Forklift, "Second"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString().ShouldBe(string.Format(detail, own));
    }

    [TestCase("nl", "De gegevens zijn intussen gewijzigd.", "Profiel werd intussen door iemand anders gewijzigd.")]
    [TestCase("en", "The resource has changed.", "Profile was changed by someone else since you read it.")]
    [TestCase("fr", "La ressource a été modifiée.", "Profil : quelqu'un d'autre a fait une modification depuis votre lecture.")]
    public async Task PreconditionFailed_InTheAskedLanguage(string language, string title, string detail)
    {
        var (_, seeker, id) = await OwnedProfileAsync();
        var stale = (await seeker.GetAsync($"/api/v1/profiles/{id}")).Headers.ETag!.Tag;
        await (await SendAsync(seeker, HttpMethod.Put, $"/api/v1/profiles/{id}", language, ProfilesTests.Body(Forklift, "First edit"), stale)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var response = await SendAsync(seeker, HttpMethod.Put, $"/api/v1/profiles/{id}", language, ProfilesTests.Body(Forklift, "Lost update"), stale);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        problem.GetProperty("title").GetString().ShouldBe(title);
        problem.GetProperty("detail").GetString().ShouldStartWith(detail);
    }

    [TestCase("nl", "Niet aangemeld.", "Niet toegestaan.", "Niet gevonden.", "Methode niet toegestaan.")]
    [TestCase("en", "Not signed in.", "Forbidden.", "Not found.", "Method not allowed.")]
    [TestCase("fr", "Non connecté.", "Interdit.", "Introuvable.", "Méthode non autorisée.")]
    public async Task FrameworkProblems_InTheAskedLanguage(string language, string unauthorized, string forbidden, string notFound, string methodNotAllowed)
    {
        var seeker = await ClientAsync(Roles.JobSeeker);
        using var anonymous = Testing.Anonymous();

        var cases = new (HttpClient Client, HttpMethod Method, string Path, HttpStatusCode Status, string Title)[]
        {
            (anonymous, HttpMethod.Get, "/api/v1/profiles/me", HttpStatusCode.Unauthorized, unauthorized),
            (seeker, HttpMethod.Get, "/api/v1/profiles", HttpStatusCode.Forbidden, forbidden),
            (seeker, HttpMethod.Get, "/api/v1/no-such-thing", HttpStatusCode.NotFound, notFound),
            (anonymous, HttpMethod.Delete, "/api/v1/auth/login", HttpStatusCode.MethodNotAllowed, methodNotAllowed),
        };
        foreach (var (client, method, path, status, title) in cases)
        {
            var response = await SendAsync(client, method, path, language);

            var problem = await response.ShouldBeProblemAsync(status);
            problem.GetProperty("title").GetString().ShouldBe(title, $"{method} {path}");
            problem.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace($"{method} {path}");
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? language, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body as string ?? JsonSerializer.Serialize(body, Testing.Json), Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> ShouldBeAsync(HttpResponseMessage response, HttpStatusCode status, string title, string detail)
    {
        var problem = await response.ShouldBeProblemAsync(status);
        problem.GetProperty("title").GetString().ShouldBe(title);
        problem.GetProperty("detail").GetString().ShouldBe(detail);
        return problem;
    }

    private static List<string?> Errors(JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()).ToList();
}
