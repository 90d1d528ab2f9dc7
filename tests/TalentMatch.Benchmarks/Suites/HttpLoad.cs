using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace TalentMatch.Benchmarks.Suites;

/// <summary>
/// A bounded load client for the match endpoint on a running API (loopback only): it signs in,
/// takes the first open vacancy, and asks for its top 20 candidates from several workers for a
/// fixed time. Reports throughput and latency percentiles.
/// </summary>
public static class HttpLoad
{
    public static async Task<string> RunAsync(Uri baseAddress, string email, string password, int workers, TimeSpan duration)
    {
        if (!baseAddress.IsLoopback)
        {
            throw new ArgumentException("The load client only targets this machine (loopback).", nameof(baseAddress));
        }

        using var client = new HttpClient { BaseAddress = baseAddress };
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var vacancies = await client.GetFromJsonAsync<JsonElement>("/api/v1/vacancies?status=open&pageSize=50");
        var ids = vacancies.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("id").GetString()!).ToList();
        if (ids.Count == 0)
        {
            throw new InvalidOperationException("No open vacancy to match.");
        }

        var latencies = new List<double>[workers];
        var errors = 0;
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            var mine = latencies[worker] = [];
            var i = worker;
            while (stop.Elapsed < duration)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync($"/api/v1/vacancies/{ids[i++ % ids.Count]}/matches?limit=20");
                await response.Content.ReadAsByteArrayAsync();
                if (response.IsSuccessStatusCode)
                {
                    mine.Add(watch.Elapsed.TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));

        var all = latencies.SelectMany(l => l).Order().ToList();
        double P(double q) => all.Count == 0 ? 0 : all[Math.Min(all.Count - 1, (int)(q * all.Count))];
        var text = new StringBuilder();
        text.AppendLine("| workers | seconds | requests | errors | requests/s | p50 | p95 | p99 |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| {workers} | {stop.Elapsed.TotalSeconds:0.0} | {all.Count} | {errors} | {all.Count / stop.Elapsed.TotalSeconds:0} | {P(0.50):0.00} ms | {P(0.95):0.00} ms | {P(0.99):0.00} ms |");
        return text.ToString();
    }
}
