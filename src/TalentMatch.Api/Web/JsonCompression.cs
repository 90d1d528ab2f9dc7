using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace TalentMatch.Api.Web;

/// <summary>
/// Brotli or gzip (as the client's Accept-Encoding asks) for JSON answers to GET requests: a ranked
/// list of 20 shrinks to a fraction. Only reads are compressed: answers to POST and PUT (sign-in
/// tokens, claim codes) carry secrets next to what the client sent, the mix that compression
/// side channels (BREACH) need.
/// </summary>
internal static class JsonCompression
{
    public static IServiceCollection AddJsonCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ["application/json"];
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });

        // Fastest: the CPU a request costs matters more than the last bytes.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, ReadsOnlyCompressionProvider>();
        return services;
    }

    private sealed class ReadsOnlyCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
        : ResponseCompressionProvider(services, options)
    {
        public override bool ShouldCompressResponse(HttpContext context) =>
            HttpMethods.IsGet(context.Request.Method) && base.ShouldCompressResponse(context);
    }
}
