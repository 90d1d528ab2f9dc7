using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Infrastructure.Catalogue;
using TalentMatch.Infrastructure.Places;
using TalentMatch.Matching;

namespace TalentMatch.Benchmarks.Data;

/// <summary>Finds the shared data folder and builds deterministic populations from real ESCO.</summary>
public static class BenchmarkData
{
    private static CatalogueBatch? _esco;
    private static EscoCatalogue? _catalogue;

    /// <summary>`../shared/data` seen from the repository root (the folder holding TalentMatch.sln).</summary>
    public static string SharedData
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "TalentMatch.sln")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                }
            }

            throw new DirectoryNotFoundException("Run from inside the repository: TalentMatch.sln was not found above " + AppContext.BaseDirectory);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TalentMatch.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("TalentMatch.sln not found.");
    }

    public static string Root => FindRoot();

    /// <summary>The full ESCO classification and relations, parsed with the product's importer.</summary>
    public static async Task<CatalogueBatch> LoadEscoAsync(bool withDutch = false)
    {
        var files = new List<string>
        {
            Path.Combine(SharedData, "esco", "esco-v1.1.1-classification-en-csv.zip"),
            Path.Combine(SharedData, "esco", "esco-v1.1.1-relations-csv.zip"),
        };
        if (withDutch)
        {
            files.Add(Path.Combine(SharedData, "esco-nl", "occupations_nl.csv"));
        }

        var streams = files.Select(f => new CatalogueImportFile(Path.GetFileName(f), File.OpenRead(f))).ToList();
        try
        {
            return await EscoImporter.ParseAsync(streams, null, null, CancellationToken.None);
        }
        finally
        {
            foreach (var file in streams)
            {
                await file.Content.DisposeAsync();
            }
        }
    }

    /// <summary>The full ESCO classification and relations, parsed once per process.</summary>
    public static CatalogueBatch Esco() => _esco ??= LoadEscoAsync().GetAwaiter().GetResult();

    public static EscoCatalogue Catalogue() => _catalogue ??= EscoCatalogue.From(Esco());

    public static SyntheticPopulation Population(EscoCatalogue catalogue) => new(catalogue, PostcodeTable.Load());

    /// <summary>Share of generated people who also list experience (1–2 occupations), so the index holds experience too.</summary>
    public const double ExperienceShare = 0.3;

    /// <summary>
    /// People generated from random occupations (fixed seed per size). About 30% also list 1–2
    /// experiences: their own occupation and sometimes another, drawn from a second seeded source
    /// so the competences are the same with or without them.
    /// </summary>
    public static IEnumerable<Candidate> People(EscoCatalogue catalogue, SyntheticPopulation population, int count, int seed = 11)
    {
        var random = new Random(seed);
        var experienceRandom = new Random(seed ^ 0x5EED);
        for (var i = 0; i < count; i++)
        {
            var occupation = catalogue.Occupations[random.Next(catalogue.Occupations.Count)];
            var person = population.Person(i, occupation, random);
            if (experienceRandom.NextDouble() < ExperienceShare)
            {
                var experiences = new List<CandidateExperience> { Experience(occupation, experienceRandom) };
                if (experienceRandom.NextDouble() < 0.5)
                {
                    experiences.Add(Experience(catalogue.Occupations[experienceRandom.Next(catalogue.Occupations.Count)], experienceRandom));
                }

                person = person with { Experiences = experiences };
            }

            yield return person;
        }

        static CandidateExperience Experience(EscoOccupation occupation, Random random) =>
            new(occupation.Id, Math.Round(0.5 + (9.5 * random.NextDouble()), 1), (Domain.Common.ExperienceContext)random.Next(1, 4));
    }

    public static List<OpportunitySpec> Vacancies(EscoCatalogue catalogue, SyntheticPopulation population, int count, int seed = 23)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(i => population.Vacancy(i, catalogue.Occupations[random.Next(catalogue.Occupations.Count)], random))
            .ToList();
    }

    public static MatchIndex Index(EscoCatalogue catalogue, IEnumerable<Candidate> people)
    {
        var index = new MatchIndex(new CompetenceScorer(new MatchingOptions(), catalogue.Taxonomy));
        foreach (var person in people)
        {
            index.Upsert(new IndexedPerson(person, Matchable: true, SeeksJob: true, SeeksVolunteering: true));
        }

        return index;
    }
}
