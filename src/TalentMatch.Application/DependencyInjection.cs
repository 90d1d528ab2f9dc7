using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Behaviours;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Vacancies;

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
                if (definition == typeof(IRequestHandler<,>) || definition == typeof(IValidator<>))
                {
                    services.AddScoped(contract, type);
                }
            }
        }

        services.AddScoped<Features.Profiles.ProfileMapping>();
        services.AddScoped<Features.Matching.IMatchEngine, Features.Matching.MatchEngine>();
        services.AddScoped<Features.Opportunities.OpportunityMapping>();
        services.AddScoped<Features.Matchmaking.MatchAccess>();
        services.AddOptions<Features.Reports.ReportsOptions>()
            .BindConfiguration(Features.Reports.ReportsOptions.SectionName)
            .Validate(o => o.MinimumGroupSize >= 1, "Reports:MinimumGroupSize must be at least 1.")
            .ValidateOnStart();
        services.AddOptions<VacancyOptions>().BindConfiguration(VacancyOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<VacancyOptions>, VacancyOptionsValidator>();

        // Outermost first: log the whole request, validate before opening a transaction.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        return services;
    }
}
