using System.Globalization;
using System.Reflection;
using TalentMatch.Benchmarks.Data;
using TalentMatch.Matching;

namespace TalentMatch.Benchmarks.Evaluation;

/// <summary>
/// The `evaluate` verb: ranking quality of the engine and the baselines on every regime, at two
/// noise levels, over several seeds.
/// <code>
/// evaluate [--vacancies N] [--seed S] [--seeds K] [--regime NAME]... [--set Name=Value]... [--explain N] [--out PATH]
/// </code>
/// A full run with default settings writes docs/evaluation/quality.md; a run of some regimes or
/// with <c>--set</c> writes only where <c>--out</c> says, so an ablation never overwrites the report.
/// </summary>
public static class QualityCommand
{
    public const string Usage =
        "evaluate [--vacancies N (40)] [--seed S (7)] [--seeds K (3)] [--regime NAME]... [--set MatchingOption=Value]... [--explain N] [--out PATH] [--unchecked]\n" +
        "  regimes: sparse | granular | experience-only | distractors | realistic | realistic-random-fit (each at two noise levels)\n" +
        "  --set switches an engine setting for an ablation, e.g. --set OccupationSpecificWeight=1 --set TransversalWeight=1\n" +
        "  --explain N prints the engine's top 12 for the first N vacancies of each seed, with how each person scored\n" +
        "  --unchecked skips the validation of the settings, for ablations that break the product's rules (e.g. a lower RequiredShare)";

    public sealed record Settings(int Vacancies, int Seed, int Seeds, IReadOnlyList<string> Regimes, IReadOnlyList<(string Name, string Value)> Overrides, string? Out, int Explain, bool Unchecked = false);

    public static int Run(string[] args, string docs, string machine)
    {
        Settings settings;
        MatchingOptions options;
        try
        {
            settings = Parse(args);
            options = Options(settings.Overrides, settings.Unchecked);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var regimes = QualityEvaluation.Regimes
            .Where(r => settings.Regimes.Count == 0 || settings.Regimes.Contains(r.Name, StringComparer.OrdinalIgnoreCase))
            .ToList();
        var unknown = settings.Regimes.Where(n => !QualityEvaluation.Regimes.Any(r => string.Equals(r.Name, n, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"Unknown regime(s): {string.Join(", ", unknown)}.");
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var catalogue = BenchmarkData.Catalogue();
        var evaluation = new QualityEvaluation(catalogue, BenchmarkData.Population(catalogue), new CompetenceScorer(options, catalogue.Taxonomy)) { Explain = settings.Explain };
        var loaded = started.Elapsed;
        Console.WriteLine($"ESCO loaded in {loaded.TotalSeconds:0.0} s; {regimes.Count} regime runs × {settings.Seeds} seeds × {settings.Vacancies} vacancies × {QualityEvaluation.PoolSize} people.");
        var seeds = Enumerable.Range(settings.Seed, settings.Seeds).ToList();
        var results = new List<QualityEvaluation.RegimeResult>();
        foreach (var regime in regimes)
        {
            var result = evaluation.Run(regime, settings.Vacancies, seeds);
            results.Add(result);
            Console.WriteLine(QualityReport.Section(result));
        }

        var summary = QualityReport.Summary(results);
        Console.WriteLine(summary);
        var elapsed = started.Elapsed;
        Console.WriteLine($"Total run time {elapsed.TotalSeconds:0.0} s (ESCO load {loaded.TotalSeconds:0.0} s).");

        var full = settings.Regimes.Count == 0 && settings.Overrides.Count == 0;
        var path = settings.Out ?? (full ? Path.Combine(docs, "evaluation", "quality.md") : null);
        if (path is null)
        {
            Console.WriteLine("Report not written (some regimes or changed settings): pass --out PATH to write it.");
            return 0;
        }

        var command = string.Join(' ', new[] { "evaluate" }.Concat(args));
        var header = QualityReport.Header(settings, seeds, command, machine, elapsed);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, QualityReport.Document(header, summary, results));
        Console.WriteLine($"wrote {Path.GetRelativePath(Path.GetDirectoryName(docs)!, Path.GetFullPath(path))}");
        return 0;
    }

    public static Settings Parse(string[] args)
    {
        var (vacancies, seed, seedCount, explain, skipChecks) = (40, 7, 3, 0, false);
        var regimes = new List<string>();
        var overrides = new List<(string, string)>();
        string? output = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--vacancies":
                    vacancies = Positive(Value(), "--vacancies");
                    break;
                case "--seed":
                    seed = int.Parse(Value(), CultureInfo.InvariantCulture);
                    break;
                case "--seeds":
                    seedCount = Positive(Value(), "--seeds");
                    break;
                case "--regime":
                    regimes.Add(Value());
                    break;
                case "--set":
                    var pair = Value();
                    var equals = pair.IndexOf('=', StringComparison.Ordinal);
                    if (equals <= 0)
                    {
                        throw new ArgumentException($"--set wants Name=Value, not '{pair}'.");
                    }

                    overrides.Add((pair[..equals].Trim(), pair[(equals + 1)..].Trim()));
                    break;
                case "--explain":
                    explain = Positive(Value(), "--explain");
                    break;
                case "--out":
                    output = Value();
                    break;
                case "--unchecked":
                    skipChecks = true;
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }

        return new Settings(vacancies, seed, seedCount, regimes, overrides, output, explain, skipChecks);
    }

    /// <summary>Default options with each named property set (by reflection, so any setting can be ablated without code changes), then validated.</summary>
    public static MatchingOptions Options(IEnumerable<(string Name, string Value)> overrides, bool skipValidation = false)
    {
        var options = new MatchingOptions();
        foreach (var (name, value) in overrides)
        {
            var property = typeof(MatchingOptions).GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || !property.CanWrite)
            {
                var known = typeof(MatchingOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name);
                throw new ArgumentException($"MatchingOptions has no setting '{name}'. Settings: {string.Join(", ", known)}.");
            }

            try
            {
                property.SetValue(options, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
            {
                throw new ArgumentException($"{property.Name} wants a {property.PropertyType.Name}, not '{value}'.", e);
            }
        }

        var errors = skipValidation ? [] : options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, errors));
        }

        return options;
    }

    private static int Positive(string value, string name)
    {
        var number = int.Parse(value, CultureInfo.InvariantCulture);
        return number > 0 ? number : throw new ArgumentException($"{name} must be positive.");
    }
}
