using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Common;

namespace TalentMatch.Application.Features.Coins;

public static class CoinsSetup
{
    /// <summary>The ledger service and the <c>Coins:*</c> settings, checked when the host starts.</summary>
    public static IServiceCollection AddCoins(this IServiceCollection services)
    {
        services.AddOptions<CoinsOptions>().BindConfiguration(CoinsOptions.SectionName).ValidateWith(o => o.Validate()).ValidateOnStart();
        services.AddScoped<CoinLedger>();
        return services;
    }
}
