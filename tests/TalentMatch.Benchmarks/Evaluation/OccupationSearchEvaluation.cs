using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using TalentMatch.Benchmarks.Data;
using TalentMatch.Matching.OccupationSearch;

namespace TalentMatch.Benchmarks.Evaluation;

/// <summary>
/// Measures occupation search on real Dutch job titles: every title of jobtitles-nl-dev.tsv is
/// searched in the same index the API builds (all ESCO occupation labels in English and Dutch),
/// and a title counts as found at rank k when one of its expert-mapped occupations is at k.
/// The set is split in two fixed halves: one to tune on, one held out, so overfitting shows.
/// The title memory is measured by k-fold cross-validation on the same titles (see the report).
/// Usage: occupation-search [--data DIR] [--out FILE] [--folds K] [--misses N [--memory-misses]] [--misses-out FILE] [--without-list]
///        [--without-bridge] [--without-ranker] [--loss softmax] [--ranker-out FILE] [--trees-out FILE]
/// (--without-list searches without the curated job-title list, to show what it adds;
/// --memory-misses lists misses with the title memory instead of the labels-only tuning-half misses;
/// --misses-out writes every cross-validated miss (the product's ranker) with its mapped occupation's rank among the blend's 100 best candidates;
/// --without-ranker skips learning the ranker, --loss softmax learns it with a listwise loss,
/// --ranker-out writes the ranker learned from the whole set, the product's Data/occupation-ranker.txt;
/// --trees-out writes the boosted trees learned from the whole set, Data/occupation-trees.txt, if they beat it;
/// --rankers product learns only the linear ranker and the trees with the product's settings, a quicker run;
/// --activities gives the index what occupations do: "skills" (the product: English labels of the essential
/// skills), "skills-optional" (optional skills too), "descriptions" (ESCO's English descriptions, not in the
/// catalogue) or "none"; --activity-candidates and --skill-neighbours override the product's
/// OccupationSearchIndex.ActivityCandidates and SkillNeighbours).
/// </summary>
public static class OccupationSearchEvaluation
{
    private const int Seed = 20261123;
    private const int Depth = 10;
    private const double TargetAt10 = 0.85;
    private const double TargetAt1 = 0.60;
    private static readonly int[] RecallDepths = [1, 10, 20, 50, 100];
    private static readonly int RecallDepth = RecallDepths[^1];

    // Boosted trees over the same candidates, a few settings of each kind (chosen on the tuning half only).
    private static readonly TreeSettings[] TreeVariants =
    [
        new(Trees: 200, Depth: 4, Shrinkage: 0.1, MinLeaf: 50),
        new(Trees: 200, Depth: 4, Shrinkage: 0.1, MinLeaf: 50, LambdaRank: true),
        new(Trees: 300, Depth: 3, Shrinkage: 0.1, MinLeaf: 50, LambdaRank: true),
        new(Trees: 200, Depth: 5, Shrinkage: 0.05, MinLeaf: 50, LambdaRank: true),
        new(Trees: 200, Depth: 4, Shrinkage: 0.1, MinLeaf: 200, LambdaRank: true),
        new(Trees: 200, Depth: 4, Shrinkage: 0.1, MinLeaf: 400, LambdaRank: true),
        new(Trees: 400, Depth: 4, Shrinkage: 0.05, MinLeaf: 200, LambdaRank: true),
    ];

    private static readonly Dictionary<string, string> ActivityKinds = new(StringComparer.Ordinal)
    {
        ["skills"] = "the English labels of its essential skills, as the product's catalogue holds them",
        ["skills-optional"] = "the English labels of its essential and optional skills",
        ["descriptions"] = "its English ESCO description (occupations_en.csv; not in the catalogue)",
    };

    // The settings the product's trees (Data/occupation-trees.txt) were chosen with; --rankers product measures only them (and the linear ranker).
    private static readonly TreeSettings ProductTrees = TreeVariants[4];

    // Other ways to learn the ranker, measured beside it (same folds, same candidates).
    private static readonly (string Name, int Depth, Func<IReadOnlyList<RankingExample>, IOccupationCandidateRanker> Train, TreeSettings? Trees)[] AllVariants =
    [
        ("linear, pairwise, top 50", 50, e => OccupationRankerTraining.Train(e), null),
        ("linear, softmax, top 50", 50, e => OccupationRankerTraining.Train(e, listwise: true), null),
        ("linear, softmax, L2 1e-2, top 50", 50, e => OccupationRankerTraining.Train(e, listwise: true, l2: 1e-2), null),
        ("linear, softmax, top 20", 20, e => OccupationRankerTraining.Train(e, listwise: true), null),
        ("linear, pairwise, top 100", 100, e => OccupationRankerTraining.Train(e), null),
        ("linear, softmax, top 100", 100, e => OccupationRankerTraining.Train(e, listwise: true), null),
        .. TreeVariants.Select(t => ($"boosted trees, {t}, top 50", OccupationSearchIndex.RerankDepth, (Func<IReadOnlyList<RankingExample>, IOccupationCandidateRanker>)(e => OccupationTreeTraining.Train(e, t)), (TreeSettings?)t)),
    ];

    // How much better (success@1) the boosted trees must be, on the full set and the held-out half, to replace the linear ranker.
    private const double ProductMargin = 0.01;

    private static List<RankingExample> Top(List<RankingExample> examples, int depth) =>
        [.. examples.Select(x => x with { Candidates = [.. x.Candidates.Take(depth)] })];

