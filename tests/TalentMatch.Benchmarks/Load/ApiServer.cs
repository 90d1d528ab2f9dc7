using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using TalentMatch.Benchmarks.Data;

namespace TalentMatch.Benchmarks.Load;

/// <summary>
/// The Release API published and started as its own process on a free loopback port, configured
/// as in production (Production environment, no demo data, logging at Warning, the GC settings of
/// deploy/Dockerfile), on a given SQLite database.
/// </summary>
public sealed partial class ApiServer : IDisposable
{
    public const string AdminEmail = "admin@load.talentmatch.local";
    public const string AdminPassword = "Load-Admin-2026";

    private readonly Process _process;
    private readonly StreamWriter _log;

    private ApiServer(Process process, StreamWriter log, Uri address, string logPath)
    {
        _process = process;
        _log = log;
        Address = address;
        LogPath = logPath;
    }

    public Uri Address { get; }

    public int Pid => _process.Id;

    public string LogPath { get; }

    /// <summary>Release-publishes the API into the cache folder and returns the path of its DLL.</summary>
    public static string Publish(Action<string> log)
    {
        var output = Path.Combine(LoadDatabase.CacheFolder, "api");
        var project = Path.Combine(BenchmarkData.Root, "src", "TalentMatch.Api", "TalentMatch.Api.csproj");
        log($"publishing {project} (Release) to {output}");
        using var publish = Process.Start(new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-o", output, "--nologo", "-v", "q"]))!;
        publish.WaitForExit();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet publish of the API failed.");
        }

        return Path.Combine(output, "TalentMatch.Api.dll");
    }

    /// <summary>The DOTNET_GC* variables deploy/Dockerfile sets, so the API runs with the container's GC settings.</summary>
    public static IReadOnlyDictionary<string, string> ContainerGcSettings(string dockerfile) =>
        GcSetting().Matches(dockerfile).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    public static async Task<ApiServer> StartAsync(string dll, string database, Action<string> log)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = address.ToString(),
            ["ASPNETCORE_HTTP_PORTS"] = "",
            ["ConnectionStrings__TalentMatch"] = $"Data Source={database}",
            ["Database__Provider"] = "Sqlite",
            ["Database__SeedDemoData"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Bootstrap__AdminEmail"] = AdminEmail,
            ["Bootstrap__AdminPassword"] = AdminPassword,
        };
        foreach (var (key, value) in ContainerGcSettings(File.ReadAllText(Path.Combine(BenchmarkData.Root, "deploy", "Dockerfile"))))
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        log($"starting the API on {address} with {string.Join(", ", environment.Where(e => e.Key.StartsWith("DOTNET_", StringComparison.Ordinal)).Select(e => $"{e.Key}={e.Value}"))}");
        var logPath = Path.Combine(LoadDatabase.CacheFolder, "api.log");
        var writer = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Write(writer, e.Data);
        process.ErrorDataReceived += (_, e) => Write(writer, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ApiServer(process, writer, address, logPath);
        try
        {
            await server.WaitUntilReadyAsync(TimeSpan.FromMinutes(10));
        }
        catch
        {
            server.Dispose();
            throw;
        }

        return server;
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {_process.ExitCode}; see {LogPath}.");
            }

            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"The API was not ready within {timeout}; see {LogPath}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Write(StreamWriter writer, string? line)
    {
        if (line is not null)
        {
            lock (writer)
            {
                writer.WriteLine(line);
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    [GeneratedRegex(@"\b(DOTNET_GC\w+)=(\S+)")]
    private static partial Regex GcSetting();
}
