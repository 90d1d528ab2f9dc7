using TalentMatch.Api;
using TalentMatch.Api.Cli;
using TalentMatch.Api.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddTalentMatch();
var app = builder.Build();
app.ValidateSettings();

if (CliVerbs.IsVerb(args))
{
    return await CliVerbs.RunAsync(app, args);
}

// The build-time OpenAPI generator and `dotnet ef` load this host only to read its metadata.
if (!DesignTime.IsActive)
{
    await app.InitialiseDatabaseAsync();
}

app.UseTalentMatch();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
