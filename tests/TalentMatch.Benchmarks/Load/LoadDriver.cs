using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TalentMatch.Benchmarks.Load;

/// <summary>The three loads of issue 15: vacancy matches, profile reads, and the two mixed with profile updates.</summary>
public enum LoadMix
{
    Matches,
    ProfileReads,
    Mixed,
}

/// <summary>One measured run: a load at a number of connections.</summary>
public sealed record LoadRun(
    LoadMix Mix,
    int Connections,
    double Seconds,
    IReadOnlyList<double> SortedLatencies,
    int Errors,
    string? FirstError,
    double ServerCpuMilliseconds,
    double ClientCpuMilliseconds,
    double MachineBusyShare,
    long PeakRssDuringRun,
    (double One, double Five, double Fifteen) LoadBefore,
    (double One, double Five, double Fifteen) LoadAfter)
{
    public int Requests => SortedLatencies.Count + Errors;

    public double RequestsPerSecond => Requests / Seconds;

    public double CpuPerRequest => Requests == 0 ? double.NaN : ServerCpuMilliseconds / Requests;

    public double ClientCpuPerRequest => Requests == 0 ? double.NaN : ClientCpuMilliseconds / Requests;
}

/// <summary>
/// A closed-loop HTTP client on loopback: one HttpClient (with its own SocketsHttpHandler and so
/// its own TCP connection) per connection, each sending its next request when the last answer has
/// been read in full. It accepts gzip and Brotli as a browser does.
/// </summary>
public sealed class LoadDriver(Uri baseAddress, string accessToken, IReadOnlyList<Guid> vacancies, IReadOnlyList<Guid> profiles, int serverPid)
{
    /// <summary>Profiles each connection updates in the mixed load: its own, so no update waits on another's ETag.</summary>
    private const int OwnedProfiles = 8;

    private Uri BaseAddress { get; } = baseAddress;

    private string AccessToken { get; } = accessToken;

    private IReadOnlyList<Guid> Vacancies { get; } = vacancies;

    private IReadOnlyList<Guid> Profiles { get; } = profiles;

    private int ServerPid { get; } = serverPid;

    /// <summary>
    /// Asks every vacancy's matches and reads every profile once, over <paramref name="connections"/>
    /// connections: the label cache then holds what the loads show, as on a server up for a while.
    /// Returns the number of failed requests.
    /// </summary>
    public async Task<int> PrimeAsync(int connections)
    {
        var paths = Vacancies.Select(v => $"/api/v1/vacancies/{v}/matches?limit=20")
            .Concat(Profiles.Take(Profiles.Count / 2).Select(p => $"/api/v1/profiles/{p}"))
            .ToList();
        var failed = 0;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async c =>
        {
            using var client = Client(BaseAddress, AccessToken);
            for (var i = c; i < paths.Count; i += connections)
            {
                using var response = await client.GetAsync(paths[i]);
                await response.Content.ReadAsByteArrayAsync();
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        return failed;
    }

    public async Task<LoadRun> RunAsync(LoadMix mix, int connections, TimeSpan warmUp, TimeSpan duration)
    {
        var workers = new List<Worker>();
        for (var c = 0; c < connections; c++)
        {
            var owned = mix == LoadMix.Mixed
                ? Enumerable.Range(0, OwnedProfiles).Select(k => Profiles[(Profiles.Count / 2) + (((c * OwnedProfiles) + k) % (Profiles.Count / 2))]).ToList()
                : [];
            workers.Add(await Worker.StartAsync(this, mix, c, owned));
        }

        try
        {
            await Task.WhenAll(workers.Select(w => w.RunAsync(warmUp, record: false)));
            var loadBefore = ProcReaders.LoadAverage();
            var cpuBefore = ProcReaders.CpuMilliseconds(ServerPid);
            var clientBefore = ProcReaders.CpuMilliseconds(Environment.ProcessId);
            var machineBefore = ProcReaders.MachineCpuTicks();
            using var sampling = new CancellationTokenSource();
            var peak = SamplePeakRssAsync(sampling.Token);
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(workers.Select(w => w.RunAsync(duration, record: true)));
            var seconds = watch.Elapsed.TotalSeconds;
            var cpu = ProcReaders.CpuMilliseconds(ServerPid) - cpuBefore;
            var client = ProcReaders.CpuMilliseconds(Environment.ProcessId) - clientBefore;
            var machine = ProcReaders.MachineCpuTicks();
            await sampling.CancelAsync();
            var peakRss = await peak;
            var latencies = workers.SelectMany(w => w.Latencies).Order().ToList();
            return new LoadRun(
                mix,
                connections,
                seconds,
                latencies,
                workers.Sum(w => w.Errors),
                workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null),
                cpu,
                client,
                (double)(machine.Busy - machineBefore.Busy) / Math.Max(1, machine.Total - machineBefore.Total),
                peakRss,
                loadBefore,
                ProcReaders.LoadAverage());
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }
    }

    private async Task<long> SamplePeakRssAsync(CancellationToken cancellationToken)
    {
        var peak = ProcReaders.RssBytes(ServerPid);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                peak = Math.Max(peak, ProcReaders.RssBytes(ServerPid));
            }
        }
        catch (OperationCanceledException)
        {
        }

