using System.Reflection;
using System.Text.RegularExpressions;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Common;
using TalentMatch.Matching;

namespace TalentMatch.UnitTests.Matching;

/// <summary>
/// The match index must rank exactly as scoring every eligible person with the scorer and sorting
/// (the brute force) does, over random taxonomies, people, opportunities and queries.
/// </summary>
public sealed class MatchIndexTests
{
    private static readonly int[] Limits = [1, 5, 20, 500];
    private static readonly double[] MinScores = [0, 30, 60];
    private static readonly double?[] MaxDistances = [null, 4, 12];
    private static readonly string[] LanguageCodes = ["nl", "fr", "en", "ar", "tr", "pl"];
    private static readonly string[] Interests = ["logistiek", "Zorg", "zorg ", "koken", "Café", "cafe", "sport", "muziek", "tuin"];
    private static readonly CompetenceSource[] Sources = Enum.GetValues<CompetenceSource>();
    private static readonly Evidence[] Evidences = Enum.GetValues<Evidence>();

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void TopCandidates_ForRandomOpportunitiesAndQueries_EqualsBruteForceRanking(int seed)
    {
        var world = new World(seed, people: 250);
        var index = world.Index();

        var compared = new List<MatchResult>();
        for (var o = 0; o < 25; o++)
        {
            compared.AddRange(ShouldRankAsBruteForce(index, world.People, world.Scorer, world.Opportunity()));
        }

        // The cheap score (for ranking many opportunities) is the explained score, for every pair compared.
        foreach (var spec in Enumerable.Range(0, 10).Select(_ => world.Opportunity()))
        {
            var prepared = world.Scorer.Prepare(spec);
            foreach (var person in world.People)
            {
                var full = world.Scorer.Score(prepared, person.Candidate);
                world.Scorer.Rank(prepared, world.Scorer.Prepare(person.Candidate)).ShouldBe(new ScoreOnly(full.Score, full.MeetsAllRequired, full.DistanceKm));
            }
        }

        // The comparison covers credit through experience, in the occupation and in its unit group.
        var viaExperience = compared.SelectMany(r => r.Matched).Select(m => m.Experience).OfType<ExperienceCredit>().ToList();
        viaExperience.ShouldContain(e => !e.UnitGroup);
        viaExperience.ShouldContain(e => e.UnitGroup);
    }

    [TestCase(4, 0.0, 0.85)]
    [TestCase(5, 0.3, 0.5)]
    [TestCase(6, 0.6, 0.2)]
    public void TopCandidates_WhenGenericCreditWaitsForSpecificCredit_EqualsBruteForceRanking(int seed, double alone, double coverage)
    {
        // Generic requirements earn a share of their credit that rises with the specific required
        // ones covered: a person's score depends on several requirements at once, and the bounds must still hold.
        var world = new World(seed, people: 250, new MatchingOptions { GenericCreditAlone = alone, SpecificCoverageForGeneric = coverage });
        var index = world.Index();
        var shares = new List<double>();
        for (var o = 0; o < 25; o++)
        {
            var spec = world.Opportunity();
            var prepared = world.Scorer.Prepare(spec);
            var weights = Enumerable.Range(0, spec.Requirements.Count).Select(prepared.WeightOf).ToArray();
            var required = spec.Requirements.Select(r => r.Importance == Importance.Required).ToArray();
            var generic = spec.Requirements.Select(r => world.IsGeneric(r.CompetenceId)).ToArray();
            foreach (var result in ShouldRankAsBruteForce(index, world.People, world.Scorer, spec))
            {
                var credits = spec.Requirements.Select(r => result.Matched.FirstOrDefault(m => m.CompetenceId == r.CompetenceId)?.Credit ?? 0).ToArray();
                shares.Add(ScoreModel.GenericShare(credits, weights, required, generic, world.Scorer.Options));
            }
        }

        // The comparison covers people whose generic credit was cut and people who earned all of it.
        shares.ShouldContain(s => s < 1);
        shares.ShouldContain(s => s == 1);
    }

    [TestCase(101)]
    [TestCase(102)]
    [TestCase(103)]
    public void TopCandidates_ForLongRequiredListsOverPeopleLikeEachOther_EqualsBruteForceRanking(int seed)
    {
        // People drawn from a few "occupations", opportunities asking 6-14 of one occupation's
        // competences, mostly required: the walk stops after some required lists and bounds the rest out.
        var world = new World(seed, people: 0);
        var people = Enumerable.Range(0, 700).Select(_ => world.ClusteredPerson(world.NewId())).ToList();
        var index = IndexOf(world.Scorer, people);

        for (var o = 0; o < 12; o++)
        {
            ShouldRankAsBruteForce(index, people, world.Scorer, world.ClusteredOpportunity(requiredShare: o % 3 == 0 ? 1.0 : 0.75));
        }
    }

