using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Features.Vacancies;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Organisations;
using TalentMatch.Domain.Profiles;
using TalentMatch.Infrastructure.Persistence;
using TalentMatch.Matching;

namespace TalentMatch.Infrastructure.Seed;

/// <summary>
/// Fictitious Antwerp demo data for Development (docs/demo.md): one account per role,
/// organisations, vacancies built from curated occupations, volunteer requests and 65 talent
/// profiles. A fixed random seed makes every first start look the same; the matchmaker
/// account is the marker that the demo is already there.
/// </summary>
public sealed class DemoDataSeeder(
    TalentMatchDbContext db,
    IIdentityService identity,
    ITransactionRunner transactions,
    TimeProvider clock,
    IOptions<VacancyOptions> vacancyOptions,
    MatchingOptions scoring,
    ILogger<DemoDataSeeder> logger) : IDemoDataSeeder
{
    public const string Password = "Demo-Password-2026";
    public const string MatchmakerEmail = "matchmaker@demo.talentmatch.local";
    public const string TalentScoutEmail = "talentscout@demo.talentmatch.local";
    public const string JobHunterEmail = "jobhunter@demo.talentmatch.local";
    public const string EmployerEmail = "employer@demo.talentmatch.local";
    public const string CoachEmail = "coach@demo.talentmatch.local";
    public const string JobSeekerEmail = "jobseeker@demo.talentmatch.local";

    private const string SkillUri = "http://data.europa.eu/esco/skill/";
    private const string OccupationUri = "http://data.europa.eu/esco/occupation/";

    // Occupations of the curated catalogue (ids of ESCO URIs).
    private const string WarehouseWorker = "bea705fe-06ac-4147-b8e0-6e8ac1208d8f";
    private const string OrderPicker = "cd94def5-3442-4c2e-ae3d-0761a3008bcb";
    private const string HandPacker = "f5cb9901-86fc-48d0-9cde-667fbe8cef3a";
    private const string ForkliftOperator = "eeac6251-1974-42f5-91ed-513c6c883755";
    private const string BuildingCleaner = "303a1e34-cb16-4054-b323-81e5eec17397";
    private const string DomesticCleaner = "cbad55a4-c7cf-4ab6-9540-eac72b26729b";
    private const string RoomAttendant = "731ecac4-06e8-4ec2-a559-101fecbd9183";
    private const string KitchenAssistant = "e1cf6897-158d-4b48-a39e-2a3a8cac216c";
    private const string Cook = "90f75f67-495d-49fa-ab57-2f320e251d7e";
    private const string Waiter = "d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471";
    private const string Barista = "bf7d8b16-4e2c-48ef-b44e-dc25b2d0ab61";
    private const string HealthcareAssistant = "d38c2107-98f2-47b7-8bb4-f69750d51082";
    private const string HomeCareAide = "1391bdf9-bd61-4fb5-91ca-c29036ab2b60";
    private const string ChildCareWorker = "3413f234-6230-47a8-8cc7-2691fd54ce3a";
    private const string Nanny = "0a5356bc-7f81-4e40-971d-c1dc789c5fb4";
    private const string Cashier = "2b871272-bd61-4206-bd1a-0b96d7023098";
    private const string ShopAssistant = "0b15375e-dfdd-4047-9efb-096e0aaee7d2";
    private const string ShelfFiller = "d35f9e79-5778-43b4-8667-0e3ba1fcb19a";
    private const string ConstructionWorker = "fb7e2f4f-1545-42f1-972e-94082e49c6dc";
    private const string Painter = "15620506-fb5d-49cd-87a2-1c9047fb406a";
    private const string Handyman = "f4a25243-b06a-42a9-9c69-246853df63ad";
    private const string Groundsman = "a48b9a5a-5ded-482d-8cda-7fd097a32c16";
    private const string GardenLabourer = "a10eb17a-3c78-4f7a-a1da-8f31146339d3";
    private const string Receptionist = "f7b04542-d8c7-42db-8475-e63b507cce82";
    private const string CallCentreAgent = "0ededdc2-050a-4ec3-8e70-6295105fcd19";
    private const string BicycleMechanic = "336cf331-8082-4a0c-bf5f-e7c54706211c";

    // Transversal competences of the curated catalogue.
    private const string WorkInTeams = "60c78287-22eb-4103-9c8c-28deaa460da0";
    private const string ShowEmpathy = "77b636e8-fab3-41a8-8022-1e0a354059dc";
    private const string InstructOthers = "699e7c26-6502-4e78-a823-3656ff5a5b8b";
    private const string SolveProblems = "adc6dc11-3376-467b-96c5-9b0a21edc869";
    private const string Trustworthiness = "bcf002ce-90f8-42e5-ac1b-5dba208639b0";
    private const string WorkIndependently = "c29aa9d2-4da8-4bdd-831c-8d4a2fb51730";
    private const string Intercultural = "c10d5d87-36cf-42f5-8a12-e560fb5f4af8";
    private const string AdaptToChange = "49de9958-2aa4-4eef-a89d-fe5d5bcd28c4";
    private const string MeetCommitments = "113b4428-0a31-4199-8496-070af7854b91";
    private const string CustomerOrientation = "5b0f2198-7246-4256-a902-4d9ce1260c80";
    private const string ManageTime = "d9013e0e-e937-43d5-ab71-0e917ee882b8";
    private const string MotivateOthers = "e2d44a9b-f28c-489e-9861-b654b5ded507";
    private const string RespectDiversity = "5ca953f7-541d-4f67-bc55-7721348366cf";
    private const string PhysicalDemands = "13b4a3d2-abdf-4442-8e52-d7464a58ecbc";
    private const string HygieneStandards = "d9449998-c1f5-478c-a103-2255398cf0b6";

    private static readonly string[] CommonTransversals =
    [
        WorkInTeams, ShowEmpathy, InstructOthers, SolveProblems, Trustworthiness, WorkIndependently, Intercultural,
        AdaptToChange, MeetCommitments, CustomerOrientation, ManageTime, MotivateOthers, RespectDiversity, PhysicalDemands,
    ];

    private static readonly string[] Postcodes =
    [
        "2000", "2018", "2020", "2030", "2040", "2050", "2060", "2100", "2140", "2150", "2170", "2180", "2600", "2610", "2660",
        "2060", "2140", "2100", "2170", "2018", "2900", "2640", "2550", "2650",
    ];

    /// <summary>A fictitious person: name, native languages and other languages (code, CEFR rank).</summary>
    private sealed record Persona(string Name, string[] Native, (string Code, int Rank)[] Other);

    private static readonly Persona[] Personas =
    [
        new("Samira B.", ["ar"], [("fr", 4)]), new("Jens V.", ["nl"], [("en", 4)]), new("Elif Y.", ["tr"], [("en", 2)]),
        new("Grâce M.", ["fr", "ln"], []), new("Rami H.", ["ar"], [("en", 3)]), new("Katarzyna W.", ["pl"], [("en", 3)]),
        new("Ahmad N.", ["fa"], [("ps", 4)]), new("Olena S.", ["uk", "ru"], []), new("Youssef E.", ["ar"], [("fr", 3)]),
        new("Lotte D.", ["nl"], [("fr", 3), ("en", 4)]), new("Mehmet K.", ["tr"], []), new("Yonas T.", ["ti"], [("en", 2)]),
        new("Ioana P.", ["ro"], [("fr", 3)]), new("Patrick K.", ["fr", "ln"], [("sw", 3)]), new("Lina A.", ["ar"], [("en", 4)]),
        new("Abdi M.", ["so"], [("en", 3)]), new("Fatima Z. A.", ["ar"], [("fr", 3)]), new("Kevin M.", ["nl"], [("en", 3)]),
        new("Ayşe D.", ["tr"], [("de", 2)]), new("Dmytro K.", ["uk", "ru"], [("en", 2)]), new("Farida R.", ["fa"], []),
        new("Lucía G.", ["es"], [("en", 3)]), new("Mohamed A.", ["ar"], [("fr", 4)]), new("Divine N.", ["fr", "ln"], [("en", 2)]),
        new("Piotr N.", ["pl"], []), new("Selam G.", ["ti"], [("ar", 3)]), new("Sofie P.", ["nl"], [("fr", 4), ("en", 3)]),
        new("Emre Ç.", ["tr"], [("en", 3)]), new("Omar S.", ["ar"], []), new("Andrei C.", ["ro"], [("en", 3)]),
        new("Ana Paula S.", ["pt"], [("es", 4)]), new("Nadia L.", ["ar"], [("fr", 4)]), new("Hamid S.", ["fa", "ps"], []),
        new("Iryna B.", ["uk"], [("ru", 5)]), new("Chinedu O.", ["en"], []), new("Dirk J.", ["nl"], [("fr", 2)]),
        new("Zeynep A.", ["tr"], [("en", 4)]), new("Hodan A.", ["so"], [("ar", 2)]), new("Jean-Paul L.", ["fr"], [("ln", 5)]),
        new("Bilal H.", ["ar"], [("fr", 3), ("en", 3)]), new("Agnieszka K.", ["pl"], [("en", 2)]), new("Hiba K.", ["ar"], [("en", 3)]),
        new("Marleen S.", ["nl"], [("fr", 3)]), new("Taras M.", ["uk"], [("pl", 3)]), new("Zahra H.", ["fa"], [("en", 2)]),
        new("Mamadou D.", ["fr"], [("en", 2)]), new("Khadija M.", ["ar"], [("fr", 3)]), new("Murat S.", ["tr"], []),
        new("Ruta H.", ["ti"], [("en", 3)]), new("Mihaela D.", ["ro"], [("it", 3)]), new("Carlos R.", ["es"], [("en", 3)]),
        new("Bram W.", ["nl"], [("en", 4), ("fr", 3)]), new("Chantal B.", ["fr"], [("ln", 4)]), new("Faisal O.", ["so"], [("ar", 3)]),
        new("Noor J.", ["ar"], [("en", 3)]), new("Ivan P.", ["bg"], [("ru", 4)]), new("Tiago F.", ["pt"], [("fr", 3)]),
        new("Ama K.", ["en"], [("fr", 2)]), new("Rachid O.", ["ar"], [("fr", 4), ("es", 2)]), new("Imran Q.", ["ur"], [("en", 4)]),
        new("An V.", ["nl"], [("en", 3)]), new("Sita G.", ["ne"], [("en", 3)]), new("Meron T.", ["am"], [("ti", 4)]),
        new("Anass T.", ["ar"], [("fr", 3), ("en", 3)]), new("Ward C.", ["nl"], [("fr", 3)]),
    ];

    private static readonly string[] Interests =
    [
        "koken", "sport", "kinderen", "techniek", "tuinieren", "mensen helpen", "muziek", "fietsen", "naaien", "voetbal",
        "lezen", "dieren", "knutselen", "wandelen", "computers", "dansen",
    ];

    /// <summary>For each open vacancy's occupation: a related occupation people often also know, and a fitting interest.</summary>
    private static readonly (string Primary, string Secondary, string Interest)[] Tracks =
    [
        (WarehouseWorker, OrderPicker, "techniek"), (BuildingCleaner, DomesticCleaner, "opruimen"), (KitchenAssistant, Cook, "koken"),
        (Waiter, Barista, "mensen ontmoeten"), (HealthcareAssistant, HomeCareAide, "mensen helpen"), (ChildCareWorker, Nanny, "kinderen"),
        (Cashier, ShopAssistant, "winkelen"), (ShelfFiller, HandPacker, "orde"), (ConstructionWorker, Painter, "klussen"),
        (Groundsman, GardenLabourer, "tuinieren"), (Receptionist, CallCentreAgent, "mensen helpen"), (BicycleMechanic, Handyman, "fietsen"),
    ];

    private Dictionary<string, Guid> _competences = [];
    private Dictionary<string, Guid> _occupationIds = [];
    private Dictionary<string, (List<string> Essential, List<string> Optional)> _occupationCompetences = [];
    private Dictionary<Guid, EssentialCompetence> _specificity = [];
    private int _occupationCount;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var marker = MatchmakerEmail.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == marker, cancellationToken))
        {
            return;
        }

        var uris = Tracks.SelectMany(t => new[] { t.Primary, t.Secondary }).Append(ForkliftOperator).Append(RoomAttendant)
            .Select(id => OccupationUri + id).ToList();
        var occupations = await db.Occupations.AsNoTracking().Include(o => o.Competences)
            .Where(o => o.EscoUri != null && uris.Contains(o.EscoUri)).ToListAsync(cancellationToken);
        if (occupations.Count < uris.Distinct().Count())
        {
            logger.LogWarning("The curated catalogue is missing: no demo data is seeded.");
            return;
        }

        _competences = await db.Competences.AsNoTracking().Where(c => c.EscoUri != null)
            .ToDictionaryAsync(c => c.EscoUri!, c => c.Id, cancellationToken);
        var uriById = _competences.ToDictionary(p => p.Value, p => p.Key);
        _occupationIds = occupations.ToDictionary(o => o.EscoUri!, o => o.Id);

        // Ordered by URI, not by generated id, so the same competences are picked on every first start.
        _occupationCompetences = occupations.ToDictionary(
            o => o.EscoUri!,
            o => (
                o.Competences.Where(c => c.Relation == Domain.Catalogue.OccupationCompetenceRelation.Essential).Select(c => uriById[c.CompetenceId]).Order(StringComparer.Ordinal).ToList(),
                o.Competences.Where(c => c.Relation == Domain.Catalogue.OccupationCompetenceRelation.Optional).Select(c => uriById[c.CompetenceId]).Order(StringComparer.Ordinal).ToList()));

        // What a draft from an occupation needs to put the most specific essential competences first.
        var reuseLevels = await db.Competences.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.ReuseLevel, cancellationToken);
        _occupationCount = await db.Occupations.CountAsync(cancellationToken);
        _specificity = (await db.OccupationCompetences.AsNoTracking()
                .Where(oc => oc.Relation == Domain.Catalogue.OccupationCompetenceRelation.Essential)
                .GroupBy(oc => oc.CompetenceId)
                .Select(g => new { CompetenceId = g.Key, Occupations = g.Count() })
                .ToListAsync(cancellationToken))
            .ToDictionary(g => g.CompetenceId, g => new EssentialCompetence(g.CompetenceId, reuseLevels.GetValueOrDefault(g.CompetenceId), g.Occupations));

        var summary = await transactions.RunAsync(SeedAllAsync, cancellationToken);
        logger.LogInformation(
            "Seeded demo data: {Accounts} accounts, {Organisations} organisations, {Vacancies} vacancies, {Requests} volunteer requests, {Profiles} profiles (password in docs/demo.md)",
            summary.Accounts,
            summary.Organisations,
            summary.Vacancies,
            summary.Requests,
            summary.Profiles);
    }

    private async Task<(int Accounts, int Organisations, int Vacancies, int Requests, int Profiles)> SeedAllAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var matchmaker = await identity.CreateUserAsync(MatchmakerEmail, Password, Roles.Matchmaker, null, ct);
        var scout = await identity.CreateUserAsync(TalentScoutEmail, Password, Roles.TalentScout, null, ct);
        var hunter = await identity.CreateUserAsync(JobHunterEmail, Password, Roles.JobHunter, null, ct);
        var coach = await identity.CreateUserAsync(CoachEmail, Password, Roles.Coach, null, ct);

        var organisations = Organisations(hunter.UserId, now);
        db.Organisations.AddRange(organisations.Values);
        await db.SaveChangesAsync(ct);

        var employer = await identity.CreateUserAsync(EmployerEmail, Password, Roles.Employer, organisations["logistics"].Id, ct);
        var seeker = await identity.CreateUserAsync(JobSeekerEmail, Password, Roles.JobSeeker, null, ct);

        var vacancies = Vacancies(organisations, employer.UserId, hunter.UserId, now);
        db.Vacancies.AddRange(vacancies);
        var requests = VolunteerRequests(organisations, matchmaker.UserId, now);
        db.VolunteerRequests.AddRange(requests);
        var profiles = Profiles(scout.UserId, seeker.UserId, coach.UserId, now);
        db.Profiles.AddRange(profiles);
        await db.SaveChangesAsync(ct);
        return (6, organisations.Count, vacancies.Count, requests.Count, profiles.Count);
    }

    private static Dictionary<string, Organisation> Organisations(Guid createdBy, DateTime now)
    {
        Organisation Make(string name, OrganisationKind kind, string postcode, string description)
        {
            var organisation = new Organisation(createdBy, now);
            organisation.Update(new OrganisationDetails(name, kind, postcode, Description: description), now);
            return organisation;
        }

        return new Dictionary<string, Organisation>
        {
            ["logistics"] = Make("Havenlogistiek Noord (demo)", OrganisationKind.Company, "2030", "Opslag en distributie in de haven; werkt met leerwerkplekken."),
            ["cleaning"] = Make("Glansrijk Schoonmaak (demo)", OrganisationKind.Company, "2100", "Schoonmaak van kantoren en scholen in Deurne en Borgerhout."),
            ["hotel"] = Make("Hotel-Restaurant De Zeven Schelpen (demo)", OrganisationKind.Company, "2000", "Klein hotel met restaurant bij de Schelde."),
            ["carehome"] = Make("Woonzorgcentrum Zonnewende (demo)", OrganisationKind.NonProfit, "2140", "Woonzorgcentrum met veel Arabisch- en Turkssprekende bewoners."),
            ["childcare"] = Make("Kinderdagverblijf Het Speelnest (demo)", OrganisationKind.NonProfit, "2060", "Meertalige kinderopvang in Antwerpen-Noord."),
            ["supermarket"] = Make("Buurtsuper Versmarkt (demo)", OrganisationKind.Company, "2600", "Buurtsupermarkt in Berchem."),
            ["construction"] = Make("Bouwbedrijf Stevig Fundament (demo)", OrganisationKind.Company, "2660", "Renovatie en nieuwbouw; leidt zelf op via leren en werken."),
            ["parks"] = Make("Stadsgroen Noord (demo)", OrganisationKind.PublicService, "2170", "Onderhoud van parken en pleinen in Merksem en Ekeren."),
            ["community"] = Make("Buurthuis De Brug vzw (demo)", OrganisationKind.NonProfit, "2180", "Buurthuis met huiswerkklas, repaircafé en voedselbedeling."),
            ["bikes"] = Make("Fietsatelier Trapkracht (demo)", OrganisationKind.NonProfit, "2018", "Sociale werkplaats die fietsen herstelt en verhuurt."),
        };
    }

    private List<Vacancy> Vacancies(Dictionary<string, Organisation> organisations, Guid employer, Guid hunter, DateTime now)
    {
        // A new instance per vacancy: EF tracks each language row as its own entity.
        OpportunityLanguage[] NlB1() => [Language("nl", CefrLevel.B1, Importance.Required)];
        return
        [
            Vacancy(organisations["logistics"], employer, now, WarehouseWorker, "Magazijnmedewerker haven", "Goederen ontvangen, stockeren en klaarzetten voor verzending.", 38, ContractType.Permanent, 3, OpportunityStatus.Open, [.. NlB1(), Language("en", CefrLevel.A2, Importance.Preferred)], ["techniek"]),
            Vacancy(organisations["logistics"], employer, now, ForkliftOperator, "Heftruckchauffeur (interim)", "Laden en lossen met de heftruck in ploegen.", 38, ContractType.Interim, 1, OpportunityStatus.Closed, NlB1(), []),
            Vacancy(organisations["cleaning"], hunter, now, BuildingCleaner, "Schoonmaker kantoren (deeltijds)", "Kantoren en scholen schoonmaken, vroege ochtend.", 25, ContractType.FixedTerm, 4, OpportunityStatus.Open, [Language("nl", CefrLevel.A2, Importance.Required), Language("fr", CefrLevel.A2, Importance.Preferred)], ["opruimen"]),
            Vacancy(organisations["hotel"], hunter, now, KitchenAssistant, "Keukenhulp (leren en werken)", "Meewerken in de keuken en leren koken, twee dagen les per week.", 20, ContractType.LearningWork, 2, OpportunityStatus.Open, NlB1(), ["koken"]),
            Vacancy(organisations["hotel"], hunter, now, Waiter, "Zaalmedewerker restaurant", "Gasten ontvangen en bedienen; veel toeristen.", 30, ContractType.Permanent, 1, OpportunityStatus.Open, [.. NlB1(), Language("en", CefrLevel.B1, Importance.Preferred), Language("fr", CefrLevel.A2, Importance.Preferred)], ["mensen ontmoeten"]),
            Vacancy(organisations["hotel"], hunter, now, RoomAttendant, "Medewerker housekeeping", "Kamers opmaken en schoonmaken.", 24, ContractType.FixedTerm, 1, OpportunityStatus.Draft, NlB1(), []),
            Vacancy(organisations["carehome"], hunter, now, HealthcareAssistant, "Zorgkundige in opleiding", "Bewoners helpen bij de dagelijkse zorg. Bewoners spreken vaak Arabisch of Turks.", 30, ContractType.FixedTerm, 2, OpportunityStatus.Open, [.. NlB1(), Language("ar", CefrLevel.B1, Importance.Preferred), Language("tr", CefrLevel.B1, Importance.Preferred)], ["mensen helpen"], multilingual: true),
            Vacancy(organisations["childcare"], hunter, now, ChildCareWorker, "Kinderbegeleider", "Zorg voor baby's en peuters in een meertalige opvang.", 30, ContractType.Permanent, 2, OpportunityStatus.Open, [.. NlB1(), Language("fr", CefrLevel.A2, Importance.Preferred), Language("ar", CefrLevel.A2, Importance.Preferred)], ["kinderen"], multilingual: true),
            Vacancy(organisations["supermarket"], hunter, now, Cashier, "Kassamedewerker", "Klanten afrekenen en helpen aan de kassa.", 24, ContractType.Permanent, 2, OpportunityStatus.Open, NlB1(), ["winkelen"]),
            Vacancy(organisations["supermarket"], hunter, now, ShelfFiller, "Rekkenvuller (avond)", "Rekken aanvullen en de winkel klaarzetten.", 19, ContractType.Interim, 2, OpportunityStatus.Open, [Language("nl", CefrLevel.A2, Importance.Required)], ["orde"]),
            Vacancy(organisations["construction"], hunter, now, ConstructionWorker, "Opperman bouw (leren en werken)", "Helpen op de werf en het vak leren.", 38, ContractType.LearningWork, 2, OpportunityStatus.Open, [.. NlB1(), Language("tr", CefrLevel.A2, Importance.Preferred)], ["klussen"]),
            Vacancy(organisations["parks"], hunter, now, Groundsman, "Medewerker groenonderhoud", "Parken en pleinen onderhouden in een vaste ploeg.", 32, ContractType.SocialEmployment, 3, OpportunityStatus.Open, [Language("nl", CefrLevel.A2, Importance.Required)], ["tuinieren"]),
            Vacancy(organisations["community"], hunter, now, Receptionist, "Onthaalmedewerker buurthuis", "Bezoekers ontvangen, telefoon en agenda; veel anderstalige bezoekers.", 20, ContractType.FixedTerm, 1, OpportunityStatus.Open, [Language("nl", CefrLevel.B2, Importance.Required), Language("fr", CefrLevel.B1, Importance.Preferred), Language("en", CefrLevel.B1, Importance.Preferred)], ["mensen helpen"]),
            Vacancy(organisations["bikes"], hunter, now, BicycleMechanic, "Fietshersteller sociale werkplaats", "Fietsen nakijken en herstellen in een kleine ploeg.", 30, ContractType.SocialEmployment, 2, OpportunityStatus.Open, [Language("nl", CefrLevel.A2, Importance.Required)], ["fietsen"]),
        ];
    }

    private Vacancy Vacancy(
        Organisation organisation,
        Guid createdBy,
        DateTime now,
        string occupation,
        string title,
        string description,
        double hours,
        ContractType contract,
        int openings,
        OpportunityStatus status,
        OpportunityLanguage[] languages,
        List<string> interests,
        bool multilingual = false)
    {
        var (essential, optional) = _occupationCompetences[OccupationUri + occupation];
        var vacancy = new Vacancy(organisation.Id, createdBy, now);

        // As a job hunter's draft from the occupation: the most specific essential competences required, the rest preferred.
        var required = vacancyOptions.Value.MaxRequiredFromOccupation;
        var ranked = CreateVacancyFromOccupationCommandHandler.MostSpecificFirst(essential.Select(u => _specificity[_competences[u]]), _occupationCount, scoring);
        var uriOf = essential.ToDictionary(u => _competences[u]);
        var requirements = ranked.Select((id, rank) => Requirement(uriOf[id], 2, rank < required ? Importance.Required : Importance.Preferred))
            .Concat(optional.Take(4).Select(u => Requirement(u, 1, Importance.Preferred)))
            .ToList();
        vacancy.Describe(
            new OpportunityDetails(organisation.Id, title, description, organisation.Postcode, multilingual, interests, requirements, languages, status),
            new VacancyTerms(_occupationIds[OccupationUri + occupation], hours, contract, openings),
            now);
        return vacancy;
    }

    private List<VolunteerRequest> VolunteerRequests(Dictionary<string, Organisation> organisations, Guid createdBy, DateTime now)
    {
        var community = organisations["community"];
        return
        [
            Request(community.Id, null, community.Postcode, "Huiswerkklas begeleiden", "Kinderen van het derde tot zesde leerjaar helpen met hun huiswerk, op woensdagnamiddag.", Recurrence.Weekly, 3, 4, [InstructOthers], [ShowEmpathy, Intercultural, MotivateOthers], [], [Language("nl", CefrLevel.B1, Importance.Required), Language("ar", CefrLevel.A2, Importance.Preferred), Language("tr", CefrLevel.A2, Importance.Preferred), Language("fr", CefrLevel.A2, Importance.Preferred)], ["kinderen"], multilingual: true),
            Request(community.Id, null, "2140", "Repaircafé: herstellers gezocht", "Eén zaterdag per maand samen met buurtbewoners kapotte spullen en fietsen herstellen.", Recurrence.Monthly, 4, 3, [SolveProblems], [CustomerOrientation], [Handyman, BicycleMechanic], [Language("nl", CefrLevel.A2, Importance.Required)], ["techniek", "fietsen"]),
            Request(community.Id, null, community.Postcode, "Voedselbedeling: sorteren en uitdelen", "Voedselpakketten sorteren, klaarzetten en uitdelen.", Recurrence.Weekly, 3, 5, [WorkInTeams], [HygieneStandards, PhysicalDemands], [HandPacker], [Language("nl", CefrLevel.A2, Importance.Required)], ["mensen helpen"]),
            Request(organisations["carehome"].Id, null, organisations["carehome"].Postcode, "Wandelen met bewoners", "Een wandeling of een babbel met bewoners van het woonzorgcentrum.", Recurrence.Weekly, 2, 4, [ShowEmpathy], [RespectDiversity, Intercultural], [], [Language("nl", CefrLevel.A2, Importance.Required), Language("ar", CefrLevel.A2, Importance.Preferred), Language("tr", CefrLevel.A2, Importance.Preferred)], ["wandelen", "mensen helpen"], multilingual: true),
            Request(null, "Lutgarde V. (buurvrouw)", "2100", "Hulp in de tuin", "Een buurvrouw die slecht te been is zoekt hulp om haar tuin te onderhouden.", Recurrence.Monthly, 4, 1, [WorkIndependently], [Trustworthiness], [GardenLabourer], [Language("nl", CefrLevel.A2, Importance.Required)], ["tuinieren"]),
            Request(organisations["childcare"].Id, null, organisations["childcare"].Postcode, "Voorlezen in de kinderopvang", "Om de twee weken voorlezen aan peuters, ook in hun thuistaal.", Recurrence.Biweekly, 2, 2, [WorkInTeams], [ShowEmpathy], [], [Language("nl", CefrLevel.B1, Importance.Required), Language("ar", CefrLevel.A2, Importance.Preferred), Language("fr", CefrLevel.A2, Importance.Preferred)], ["kinderen", "lezen"], multilingual: true),
            Request(organisations["parks"].Id, null, organisations["parks"].Postcode, "Parkopruimdag", "Samen met de buurt het park opruimen en plantvakken verzorgen.", Recurrence.Monthly, 5, 10, [WorkInTeams], [PhysicalDemands], [Groundsman], [Language("nl", CefrLevel.A2, Importance.Required)], ["tuinieren", "wandelen"]),
            Request(null, "Jef D. (buurman)", "2060", "Boodschappen voor een buurman", "Een oudere buurman zoekt iemand die wekelijks mee boodschappen doet.", Recurrence.Weekly, 2, 1, [Trustworthiness], [ShowEmpathy, ManageTime], [], [Language("nl", CefrLevel.A2, Importance.Required)], ["mensen helpen"]),
        ];

        VolunteerRequest Request(
            Guid? organisationId,
            string? requesterName,
            string postcode,
            string title,
            string description,
            Recurrence recurring,
            double hours,
            int volunteers,
            string[] required,
            string[] preferred,
            string[] skillsFrom,
            OpportunityLanguage[] languages,
            List<string> interests,
            bool multilingual = false)
        {
            // A few hands-on skills of the occupation as a plus, never a must.
            var skills = skillsFrom.SelectMany(o => _occupationCompetences[OccupationUri + o].Essential.Take(2));
            var requirements = required.Select(u => Requirement(SkillUri + u, 1, Importance.Required))
                .Concat(preferred.Select(u => Requirement(SkillUri + u, 1, Importance.Preferred)))
                .Concat(skills.Select(u => Requirement(u, 1, Importance.Preferred)))
                .DistinctBy(r => r.CompetenceId)
                .ToList();
            var request = new VolunteerRequest(createdBy, now);
            request.Describe(
                new OpportunityDetails(organisationId, title, description, postcode, multilingual, interests, requirements, languages, OpportunityStatus.Open),
                new VolunteerTerms(requesterName, now.Date.AddDays(7), null, recurring, hours, volunteers, Neighbourhood: false),
                now);
            return request;
        }
    }

    /// <summary>
    /// Per track (an open vacancy's occupation) three people meet every required competence,
    /// two miss a few; the rest lean towards volunteering. Sources are mostly work, life and
    /// volunteering: competences learned elsewhere.
    /// </summary>
    private List<TalentProfile> Profiles(Guid scout, Guid seeker, Guid coach, DateTime now)
    {
        var random = new Random(2026);
        var profiles = new List<TalentProfile>();
        CompetenceSource[] sources = [CompetenceSource.Work, CompetenceSource.Life, CompetenceSource.Volunteering, CompetenceSource.Work, CompetenceSource.Life, CompetenceSource.Training, CompetenceSource.Education];
        int[] privateAt = [60, 62, 64];

        for (var i = 0; i < Personas.Length; i++)
        {
            var persona = Personas[i];
            var track = Tracks[i % Tracks.Length];
            var tier = i / Tracks.Length;
            var full = tier < 3;
            var ownedBySeeker = i == 0;
            var profile = new TalentProfile(ownedBySeeker ? seeker : scout, ownedBySeeker ? seeker : null, now);
            var postcode = Postcodes[random.Next(Postcodes.Length)];
            var hoursPerWeek = full ? random.Next(20, 39) : random.Next(10, 39);
            var maxTravelKm = full ? random.Next(10, 26) : random.Next(5, 26);
            var visibility = privateAt.Contains(i) ? ProfileVisibility.Private : ProfileVisibility.Matchable;
            profile.AssignCoach(i % 5 == 0 ? coach : null, now);
            var seeksJob = tier < 5 || random.Next(3) == 0;
            var seeksVolunteering = !seeksJob || random.Next(2) == 0;

            var story = sources[random.Next(sources.Length)];
            var competences = new Dictionary<string, CompetenceEntry>();
            void Add(string uri, int level)
            {
                if (competences.ContainsKey(uri))
                {
                    return;
                }

                var source = random.Next(10) < 7 ? story : sources[random.Next(sources.Length)];
                var confirmed = random.Next(4) == 0;
                competences[uri] = new CompetenceEntry(_competences[uri], level, source, confirmed ? Evidence.Confirmed : Evidence.Declared);
            }

            var (essential, optional) = _occupationCompetences[OccupationUri + track.Primary];
            var dropped = full ? [] : essential.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToHashSet();
            foreach (var uri in essential.Where(u => !dropped.Contains(u)))
            {
                Add(uri, full ? random.Next(2, 5) : random.Next(1, 5));
            }

            foreach (var uri in optional.Where(_ => random.Next(2) == 0))
            {
                Add(uri, random.Next(1, 5));
            }

            var hasSecondary = random.Next(3) > 0;
            if (hasSecondary)
            {
                foreach (var uri in _occupationCompetences[OccupationUri + track.Secondary].Essential.Where(_ => random.Next(3) > 0))
                {
                    Add(uri, random.Next(1, 4));
                }
            }

            foreach (var uri in CommonTransversals.OrderBy(_ => random.Next()).Take(random.Next(2, 6)))
            {
                Add(SkillUri + uri, random.Next(2, 5));
            }

            profile.SetCompetences(competences.Values.ToList(), scout, now);
            profile.SetLanguages(Languages(persona, full, random));

            var context = story switch
            {
                CompetenceSource.Life => ExperienceContext.Life,
                CompetenceSource.Volunteering => ExperienceContext.Volunteering,
                _ => ExperienceContext.Work,
            };
            var experiences = new List<ExperienceEntry>
            {
                new(_occupationIds[OccupationUri + track.Primary], random.Next(1, 21) / 2.0, context),
            };
            if (hasSecondary)
            {
                experiences.Add(new ExperienceEntry(_occupationIds[OccupationUri + track.Secondary], random.Next(1, 9) / 2.0, (ExperienceContext)random.Next(1, 4)));
            }

            profile.SetExperiences(experiences);
            var interests = Interests.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Prepend(track.Interest).Distinct().ToList();
            profile.Update(new ProfileDetails(
                persona.Name, postcode, ownedBySeeker ? JobSeekerEmail : null, null, seeksJob, seeksVolunteering, hoursPerWeek, maxTravelKm, visibility, interests));
            profiles.Add(profile);
        }

        return profiles;
    }

    /// <summary>Native languages, Dutch at a level that fits the tier, and the persona's other languages (at most four).</summary>
    private static List<LanguageEntry> Languages(Persona persona, bool full, Random random)
    {
        var languages = persona.Native.Select(code => new LanguageEntry(code, CefrLevel.C2, IsNative: true)).ToList();
        if (!persona.Native.Contains("nl"))
        {
            // Everyone who meets all requirements speaks Dutch at B2 or better; the others A2 to B2.
            var rank = full ? random.Next(4, 6) : random.Next(2, 5);
            languages.Add(new LanguageEntry("nl", CefrLevel.FromRank(rank)));
        }

        foreach (var (code, rank) in persona.Other.Where(o => languages.All(l => l.Code != o.Code)))
        {
            languages.Add(new LanguageEntry(code, CefrLevel.FromRank(rank)));
        }

        return languages.Take(4).ToList();
    }

    private OpportunityRequirement Requirement(string uri, int minLevel, Importance importance) =>
        new(_competences[uri], minLevel, importance);

    private static OpportunityLanguage Language(string code, CefrLevel level, Importance importance) =>
        new(code, level, importance);
}
