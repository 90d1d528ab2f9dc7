using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace TalentMatch.Api.Web;

/// <summary>
/// How the data-protection keys (they protect bearer tokens) are kept at rest: encrypted with the
/// certificate at <c>DataProtection:CertificatePath</c> when it is set. Without one, Development
/// stores them readable on purpose and says so once; other environments keep the framework's
/// warning, because there an unencrypted key ring is a finding.
/// </summary>
internal static class DataProtectionSetup
{
    public const string CertificatePathKey = "DataProtection:CertificatePath";
    public const string CertificatePasswordKey = "DataProtection:CertificatePassword";

    public static IDataProtectionBuilder ProtectKeysAtRest(this IDataProtectionBuilder builder, IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration[CertificatePathKey];
        if (!string.IsNullOrWhiteSpace(path))
        {
            var certificate = Load(path, configuration[CertificatePasswordKey]);
            builder.ProtectKeysWithCertificate(certificate);
            return builder;
        }

        if (environment.IsDevelopment())
        {
            // An explicit "no encryption": the key ring lives in the developer's own database.
            builder.Services.Configure<KeyManagementOptions>(o => o.XmlEncryptor ??= new NullXmlEncryptor());
        }

        return builder;
    }

    /// <summary>A PKCS#12 file (.pfx) with its private key; the host refuses to start without one.</summary>
    private static X509Certificate2 Load(string path, string? password)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{CertificatePathKey}: no certificate at '{path}'.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            throw new InvalidOperationException($"{CertificatePathKey}: '{path}' cannot be read as a PKCS#12 file with {CertificatePasswordKey}.", e);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"{CertificatePathKey}: '{path}' has no private key, so the keys it encrypts could not be read back.");
        }

        return certificate;
    }
}