    private const string RankerHeader = """
        # The learned ordering of occupation candidates with a title memory (OccupationRanker):
        # one weight per feature (OccupationCandidate.FeatureNames) and a bias; the score is
        # logistic(bias + sum of weight x feature). Product configuration, learned from the whole
        # seed set (the 2,508 expert-mapped Dutch titles of jobtitles-nl-dev.tsv): each title's
        # candidates found with a memory of the other nine tenths, pairwise logistic loss, then
        # calibrated. Regenerate with
        #   dotnet run -c Release --project tests/TalentMatch.Benchmarks -- occupation-search \
        #     --ranker-out src/TalentMatch.Matching/OccupationSearch/Data/occupation-ranker.txt
        # The evaluation never uses these weights: each fold is ranked by weights learned without it.

        """;

    private static string TreesHeader(TreeSettings settings) => $"""
        # The learned ordering of occupation candidates with a title memory (OccupationTreeRanker):
        # boosted regression trees over the candidates' features (the names on the features line are
        # OccupationCandidate.FeatureNames); the score is logistic(bias + scale x the sum of the leaves).
        # Product configuration, learned from the whole seed set (the 2,508 expert-mapped Dutch titles of
        # jobtitles-nl-dev.tsv): each title's 50 best candidates found with a memory of the other nine
        # tenths; {settings}: the settings best on the tuning half
        # in nested cross-validation; then calibrated. Regenerate with
        #   dotnet run -c Release --project tests/TalentMatch.Benchmarks -- occupation-search \
        #     --trees-out src/TalentMatch.Matching/OccupationSearch/Data/occupation-trees.txt
        # The evaluation never uses this model: each fold is ranked by trees learned without it.

        """;