    [TestCase(111)]
    [TestCase(112)]
    [TestCase(113)]
    public void TopCandidates_WhenPeopleReachedWaitForMoreListsBeforeBeingMeasured_EqualsBruteForceRanking(int seed)
    {
        // Beside people like an occupation, many holding one or two of its competences: reached by
        // one list, they wait until the lists walked next (and those past the stop) show that they
        // lack the rest, and their bound falls below the k-th score unmeasured. One opportunity asks
        // 36 competences (72 lists, more than the bits that note who holds which).
        var world = new World(seed, people: 0);
        var people = Enumerable.Range(0, 500).Select(_ => world.ClusteredPerson(world.NewId()))
            .Concat(Enumerable.Range(0, 900).Select(_ => world.ThinPerson(world.NewId())))
            .ToList();
        var index = IndexOf(world.Scorer, people);
        var opportunities = Enumerable.Range(0, 10).Select(o => world.ClusteredOpportunity(requiredShare: o % 2 == 0 ? 1.0 : 0.8))
            .Append(world.WideOpportunity(requirements: 36))
            .ToList();

        var before = index.Walks;
        foreach (var spec in opportunities)
        {
            index.TopCandidates(spec, new CandidateQuery(20));
        }

        var walks = index.Walks - before;
        walks.Measured.ShouldBeLessThan(walks.Reached, "people whose bound falls below the 20th score are not measured");

        foreach (var spec in opportunities)
        {
            ShouldRankAsBruteForce(index, people, world.Scorer, spec);
        }
    }

    [TestCase(104)]
    [TestCase(108)]
    public void TopCandidates_WhenManyPeopleTieAtTheThreshold_RanksTiesById(int seed)
    {
        // Clones living where the work is, with time enough, for opportunities asking no language or
        // interest: their bound equals their score, so the k-th place is a tie on the bound itself,
        // decided by id only.
        var world = new World(seed, people: 0);
        var here = new GeoPoint(51.219, 4.402);
        IndexedPerson Local(IndexedPerson p) => p with { Candidate = p.Candidate with { Location = here, MaxTravelKm = 10, HoursPerWeek = 40 }, Matchable = true, SeeksJob = true };
        var templates = Enumerable.Range(0, 6).Select(_ => Local(world.ClusteredPerson(Guid.Empty))).ToList();
        var people = Enumerable.Range(0, 240)
            .Select(i => templates[i % templates.Count] with { Candidate = templates[i % templates.Count].Candidate with { Id = world.NewId() } })
            .Concat(Enumerable.Range(0, 200).Select(_ => Local(world.ClusteredPerson(world.NewId()))))
            .ToList();
        var index = IndexOf(world.Scorer, people);

        for (var o = 0; o < 10; o++)
        {
            var spec = world.ClusteredOpportunity(requiredShare: 0.7) with { Kind = OpportunityKind.Job, Languages = [], MultilingualValued = false, Interests = [], Location = here, Hours = 20 };
            ShouldRankAsBruteForce(index, people, world.Scorer, spec);
        }
    }

    [TestCase(105)]
    [TestCase(106)]
    public void TopCandidates_WhenNothingIsRequired_EqualsBruteForceRanking(int seed)
    {
        // Only preferred lists: the bound of the unreached falls only by credit, and people sharing
        // nothing (scored by the scan) can still rank.
        var world = new World(seed, people: 0);
        var people = Enumerable.Range(0, 400).Select(_ => world.ClusteredPerson(world.NewId())).ToList();
        var index = IndexOf(world.Scorer, people);

        for (var o = 0; o < 10; o++)
        {
            ShouldRankAsBruteForce(index, people, world.Scorer, world.ClusteredOpportunity(requiredShare: 0));
        }
    }

    [Test]
    public void Upsert_WhenPeopleChangeManyTimes_KeepsRankingEqualToBruteForce()
    {
        // Replacing people over and over leaves holes in the competence store until it is compacted.
        var world = new World(seed: 107, people: 0);
        var people = Enumerable.Range(0, 150).Select(_ => world.ClusteredPerson(world.NewId())).ToDictionary(p => p.Candidate.Id);
        var index = IndexOf(world.Scorer, people.Values);

        for (var round = 0; round < 40; round++)
        {
            foreach (var id in people.Keys.Take(60).ToList())
            {
                var replaced = world.ClusteredPerson(id);
                index.Upsert(replaced);
                people[id] = replaced;
            }

            if (round % 10 == 9)
            {
                ShouldRankAsBruteForce(index, people.Values.ToList(), world.Scorer, world.ClusteredOpportunity(requiredShare: 0.75));
            }
        }

        foreach (var person in people.Values)
        {
            index.Find(person.Candidate.Id)!.Candidate.Competences.ShouldBe(person.Candidate.Competences.DistinctBy(c => c.CompetenceId));
        }
    }

    [Test]
    public void TopCandidates_WhenOpportunityHasNoRequirementsOrOnlyUnknownCompetences_EqualsBruteForceRanking()
    {
        var world = new World(seed: 7, people: 120);
        var index = world.Index();
        var spec = world.Opportunity();

        ShouldRankAsBruteForce(index, world.People, world.Scorer, spec with { Requirements = [] });
        ShouldRankAsBruteForce(index, world.People, world.Scorer, spec with { Requirements = [new Requirement(Guid.NewGuid(), 2, Importance.Required)] });
        ShouldRankAsBruteForce(index, world.People, world.Scorer, spec with { Requirements = [new Requirement(world.Competences[0], 2, Importance.Preferred, Weight: 0)] });
    }

