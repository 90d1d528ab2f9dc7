using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using TalentMatch.Api.Web;

namespace TalentMatch.FunctionalTests.Api;

/// <summary>The key ring as it lands on storage, with and without <c>DataProtection:CertificatePath</c>.</summary>
public sealed class DataProtectionKeysTests
{
    private const string Password = "pfx-password";
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("talentmatch-keys-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void WithACertificate_KeysAreEncryptedAtRest_AndTokensStillRoundTrip()
    {
        var settings = Settings(CertificateFile(), Password);
        using var services = Services(settings, Environments.Production, new LogRecorder());
        var protector = services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        var protectedText = protector.Protect("a bearer token");

        protector.Unprotect(protectedText).ShouldBe("a bearer token");
        var key = File.ReadAllText(Directory.GetFiles(KeysFolder, "key-*.xml").Single());
        key.ShouldContain("EncryptedData");
        key.ShouldNotContain("<masterKey");

        using var withoutCertificate = Services(Settings(null, null), Environments.Production, new LogRecorder());
        Should.Throw<CryptographicException>(() =>
            withoutCertificate.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText));
    }

    [Test]
    public void InDevelopment_WithoutACertificate_NoWarningIsLogged()
    {
        var logs = new LogRecorder();
        using var services = Services(Settings(null, null), Environments.Development, logs);

        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("a bearer token");

        Directory.GetFiles(KeysFolder, "key-*.xml").ShouldHaveSingleItem();
        logs.Warnings.ShouldBeEmpty();
    }

    [Test]
    public void InProduction_WithoutACertificate_TheFrameworkStillWarns()
    {
        var logs = new LogRecorder();
        using var services = Services(Settings(null, null), Environments.Production, logs);

        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("a bearer token");

        logs.Warnings.ShouldContain(w => w.Contains("unencrypted", StringComparison.Ordinal));
    }

    [Test]
    public void AWrongPassword_StopsTheStart()
    {
        var settings = Settings(CertificateFile(), "not the password");

        var error = Should.Throw<InvalidOperationException>(() => Services(settings, Environments.Production, new LogRecorder()));

        error.Message.ShouldContain(DataProtectionSetup.CertificatePathKey);
    }

    private string KeysFolder => Path.Combine(_folder, "keys");

    private string CertificateFile()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=TalentMatch data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_folder, "keys.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }

    private static IConfiguration Settings(string? path, string? password) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DataProtectionSetup.CertificatePathKey] = path,
            [DataProtectionSetup.CertificatePasswordKey] = password,
        }).Build();

    private ServiceProvider Services(IConfiguration settings, string environment, LogRecorder logs)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.AddProvider(logs));
        services.AddDataProtection()
            .SetApplicationName("TalentMatch")
            .PersistKeysToFileSystem(new DirectoryInfo(KeysFolder))
            .ProtectKeysAtRest(settings, new HostingEnvironment { EnvironmentName = environment });
        return services.BuildServiceProvider();
    }

    private sealed class LogRecorder : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _warnings = new();

        public IReadOnlyCollection<string> Warnings => _warnings;

        public ILogger CreateLogger(string categoryName) => new Recorder(this);

        public void Dispose()
        {
        }

        private sealed class Recorder(LogRecorder owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel >= LogLevel.Warning)
                {
                    owner._warnings.Enqueue(formatter(state, exception));
                }
            }
        }
    }
}
