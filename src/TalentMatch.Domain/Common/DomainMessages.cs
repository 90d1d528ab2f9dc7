namespace TalentMatch.Domain.Common;

/// <summary>
/// The keys of the messages the domain's rules give when they refuse something. The texts, in
/// Dutch, English and French, are in the application's message catalogue.
/// </summary>
public static class DomainMessages
{
    /// <summary>Arguments: the match kind, its state, the state asked for.</summary>
    public const string MatchTransitionRefused = nameof(MatchTransitionRefused);
    public const string PlacementNeedsStartAndContract = nameof(PlacementNeedsStartAndContract);
    public const string NoConsentToWithdraw = nameof(NoConsentToWithdraw);
    public const string OutcomeOnlyForPlacement = nameof(OutcomeOnlyForPlacement);
    public const string OutcomeNeedsReason = nameof(OutcomeNeedsReason);

    /// <summary>Argument: the most competences on a profile.</summary>
    public const string ProfileFull = nameof(ProfileFull);

    /// <summary>Argument: the most hours on one day.</summary>
    public const string VolunteerHoursPerDay = nameof(VolunteerHoursPerDay);
    public const string HoursAlreadyConfirmed = nameof(HoursAlreadyConfirmed);
    public const string HelpOfferedOnlyToNeighbours = nameof(HelpOfferedOnlyToNeighbours);
    public const string HelpNotOfferedOnOwnRequest = nameof(HelpNotOfferedOnOwnRequest);

    /// <summary>Arguments: the lowest and highest wellbeing.</summary>
    public const string WellbeingRange = nameof(WellbeingRange);
    public const string EscalationAlreadyResolved = nameof(EscalationAlreadyResolved);

    /// <summary>Argument: the ESCO URI.</summary>
    public const string CompetenceUriExists = nameof(CompetenceUriExists);

    /// <summary>Arguments: the name, the postcode.</summary>
    public const string OrganisationExists = nameof(OrganisationExists);
    public const string OnlyEmployerHasOrganisation = nameof(OnlyEmployerHasOrganisation);

    public const string ProfileOwnedNoClaimCode = nameof(ProfileOwnedNoClaimCode);
    public const string ProfileAlreadyOwned = nameof(ProfileAlreadyOwned);
    public const string ClaimCodeInvalid = nameof(ClaimCodeInvalid);

    public const string OpportunityNeedsRequirementToOpen = nameof(OpportunityNeedsRequirementToOpen);
    public const string OpenOpportunityNeedsRequirement = nameof(OpenOpportunityNeedsRequirement);
    public const string OpenOpportunityNotDeletable = nameof(OpenOpportunityNotDeletable);

    /// <summary>Argument: the largest amount.</summary>
    public const string CoinAmountRange = nameof(CoinAmountRange);

    /// <summary>Arguments: the balance, the amount asked for.</summary>
    public const string CoinsInsufficient = nameof(CoinsInsufficient);
    public const string CoinReasonRequired = nameof(CoinReasonRequired);
    public const string CoinTransactionNotReversible = nameof(CoinTransactionNotReversible);
    public const string CoinTransactionAlreadyReversed = nameof(CoinTransactionAlreadyReversed);

    /// <summary>Argument: the highest price.</summary>
    public const string CoinOfferPriceRange = nameof(CoinOfferPriceRange);

    /// <summary>Argument: the largest stock.</summary>
    public const string CoinOfferStockRange = nameof(CoinOfferStockRange);

    /// <summary>Argument: the offer's last day.</summary>
    public const string CoinOfferEnded = nameof(CoinOfferEnded);
    public const string CoinOfferOutOfStock = nameof(CoinOfferOutOfStock);
    public const string CoinCodeAlreadyRedeemed = nameof(CoinCodeAlreadyRedeemed);
    public const string CoinCodeExpired = nameof(CoinCodeExpired);

    /// <summary>Argument: the reservation's status.</summary>
    public const string CoinReservationClosed = nameof(CoinReservationClosed);
}
