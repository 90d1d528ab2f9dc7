using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Domain.Catalogue;
using TalentMatch.FunctionalTests.Infrastructure;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.FunctionalTests.Catalogue;

/// <summary>
/// A host of its own for ESCO imports, so the shared test database stays small: an admin client,
/// the upload parts and the counts the import tests compare.
/// </summary>
public sealed class EscoImportHost : IAsyncDisposable
{
    private EscoImportHost(TalentMatchFactory factory, HttpClient admin)
    {
        Factory = factory;
        Admin = admin;
    }

    public TalentMatchFactory Factory { get; }

    public HttpClient Admin { get; }

    /// <summary>The folder of the committed ESCO extract (copied next to the test assembly).</summary>
    public static string ExtractFolder => Path.Combine(AppContext.BaseDirectory, "Catalogue", "Fixtures", "esco-extract");

    public static async Task<EscoImportHost> StartAsync()
    {
        var factory = new TalentMatchFactory();
        await factory.InitialiseAsync();
        return new EscoImportHost(factory, await SignInAsync(factory, TalentMatchFactory.AdminEmail, TalentMatchFactory.AdminPassword));
    }

    /// <summary>Posts the files to the import endpoint as the admin.</summary>
    public Task<HttpResponseMessage> PostAsync(params HttpContent[] files) =>
        Admin.PostAsync("/api/v1/catalogue/imports/esco", Files(files));

    /// <summary>The multipart body of an import: one `files` part per file.</summary>
    public static MultipartFormDataContent Files(params HttpContent[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var file in files)
        {
            content.Add(file, "files", file.Headers.ContentDisposition!.FileName!);
        }

        return content;
    }

    /// <summary>Imports the files and returns the summary, asserting a 200.</summary>
    public async Task<JsonElement> ImportAsync(params HttpContent[] files)
    {
        var response = await PostAsync(files);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    public Task<HttpClient> SignInAsync(string email, string password) => SignInAsync(Factory, email, password);

    public async Task<T> QueryAsync<T>(Func<TalentMatchDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>());
    }

    public Task<CatalogueCounts> CountAsync() => QueryAsync(async db => new CatalogueCounts(
        await db.Competences.CountAsync(c => !c.IsGroup),
        await db.Competences.CountAsync(c => c.IsGroup),
        await db.Competences.CountAsync(c => c.Type == CompetenceType.Language),
        await db.Occupations.CountAsync(),
        await db.OccupationLabels.CountAsync(),
        await db.OccupationCompetences.CountAsync()));

    /// <summary>How many competences have each reuse level, least specific first; only those with a URI in <paramref name="escoUris"/> when given.</summary>
    public Task<List<(ReuseLevel Level, int Count)>> CountReuseLevelsAsync(IReadOnlyCollection<string>? escoUris = null) => QueryAsync(async db =>
    {
        var competences = db.Competences.Where(c => c.ReuseLevel != null);
        if (escoUris is not null)
        {
            competences = competences.Where(c => escoUris.Contains(c.EscoUri!));
        }

        var counts = await competences.GroupBy(c => c.ReuseLevel!.Value).Select(g => new { Level = g.Key, Count = g.Count() }).ToListAsync();
        return counts.OrderBy(c => c.Level).Select(c => (c.Level, c.Count)).ToList();
    });

    /// <summary>A file of the committed ESCO extract, as an upload part.</summary>
    public static StreamContent Extract(string fileName) => Upload(Path.Combine(ExtractFolder, fileName));

    /// <summary>Files of the committed ESCO extract packed in one zip, as ESCO ships them.</summary>
    public static ByteArrayContent ExtractZip(string zipName, params string[] fileNames)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var fileName in fileNames)
            {
                zip.CreateEntryFromFile(Path.Combine(ExtractFolder, fileName), fileName);
            }
        }

        return Named(new ByteArrayContent(buffer.ToArray()), zipName);
    }

    public static StreamContent Upload(string path) => Named(new StreamContent(File.OpenRead(path)), Path.GetFileName(path));

    public static ByteArrayContent Csv(string name, string text) => Named(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), name);

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Factory.DisposeAsync();
    }

    private static T Named<T>(T content, string fileName)
        where T : HttpContent
    {
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { FileName = fileName };
        return content;
    }

    private static async Task<HttpClient> SignInAsync(TalentMatchFactory factory, string email, string password)
    {
        var login = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        await login.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.JsonAsync()).GetProperty("accessToken").GetString());
        return client;
    }

    public sealed record CatalogueCounts(int Skills, int Groups, int Languages, int Occupations, int OccupationLabels, int OccupationCompetences);
}
