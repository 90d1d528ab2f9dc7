using System.Globalization;

namespace TalentMatch.Application.Common;

/// <summary>
/// The product's own validation messages in Dutch (first), English and French. FluentValidation
/// localises its built-in messages from the same request culture.
/// </summary>
public static class Messages
{
    public const string PostcodeInvalid = nameof(PostcodeInvalid);
    public const string LanguageUnknown = nameof(LanguageUnknown);
    public const string CefrInvalid = nameof(CefrInvalid);
    public const string PhoneInvalid = nameof(PhoneInvalid);
    public const string Duplicates = nameof(Duplicates);
    public const string RoleUnknown = nameof(RoleUnknown);

    // Notification texts: what happened, never who (no names or contact data).
    public const string NotificationProposalMade = nameof(NotificationProposalMade);
    public const string NotificationAnswerGiven = nameof(NotificationAnswerGiven);
    public const string NotificationCheckInDue = nameof(NotificationCheckInDue);
    public const string NotificationCheckInOverdue = nameof(NotificationCheckInOverdue);
    public const string NotificationEscalation = nameof(NotificationEscalation);
    public const string NotificationConsentWithdrawn = nameof(NotificationConsentWithdrawn);
    public const string NotificationCoachAssigned = nameof(NotificationCoachAssigned);
    public const string NotificationSignIn = nameof(NotificationSignIn);

    private static readonly Dictionary<string, (string Nl, string En, string Fr)> Texts = new()
    {
        [PostcodeInvalid] = ("Geef een Belgische postcode van vier cijfers (1000-9999).", "Give a Belgian postcode of four digits (1000-9999).", "Indiquez un code postal belge de quatre chiffres (1000-9999)."),
        [LanguageUnknown] = ("Geef een taalcode van twee letters (ISO 639-1), bijvoorbeeld nl, fr of ar.", "Give a two-letter language code (ISO 639-1), for example nl, fr or ar.", "Indiquez un code de langue à deux lettres (ISO 639-1), par exemple nl, fr ou ar."),
        [CefrInvalid] = ("Geef een taalniveau: A1, A2, B1, B2, C1 of C2.", "Give a language level: A1, A2, B1, B2, C1 or C2.", "Indiquez un niveau de langue : A1, A2, B1, B2, C1 ou C2."),
        [PhoneInvalid] = ("Geef een telefoonnummer met cijfers, bijvoorbeeld +32 3 123 45 67.", "Give a phone number in digits, for example +32 3 123 45 67.", "Indiquez un numéro de téléphone en chiffres, par exemple +32 3 123 45 67."),
        [Duplicates] = ("Elk item mag maar één keer voorkomen.", "Each item may appear only once.", "Chaque élément ne peut figurer qu'une fois."),
        [RoleUnknown] = ("Onbekende rol.", "Unknown role.", "Rôle inconnu."),
        [NotificationProposalMade] = ("Je hebt een nieuw voorstel voor werk of vrijwilligerswerk.", "You have a new proposal for work or volunteering.", "Vous avez une nouvelle proposition de travail ou de bénévolat."),
        [NotificationAnswerGiven] = ("Iemand heeft op een voorstel geantwoord.", "Someone answered a proposal.", "Quelqu'un a répondu à une proposition."),
        [NotificationCheckInDue] = ("Een nazorggesprek komt eraan.", "An aftercare check-in is coming up.", "Un entretien de suivi approche."),
        [NotificationCheckInOverdue] = ("Een nazorggesprek is te laat.", "An aftercare check-in is overdue.", "Un entretien de suivi est en retard."),
        [NotificationEscalation] = ("Bij een nazorggesprek werd een hoog risico gemeld.", "A high risk was reported at an aftercare check-in.", "Un risque élevé a été signalé lors d'un entretien de suivi."),
        [NotificationConsentWithdrawn] = ("Iemand heeft de toestemming voor een match ingetrokken.", "Someone withdrew their consent for a match.", "Quelqu'un a retiré son consentement pour un match."),
        [NotificationCoachAssigned] = ("Er werd een coach toegewezen.", "A coach was assigned.", "Un coach a été désigné."),
        [NotificationSignIn] = ("Meld je aan bij TalentMatch om meer te zien.", "Sign in to TalentMatch to see more.", "Connectez-vous à TalentMatch pour en savoir plus."),
    };

    /// <summary>The text in the request's language (Dutch unless English or French was asked for).</summary>
    public static string Get(string key) => Get(key, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>The text in <paramref name="language"/> (nl, en or fr; anything else gives Dutch).</summary>
    public static string Get(string key, string language) =>
        language switch
        {
            "en" => Texts[key].En,
            "fr" => Texts[key].Fr,
            _ => Texts[key].Nl,
        };
}