    [Test]
    public void TopCandidates_WhenTopIsFullOfStrongMatches_StillCountsEveryQualifyingPersonInTotal()
    {
        var world = new World(seed: 11, people: 0);
        var wanted = world.Competences[0];
        var strong = Enumerable.Range(0, 3).Select(i => Person(i + 1, [new CandidateCompetence(wanted, 4, CompetenceSource.Work, Evidence.Certified)])).ToList();
        var unrelated = Enumerable.Range(0, 5).Select(i => Person(i + 100, [])).ToList();
        var index = new MatchIndex(world.Scorer);
        foreach (var person in strong.Concat(unrelated))
        {
            index.Upsert(person);
        }

        var ranked = index.TopCandidates(Job([new Requirement(wanted, 2, Importance.Required)]), new CandidateQuery(Limit: 2));

        ranked.Items.Select(r => r.CandidateId).ShouldBe(strong.Take(2).Select(p => p.Candidate.Id));
        ranked.Total.ShouldBe(8);
    }

    [Test]
    public void TopCandidates_WhenRequiredOnlyAndNothingButLanguagesRequired_IncludesPeopleWithoutSharedCompetences()
    {
        var world = new World(seed: 12, people: 0);
        var index = new MatchIndex(world.Scorer);
        var speaker = Person(1, [], languages: [new CandidateLanguage("nl", CefrLevel.B1, false)]);
        index.Upsert(speaker);
        index.Upsert(Person(2, []));
        var spec = Job([new Requirement(world.Competences[0], 1, Importance.Preferred)]) with
        {
            Languages = [new LanguageRequirement("nl", CefrLevel.A2, Importance.Required)],
        };

        var ranked = index.TopCandidates(spec, new CandidateQuery(RequiredOnly: true));

        ranked.Items.Select(r => r.CandidateId).ShouldBe([speaker.Candidate.Id]);
        ranked.Total.ShouldBe(1);
    }

    [Test]
    public void Upsert_RemoveAndClear_KeepRankingEqualToBruteForce()
    {
        var world = new World(seed: 5, people: 200);
        var index = world.Index();
        var people = world.People.ToDictionary(p => p.Candidate.Id);
        var random = new Random(55);

        for (var round = 0; round < 4; round++)
        {
            // Remove some, replace some with new data under the same id, add new people into freed slots.
            foreach (var id in people.Keys.Where(_ => random.NextDouble() < 0.2).ToList())
            {
                index.Remove(id).ShouldBeTrue();
                people.Remove(id);
            }

            foreach (var id in people.Keys.Where(_ => random.NextDouble() < 0.2).ToList())
            {
                var replaced = world.RandomPerson(id);
                index.Upsert(replaced);
                people[id] = replaced;
            }

            for (var i = 0; i < 30; i++)
            {
                var added = world.RandomPerson(world.NewId());
                index.Upsert(added);
                people[added.Candidate.Id] = added;
            }

            index.Count.ShouldBe(people.Count);
            for (var o = 0; o < 6; o++)
            {
                ShouldRankAsBruteForce(index, people.Values.ToList(), world.Scorer, world.Opportunity());
            }
        }

        index.Remove(Guid.NewGuid()).ShouldBeFalse();
        index.Clear();
        index.Count.ShouldBe(0);
        index.Find(people.Keys.First()).ShouldBeNull();
        var any = world.Opportunity();
        var empty = index.TopCandidates(any, new CandidateQuery(Limit: 500));
        empty.Items.ShouldBeEmpty();
        empty.Total.ShouldBe(0);

        var again = people.Values.Take(40).ToList();
        foreach (var person in again)
        {
            index.Upsert(person);
        }

        ShouldRankAsBruteForce(index, again, world.Scorer, any);
    }

    [Test]
    public void TopCandidates_ForOpportunitiesPreparedOnce_WhilePeopleBringNewCompetencesAndTheIndexIsCleared_EqualsBruteForceRanking()
    {
        // The index keeps each prepared opportunity's keys resolved; people with competences it has
        // not seen yet, and a clear that numbers the keys anew, must not leave them stale.
        var world = new World(seed: 31, people: 0);
        var index = new MatchIndex(world.Scorer);
        var prepared = Enumerable.Range(0, 4).Select(_ => world.Scorer.Prepare(world.Opportunity())).ToList();
        var people = new Dictionary<Guid, IndexedPerson>();
        for (var round = 0; round < 5; round++)
        {
            if (round == 3)
            {
                // The same people again in reverse order: as many keys as before, numbered otherwise.
                index.Clear();
                foreach (var person in people.Values.Reverse())
                {
                    index.Upsert(person);
                }
            }
            else
            {
                for (var i = 0; i < 25; i++)
                {
                    var added = world.RandomPerson(world.NewId());
                    index.Upsert(added);
                    people[added.Candidate.Id] = added;
                }
            }

            foreach (var opportunity in prepared)
            {
                ShouldRankAsBruteForce(index, people.Values.ToList(), world.Scorer, opportunity.Spec, opportunity);
            }
        }
    }

