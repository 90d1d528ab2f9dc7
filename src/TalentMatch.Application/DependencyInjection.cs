using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Behaviours;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Aftercare;
using TalentMatch.Application.Features.Coins;
using TalentMatch.Application.Features.Reports;
using TalentMatch.Application.Features.Vacancies;
using TalentMatch.Matching;

namespace TalentMatch.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers MediatR 5.1.0 by hand (see docs/adr/0002-mediatr-5.md): the mediator, every
    /// request handler of this assembly, the pipeline behaviours in order, and the validators.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        ValidatorDefaults.Apply();
        var assembly = Assembly.GetExecutingAssembly();
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();

        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType))
            {
                var definition = contract.GetGenericTypeDefinition();
                if (definition == typeof(IRequestHandler<,>))
                {
                    services.AddScoped(contract, type);
                }
                else if (definition == typeof(IValidator<>))
                {
                    // A validator's rules are built in its constructor (expression trees and all) and
                    // never change after: one for the process, unless it depends on a scoped service.
                    if (type.GetConstructors().All(c => c.GetParameters().Length == 0))
                    {
                        services.AddSingleton(contract, type);
                    }
                    else
                    {
                        services.AddScoped(contract, type);
                    }
                }
            }
        }

        services.AddScoped<Features.Profiles.ProfileAccess>();
        services.AddScoped<Features.Profiles.ProfileStore>();
        services.AddScoped<Features.Profiles.ProfileReader>();
        services.AddScoped<Features.Ranking.IMatchEngine, Features.Ranking.MatchEngine>();
        services.AddScoped<Features.Opportunities.OpportunityAccess>();
        services.AddScoped<Features.Opportunities.OpportunityStore>();
        services.AddScoped<Features.Opportunities.OpportunityReader>();
        services.AddSingleton<Features.Catalogue.CatalogueLabelCache>();
        services.AddSingleton<Abstractions.IReadModelCache>(p => p.GetRequiredService<Features.Catalogue.CatalogueLabelCache>());
        services.AddScoped<Features.Matchmaking.MatchAccess>();
        services.AddScoped<Features.Matchmaking.MatchStore>();
        services.AddScoped<Features.Matchmaking.MatchReader>();
        services.AddScoped<Features.Notifications.Notifier>();
        services.AddScoped<Features.Volunteering.VolunteerHoursAccess>();
        services.AddScoped<Features.Matchmaking.MatchShortlist>();
        services.AddScoped<Features.Privacy.PersonalDataEraser>();
        services.AddCoins();
        services.AddScoped<Features.Catalogue.ITitleMemory, Features.Catalogue.TitleMemory>();
        services.AddSettings();

        // Outermost first: log the whole request, refuse a role the policy does not list, record in
        // the access log what a successful read returned about people, validate before opening a
        // transaction.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(Features.Privacy.AccessLogBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(Features.Coins.IdempotencyBehaviour<,>));
        return services;
    }

    /// <summary>
    /// The application's settings, each checked by its own <c>Validate()</c> when the host starts
    /// (see <see cref="OptionsBuilderExtensions"/>). The scoring engine and aftercare take theirs
    /// as plain objects.
    /// </summary>
    private static void AddSettings(this IServiceCollection services)
    {
        services.AddOptions<MatchingOptions>().BindConfiguration(MatchingOptions.SectionName).ValidateWith(o => o.Validate()).ValidateOnStart();
        services.AddSingleton(p => p.GetRequiredService<IOptions<MatchingOptions>>().Value);
        services.AddOptions<AftercareOptions>().BindConfiguration(AftercareOptions.SectionName).ValidateWith(o => o.Validate()).ValidateOnStart();
        services.AddSingleton(p => p.GetRequiredService<IOptions<AftercareOptions>>().Value);
        services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.SectionName).ValidateWith(o => o.Validate()).ValidateOnStart();
        services.AddOptions<Features.Privacy.RetentionOptions>().BindConfiguration(Features.Privacy.RetentionOptions.SectionName).ValidateWith(o => o.Validate()).ValidateOnStart();
        services.AddOptions<VacancyOptions>().BindConfiguration(VacancyOptions.SectionName).ValidateWith(o => o.Validate()).ValidateOnStart();
    }
}