    public static Task<int> RunAsync(string[] args)
    {
        var root = RepositoryRoot();
        var data = Option(args, "--data") ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
        var output = Option(args, "--out") ?? Path.Combine(root, "docs", "evaluation", "occupation-search.md");
        var misses = int.Parse(Option(args, "--misses") ?? "0", CultureInfo.InvariantCulture);
        var withoutList = args.Contains("--without-list");
        var withoutBridge = args.Contains("--without-bridge");
        var withoutRanker = args.Contains("--without-ranker");
        var listwise = Option(args, "--loss") == "softmax";
        var folds = int.Parse(Option(args, "--folds") ?? "10", CultureInfo.InvariantCulture);
        var activityKind = Option(args, "--activities") is "none" ? null : Option(args, "--activities") ?? "skills";
        var activityCandidates = int.Parse(Option(args, "--activity-candidates") ?? $"{OccupationSearchIndex.DefaultActivityCandidates}", CultureInfo.InvariantCulture);
        var skillNeighbours = int.Parse(Option(args, "--skill-neighbours") ?? $"{OccupationSearchIndex.DefaultSkillNeighbours}", CultureInfo.InvariantCulture);
        var learners = Option(args, "--rankers") == "product" ? AllVariants.Where(v => v.Trees == ProductTrees).ToArray() : AllVariants;

        var classification = Path.Combine(data, "esco", "esco-v1.1.1-classification-en-csv.zip");
        var dutch = Path.Combine(data, "esco-nl", "occupations_nl.csv");
        var titles = Path.Combine(data, "esco-nl", "jobtitles-nl-dev.tsv");
        foreach (var file in new[] { classification, dutch, titles })
        {
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"missing {file}");
                return Task.FromResult(1);
            }
        }

        // The occupations and their English and Dutch labels, parsed by the product's importer.
        var (ids, rows, groups) = OccupationSearchData.Labels();

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var build = Stopwatch.StartNew();
        var activities = activityKind is null ? null : OccupationSearchData.Activities(activityKind, ids, classification);
        var index = new OccupationSearchIndex(rows, withoutList ? OccupationSynonyms.None : OccupationSynonyms.Default, bridge: !withoutBridge, groups: groups, activities: activities)
        {
            ActivityCandidates = activityCandidates,
            SkillNeighbours = skillNeighbours,
        };
        build.Stop();
        var memory = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(index);

        var queries = OccupationSearchData.Titles(titles, ids).Select(t => new Query(t.Text, t.Relevant)).ToList();
        var unknownTargets = queries.Count(q => q.Relevant.Count == 0);

        // The split depends on the seed only, not on the search.
        var order = Enumerable.Range(0, queries.Count).ToArray();
        new Random(Seed).Shuffle(order);
        var tuning = order.Take(queries.Count / 2).ToHashSet();

        foreach (var query in queries.Take(50))
        {
            index.Search(query.Text, Depth); // warm-up
        }

        var ranks = new int[queries.Count];
        var times = new double[queries.Count];
        var hits = new IReadOnlyList<OccupationIndexHit>[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            var watch = Stopwatch.StartNew();
            hits[i] = index.Search(queries[i].Text, Depth);
            times[i] = watch.Elapsed.TotalMilliseconds;
            ranks[i] = Rank(hits[i], queries[i].Relevant);
        }

        // The title memory, cross-validated: each fold is searched with a memory seeded from the
        // other folds' titles only, and never holding a title identical (after folding) to one
        // searched, so a title never finds itself or a copy of itself.
        var memoryRanks = new int[queries.Count];
        var memoryHits = new IReadOnlyList<OccupationIndexHit>[queries.Count];
        var memoryTimes = new double[queries.Count];
        var fold = new int[queries.Count];
        for (var p = 0; p < order.Length; p++)
        {
            fold[order[p]] = p % folds;
        }

        // Titles identical (after folding) to one searched are left out of the memory searched with.
        var folded = queries.Select(q => TalentMatch.Domain.Common.TextNormalizer.Normalize(q.Text)).ToArray();
        TitleMemoryIndex MemoryFor(Func<int, bool> remembered, IEnumerable<int> searched)
        {
            var unseen = searched.Select(i => folded[i]).ToHashSet(StringComparer.Ordinal);
            return new TitleMemoryIndex(index, Enumerable.Range(0, queries.Count)
                .Where(i => remembered(fold[i]) && !unseen.Contains(folded[i]))
                .SelectMany(i => queries[i].Relevant.Select(r => new RememberedTitle(r, queries[i].Text))));
        }

        // The learned ranker of a fold is trained on the other folds only: their candidates are
        // found with a memory that leaves out a second fold in turn (nested cross-validation), so
        // neither the memory, the prior nor the weights ever saw the searched fold.
        var blendRanks = new int[queries.Count];
        var candidates = new IReadOnlyList<OccupationCandidate>[queries.Count];
        var rankers = new OccupationRanker?[folds];
        var variantRankers = new IOccupationCandidateRanker?[learners.Length];
        var variantRanks = learners.Select(_ => new int[queries.Count]).ToArray();
        var variantHits = learners.Select(_ => new IReadOnlyList<OccupationIndexHit>[queries.Count]).ToArray();
        var memorySize = 0;
        for (var f = 0; f < folds; f++)
        {
            var searched = Enumerable.Range(0, queries.Count).Where(i => fold[i] == f).ToList();
            var titleMemory = MemoryFor(g => g != f, searched);
            memorySize += titleMemory.Count;
            if (!withoutRanker)
            {
                var examples = new List<RankingExample>();
                for (var g = 0; g < folds; g++)
                {
                    if (g == f)
                    {
                        continue;
                    }

                    var inner = Enumerable.Range(0, queries.Count).Where(i => fold[i] == g).ToList();
                    var innerMemory = MemoryFor(h => h != f && h != g, inner);
                    examples.AddRange(inner.Select(i => new RankingExample(index.Candidates(queries[i].Text, innerMemory, RecallDepth), queries[i].Relevant)));
                }

                rankers[f] = OccupationRankerTraining.Train(Top(examples, OccupationSearchIndex.RerankDepth), listwise);
                Parallel.For(0, learners.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, v =>
                {
                    var watch = Stopwatch.StartNew();
                    variantRankers[v] = learners[v].Train(Top(examples, learners[v].Depth));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fold {f + 1}: {learners[v].Name} learned in {watch.Elapsed.TotalSeconds:0.0} s"));
                });
            }

            foreach (var i in searched)
            {
                var watch = Stopwatch.StartNew();
                memoryHits[i] = index.Search(queries[i].Text, Depth, titleMemory, rankers[f]);
                memoryTimes[i] = watch.Elapsed.TotalMilliseconds;
                memoryRanks[i] = Rank(memoryHits[i], queries[i].Relevant);
                blendRanks[i] = Rank(index.Search(queries[i].Text, Depth, titleMemory, null), queries[i].Relevant);
                candidates[i] = index.Candidates(queries[i].Text, titleMemory, RecallDepth);
                for (var v = 0; v < learners.Length && !withoutRanker; v++)
                {
                    // Scored by the blend, as the misses' causes read it (see blendedHits below).
                    variantHits[v][i] = [.. candidates[i].Take(learners[v].Depth).OrderByDescending(c => variantRankers[v]!.Sum(c.Features)).ThenBy(c => c.OccupationId)
                        .Take(Depth).Select(c => new OccupationIndexHit(c.OccupationId, c.Score, c.MatchedLabel, c.MatchedTitle))];
                    variantRanks[v][i] = Rank(variantHits[v][i], queries[i].Relevant);
                }
            }

            Console.WriteLine($"fold {f + 1}/{folds} searched");
        }

        var variants = new List<string>();
        for (var v = 0; v < learners.Length && !withoutRanker; v++)
        {
            var m = Measure(variantRanks[v]);
            var tuned = Measure([.. variantRanks[v].Where((_, i) => tuning.Contains(i))]);
            var held = Measure([.. variantRanks[v].Where((_, i) => !tuning.Contains(i))]);
            variants.Add(string.Create(CultureInfo.InvariantCulture, $"| {learners[v].Name} | {m.At1:0.000} | {m.At10:0.000} | {m.Mrr:0.000} | {tuned.At1:0.000} / {tuned.At10:0.000} | {held.At1:0.000} / {held.At10:0.000} |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"variant {learners[v].Name}: success@1 {m.At1:0.000}, success@10 {m.At10:0.000}, MRR {m.Mrr:0.000}; tuning half {tuned.At1:0.000} / {tuned.At10:0.000}, held-out half {held.At1:0.000} / {held.At10:0.000}"));
        }

        // The boosted trees: the settings best on the tuning half (success@1, then MRR), measured on both halves.
        // They become the product's ranker only when they beat the linear one by more than 0.01 success@1
        // on the full set and on the held-out half.
        var half = (int[] r, bool tuned) => Measure([.. r.Where((_, i) => tuning.Contains(i) == tuned)]);
        var trees = withoutRanker ? -1 : Enumerable.Range(0, learners.Length).Where(v => learners[v].Trees is not null)
            .MaxBy(v => (half(variantRanks[v], true).At1, half(variantRanks[v], true).Mrr));
        var treesWin = trees >= 0
            && Measure(variantRanks[trees]).At1 - Measure(memoryRanks).At1 > ProductMargin
            && half(variantRanks[trees], false).At1 - half(memoryRanks, false).At1 > ProductMargin;
        if (trees >= 0)
        {
            Console.WriteLine($"boosted trees chosen on the tuning half: {learners[trees].Trees}; {(treesWin ? "they beat" : "they do not beat")} the linear ranker by more than {ProductMargin} success@1 on the full set and the held-out half");
        }

        // How often the mapped occupation is among the candidates at all: the ceiling of any re-ranking.
        var recall = RecallDepths.Select(d => (Depth: d, Share: Enumerable.Range(0, queries.Count)
            .Count(i => candidates[i].Take(d).Any(c => queries[i].Relevant.Contains(c.OccupationId))) / (double)queries.Count)).ToList();
        if (activities is not null)
        {
            var byActivity = queries.Select(q => index.ByActivity(q.Text, RecallDepth)).ToList();
            Console.WriteLine($"activity texts ({activityKind}): {activities.Count} texts of {activities.Select(a => a.OccupationId).Distinct().Count()} occupations; {activityCandidates} join the candidates, and {skillNeighbours} skill neighbours of each of the 3 best hits");
            Console.WriteLine("recall of the activity texts alone: " + string.Join(", ", RecallDepths.Select(d => string.Create(CultureInfo.InvariantCulture,
                $"top {d}: {Enumerable.Range(0, queries.Count).Count(i => byActivity[i].Take(d).Any(queries[i].Relevant.Contains)) / (double)queries.Count:0.000}"))));
            Console.WriteLine("titles found there and not among the candidates: " + string.Join(", ", RecallDepths.Select(d => string.Create(CultureInfo.InvariantCulture,
                $"top {d}: {Enumerable.Range(0, queries.Count).Count(i => byActivity[i].Take(d).Any(queries[i].Relevant.Contains) && !candidates[i].Any(c => queries[i].Relevant.Contains(c.OccupationId)))}"))));
        }

        Console.WriteLine("candidate recall (blend): " + string.Join(", ", recall.Select(r => string.Create(CultureInfo.InvariantCulture, $"top {r.Depth}: {r.Share:0.000}"))));

        // The product's ranker: learned from every seed title's candidates, each found with a memory of the other folds.
        var product = withoutRanker ? null : OccupationRankerTraining.Train(Enumerable.Range(0, queries.Count)
            .Select(i => new RankingExample([.. candidates[i].Take(OccupationSearchIndex.RerankDepth)], queries[i].Relevant)).ToList(), listwise);
        if (product is not null)
        {
            Console.WriteLine("product ranker:\n" + product.Format());
            if (Option(args, "--ranker-out") is { } rankerOut)
            {
                File.WriteAllText(rankerOut, RankerHeader + product.Format());
                Console.WriteLine($"written {rankerOut}");
            }
        }

        // The boosted trees the product would run: learned the same way from every seed title's candidates.
        if (trees >= 0 && Option(args, "--trees-out") is { } treesOut)
        {
            if (treesWin)
            {
                var settings = learners[trees].Trees!;
                var model = OccupationTreeTraining.Train(Enumerable.Range(0, queries.Count)
                    .Select(i => new RankingExample([.. candidates[i].Take(OccupationSearchIndex.RerankDepth)], queries[i].Relevant)).ToList(), settings);
                File.WriteAllText(treesOut, TreesHeader(settings) + model.Format());
                Console.WriteLine($"written {treesOut}");
            }
            else
            {
                Console.WriteLine($"{treesOut} not written: the trees do not beat the linear ranker");
            }
        }

        // The misses' causes read the blended score of the top hit (a learned score is a probability).
        var blendedHits = Enumerable.Range(0, queries.Count)
            .Select(i => (IReadOnlyList<OccupationIndexHit>)memoryHits[i]
                .Select(h => h with { Score = candidates[i].FirstOrDefault(c => c.OccupationId == h.OccupationId)?.Score ?? h.Score })
                .ToList())
            .ToArray();

        // The product's ranker, by the rule above: its figures are the ones held against the targets.
        var (productRanks, productHits) = treesWin ? (variantRanks[trees], variantHits[trees]) : (memoryRanks, blendedHits);

        var sets = new (string Name, int[] Members)[]
        {
            ("tuning half", Enumerable.Range(0, queries.Count).Where(tuning.Contains).ToArray()),
            ("held-out half", Enumerable.Range(0, queries.Count).Where(i => !tuning.Contains(i)).ToArray()),
            ("full set", Enumerable.Range(0, queries.Count).ToArray()),
        };

        var crossValidated = Measure(productRanks);
        var table = new StringBuilder();
        table.AppendLine("| Search | Set | Titles | success@1 | success@10 | MRR@10 |");
        table.AppendLine("|---|---|---:|---:|---:|---:|");
        var searches = withoutRanker
            ? new[] { ("labels only", ranks), ($"labels + title memory ({folds}-fold cross-validated)", memoryRanks) }
            : new[]
            {
                ("labels only", ranks), ($"labels + title memory, hand-tuned blend ({folds}-fold cross-validated)", blendRanks),
                ($"labels + title memory, linear ranker ({folds}-fold nested cross-validated)", memoryRanks),
                ($"labels + title memory, boosted trees ({folds}-fold nested cross-validated)", variantRanks[trees]),
            };
        foreach (var (search, searchRanks) in searches)
        {
            foreach (var (name, members) in sets)
            {
                var m = Measure(members.Select(i => searchRanks[i]).ToArray());
                table.AppendLine(CultureInfo.InvariantCulture, $"| {search} | {name} | {members.Length} | {m.At1:0.000} | {m.At10:0.000} | {m.Mrr:0.000} |");
            }
        }

        var sorted = times.Order().ToArray();
        var mean = times.Average();
        var p99 = sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(0.99 * sorted.Length) - 1)];
        var occupationsCount = ids.Count;

        Console.WriteLine(table.ToString());
        Console.WriteLine($"word bridge: {index.Translations.Count} Dutch→English translations, e.g. {string.Join(", ", index.Translations.Where((_, i) => i % 97 == 0).Take(12).Select(t => $"{t.Dutch}→{t.English} ({t.Confidence:0.00})"))}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index: {occupationsCount} occupations, {index.LabelCount} distinct labels, built in {build.Elapsed.TotalMilliseconds:0} ms, ~{memory / 1024.0 / 1024.0:0.0} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"query time: mean {mean:0.00} ms, p99 {p99:0.00} ms ({queries.Count} queries, top {Depth})"));

        var categories = MissCategories(index, rows, queries, hits, ranks, sets[0].Members);
        foreach (var (category, count) in categories)
        {
            Console.WriteLine($"tuning-half miss: {category}: {count}");
        }

        var memoryCategories = MemoryMissCategories(index, rows, queries, productHits, productRanks, fold);
        foreach (var (category, count) in memoryCategories)
        {
            Console.WriteLine($"cross-validated miss: {category}: {count}");
        }

        var memorySorted = memoryTimes.Order().ToArray();
        var memoryP99 = memorySorted[Math.Min(memorySorted.Length - 1, (int)Math.Ceiling(0.99 * memorySorted.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"with memory: mean {memoryTimes.Average():0.00} ms, p99 {memoryP99:0.00} ms; memory of about {memorySize / (double)folds:0} titles per fold"));

        if (misses > 0 && args.Contains("--memory-misses"))
        {
            foreach (var i in Enumerable.Range(0, queries.Count).Where(i => memoryRanks[i] != 1).Take(misses))
            {
                var relevant = string.Join(" / ", queries[i].Relevant.Select(r => index.LabelOf(r)));
                var top = string.Join(" | ", memoryHits[i].Take(3).Select(h => $"{h.MatchedTitle ?? h.MatchedLabel} ({h.Score:0.00})"));
                Console.WriteLine($"[{(memoryRanks[i] == 0 ? "-" : memoryRanks[i].ToString(CultureInfo.InvariantCulture))}] {queries[i].Text} => want {relevant}; got {top}");
            }
        }
        else if (misses > 0)
        {
            // Only from the tuning half: the held-out half stays unseen.
            foreach (var i in sets[0].Members.Where(i => ranks[i] != 1).Take(misses))
            {
                var relevant = string.Join(" / ", queries[i].Relevant.Select(r => index.LabelOf(r)));
                var top = string.Join(" | ", hits[i].Take(3).Select(h => $"{h.MatchedLabel} ({h.Score:0.00})"));
                Console.WriteLine($"[{(ranks[i] == 0 ? "-" : ranks[i].ToString(CultureInfo.InvariantCulture))}] {queries[i].Text} => want {relevant}; got {top}");
            }
        }

        // Where the mapped occupation of each miss sits among the blend's candidates (0: not among them).
        var missPositions = Enumerable.Range(0, queries.Count).Where(i => productRanks[i] == 0)
            .Select(i => (Title: i, Position: candidates[i].Select((c, r) => (c, r)).Where(x => queries[i].Relevant.Contains(x.c.OccupationId)).Select(x => x.r + 1).FirstOrDefault()))
            .ToList();
        if (Option(args, "--misses-out") is { } missesOut)
        {
            var lines = new List<string> { $"candidate rank (of {RecallDepth}; - not among them)\tfold\ttitle\tmapped\tgot (top 3, with what matched)" };
            foreach (var (i, position) in missPositions)
            {
                var relevant = string.Join(" / ", queries[i].Relevant.Select(index.LabelOf));
                var top = string.Join(" | ", productHits[i].Take(3).Select(h => $"{index.LabelOf(h.OccupationId)} [{h.MatchedTitle ?? h.MatchedLabel}]"));
                lines.Add($"{(position == 0 ? "-" : position.ToString(CultureInfo.InvariantCulture))}\t{fold[i]}\t{queries[i].Text}\t{relevant}\t{top}");
            }

            File.WriteAllLines(missesOut, lines);
            Console.WriteLine($"written {missesOut} ({lines.Count - 1} misses)");
        }

        var positions = new List<(string Where, int Count)>
        {
            ("among the blend's 10 best (the ranker ordered it lower)", missPositions.Count(m => m.Position is > 0 and <= 10)),
            ("among the blend's candidates 11–20", missPositions.Count(m => m.Position is > 10 and <= 20)),
            ("among the blend's candidates 21–50", missPositions.Count(m => m.Position is > 20 and <= 50)),
            ("among the blend's candidates 51–100 (the ranker does not see them)", missPositions.Count(m => m.Position > 50)),
            ($"not among the blend's {RecallDepth} best candidates", missPositions.Count(m => m.Position == 0)),
        };
        foreach (var (where, count) in positions)
        {
            Console.WriteLine($"cross-validated miss, mapped occupation {where}: {count}");
        }

        var markdown = Report(new ReportInputs(
            table.ToString(), crossValidated, folds, memorySize / folds, occupationsCount, index.LabelCount, build.Elapsed.TotalMilliseconds, memory,
            (mean, p99), (memoryTimes.Average(), memoryP99), queries.Count, unknownTargets, categories, memoryCategories, sets[0].Members.Length, withoutList,
            withoutRanker ? null : new RankerReport(variants, recall, positions, learners[trees].Trees!, treesWin),
            activityKind is null ? null : $"`{activityKind}`: {ActivityKinds.GetValueOrDefault(activityKind, activityKind)}; {activityCandidates} activity candidates, {skillNeighbours} skill neighbours per best hit"));
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.WriteAllText(output, markdown);
        Console.WriteLine($"written {output}");
        return Task.FromResult(0);
    }

    /// <summary>
    /// Why tuning-half titles are not in the top 10: the mapped occupation is missing, the title
    /// is (nearly) a label of another occupation, it shares no word with any label of the mapped
    /// occupation (only knowledge beyond the labels could find it), or it shares a word but
    /// other occupations rank higher.
    /// </summary>
    private static List<(string Category, int Count)> MissCategories(
        OccupationSearchIndex index, List<OccupationLabelRow> rows, List<Query> queries, IReadOnlyList<OccupationIndexHit>[] hits, int[] ranks, int[] members)
    {
        var words = rows.GroupBy(r => r.OccupationId).ToDictionary(g => g.Key, g => g.SelectMany(r => index.Terms(r.Text)).ToHashSet(StringComparer.Ordinal));
        return members
            .Where(i => ranks[i] == 0)
            .Select(i =>
            {
                var query = index.Terms(queries[i].Text).ToHashSet(StringComparer.Ordinal);
                return queries[i].Relevant.Count == 0 ? "mapped occupation missing from the classification"
                    : hits[i].Count > 0 && hits[i][0].Score >= 0.94 ? "the title is (nearly) a label of another occupation"
                    : !queries[i].Relevant.Any(r => words.GetValueOrDefault(r)?.Overlaps(query) == true) ? "no word in common with any label of the mapped occupation"
                    : "shares a word with the mapped occupation, but others rank higher";
            })
            .GroupBy(c => c)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(c => c.Item2)
            .ToList();
    }

    private static int Rank(IReadOnlyList<OccupationIndexHit> hits, HashSet<Guid> relevant)
    {
        for (var r = 0; r < hits.Count; r++)
        {
            if (relevant.Contains(hits[r].OccupationId))
            {
                return r + 1;
            }
        }

        return 0;
    }

    private static (double At1, double At10, double Mrr) Measure(int[] ranks) => (
        ranks.Count(r => r == 1) / (double)ranks.Length,
        ranks.Count(r => r is > 0 and <= Depth) / (double)ranks.Length,
        ranks.Sum(r => r is > 0 and <= Depth ? 1.0 / r : 0) / ranks.Length);

    /// <summary>
    /// Why titles are still not in the top 10 with the title memory (cross-validated): the mapped
    /// occupation is missing; no other title was remembered for it and the title shares no word
    /// with its labels; a remembered title of another occupation is (nearly) the same title; it
    /// shares no word with the labels or remembered titles of the mapped occupation; or it does,
    /// but other occupations rank higher.
    /// </summary>
    private static List<(string Category, int Count)> MemoryMissCategories(
        OccupationSearchIndex index, List<OccupationLabelRow> rows, List<Query> queries, IReadOnlyList<OccupationIndexHit>[] hits, int[] ranks, int[] fold)
    {
        var labelWords = rows.GroupBy(r => r.OccupationId).ToDictionary(g => g.Key, g => g.SelectMany(r => index.Terms(r.Text)).ToHashSet(StringComparer.Ordinal));
        var titlesOf = Enumerable.Range(0, queries.Count)
            .SelectMany(i => queries[i].Relevant.Select(r => (Occupation: r, Title: i)))
            .GroupBy(x => x.Occupation)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Title).ToList());
        return Enumerable.Range(0, queries.Count)
            .Where(i => ranks[i] == 0)
            .Select(i =>
            {
                var query = index.Terms(queries[i].Text).ToHashSet(StringComparer.Ordinal);
                var normalized = TalentMatch.Domain.Common.TextNormalizer.Normalize(queries[i].Text);
                var remembered = queries[i].Relevant
                    .SelectMany(r => titlesOf.GetValueOrDefault(r) ?? [])
                    .Where(t => fold[t] != fold[i] && TalentMatch.Domain.Common.TextNormalizer.Normalize(queries[t].Text) != normalized)
                    .ToList();
                var sharesLabelWord = queries[i].Relevant.Any(r => labelWords.GetValueOrDefault(r)?.Overlaps(query) == true);
                var sharesTitleWord = remembered.Any(t => index.Terms(queries[t].Text).Any(query.Contains));
                return queries[i].Relevant.Count == 0 ? "mapped occupation missing from the classification"
                    : hits[i].Count > 0 && hits[i][0].MatchedTitle is not null && hits[i][0].Score >= 0.9 ? "a title remembered for another occupation is (nearly) the same"
                    : hits[i].Count > 0 && hits[i][0].MatchedTitle is null && hits[i][0].Score >= 0.94 ? "the title is (nearly) a label of another occupation"
                    : remembered.Count == 0 && !sharesLabelWord ? "no other title remembered for the occupation, and no word in common with its labels"
                    : !sharesLabelWord && !sharesTitleWord ? "no word in common with the labels or the remembered titles of the occupation"
                    : "shares a word with the occupation's labels or remembered titles, but others rank higher";
            })
            .GroupBy(c => c)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(c => c.Item2)
            .ToList();
    }

    private static string Report(ReportInputs r)
    {
        var text = new StringBuilder();
        text.AppendLine("# Occupation search: evaluation on Dutch job titles");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Generated by `dotnet run -c Release --project tests/TalentMatch.Benchmarks -- occupation-search` on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
        text.AppendLine();
        text.AppendLine("## Method");
        text.AppendLine();
        text.AppendLine("- Index: `OccupationSearchIndex`, the class behind `GET /api/v1/occupations?q=`, built from every");
        text.AppendLine(CultureInfo.InvariantCulture, $"  occupation label in English (ESCO v1.1.1 `occupations_en.csv`) and Dutch (`esco-nl/occupations_nl.csv`): {r.Occupations} occupations, {r.Labels} distinct labels.");
        text.AppendLine(r.WithoutList
            ? "  Searched WITHOUT the curated job-title list (`--without-list`), to show what the list adds."
            : "  Searched with the curated job-title list the product ships (`Matching/OccupationSearch/Data/occupation-synonyms.txt`)");
        text.AppendLine("  and the Dutch→English word bridge derived from the labels (`OccupationWordBridge`); given each occupation's ISCO unit");
        text.AppendLine("  group, so the other occupations of a best hit's group (groups of at most 10) follow it at half its score.");
        text.AppendLine(r.Activities is null
            ? "- Searched WITHOUT what occupations do (`--activities none`)."
            : $"- What each occupation does ({r.Activities}): a title's words, bridged to English, are scored against it (BM25,\n"
                + "  `OccupationActivityText`); each candidate is described by that score and rank and by how many essential skills it shares with the\n"
                + "  best hits, and the best such occupations join the candidates the ranker orders (see `OccupationSearchIndex.ActivityCandidates`, `SkillNeighbours`).");
        text.AppendLine("- Queries: each title of `esco-nl/jobtitles-nl-dev.tsv`, searched for the top 10 occupations.");
        text.AppendLine("  A title is found at rank k when the occupation at k is one of the occupations experts mapped it to.");
        text.AppendLine("- Metrics: success@1 and success@10 (share of titles found at rank 1 / within the top 10) and MRR@10");
        text.AppendLine("  (mean of 1/rank, 0 beyond rank 10).");
        text.AppendLine("- **Labels only**: the search without a title memory.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- **Labels + title memory, {r.Folds}-fold cross-validated**: the product seeds its title memory with these same titles, so");
        text.AppendLine(CultureInfo.InvariantCulture, $"  searching them with that memory would find each title itself. Instead the titles are shuffled with a fixed seed ({Seed})");
        text.AppendLine(CultureInfo.InvariantCulture, $"  into {r.Folds} folds; each fold is searched with a memory seeded from the other folds only (about {r.MemorySize} distinct");
        text.AppendLine("  title–occupation pairs), from which every title identical to a searched one (after folding case, accents and");
        text.AppendLine("  punctuation) is also removed. A title never finds itself or a copy of itself; these are the figures to quote.");
        if (r.Ranker is not null)
        {
            text.AppendLine("- **Linear ranker**: the 50 best candidates of the blend are ordered by");
            text.AppendLine("  `OccupationRanker`, a logistic-linear model over each candidate's features (`OccupationCandidate.FeatureNames`:");
            text.AppendLine("  label and title scores and ranks, neighbour votes, exact matches, the occupation's share of remembered titles,");
            text.AppendLine("  word coverage, ISCO sibling, ...). Nested cross-validation: the ranker of a fold is trained (pairwise logistic");
            text.AppendLine("  loss) on the other nine folds only, each of their titles searched with a memory that leaves out its own fold");
            text.AppendLine("  and the searched one, so the memory, the prior and the weights never saw the searched fold. The weights the");
            text.AppendLine("  product ships (`Data/occupation-ranker.txt`) are learned from the whole seed set and are not used here.");
            text.AppendLine("- **Boosted trees**: the same 50 candidates ordered by `OccupationTreeRanker`, gradient-boosted regression trees");
            text.AppendLine("  over the same features, learned (`OccupationTreeTraining`: pairwise logistic loss, optionally LambdaRank-weighted,");
            text.AppendLine("  Newton leaves over quantile-binned features) per fold exactly as the linear ranker is. A few settings are");
            text.AppendLine(CultureInfo.InvariantCulture, $"  measured (table below); the row shown is the one best on the tuning half ({r.Ranker.Trees}),");
            text.AppendLine("  so its held-out half is unseen by that choice.");
            text.AppendLine(CultureInfo.InvariantCulture, $"- **The product's ranker**: the trees replace the linear ranker only when they beat it by more than {ProductMargin:0.00} success@1 on");
            text.AppendLine(CultureInfo.InvariantCulture, $"  the full set and on the held-out half. Here they {(r.Ranker.TreesWin ? "do: the product ships them (`Data/occupation-trees.txt`)" : "do not: the product keeps the linear ranker")},");
            text.AppendLine("  and the targets and the remaining misses below are those of the product's ranker.");
            text.AppendLine("- **Hand-tuned blend**: the same candidates in the order of their blended score (the search before any ranker).");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"- The tuning and held-out halves (same seed) are kept from the earlier evaluation of the label search: the labels-only");
        text.AppendLine("  search was developed looking at the tuning half only.");
        if (r.UnknownTargets > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {r.UnknownTargets} title(s) point only to occupations missing from the English classification; they count as misses.");
        }

        text.AppendLine();
        text.AppendLine("## Results");
        text.AppendLine();
        text.Append(r.Table);
        text.AppendLine();
        var at10 = r.CrossValidated.At10 >= TargetAt10 ? "met" : $"not met, {TargetAt10 - r.CrossValidated.At10:0.000} short";
        var at1 = r.CrossValidated.At1 >= TargetAt1 ? "met" : $"not met, {TargetAt1 - r.CrossValidated.At1:0.000} short";
        text.AppendLine(CultureInfo.InvariantCulture, $"Targets, cross-validated over the full set: success@10 of at least {TargetAt10:0.00}: {r.CrossValidated.At10:0.000}, {at10}; success@1 of at least {TargetAt1:0.00}: {r.CrossValidated.At1:0.000}, {at1}.");
        text.AppendLine();
        text.AppendLine("Published figures on the same kind of task (melo-benchmark, Dutch titles to Dutch ESCO labels):");
        text.AppendLine();
        text.AppendLine("| Method | success@1 | success@10 |");
        text.AppendLine("|---|---:|---:|");
        text.AppendLine("| character TF-IDF | 0.42 | 0.60 |");
        text.AppendLine("| word TF-IDF | 0.41 | 0.56 |");
        text.AppendLine("| BM25 | 0.39 | 0.53 |");
        text.AppendLine("| multilingual-e5 embeddings | 0.49 | 0.71 |");
        text.AppendLine("| OpenAI embeddings | 0.49 | 0.72 |");
        text.AppendLine();
        text.AppendLine("Those figures are label-level (the right ESCO *label* must be retrieved, and each occupation has");
        text.AppendLine("many labels); ours are concept-level (any label of the right *occupation* counts), which is what");
        text.AppendLine("a profile or vacancy needs and is an easier target. They are a reference point, not a like-for-like comparison.");
        text.AppendLine();
        if (r.Ranker is not null)
        {
            text.AppendLine("How often a mapped occupation is among the blend's candidates at all (cross-validated, full set), the");
            text.AppendLine("ceiling of any re-ranking of them (the ranker orders the top 50):");
            text.AppendLine();
            text.AppendLine("| Candidates | " + string.Join(" | ", r.Ranker.Recall.Select(x => $"top {x.Depth}")) + " |");
            text.AppendLine("|---|" + string.Concat(r.Ranker.Recall.Select(_ => "---:|")));
            text.AppendLine("| share of titles | " + string.Join(" | ", r.Ranker.Recall.Select(x => x.Share.ToString("0.000", CultureInfo.InvariantCulture))) + " |");
            text.AppendLine();
            text.AppendLine("Ways of learning the ranker, each measured the same way (nested cross-validation; full set, and success@1 / success@10");
            text.AppendLine("on each half; the settings of the boosted trees were chosen looking at the tuning half only):");
            text.AppendLine();
            text.AppendLine("| Learning | success@1 | success@10 | MRR@10 | tuning half | held-out half |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var line in r.Ranker.Variants)
            {
                text.AppendLine(line);
            }

            text.AppendLine();
        }

        text.AppendLine("What each part adds, the variants tried and rejected, and what the misses look like:");
        text.AppendLine("[../evaluation.md](../evaluation.md#occupation-search-in-dutch).");
        text.AppendLine();
        text.AppendLine(r.Ranker is null ? "## Remaining misses with the title memory (cross-validated, full set)"
            : $"## Remaining misses with the title memory and the {(r.Ranker.TreesWin ? "boosted trees" : "linear ranker")} (nested cross-validated, full set)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Titles whose mapped occupation is not in the top 10, by cause (the first that applies):");
        text.AppendLine();
        AppendCategories(text, r.MemoryCategories);
        text.AppendLine();
        if (r.Ranker is not null)
        {
            text.AppendLine("The same misses by where their mapped occupation sits among the blend's candidates (the ranker orders the");
            text.AppendLine("50 best; `--misses-out FILE` lists every miss with that rank and what came first):");
            text.AppendLine();
            AppendCategories(text, r.Ranker.MissPositions, "Mapped occupation");
            text.AppendLine();
        }

        text.AppendLine("## Remaining misses of the labels-only search (tuning half)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Titles of the tuning half ({r.TuningTitles}) whose mapped occupation is not in the top 10, by cause:");
        text.AppendLine();
        AppendCategories(text, r.Categories);
        text.AppendLine();
        text.AppendLine("## Cost (informational; the latency target is measured by `OccupationSearchBenchmarks`)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Build: {r.BuildMs:0} ms; managed memory held by the label index: about {r.Memory / 1024.0 / 1024.0:0.0} MB.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Query (top 10, one thread), labels only: mean {r.LabelTimes.Mean:0.00} ms, p99 {r.LabelTimes.P99:0.00} ms over {r.Queries} queries.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Query (top 10, one thread), labels + title memory, linear ranker: mean {r.MemoryTimes.Mean:0.00} ms, p99 {r.MemoryTimes.P99:0.00} ms over {r.Queries} queries.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Environment.ProcessorCount} logical CPUs, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.ProcessArchitecture}, .NET {Environment.Version}.");
        return text.ToString();
    }

    private static void AppendCategories(StringBuilder text, List<(string Category, int Count)> categories, string heading = "Cause")
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"| {heading} | Titles |");
        text.AppendLine("|---|---:|");
        foreach (var (category, count) in categories)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {category} | {count} |");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"| total | {categories.Sum(c => c.Count)} |");
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TalentMatch.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }

    private sealed record Query(string Text, HashSet<Guid> Relevant);

    private sealed record ReportInputs(
        string Table, (double At1, double At10, double Mrr) CrossValidated, int Folds, int MemorySize, int Occupations, int Labels, double BuildMs, long Memory,
        (double Mean, double P99) LabelTimes, (double Mean, double P99) MemoryTimes, int Queries, int UnknownTargets,
        List<(string Category, int Count)> Categories, List<(string Category, int Count)> MemoryCategories, int TuningTitles, bool WithoutList,
        RankerReport? Ranker, string? Activities);

    private sealed record RankerReport(List<string> Variants, List<(int Depth, double Share)> Recall, List<(string Where, int Count)> MissPositions, TreeSettings Trees, bool TreesWin);
}