    [Test]
    public void Upsert_OfExistingPerson_ReplacesThem()
    {
        var world = new World(seed: 21, people: 0);
        var wanted = world.Competences[0];
        var index = new MatchIndex(world.Scorer);
        var before = Person(1, [new CandidateCompetence(wanted, 4, CompetenceSource.Work, Evidence.Declared)]);
        index.Upsert(before);
        var spec = Job([new Requirement(wanted, 2, Importance.Required)]);
        var first = index.TopCandidates(spec, new CandidateQuery()).Items.ShouldHaveSingleItem();
        first.MeetsAllRequired.ShouldBeTrue();

        index.Upsert(before with { Candidate = before.Candidate with { Competences = [] } });

        index.Count.ShouldBe(1);
        index.Find(before.Candidate.Id)!.Candidate.Competences.ShouldBeEmpty();
        var second = index.TopCandidates(spec, new CandidateQuery()).Items.ShouldHaveSingleItem();
        second.MeetsAllRequired.ShouldBeFalse();
        second.Score.ShouldBeLessThan(first.Score);
        index.TopCandidates(spec, new CandidateQuery(RequiredOnly: true)).Items.ShouldBeEmpty();
    }

    [Test]
    public void Remove_ThenUpsertIntoTheFreedSlot_ForgetsTheRemovedPersonsCompetences()
    {
        var world = new World(seed: 22, people: 0);
        var (a, b) = (world.Competences[0], world.Competences[1]);
        var index = new MatchIndex(world.Scorer);
        var gone = Person(1, [new CandidateCompetence(a, 4, CompetenceSource.Work, Evidence.Certified)]);
        var stays = Person(2, [new CandidateCompetence(b, 4, CompetenceSource.Work, Evidence.Certified)]);
        index.Upsert(gone);
        index.Upsert(stays);

        index.Remove(gone.Candidate.Id).ShouldBeTrue();
        var newcomer = Person(3, [new CandidateCompetence(b, 1, CompetenceSource.Life, Evidence.Declared)]);
        index.Upsert(newcomer);

        var forA = index.TopCandidates(Job([new Requirement(a, 2, Importance.Required)]), new CandidateQuery(RequiredOnly: true));
        forA.Items.ShouldBeEmpty();
        forA.Total.ShouldBe(0);
        var forB = index.TopCandidates(Job([new Requirement(b, 2, Importance.Required)]), new CandidateQuery());
        forB.Items.Select(r => r.CandidateId).ShouldBe([stays.Candidate.Id, newcomer.Candidate.Id]);
        index.Find(gone.Candidate.Id).ShouldBeNull();
    }

    [Test]
    public void TopCandidates_NeverListsPrivatePeopleOrPeopleNotSeekingTheKind()
    {
        var world = new World(seed: 23, people: 0);
        var wanted = world.Competences[0];
        var competences = new[] { new CandidateCompetence(wanted, 4, CompetenceSource.Work, Evidence.Certified) };
        var index = new MatchIndex(world.Scorer);
        var seeker = Person(1, competences);
        index.Upsert(seeker);
        index.Upsert(Person(2, competences) with { Matchable = false });
        index.Upsert(Person(3, competences) with { SeeksJob = false, SeeksVolunteering = true });
        index.Upsert(Person(4, []) with { Matchable = false });
        index.Upsert(Person(5, []) with { SeeksJob = false });

        var jobs = index.TopCandidates(Job([new Requirement(wanted, 2, Importance.Required)]), new CandidateQuery(Limit: 500));
        var volunteering = index.TopCandidates(Job([new Requirement(wanted, 2, Importance.Required)]) with { Kind = OpportunityKind.Volunteering }, new CandidateQuery(Limit: 500));

        jobs.Items.Select(r => r.CandidateId).ShouldBe([seeker.Candidate.Id]);
        jobs.Total.ShouldBe(1);
        volunteering.Items.Select(r => r.CandidateId).ShouldBe([Id(3)]);
        volunteering.Total.ShouldBe(1);
    }

    [Test]
    public void Find_ReturnsThePersonAsTheScorerSeesThem()
    {
        var world = new World(seed: 24, people: 30);
        var index = world.Index();
        var spec = world.Opportunity();
        var prepared = world.Scorer.Prepare(spec);

        foreach (var person in world.People)
        {
            var found = index.Find(person.Candidate.Id).ShouldNotBeNull();
            (found.Matchable, found.SeeksJob, found.SeeksVolunteering).ShouldBe((person.Matchable, person.SeeksJob, person.SeeksVolunteering));
            world.Scorer.Score(prepared, found.Candidate).Score.ShouldBe(world.Scorer.Score(prepared, person.Candidate).Score);
        }
    }

    [TestCase(31)]
    [TestCase(32)]
    public void Score_ForRandomPairs_StaysWithin0To100(int seed)
    {
        var world = new World(seed, people: 150);
        for (var o = 0; o < 30; o++)
        {
            var prepared = world.Scorer.Prepare(world.Opportunity());
            foreach (var person in world.People)
            {
                var result = world.Scorer.Score(prepared, person.Candidate);
                result.Score.ShouldBeInRange(0, 100);
                foreach (var component in new[] { result.Components.Competences, result.Components.Languages, result.Components.Distance, result.Components.Hours, result.Components.Interests })
                {
                    (component ?? 0).ShouldBeInRange(0, 100);
                }
            }
        }
    }

