using System.Globalization;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using TalentMatch.Api.Endpoints;
using TalentMatch.Api.Web;
using TalentMatch.Application;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Aftercare;
using TalentMatch.Infrastructure;
using TalentMatch.Infrastructure.Coins;
using TalentMatch.Infrastructure.Persistence;
using TalentMatch.Infrastructure.Privacy;
using TalentMatch.Web;

namespace TalentMatch.Api;

/// <summary>The host's services and pipeline, kept out of Program.cs.</summary>
internal static class WebSetup
{
    public const string AuthRateLimit = "auth";
    public static readonly string[] SupportedLanguages = ["nl", "en", "fr"];

    public static void AddTalentMatch(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddApplication();
        services.AddInfrastructure(builder.Configuration, builder.Environment);
        if (!DesignTime.IsActive)
        {
            // Generating the OpenAPI document at build touches no database: neither token keys nor the match index.
            services.AddDatabaseKeyStore();
            services.AddDataProtection().ProtectKeysAtRest(builder.Configuration, builder.Environment);
            services.AddMatchIndexRefresh();
            services.AddCheckInReminders();
            services.AddCoinExpiryJob();
            services.AddPrivacyJobs();
        }

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<IRequestRoute, RequestRoute>();
        builder.AddTalentMatchTelemetry();
        services.AddJsonCompression();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemTexts.Customize);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });

        // Malformed JSON and wrong types throw, so the exception handler answers with a problem naming the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = RequestSizeLimit.DefaultMaxBytes);

        services
            .AddAuthentication(IdentityConstants.BearerScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromMinutes(builder.Configuration.GetValue("Auth:AccessTokenMinutes", 60));
                o.RefreshTokenExpiration = TimeSpan.FromDays(builder.Configuration.GetValue("Auth:RefreshTokenDays", 14));
            });
        services.AddSingleton<IPostConfigureOptions<BearerTokenOptions>, CacheBearerTickets>();
        services.AddAuthorization(options =>
        {
            foreach (var policy in Policies.All)
            {
                options.AddPolicy(policy.Name, p => p.RequireAuthenticatedUser().RequireRole(policy.Roles));
            }
        });

        // The web app for people: its own cookie scheme, never read by the bearer-only REST API.
        services.AddTalentMatchWeb();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, token) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = 429, Title = Messages.Get(Messages.TitleTooManyRequests), Detail = Messages.Get(Messages.TooManySignIns) },
                });
            };
            var permits = builder.Configuration.GetValue("RateLimiting:AuthPermitsPerMinute", 20);
            o.AddPolicy(AuthRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

        services.AddRequestLocalization(o =>
        {
            var cultures = SupportedLanguages.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture("nl");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
        });

        services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
            o.AddOperationTransformer<ProblemResponsesTransformer>();
            o.AddOperationTransformer<QueryEnumTransformer>();
            o.AddDocumentTransformer<QueryEnumSchemasTransformer>();
            o.AddOperationTransformer<ETagHeaderTransformer>();
            o.AddDocumentTransformer<ContractDocumentTransformer>();
            o.AddSchemaTransformer<OmittedWhenNullTransformer>();
        });
    }

    /// <summary>
    /// Checks every setting registered with <c>ValidateOnStart</c> now, so the host refuses to
    /// start on an invalid one before it touches the database or runs a command-line verb.
    /// </summary>
    public static void ValidateSettings(this WebApplication app) => app.Services.GetService<IStartupValidator>()?.Validate();

    public static async Task InitialiseDatabaseAsync(this WebApplication app, bool forceMigrate = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(forceMigrate);
    }

    public static void UseTalentMatch(this WebApplication app)
    {
        if (app.Configuration.GetValue("Network:TrustForwardedHeaders", false))
        {
            // Behind a reverse proxy: the client address (rate limiting, logs) comes from X-Forwarded-For.
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto };
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            app.UseForwardedHeaders(forwarded);
        }

        app.UseResponseCompression();

        // The request's language first: problems written by the exception handler and status code pages speak it too.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        // Inside the API's handlers: the app's pages get their language, error and status pages first.
        app.UseTalentMatchWeb();
        app.UseRouting();
        app.UseRequestSizeLimit();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseTalentMatchWebForms();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "TalentMatch API v1");
            o.RoutePrefix = "swagger";
            o.DocumentTitle = "TalentMatch API";
            o.EnablePersistAuthorization();
        });

        app.MapHealthApi();

        var api = app.MapGroup("/api/v1");
        api.MapAuthApi();
        api.MapUsersApi();
        api.MapScoringApi();
        api.MapCompetencesApi();
        api.MapOccupationsApi();
        api.MapLanguagesApi();
        api.MapCatalogueApi();
        api.MapProfilesApi();
        api.MapOrganisationsApi();
        api.MapVacanciesApi();
        api.MapVolunteerRequestsApi();
        api.MapMatchesApi();
        api.MapCoachesApi();
        api.MapAftercareApi();
        api.MapReportsApi();
        api.MapNotificationsApi();
        api.MapCoinsApi();

        app.MapTalentMatchWeb();
    }
}