        return Math.Max(peak, ProcReaders.RssBytes(ServerPid));
    }

    /// <summary>A client for one connection, signed in with the bearer token.</summary>
    public static HttpClient Client(Uri baseAddress, string? accessToken)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 1,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Brotli,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
        };
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client;
    }

    private sealed class Worker : IDisposable
    {
        private readonly LoadDriver _driver;
        private readonly HttpClient _client;
        private readonly LoadMix _mix;
        private readonly Random _random;
        private readonly List<(Guid Id, JsonObject Body, string ETag)> _owned = [];
        private int _nextVacancy;
        private int _nextProfile;
        private int _nextOwned;

        private Worker(LoadDriver driver, LoadMix mix, int index)
        {
            _driver = driver;
            _mix = mix;
            _client = Client(driver.BaseAddress, driver.AccessToken);
            _random = new Random(1_000 + index);

            // Spread the connections over the vacancies and profiles.
            _nextVacancy = index * 97;
            _nextProfile = index * 89;
        }

        public List<double> Latencies { get; } = [];

        public int Errors { get; private set; }

        public string? FirstError { get; private set; }

        public static async Task<Worker> StartAsync(LoadDriver driver, LoadMix mix, int index, IReadOnlyList<Guid> owned)
        {
            var worker = new Worker(driver, mix, index);
            foreach (var id in owned)
            {
                using var response = await worker._client.GetAsync($"/api/v1/profiles/{id}");
                response.EnsureSuccessStatusCode();
                var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
                worker._owned.Add((id, body, response.Headers.ETag!.ToString()));
            }

            return worker;
        }

        public async Task RunAsync(TimeSpan duration, bool record)
        {
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                string? error;
                try
                {
                    error = await SendNextAsync();
                }
                catch (HttpRequestException e)
                {
                    error = e.Message;
                }
                catch (TaskCanceledException e)
                {
                    error = e.Message;
                }

                if (!record)
                {
                    continue;
                }

                if (error is null)
                {
                    Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    Errors++;
                    FirstError ??= error;
                }
            }
        }

        /// <summary>Sends one request of the mix and reads the whole answer; returns an error text, or null.</summary>
        private async Task<string?> SendNextAsync()
        {
            var pick = _mix switch
            {
                LoadMix.Matches => 0.0,
                LoadMix.ProfileReads => 0.9,
                _ => _random.NextDouble(),
            };
            if (pick < 0.80)
            {
                var vacancies = _driver.Vacancies;
                return await GetAsync($"/api/v1/vacancies/{vacancies[_nextVacancy++ % vacancies.Count]}/matches?limit=20");
            }

            if (pick < 0.95)
            {
                var profiles = _driver.Profiles;
                return await GetAsync($"/api/v1/profiles/{profiles[_nextProfile++ % (profiles.Count / 2)]}");
            }

            return await UpdateAsync();
        }

        private async Task<string?> GetAsync(string path)
        {
            using var response = await _client.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode ? null : $"GET {path}: {(int)response.StatusCode}";
        }

        /// <summary>A staff edit of one of this connection's profiles: hours per week up or down by one, with If-Match.</summary>
        private async Task<string?> UpdateAsync()
        {
            var slot = _nextOwned++ % _owned.Count;
            var (id, body, etag) = _owned[slot];
            var hours = body["hoursPerWeek"]!.GetValue<int>();
            body["hoursPerWeek"] = hours < 38 ? hours + 1 : hours - 1;
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/profiles/{id}") { Content = JsonContent.Create(body) };
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            using var response = await _client.SendAsync(request);
            var answer = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                return $"PUT /api/v1/profiles/{id}: {(int)response.StatusCode} {answer[..Math.Min(300, answer.Length)]}";
            }

            _owned[slot] = (id, JsonNode.Parse(answer)!.AsObject(), response.Headers.ETag!.ToString());
            return null;
        }

        public void Dispose() => _client.Dispose();
    }

    /// <summary>Signs in and returns the bearer access token.</summary>
    public static async Task<string> SignInAsync(HttpClient client, string email, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