    [TestCase(41)]
    [TestCase(42)]
    public void Score_WhenAMatchingCompetenceIsAdded_NeverDrops(int seed)
    {
        var world = new World(seed, people: 120);
        var random = new Random(seed);
        for (var o = 0; o < 30; o++)
        {
            var spec = world.Opportunity();
            if (spec.Requirements.Count == 0)
            {
                continue;
            }

            var prepared = world.Scorer.Prepare(spec);
            foreach (var person in world.People)
            {
                // A competence that earns credit for one of the requirements: itself or one near it in the taxonomy.
                var requirement = spec.Requirements[random.Next(spec.Requirements.Count)];
                var near = world.Near(requirement.CompetenceId);
                var added = near[random.Next(near.Count)];
                if (person.Candidate.Competences.Any(c => c.CompetenceId == added))
                {
                    continue;
                }

                var before = world.Scorer.Score(prepared, person.Candidate);
                var more = person.Candidate with { Competences = [.. person.Candidate.Competences, world.RandomCompetence(added)] };
                var after = world.Scorer.Score(prepared, more);

                after.Score.ShouldBeGreaterThanOrEqualTo(before.Score);
                if (before.MeetsAllRequired)
                {
                    after.MeetsAllRequired.ShouldBeTrue();
                }
            }
        }
    }

    [TestCase(51)]
    [TestCase(52)]
    public void Score_WhenACompetenceMatchingARequiredOneIsRemoved_NeverRises(int seed)
    {
        var world = new World(seed, people: 120);
        for (var o = 0; o < 30; o++)
        {
            var spec = world.Opportunity();
            var prepared = world.Scorer.Prepare(spec);
            var reaching = spec.Requirements.Where(r => r.Importance == Importance.Required).SelectMany(r => world.Near(r.CompetenceId)).ToHashSet();
            foreach (var person in world.People)
            {
                var before = world.Scorer.Score(prepared, person.Candidate);
                foreach (var held in person.Candidate.Competences.Where(c => reaching.Contains(c.CompetenceId)))
                {
                    var fewer = person.Candidate with { Competences = person.Candidate.Competences.Where(c => c.CompetenceId != held.CompetenceId).ToList() };
                    world.Scorer.Score(prepared, fewer).Score.ShouldBeLessThanOrEqualTo(before.Score);
                }
            }
        }
    }

    [Test]
    public void Score_WhenAddedCompetenceHasMoreCreditButLessFit_NeverLowersTheScore()
    {
        // A narrower skill three levels short (fit 0.9 × 0.4 = 0.36, declared) against a related
        // skill at level (fit 0.35, certified): the related one has more credit but less fit.
        Guid required = Id(1000), narrower = Id(1001), related = Id(1002);
        var scorer = new CompetenceScorer(new MatchingOptions(), new Taxonomy([(narrower, required)], [(required, related)]));
        var prepared = scorer.Prepare(Job([new Requirement(required, 4, Importance.Required)]));
        var person = Person(1, [new CandidateCompetence(narrower, 1, CompetenceSource.Work, Evidence.Declared)]).Candidate;

        var before = scorer.Score(prepared, person);
        var after = scorer.Score(prepared, person with { Competences = [.. person.Competences, new CandidateCompetence(related, 4, CompetenceSource.Work, Evidence.Certified)] });

        after.Matched.ShouldHaveSingleItem().ProfileCompetenceId.ShouldBe(related);
        after.Score.ShouldBeGreaterThanOrEqualTo(before.Score);
    }

