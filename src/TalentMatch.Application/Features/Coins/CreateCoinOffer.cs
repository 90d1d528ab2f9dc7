using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Coins;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Features.Coins;

/// <summary>A partner publishes an offer: a title, a price in coins, a stock and a last day.</summary>
public sealed record CreateCoinOfferCommand(Guid PartnerOrganisationId, string? Title, string? Description, long Price, int Stock, DateOnly? ValidUntil)
    : IIdempotentCommand<CoinOfferDto>, IRequirePolicy
{
    public static Policy Policy => Policies.PublishOffers;

    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}

public sealed class CreateCoinOfferCommandValidator : AbstractValidator<CreateCoinOfferCommand>
{
    public CreateCoinOfferCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.IdempotencyKey).IdempotencyKey();
        RuleFor(c => c.PartnerOrganisationId).NotEmpty();
        RuleFor(c => c.Title).RequiredText(CoinOffer.MaxTitleLength);
        RuleFor(c => c.Description).Text(CoinOffer.MaxDescriptionLength, multiline: true);
        RuleFor(c => c.Price).InclusiveBetween(1, CoinOffer.MaxPrice);
        RuleFor(c => c.Stock).InclusiveBetween(0, CoinOffer.MaxStock);
        RuleFor(c => c.ValidUntil).NotNull().GreaterThanOrEqualTo(_ => clock.Today());
    }
}

public sealed class CreateCoinOfferCommandHandler(ITalentMatchDbContext db, ICurrentUser user, CoinLedger ledger) : IRequestHandler<CreateCoinOfferCommand, CoinOfferDto>
{
    public async Task<CoinOfferDto> Handle(CreateCoinOfferCommand request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        if (!Policies.CoinsStaff.Allows(user) && !(user.IsInRole(Roles.Employer) && user.OrganisationId == request.PartnerOrganisationId))
        {
            throw new ForbiddenAccessException(Messages.CoinOffersByPartner);
        }

        var partner = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == request.PartnerOrganisationId, cancellationToken)
            ?? throw new InvalidReferenceException("partnerOrganisationId", EntityNames.Organisation, request.PartnerOrganisationId);
        if (partner.Kind != OrganisationKind.Partner)
        {
            throw new DomainRuleException(Messages.CoinOrganisationNotPartner, partner.Name);
        }

        var offer = new CoinOffer(partner.Id, request.Title!, request.Description, request.Price, request.Stock, request.ValidUntil!.Value, userId, ledger.Now);
        db.CoinOffers.Add(offer);
        await db.SaveChangesAsync(cancellationToken);
        return new CoinOfferDto(offer.Id, partner.Id, partner.Name, offer.Title, offer.Description, offer.Price, offer.Stock, offer.ValidUntil, offer.CreatedAt);
    }
}
