using System.Globalization;
using System.Text;
using TalentMatch.Benchmarks.Data;

namespace TalentMatch.Benchmarks.Evaluation;

/// <summary>The evaluation as markdown: a summary against the targets, then one section per regime and noise level.</summary>
public static class QualityReport
{
    public const double TargetNdcg = 0.90;
    public const double TargetRecall = 0.95;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Header(QualityCommand.Settings settings, IReadOnlyList<int> seeds, string command, string machine, TimeSpan elapsed)
    {
        var engine = settings.Overrides.Count == 0
            ? "default `Matching:*` settings"
            : "default `Matching:*` settings except " + string.Join(", ", settings.Overrides.Select(o => $"`{o.Name}={o.Value}`"));
        var text = new StringBuilder();
        text.AppendLine(Invariant, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {machine}: `dotnet run -c Release --project tests/TalentMatch.Benchmarks -- {command}`.");
        text.AppendLine(Invariant, $"Engine: {engine}. {settings.Vacancies} vacancies × {QualityEvaluation.PoolSize} people per regime and seed; seeds {string.Join(", ", seeds)}. Total run time {elapsed.TotalSeconds:0} s.");
        return text.ToString();
    }

    public static string Document(string header, string summary, IReadOnlyList<QualityEvaluation.RegimeResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("# Ranking quality");
        text.AppendLine();
        text.AppendLine(header);
        text.AppendLine(Method.Replace("{TYPICAL}", QualityEvaluation.Typical.ToString(), StringComparison.Ordinal));
        text.AppendLine("## Summary");
        text.AppendLine();
        text.AppendLine(summary);
        text.AppendLine("## Regimes");
        text.AppendLine();
        foreach (var result in results)
        {
            text.AppendLine(Section(result));
        }

        return text.ToString();
    }

    private const string Method = """
        ## Method

        Built from ESCO's occupation–skill relations (the product's importer reads ESCO v1.1.1). For
        each seed, occupations whose ISCO unit group holds another occupation are sampled (the same
        occupations in every regime), and each gets:

        - **a vacancy drafted from the occupation**: at most 8 required competences, the most
          specific essential ones (those the score weighs most with the default weights: weight by
          reuse level times rarity among occupations), minimum level 2; the other
          essential ones and 3–8 optional ones preferred (level 1); Dutch B1 required;
        - **a pool of 64 people**: 8 from the vacancy's occupation (grade 2), 8 from other occupations
          of its ISCO unit group (grade 1), 8 from the 5 occupations outside the group whose skills
          overlap most (grade 0), and 40 from random occupations outside the group (grade 0; in the
          distractor regimes 16 or 24 of them hold many certified generic skills).

        A person records a share of their occupation's essential competences (some at a broader or
        narrower ESCO skill), some optional ones, a few random transversal and other skills; or lists
        only a past job (their occupation, 1–10 years, at work, in volunteering or in life). Each
        regime turns one kind of noise up (its parameters are given with its table); everything else
        stays at the typical profile: {TYPICAL}. The pool is shuffled before ids are given, so ties
        (broken by id) favour nobody. Unless a regime says otherwise, everyone lives where the job
        is, has the hours and speaks the languages, so only competences decide.

        **Rankers**: the engine (`CompetenceScorer`), and four baselines that see only the recorded
        competence ids (no experience, no taxonomy, no levels): Jaccard overlap, BM25 (k1 1.2, b 0.75),
        rarity-weighted coverage (the idf of the requirements held exactly over the idf of all
        requirements; idf over the pool), and the overlap count (Jaccard without its division by the
        union, to show how much Jaccard gains from favouring short profiles). **Metrics**, per vacancy then averaged: nDCG@10 (gain
        2^grade − 1; the ideal top 10 is 8 grade-2 and 2 grade-1 people), recall@20 of the 8 grade-2
        people, MRR of the first grade-2 person. Tables give the mean over seeds and, in brackets, the
        lowest seed.

        **Targets**, on every regime (means over seeds): nDCG@10 ≥ 0.90, recall@20 ≥ 0.95, and ahead
        of every baseline: a higher nDCG@10 and a recall@20 no lower.

        """;

    public static string Summary(IReadOnlyList<QualityEvaluation.RegimeResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| regime | noise | engine nDCG@10 | engine recall@20 | best baseline nDCG@10 | target met? |");
        text.AppendLine("|---|---|---:|---:|---:|---|");
        foreach (var result in results)
        {
            var engine = result.Mean("engine");
            var baselines = QualityEvaluation.Rankers.Skip(1).Select(r => (Name: r, Metrics: result.Mean(r))).ToList();
            var best = baselines.MaxBy(b => b.Metrics.NdcgAt10);
            text.AppendLine(Invariant, $"| {result.Regime.Name} | {result.Regime.Level} | {engine.NdcgAt10:0.000} | {engine.RecallAt20:0.000} | {best.Metrics.NdcgAt10:0.000} ({best.Name}) | {Verdict(result, engine, baselines)} |");
        }

        return text.ToString();
    }

    /// <summary>"yes", or what is missed and by how much, with what the engine's top 10 and top 20 hold.</summary>
    private static string Verdict(QualityEvaluation.RegimeResult result, QualityEvaluation.Metrics engine, List<(string Name, QualityEvaluation.Metrics Metrics)> baselines)
    {
        var misses = new List<string>();
        if (engine.NdcgAt10 < TargetNdcg)
        {
            misses.Add(string.Create(Invariant, $"nDCG@10 {TargetNdcg - engine.NdcgAt10:0.000} short"));
        }

        if (engine.RecallAt20 < TargetRecall)
        {
            misses.Add(string.Create(Invariant, $"recall@20 {TargetRecall - engine.RecallAt20:0.000} short"));
        }

        var behindNdcg = baselines.Where(b => b.Metrics.NdcgAt10 >= engine.NdcgAt10).Select(b => string.Create(Invariant, $"{b.Name} by {b.Metrics.NdcgAt10 - engine.NdcgAt10:0.000}")).ToList();
        if (behindNdcg.Count > 0)
        {
            misses.Add($"nDCG@10 behind {string.Join(", ", behindNdcg)}");
        }

        var behindRecall = baselines.Where(b => b.Metrics.RecallAt20 > engine.RecallAt20).Select(b => string.Create(Invariant, $"{b.Name} by {b.Metrics.RecallAt20 - engine.RecallAt20:0.000}")).ToList();
        if (behindRecall.Count > 0)
        {
            misses.Add($"recall@20 behind {string.Join(", ", behindRecall)}");
        }

        if (misses.Count == 0)
        {
            return "yes";
        }

        return $"**no**: {string.Join("; ", misses)} (engine {Composition(result)})";
    }

    /// <summary>Per vacancy, over all seeds: who fills the engine's top 10 and which grade-2 people fall outside its top 20.</summary>
    private static string Composition(QualityEvaluation.RegimeResult result)
    {
        var vacancies = Math.Max(1, result.Seeds.Sum(s => s.Vacancies));
        double Top10(PoolRole role) => result.Seeds.Sum(s => s.Top10ByRanker["engine"][(int)role]) / vacancies;
        var grade0 = Top10(PoolRole.Overlapping) + Top10(PoolRole.GenericDistractor) + Top10(PoolRole.Other);
        var outside = (double)result.Seeds.Sum(s => s.Engine.RelevantOutsideTop20) / vacancies;
        var outsideExperience = (double)result.Seeds.Sum(s => s.Engine.ExperienceOnlyOutsideTop20) / vacancies;
        var text = string.Create(Invariant, $"top 10 per vacancy: {Top10(PoolRole.Relevant):0.0} grade 2, {Top10(PoolRole.SameUnitGroup):0.0} grade 1, {grade0:0.0} grade 0");
        if (grade0 >= 0.05)
        {
            text += string.Create(Invariant, $" ({Top10(PoolRole.Overlapping):0.0} overlapping, {Top10(PoolRole.GenericDistractor):0.0} generic, {Top10(PoolRole.Other):0.0} other)");
        }

        text += string.Create(Invariant, $"; grade 2 outside top 20: {outside:0.00}");
        var experienceOnly = (double)result.Seeds.Sum(s => s.Engine.RelevantExperienceOnly) / vacancies;
        return experienceOnly > 0
            ? text + string.Create(Invariant, $", of whom {outsideExperience:0.00} list only a past job (of {experienceOnly:0.0} such grade-2 people)")
            : text;
    }

    public static string Section(QualityEvaluation.RegimeResult result)
    {
        var regime = result.Regime;
        var text = new StringBuilder();
        text.AppendLine(Invariant, $"### {regime.Name}, {regime.Level}");
        text.AppendLine();
        text.AppendLine(Invariant, $"{Capitalised(regime.Purpose)}. Generator: {regime.Noise with { GenericCertified = new(0, 0) }}.");
        if (regime.GenericDistractors > 0)
        {
            text.AppendLine(Invariant, $"Generic distractors: {regime.GenericDistractors} of the 40 random grade-0 people per pool hold {regime.Noise.GenericCertified} certified transversal or cross-sector skills (level 3–4; each generic requirement of the vacancy with {ShareRange.Percent(regime.Noise.GenericTargeted)} chance, the rest common generic skills). None of them lists only a past job.");
        }

        text.AppendLine(regime.EqualPracticalFit
            ? "Practical fit: equal (everyone at the vacancy's place, with the hours and the languages)."
            : "Practical fit: random (generated places in the province of Antwerp, 5–34 km travel, 8–38 hours, 1–4 languages at any level).");
        text.AppendLine(Invariant, $"As generated: {Generated(result)}. Run time {result.Elapsed.TotalSeconds:0.0} s.");
        text.AppendLine();
        text.AppendLine("| ranker | nDCG@10 | recall@20 | MRR | top 10 per vacancy: grade 2 / grade 1 / overlapping / generic / other |");
        text.AppendLine("|---|---:|---:|---:|---|");
        var vacancies = Math.Max(1, result.Seeds.Sum(s => s.Vacancies));
        foreach (var ranker in QualityEvaluation.Rankers)
        {
            var (mean, min) = (result.Mean(ranker), result.Min(ranker));
            var top10 = string.Join(" / ", Enum.GetValues<PoolRole>().Select(role => (result.Seeds.Sum(s => s.Top10ByRanker[ranker][(int)role]) / vacancies).ToString("0.00", Invariant)));
            text.AppendLine(Invariant, $"| {ranker} | {mean.NdcgAt10:0.000} ({min.NdcgAt10:0.000}) | {mean.RecallAt20:0.000} ({min.RecallAt20:0.000}) | {mean.Mrr:0.000} ({min.Mrr:0.000}) | {top10} |");
        }

        text.AppendLine();
        text.AppendLine(Invariant, $"Engine {Composition(result)}.");
        return text.ToString();
    }

    /// <summary>What the generator produced, to check it against its parameters.</summary>
    private static string Generated(QualityEvaluation.RegimeResult result)
    {
        var people = result.Seeds.Sum(s => s.Generated.People);
        var experienceOnly = result.Seeds.Sum(s => s.Generated.ExperienceOnly);
        var essential = result.Seeds.Sum(s => s.Generated.Essential);
        var recorded = result.Seeds.Sum(s => s.Generated.EssentialRecorded);
        var moved = result.Seeds.Sum(s => s.Generated.Regranulated);
        var competences = result.Seeds.Sum(s => s.Generated.Competences);
        var distractors = result.Seeds.Sum(s => s.Generated.GenericDistractors);
        var generic = result.Seeds.Sum(s => s.Generated.GenericCertified);
        var text = string.Create(Invariant,
            $"{people:N0} people; only a past job: {Share(experienceOnly, people - distractors)} (of those who are not generic distractors); the others recorded {Share(recorded, essential)} of their essential competences, {Share(moved, recorded)} of those at a broader/narrower skill, {(double)competences / Math.Max(1, people - experienceOnly):0.0} competences each (generic distractors included)");
        return distractors > 0 ? text + string.Create(Invariant, $"; generic distractors hold {(double)generic / distractors:0.0} certified generic skills each") : text;
    }

    private static string Share(int part, int whole) => ShareRange.Percent(whole == 0 ? 0 : (double)part / whole);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