    [Test]
    public void EngineInputs_HaveNoPropertyNamingAProtectedAttribute()
    {
        Type[] inputs = [typeof(Candidate), typeof(CandidateCompetence), typeof(CandidateLanguage), typeof(OpportunitySpec), typeof(Requirement), typeof(LanguageRequirement), typeof(IndexedPerson)];

        var offending = inputs
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => SuggestsProtectedAttribute(p.Name)).Select(p => $"{t.Name}.{p.Name}"))
            .ToList();

        offending.ShouldBeEmpty();
        new[] { "Age", "DateOfBirth", "Gender", "Sex", "Nationality", "CountryOfOrigin", "Ethnicity", "Religion", "HealthNotes", "HasDisability" }
            .ShouldAllBe(name => SuggestsProtectedAttribute(name), "the check must recognise the words it guards against");
        typeof(Candidate).GetProperties().Length.ShouldBeGreaterThan(3, "the reflection must see the record's properties");
    }

    [TestCase(CompetenceSource.Life)]
    [TestCase(CompetenceSource.Volunteering)]
    [TestCase(CompetenceSource.Work)]
    [TestCase(CompetenceSource.Training)]
    public void Score_WhenOnlyWhereACompetenceWasLearnedDiffers_GivesTheSameScore(CompetenceSource source)
    {
        var world = new World(seed: 61, people: 80);
        var index = world.Index();
        for (var o = 0; o < 10; o++)
        {
            var spec = world.Opportunity();
            var prepared = world.Scorer.Prepare(spec);
            foreach (var person in world.People.Where(p => p.Candidate.Competences.Count > 0).Take(20))
            {
                Candidate LearnedAt(CompetenceSource at) => person.Candidate with { Competences = person.Candidate.Competences.Select(c => c with { Source = at }).ToList() };
                var education = world.Scorer.Score(prepared, LearnedAt(CompetenceSource.Education));
                var other = world.Scorer.Score(prepared, LearnedAt(source));

                other.Components.Competences.ShouldBe(education.Components.Competences);
                other.Score.ShouldBe(education.Score);
                other.MeetsAllRequired.ShouldBe(education.MeetsAllRequired);
            }
        }

        // And the index ranks the two alike: the same score, ties broken by id only.
        var wanted = world.Competences[0];
        var twins = new MatchIndex(world.Scorer);
        twins.Upsert(Person(1, [new CandidateCompetence(wanted, 3, CompetenceSource.Education, Evidence.Declared)]));
        twins.Upsert(Person(2, [new CandidateCompetence(wanted, 3, source, Evidence.Declared)]));
        var ranked = twins.TopCandidates(Job([new Requirement(wanted, 2, Importance.Required)]), new CandidateQuery());
        ranked.Items.Select(r => r.Score).Distinct().ShouldHaveSingleItem();
        ranked.Items.Select(r => r.Components.Competences).Distinct().ShouldHaveSingleItem();
        index.Count.ShouldBe(80);
    }

    /// <summary>Whether one of the words of a PascalCase name suggests a protected attribute ("Languages" holds "age" but not as a word).</summary>
    private static bool SuggestsProtectedAttribute(string name) =>
        Regex.Matches(name, "[A-Z][a-z0-9]*|[a-z0-9]+").Any(word => Regex.IsMatch(
            word.Value,
            "^(age[sd]?|birth.*|gender.*|sex.*|nationalit.*|origin.*|ethnic.*|religio.*|health.*|disab.*)$",
            RegexOptions.IgnoreCase));

    /// <summary>Compares the index with scoring every eligible person, for every query combination.</summary>
    /// <summary>With <paramref name="preparedOnce"/>, the index is queried for that prepared opportunity (as the read model does for an open one).</summary>
    private static List<MatchResult> ShouldRankAsBruteForce(MatchIndex index, IReadOnlyCollection<IndexedPerson> people, CompetenceScorer scorer, OpportunitySpec spec, PreparedOpportunity? preparedOnce = null)
    {
        var prepared = preparedOnce ?? scorer.Prepare(spec);
        var all = people
            .Where(p => p.Matchable && (spec.Kind == OpportunityKind.Job ? p.SeeksJob : p.SeeksVolunteering))
            .Select(p => scorer.Score(prepared, p.Candidate))
            .OrderByDescending(r => r.Score).ThenBy(r => r.CandidateId)
            .ToList();

        foreach (var limit in Limits)
        {
            foreach (var minScore in MinScores)
            {
                foreach (var requiredOnly in new[] { false, true })
                {
                    foreach (var maxKm in MaxDistances)
                    {
                        var query = new CandidateQuery(limit, minScore, requiredOnly, maxKm);
                        var qualifying = all.Where(r =>
                            r.Score >= minScore &&
                            (!requiredOnly || r.MeetsAllRequired) &&
                            (maxKm is not { } max || r.DistanceKm is { } km && km <= max)).ToList();
                        var expected = qualifying.Take(limit).Select(r => (r.CandidateId, r.Score, r.MeetsAllRequired)).ToList();

                        var ranked = preparedOnce is null ? index.TopCandidates(spec, query) : index.TopCandidates(preparedOnce, query);

                        var actual = ranked.Items.Select(r => (r.CandidateId, r.Score, r.MeetsAllRequired)).ToList();
                        actual.ShouldBe(expected, $"{query} for {spec.Id}");
                        ranked.Total.ShouldBe(qualifying.Count, $"total of {query} for {spec.Id}");
                        ranked.Items.SequenceEqual(qualifying.Take(limit), new ResultComparer()).ShouldBeTrue($"explanations of {query}");
                    }
                }
            }
        }

        return all;
    }

    private static MatchIndex IndexOf(CompetenceScorer scorer, IEnumerable<IndexedPerson> people)
    {
        var index = new MatchIndex(scorer);
        foreach (var person in people)
        {
            index.Upsert(person);
        }

        return index;
    }

    private static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    private static IndexedPerson Person(int n, CandidateCompetence[] competences, CandidateLanguage[]? languages = null) =>
        new(new Candidate(Id(n), competences, languages ?? [], new GeoPoint(51.219, 4.402), 10, 20, []), Matchable: true, SeeksJob: true, SeeksVolunteering: false);

    private static OpportunitySpec Job(Requirement[] requirements) =>
        new(Guid.NewGuid(), OpportunityKind.Job, requirements, [], false, new GeoPoint(51.219, 4.402), 20, []);

    /// <summary>Results equal in everything the API shows (lists compared item by item).</summary>
    private sealed class ResultComparer : IEqualityComparer<MatchResult>
    {
        public bool Equals(MatchResult? x, MatchResult? y) =>
            x is not null && y is not null &&
            (x.CandidateId, x.OpportunityId, x.Kind, x.Score, x.MeetsAllRequired, x.Components, x.Points, x.Counts, x.DistanceKm) ==
            (y.CandidateId, y.OpportunityId, y.Kind, y.Score, y.MeetsAllRequired, y.Components, y.Points, y.Counts, y.DistanceKm) &&
            x.Matched.SequenceEqual(y.Matched) && x.Missing.SequenceEqual(y.Missing) && x.Languages.SequenceEqual(y.Languages);

        public int GetHashCode(MatchResult obj) => obj.CandidateId.GetHashCode();
    }

    /// <summary>A random taxonomy of 60 competences with broader chains and related pairs, and random people and opportunities over it.</summary>
    private sealed class World
    {
        private readonly Random _random;
        private readonly Taxonomy _taxonomy;
        private readonly Dictionary<Guid, List<Guid>> _near = [];

        public World(int seed, int people, MatchingOptions? options = null)
        {
            _random = new Random(seed);
            Competences = Enumerable.Range(0, 60).Select(_ => NewId()).ToList();
            var broader = new List<(Guid, Guid)>();
            for (var i = 5; i < Competences.Count; i++)
            {
                // Chains: a competence's broader one comes earlier in the list, so chains run several levels deep.
                if (_random.NextDouble() < 0.6)
                {
                    broader.Add((Competences[i], Competences[_random.Next(Math.Max(0, i - 10), i)]));
                }
            }

            var related = Enumerable.Range(0, 20).Select(_ => (Competences[_random.Next(60)], Competences[_random.Next(60)])).ToList();

            // Most competences with a reuse level (so requirements weigh differently), some without;
            // occupations in four ISCO unit groups, each with 4-8 essential competences.
            var reuseLevels = Competences.Where(_ => _random.NextDouble() < 0.8).Select(c => (c, (ReuseLevel)_random.Next(1, 5))).ToList();
            Occupations = Enumerable.Range(0, 12).Select(_ => NewId()).ToList();
            var occupations = Occupations.Select((o, i) => new OccupationSkills(
                o,
                i % 5 == 4 ? null : $"93{i % 4}",
                Competences.OrderBy(_ => _random.Next()).Take(_random.Next(4, 9)).ToList()));
            _taxonomy = new Taxonomy(broader, related, reuseLevels, occupations);
            Scorer = new CompetenceScorer(options ?? new MatchingOptions(), _taxonomy);
            People = Enumerable.Range(0, people).Select(_ => RandomPerson(NewId())).ToList();
        }

        public List<Guid> Competences { get; }

        public bool IsGeneric(Guid competence) => ScoreModel.IsGeneric(_taxonomy.ReuseLevelOf(competence));

        public List<Guid> Occupations { get; }

        public CompetenceScorer Scorer { get; }

        public List<IndexedPerson> People { get; }

        public MatchIndex Index()
        {
            var index = new MatchIndex(Scorer);
            foreach (var person in People)
            {
                index.Upsert(person);
            }

            return index;
        }

        public Guid NewId()
        {
            var bytes = new byte[16];
            _random.NextBytes(bytes);
            return new Guid(bytes);
        }

        /// <summary>The competence and every competence that earns credit for it.</summary>
        public List<Guid> Near(Guid id)
        {
            if (!_near.TryGetValue(id, out var near))
            {
                var ids = new HashSet<Guid> { id };
                var prepared = Scorer.Prepare(Job([new Requirement(id, 1, Importance.Required)]));
                foreach (var person in Competences)
                {
                    var result = Scorer.Score(prepared, new Candidate(Guid.Empty, [new CandidateCompetence(person, 4, CompetenceSource.Work, Evidence.Certified)], [], null, 0, 0, []));
                    if (result.Matched.Count > 0)
                    {
                        ids.Add(person);
                    }
                }

                _near[id] = near = [.. ids.OrderBy(g => g)];
            }

            return near;
        }

        public CandidateCompetence RandomCompetence(Guid id) =>
            new(id, _random.Next(1, 5), Sources[_random.Next(Sources.Length)], Evidences[_random.Next(Evidences.Length)]);

        public IndexedPerson RandomPerson(Guid id)
        {
            var competences = Enumerable.Range(0, _random.Next(0, 9)).Select(_ => RandomCompetence(Competences[_random.Next(Competences.Count)])).ToList();
            var languages = Enumerable.Range(0, _random.Next(0, 4))
                .Select(_ => new CandidateLanguage(LanguageCodes[_random.Next(LanguageCodes.Length)], CefrLevel.FromRank(_random.Next(1, 7)), _random.NextDouble() < 0.3))
                .ToList();
            GeoPoint? location = _random.NextDouble() < 0.8 ? new GeoPoint(51.15 + (_random.NextDouble() * 0.2), 4.30 + (_random.NextDouble() * 0.25)) : null;
            var hours = _random.NextDouble() < 0.15 ? 0 : _random.Next(4, 41) + (_random.NextDouble() < 0.3 ? 0.5 : 0);
            var interests = Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Interests[_random.Next(Interests.Length)]).ToList();
            var candidate = new Candidate(id, competences, languages, location, _random.Next(0, 31), hours, interests)
            {
                Experiences = RandomExperiences(),
            };
            return new IndexedPerson(candidate, _random.NextDouble() < 0.85, _random.NextDouble() < 0.7, _random.NextDouble() < 0.45);
        }

        /// <summary>None for most people; else one to three occupations (sometimes one twice, or one the catalogue does not know), 0-12 years.</summary>
        public List<CandidateExperience> RandomExperiences()
        {
            if (_random.NextDouble() < 0.6)
            {
                return [];
            }

            return Enumerable.Range(0, _random.Next(1, 4))
                .Select(_ => new CandidateExperience(
                    _random.NextDouble() < 0.05 ? NewId() : Occupations[_random.Next(Occupations.Count)],
                    Math.Round(_random.NextDouble() * 12, 1),
                    (ExperienceContext)_random.Next(1, 4)))
                .ToList();
        }

        /// <summary>Groups of 10 competences that tend to go together, as an occupation's skills do.</summary>
        private List<Guid>[] Clusters => _clusters ??= Enumerable.Range(0, 8).Select(_ => Competences.OrderBy(_ => _random.Next()).Take(10).ToList()).ToArray();

        private List<Guid>[]? _clusters;

        /// <summary>A person holding most of one cluster, a few other competences, sometimes one twice.</summary>
        public IndexedPerson ClusteredPerson(Guid id)
        {
            var cluster = Clusters[_random.Next(Clusters.Length)];
            var competences = cluster.Where(_ => _random.NextDouble() < 0.75)
                .Concat(Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Competences[_random.Next(Competences.Count)]))
                .Select(RandomCompetence)
                .ToList();
            if (competences.Count > 0 && _random.NextDouble() < 0.1)
            {
                competences.Add(RandomCompetence(competences[0].CompetenceId));
            }

            // Some people list only past jobs.
            var random = RandomPerson(id);
            return random with { Candidate = random.Candidate with { Competences = _random.NextDouble() < 0.15 ? [] : competences } };
        }

        /// <summary>A person holding one or two competences of one cluster and nothing else.</summary>
        public IndexedPerson ThinPerson(Guid id)
        {
            var cluster = Clusters[_random.Next(Clusters.Length)];
            var competences = cluster.OrderBy(_ => _random.Next()).Take(_random.Next(1, 3)).Select(RandomCompetence).ToList();
            var random = RandomPerson(id);
            return random with { Candidate = random.Candidate with { Competences = competences, Experiences = [] } };
        }

        /// <summary>An opportunity asking <paramref name="requirements"/> competences of every cluster, most of them required.</summary>
        public OpportunitySpec WideOpportunity(int requirements)
        {
            var wanted = Clusters.SelectMany(c => c).Distinct().OrderBy(_ => _random.Next()).Take(requirements).ToList();
            return Opportunity() with
            {
                Requirements = wanted.Select(c => new Requirement(c, _random.Next(1, 5), _random.NextDouble() < 0.8 ? Importance.Required : Importance.Preferred, 1.0)).ToList(),
            };
        }

        /// <summary>An opportunity asking 6-14 competences, most from one cluster, <paramref name="requiredShare"/> of them required.</summary>
        public OpportunitySpec ClusteredOpportunity(double requiredShare)
        {
            var cluster = Clusters[_random.Next(Clusters.Length)];
            var wanted = cluster.OrderBy(_ => _random.Next()).Take(_random.Next(5, 10))
                .Concat(Enumerable.Range(0, _random.Next(1, 5)).Select(_ => Competences[_random.Next(Competences.Count)]))
                .Distinct()
                .ToList();
            var requirements = wanted
                .Select(c => new Requirement(c, _random.Next(1, 5), _random.NextDouble() < requiredShare ? Importance.Required : Importance.Preferred, new[] { 1.0, 0.5, 2.0 }[_random.Next(3)]))
                .ToList();
            return Opportunity() with { Requirements = requirements };
        }

        public OpportunitySpec Opportunity()
        {
            var requirements = Enumerable.Range(0, _random.Next(0, 6))
                .Select(_ => new Requirement(
                    Competences[_random.Next(Competences.Count)],
                    _random.Next(1, 5),
                    _random.NextDouble() < 0.5 ? Importance.Required : Importance.Preferred,
                    new[] { 1.0, 0.5, 2.0, 3.0 }[_random.Next(4)]))
                .ToList();
            var languages = Enumerable.Range(0, _random.Next(0, 3))
                .Select(_ => new LanguageRequirement(
                    LanguageCodes[_random.Next(LanguageCodes.Length)],
                    CefrLevel.FromRank(_random.Next(1, 7)),
                    _random.NextDouble() < 0.5 ? Importance.Required : Importance.Preferred))
                .ToList();
            var interests = Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Interests[_random.Next(Interests.Length)]).ToList();
            GeoPoint? location = _random.NextDouble() < 0.8 ? new GeoPoint(51.15 + (_random.NextDouble() * 0.2), 4.30 + (_random.NextDouble() * 0.25)) : null;
            var hours = _random.NextDouble() < 0.2 ? 0 : _random.Next(2, 39);
            return new OpportunitySpec(
                NewId(),
                _random.NextDouble() < 0.6 ? OpportunityKind.Job : OpportunityKind.Volunteering,
                requirements,
                languages,
                _random.NextDouble() < 0.5,
                location,
                hours,
                interests);
        }
    }
}
