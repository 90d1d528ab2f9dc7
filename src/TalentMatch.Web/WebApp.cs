using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Web.Components;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web;

/// <summary>
/// The web app for people: Blazor static server-side rendering over the same MediatR core as the
/// REST API. The host adds it with <see cref="AddTalentMatchWeb"/>, <see cref="UseTalentMatchWeb"/>
/// and <see cref="MapTalentMatchWeb"/>. It signs in with a cookie of its own scheme; the REST API
/// never reads that cookie (its endpoints authenticate with the bearer scheme only).
/// </summary>
public static class WebApp
{
    /// <summary>The cookie scheme of the web app.</summary>
    public const string CookieScheme = "TalentMatch.Web";

    /// <summary>The languages of the web app; the first is the default.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["nl", "en", "fr", "ar", "tr"];

    /// <summary>Every page authenticates with the app's cookie; pages marked [Authorize] also need someone signed in.</summary>
    private static readonly AuthorizationPolicy PagePolicy = new AuthorizationPolicyBuilder(CookieScheme)
        .RequireAssertion(_ => true)
        .Build();

    /// <summary>Someone signed in with the app's cookie (a page's [Authorize] does the same with a redirect).</summary>
    private static readonly AuthorizationPolicy SignedInPolicy = new AuthorizationPolicyBuilder(CookieScheme)
        .RequireAuthenticatedUser()
        .Build();

    /// <summary>Staff who may read reports (the policy of the report queries), for the reports' downloads.</summary>
    private static readonly AuthorizationPolicy ReportsPolicy = new AuthorizationPolicyBuilder(CookieScheme)
        .RequireRole(Application.Common.Policies.ReadReports.Roles)
        .Build();

    public static IServiceCollection AddTalentMatchWeb(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddMemoryCache();
        services.AddSingleton<SubmissionGuard>();
        services.AddAuthentication()
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = ".TalentMatch.Session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/aanmelden";
                o.AccessDeniedPath = "/status/403";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
            });
        return services;
    }

    /// <summary>
    /// For the app's pages only: the person's language (culture cookie first), friendly error and
    /// status pages. Call after the API's exception handler and status code pages, so these answer first.
    /// </summary>
    public static IApplicationBuilder UseTalentMatchWeb(this IApplicationBuilder app)
    {
        var cultures = Languages.Select(c => new CultureInfo(c)).ToList();
        var localization = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Languages[0]),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()],
        };
        return app.UseWhen(IsWebRequest, web =>
        {
            web.UseRequestLocalization(localization);
            web.UseMiddleware<FriendlyErrors>();
            web.UseStatusCodePagesWithReExecute("/status/{0}");
        });
    }

    /// <summary>
    /// Antiforgery for every form; a page posted without a valid token gets the friendly
    /// "that did not work" page, never a bare 400. Call after UseAuthentication and UseAuthorization.
    /// </summary>
    public static IApplicationBuilder UseTalentMatchWebForms(this IApplicationBuilder app)
    {
        app.UseAntiforgery();
        return app.Use(async (context, next) =>
        {
            // A form posted without a valid token cannot be re-executed (it would be refused again): show the page afresh.
            if (IsWebRequest(context) && context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                context.Response.Redirect("/status/400");
                return;
            }

            await next(context);
        });
    }

    /// <summary>Maps the pages, the style sheet, the language picker and sign-out. Call after <see cref="UseTalentMatchWebForms"/>.</summary>
    public static void MapTalentMatchWeb(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/css/app.css", StyleSheet.Serve).ExcludeFromDescription().AllowAnonymous();
        endpoints.MapGet("/taal/{language}", ChooseLanguage).ExcludeFromDescription().AllowAnonymous();
        endpoints.MapPost("/afmelden", SignOutAsync).ExcludeFromDescription().RequireAuthorization(PagePolicy);
        endpoints.MapGet("/mijn-gegevens/download", MyDataDownload.SendAsync).ExcludeFromDescription().RequireAuthorization(SignedInPolicy);
        endpoints.MapGet(ReportDownloads.FunnelPath, ReportDownloads.FunnelAsync).ExcludeFromDescription().RequireAuthorization(ReportsPolicy);
        endpoints.MapGet(ReportDownloads.AftercarePath, ReportDownloads.AftercareAsync).ExcludeFromDescription().RequireAuthorization(ReportsPolicy);
        endpoints.MapPost(CatalogueUpload.Path, CatalogueUpload.StartAsync).ExcludeFromDescription().RequireAuthorization(SignedInPolicy)
            .WithMetadata(
                new RequireAntiforgeryTokenAttribute(),
                new RequestSizeLimitAttribute(ImportEscoCommand.MaxUploadBytes),
                new RequestFormLimitsAttribute { MultipartBodyLengthLimit = ImportEscoCommand.MaxUploadBytes });
        endpoints.MapRazorComponents<App>().RequireAuthorization(PagePolicy);
    }

    /// <summary>Whether a request is for the app (not the REST API, its document or Swagger UI).</summary>
    public static bool IsWebRequest(HttpContext context)
    {
        var path = context.Request.Path;
        return !path.StartsWithSegments("/api") && !path.StartsWithSegments("/swagger") &&
               !path.StartsWithSegments("/openapi") && !path.StartsWithSegments("/health");
    }

    /// <summary>A local address to go back to; anything else goes home.</summary>
    public static string LocalOrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";

    private static IResult ChooseLanguage(string language, string? back, HttpContext context)
    {
        if (Languages.Contains(language))
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        }

        return Results.LocalRedirect(LocalOrHome(back));
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.Redirect("/status/400");
        }

        await context.SignOutAsync(CookieScheme);
        return Results.Redirect("/");
    }
}
