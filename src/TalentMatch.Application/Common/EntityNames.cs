using System.Globalization;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Common;

/// <summary>
/// What the API calls the things a request can name, in Dutch (first), English and French: a
/// 404 or a stale If-Match names the thing in the caller's language. The constants are the keys
/// that <see cref="NotFoundException"/>, <see cref="PreconditionFailedException"/> and
/// <see cref="InvalidReferenceException"/> take.
/// </summary>
public static class EntityNames
{
    public const string Profile = "Profile";
    public const string OwnProfile = "Profile of the signed-in user";
    public const string Vacancy = "Vacancy";
    public const string VolunteerRequest = "Volunteer request";
    public const string Match = "Match";
    public const string CheckIn = "Check-in";
    public const string Coach = "Coach";
    public const string Organisation = "Organisation";
    public const string Competence = "Competence";
    public const string Occupation = "Occupation";
    public const string RememberedTitle = "Remembered job title";
    public const string Escalation = "Escalation";
    public const string Notification = "Notification";
    public const string VolunteerHours = "Volunteer hours";
    public const string CoinOffer = "Coin offer";
    public const string CoinReservation = "Coin reservation";
    public const string CoinTransaction = "Coin transaction";
    public const string RedemptionCode = "Redemption code";
    public const string Account = "Account";
    public const string CatalogueImport = "Catalogue import";

    private static readonly Dictionary<string, (string Nl, string En, string Fr)> Names = new()
    {
        [Profile] = ("Profiel", "Profile", "Profil"),
        [OwnProfile] = ("Het profiel van de aangemelde gebruiker", "Profile of the signed-in user", "Le profil de l'utilisateur connecté"),
        [Vacancy] = ("Vacature", "Vacancy", "Offre d'emploi"),
        [VolunteerRequest] = ("Vrijwilligersvraag", "Volunteer request", "Demande de bénévolat"),
        [Match] = ("Match", "Match", "Match"),
        [CheckIn] = ("Nazorggesprek", "Check-in", "Entretien de suivi"),
        [Coach] = ("Coach", "Coach", "Coach"),
        [Organisation] = ("Organisatie", "Organisation", "Organisation"),
        [Competence] = ("Competentie", "Competence", "Compétence"),
        [Occupation] = ("Beroep", "Occupation", "Métier"),
        [RememberedTitle] = ("Onthouden functietitel", "Remembered job title", "Intitulé de poste mémorisé"),
        [Escalation] = ("Escalatie", "Escalation", "Escalade"),
        [Notification] = ("Melding", "Notification", "Notification"),
        [VolunteerHours] = ("Vrijwilligersuren", "Volunteer hours", "Heures de bénévolat"),
        [CoinOffer] = ("Aanbod voor munten", "Coin offer", "Offre contre des pièces"),
        [CoinReservation] = ("Reservering", "Coin reservation", "Réservation"),
        [CoinTransaction] = ("Munttransactie", "Coin transaction", "Transaction de pièces"),
        [RedemptionCode] = ("Inwisselcode", "Redemption code", "Code d'échange"),
        [Account] = ("Account", "Account", "Compte"),
        [CatalogueImport] = ("Catalogusimport", "Catalogue import", "Import du catalogue"),
    };

    /// <summary>Every name this table knows.</summary>
    public static IReadOnlyCollection<string> All => Names.Keys;

    /// <summary>The name of a vacancy or a volunteer request.</summary>
    public static string Of(OpportunityKind kind) => kind == OpportunityKind.Job ? Vacancy : VolunteerRequest;

    /// <summary>The name in the request's language; a name this table does not know is given as it is.</summary>
    public static string Localized(string name) => Localized(name, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public static string Localized(string name, string language) =>
        !Names.TryGetValue(name, out var names) ? name : language switch
        {
            "en" => names.En,
            "fr" => names.Fr,
            _ => names.Nl,
        };
}
