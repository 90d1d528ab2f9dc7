using System.Globalization;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Common;

/// <summary>
/// Every text the API says to people, in Dutch (first), English and French: validation messages,
/// problem titles and details, the reasons for a 403 or a 409 (with the domain's own keys in
/// <see cref="DomainMessages"/>) and notifications. FluentValidation localises its built-in
/// messages from the same request culture. A text with arguments is a composite format string
/// ({0}, {1}, ...), rendered with <see cref="Format(string, object?[])"/>.
/// </summary>
public static class Messages
{
    // Validation.
    public const string PostcodeInvalid = nameof(PostcodeInvalid);
    public const string LanguageUnknown = nameof(LanguageUnknown);
    public const string CefrInvalid = nameof(CefrInvalid);
    public const string PhoneInvalid = nameof(PhoneInvalid);
    public const string LineHiddenCharacters = nameof(LineHiddenCharacters);
    public const string TextHiddenCharacters = nameof(TextHiddenCharacters);
    public const string Duplicates = nameof(Duplicates);
    public const string ItemMissing = nameof(ItemMissing);
    public const string RoleUnknown = nameof(RoleUnknown);
    public const string ValueNotAllowed = nameof(ValueNotAllowed);
    public const string HoursDateNotFuture = nameof(HoursDateNotFuture);
    public const string ToNotBeforeFrom = nameof(ToNotBeforeFrom);
    public const string RequesterOrOrganisation = nameof(RequesterOrOrganisation);
    public const string DistrictUnknown = nameof(DistrictUnknown);
    public const string CloseReasonRequired = nameof(CloseReasonRequired);
    public const string PlacementNeedsStartDate = nameof(PlacementNeedsStartDate);
    public const string PlacementNeedsContract = nameof(PlacementNeedsContract);
    public const string StartDateOnlyWithPlaced = nameof(StartDateOnlyWithPlaced);
    public const string ContractOnlyWithPlaced = nameof(ContractOnlyWithPlaced);
    public const string DiscloseOnlyWithAccepted = nameof(DiscloseOnlyWithAccepted);
    public const string DiscloseFieldsAllowed = nameof(DiscloseFieldsAllowed);
    public const string MatchTargetRequired = nameof(MatchTargetRequired);
    public const string MatchTargetNotBoth = nameof(MatchTargetNotBoth);
    public const string AnswerNeedsReason = nameof(AnswerNeedsReason);
    public const string EmployerNeedsOrganisation = nameof(EmployerNeedsOrganisation);
    public const string CheckInInFuture = nameof(CheckInInFuture);
    public const string CheckInBeforeStart = nameof(CheckInBeforeStart);
    public const string EvidenceOnlyByStaff = nameof(EvidenceOnlyByStaff);
    public const string WebsiteInvalid = nameof(WebsiteInvalid);
    public const string AtMostCompetences = nameof(AtMostCompetences);
    public const string AtMostLanguages = nameof(AtMostLanguages);
    public const string AtMostExperiences = nameof(AtMostExperiences);
    public const string AtMostInterests = nameof(AtMostInterests);
    public const string AtMostRequirements = nameof(AtMostRequirements);
    public const string EscoUriInvalid = nameof(EscoUriInvalid);
    public const string LabelLanguagesIso = nameof(LabelLanguagesIso);
    public const string LabelNeedsNlOrEn = nameof(LabelNeedsNlOrEn);
    public const string LabelLength = nameof(LabelLength);
    public const string AltLabelLimits = nameof(AltLabelLimits);
    public const string EscoFilesRequired = nameof(EscoFilesRequired);
    public const string StatusFilter = nameof(StatusFilter);
    public const string PasswordTooShort = nameof(PasswordTooShort);
    public const string PasswordRequiresDigit = nameof(PasswordRequiresDigit);
    public const string PasswordRequiresLower = nameof(PasswordRequiresLower);
    public const string PasswordRequiresUpper = nameof(PasswordRequiresUpper);
    public const string PasswordRequiresNonAlphanumeric = nameof(PasswordRequiresNonAlphanumeric);
    public const string PasswordRequiresUniqueChars = nameof(PasswordRequiresUniqueChars);
    public const string EmailInvalid = nameof(EmailInvalid);
    public const string AccountNotAccepted = nameof(AccountNotAccepted);

    // Problem titles.
    public const string TitleInvalid = nameof(TitleInvalid);
    public const string TitleInvalidReference = nameof(TitleInvalidReference);
    public const string TitleInvalidJson = nameof(TitleInvalidJson);
    public const string TitleBadRequest = nameof(TitleBadRequest);
    public const string TitleUnauthorized = nameof(TitleUnauthorized);
    public const string TitleForbidden = nameof(TitleForbidden);
    public const string TitleNotFound = nameof(TitleNotFound);
    public const string TitleMethodNotAllowed = nameof(TitleMethodNotAllowed);
    public const string TitleConflict = nameof(TitleConflict);
    public const string TitleConcurrentChange = nameof(TitleConcurrentChange);
    public const string TitleDataConflict = nameof(TitleDataConflict);
    public const string TitlePreconditionFailed = nameof(TitlePreconditionFailed);
    public const string TitleTooLarge = nameof(TitleTooLarge);
    public const string TitleUnsupportedMediaType = nameof(TitleUnsupportedMediaType);
    public const string TitleTooManyRequests = nameof(TitleTooManyRequests);
    public const string TitleUnexpected = nameof(TitleUnexpected);
    public const string TitleSignInFailed = nameof(TitleSignInFailed);
    public const string TitleRefreshFailed = nameof(TitleRefreshFailed);

    // Problem details.
    public const string NotFound = nameof(NotFound);
    public const string ReferenceNotFound = nameof(ReferenceNotFound);
    public const string Changed = nameof(Changed);
    public const string ConcurrentChange = nameof(ConcurrentChange);
    public const string DataConflict = nameof(DataConflict);
    public const string RuleConflict = nameof(RuleConflict);
    public const string Unauthorized = nameof(Unauthorized);
    public const string Forbidden = nameof(Forbidden);
    public const string RouteNotFound = nameof(RouteNotFound);
    public const string MethodNotAllowed = nameof(MethodNotAllowed);
    public const string TooLarge = nameof(TooLarge);
    public const string SendBodyAs = nameof(SendBodyAs);
    public const string UnsupportedMediaType = nameof(UnsupportedMediaType);
    public const string ParameterInvalid = nameof(ParameterInvalid);
    public const string BodyRequired = nameof(BodyRequired);
    public const string RequestUnreadable = nameof(RequestUnreadable);
    public const string JsonWrongType = nameof(JsonWrongType);
    public const string JsonMalformed = nameof(JsonMalformed);
    public const string JsonMalformedAt = nameof(JsonMalformedAt);
    public const string TooManySignIns = nameof(TooManySignIns);
    public const string Unexpected = nameof(Unexpected);
    public const string SignInFailed = nameof(SignInFailed);
    public const string RefreshFailed = nameof(RefreshFailed);

    // Why a request is refused (403) or conflicts with the current state (409).
    public const string SignInFirst = nameof(SignInFirst);
    public const string ProfileAccessForbidden = nameof(ProfileAccessForbidden);
    public const string ProfilesListForbidden = nameof(ProfilesListForbidden);
    public const string ProfileCreateForbidden = nameof(ProfileCreateForbidden);
    public const string OwnProfileExists = nameof(OwnProfileExists);
    public const string ClaimCodesIssuedByStaff = nameof(ClaimCodesIssuedByStaff);
    public const string ClaimNeedsJobSeeker = nameof(ClaimNeedsJobSeeker);
    public const string AlreadyOwnProfile = nameof(AlreadyOwnProfile);
    public const string AccountExists = nameof(AccountExists);
    public const string CatalogueImportRunning = nameof(CatalogueImportRunning);
    public const string EmployerSeesOwnOrganisation = nameof(EmployerSeesOwnOrganisation);
    public const string OrganisationChangeForbidden = nameof(OrganisationChangeForbidden);
    public const string OpportunityChangeForbidden = nameof(OpportunityChangeForbidden);
    public const string EmployerOwnOpportunities = nameof(EmployerOwnOpportunities);
    public const string MatchesMadeByMatchmakers = nameof(MatchesMadeByMatchmakers);
    public const string MatchesListForbidden = nameof(MatchesListForbidden);
    public const string CandidateMatchesForbidden = nameof(CandidateMatchesForbidden);
    public const string ProfileMatchesForbidden = nameof(ProfileMatchesForbidden);
    public const string MatchKindInvalid = nameof(MatchKindInvalid);
    public const string MatchDetailInvalid = nameof(MatchDetailInvalid);
    public const string ProfilePrivate = nameof(ProfilePrivate);
    public const string ProfileDeactivated = nameof(ProfileDeactivated);
    public const string PersonalDataOwnOrAdmin = nameof(PersonalDataOwnOrAdmin);
    public const string AccessLogOwnOnly = nameof(AccessLogOwnOnly);
    public const string AdminNamesGround = nameof(AdminNamesGround);
    public const string OpportunityNotOpen = nameof(OpportunityNotOpen);
    public const string OpenMatchExists = nameof(OpenMatchExists);
    public const string PersonAnswersStaffMoves = nameof(PersonAnswersStaffMoves);
    public const string OnlyPersonAnswers = nameof(OnlyPersonAnswers);
    public const string AnswerForPersonWithoutAccount = nameof(AnswerForPersonWithoutAccount);
    public const string CoachOrStaffOnly = nameof(CoachOrStaffOnly);
    public const string CoachVisibleTo = nameof(CoachVisibleTo);
    public const string CoachSeesOwnCheckIns = nameof(CoachSeesOwnCheckIns);
    public const string OnlyCoachHasPeople = nameof(OnlyCoachHasPeople);
    public const string OtherCoachPeopleForbidden = nameof(OtherCoachPeopleForbidden);
    public const string EscalationsSeenBy = nameof(EscalationsSeenBy);
    public const string EscalationsResolvedBy = nameof(EscalationsResolvedBy);
    public const string ReportsForbidden = nameof(ReportsForbidden);
    public const string VolunteerHoursSeenBy = nameof(VolunteerHoursSeenBy);
    public const string VolunteerHoursLoggedBy = nameof(VolunteerHoursLoggedBy);
    public const string HoursNeedAcceptedMatch = nameof(HoursNeedAcceptedMatch);
    public const string HoursAlreadyLoggedForDay = nameof(HoursAlreadyLoggedForDay);
    public const string NeighbourHoursConfirmedByStaff = nameof(NeighbourHoursConfirmedByStaff);
    public const string OrganisationHoursConfirmedByEmployer = nameof(OrganisationHoursConfirmedByEmployer);
    public const string OwnHoursNotConfirmed = nameof(OwnHoursNotConfirmed);

    // Community coins.
    public const string IdempotencyKeyRequired = nameof(IdempotencyKeyRequired);
    public const string IdempotencyKeyReused = nameof(IdempotencyKeyReused);
    public const string CoinWalletSeenBy = nameof(CoinWalletSeenBy);
    public const string CoinNoOwnAward = nameof(CoinNoOwnAward);
    public const string CoinOffersByPartner = nameof(CoinOffersByPartner);
    public const string CoinOrganisationNotPartner = nameof(CoinOrganisationNotPartner);
    public const string CoinCodeOtherPartner = nameof(CoinCodeOtherPartner);
    public const string CoinSettlementSeenBy = nameof(CoinSettlementSeenBy);
    public const string CoinMonthInvalid = nameof(CoinMonthInvalid);
    public const string CoinMonthsRange = nameof(CoinMonthsRange);
    public const string CoinRunDateNotFuture = nameof(CoinRunDateNotFuture);

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
        [LineHiddenCharacters] = ("Gebruik geen onzichtbare tekens, regeleinden of tekens die de schrijfrichting omkeren.", "Do not use invisible characters, line breaks or characters that reverse the writing direction.", "N'utilisez pas de caractères invisibles, de retours à la ligne ni de caractères qui inversent le sens d'écriture."),
        [TextHiddenCharacters] = ("Gebruik geen onzichtbare tekens of tekens die de schrijfrichting omkeren (regeleinden en tabs mogen).", "Do not use invisible characters or characters that reverse the writing direction (line breaks and tabs are fine).", "N'utilisez pas de caractères invisibles ni de caractères qui inversent le sens d'écriture (les retours à la ligne et les tabulations sont permis)."),
        [PhoneInvalid] = ("Geef een telefoonnummer met cijfers, bijvoorbeeld +32 3 123 45 67.", "Give a phone number in digits, for example +32 3 123 45 67.", "Indiquez un numéro de téléphone en chiffres, par exemple +32 3 123 45 67."),
        [Duplicates] = ("Elk item mag maar één keer voorkomen.", "Each item may appear only once.", "Chaque élément ne peut figurer qu'une fois."),
        [ItemMissing] = ("Dit item is leeg (null); laat het weg of vul het in.", "This item is empty (null); leave it out or fill it in.", "Cet élément est vide (null) ; retirez-le ou complétez-le."),
        [RoleUnknown] = ("Onbekende rol. Kies uit: {0}.", "Unknown role. Choose from: {0}.", "Rôle inconnu. Choisissez parmi : {0}."),
        [ValueNotAllowed] = ("'{0}' is geen van: {1}.", "'{0}' is not one of: {1}.", "« {0} » ne fait pas partie de : {1}."),
        [HoursDateNotFuture] = ("Uren registreer je voor vandaag of een vroegere dag, niet voor een dag die nog moet komen.", "Hours are logged for today or an earlier day, not for a day to come.", "Les heures s'enregistrent pour aujourd'hui ou un jour passé, pas pour un jour à venir."),
        [ToNotBeforeFrom] = ("'to' is dezelfde dag als 'from' of later.", "'to' is the same day as 'from' or later.", "« to » est le même jour que « from » ou plus tard."),
        [RequesterOrOrganisation] = ("Geef organisationId of requesterName (de naam van een buur), niet allebei.", "Give either organisationId or requesterName (a neighbour's name), not both.", "Indiquez soit organisationId, soit requesterName (le nom d'un voisin), pas les deux."),
        [DistrictUnknown] = ("'{0}' is geen district of gemeente uit de postcodetabel.", "'{0}' is not a district or municipality of the postcode table.", "« {0} » n'est pas un district ou une commune de la table des codes postaux."),
        [CloseReasonRequired] = ("Zeg waarom de match gesloten of ingetrokken wordt.", "Say why the match is closed or withdrawn.", "Indiquez pourquoi le match est clôturé ou retiré."),
        [PlacementNeedsStartDate] = ("Een plaatsing heeft een startdatum nodig.", "A placement needs the start date.", "Un placement nécessite une date de début."),
        [PlacementNeedsContract] = ("Een plaatsing heeft een contract nodig.", "A placement needs the contract.", "Un placement nécessite un contrat."),
        [StartDateOnlyWithPlaced] = ("Een startdatum hoort alleen bij placed.", "A start date goes only with placed.", "Une date de début ne va qu'avec placed."),
        [ContractOnlyWithPlaced] = ("Een contract hoort alleen bij placed.", "A contract goes only with placed.", "Un contrat ne va qu'avec placed."),
        [DiscloseOnlyWithAccepted] = ("De velden om te delen horen alleen bij accepted.", "The fields to disclose go only with accepted.", "Les champs à communiquer ne vont qu'avec accepted."),
        [DiscloseFieldsAllowed] = ("Deel name, email, phone of postcode.", "Disclose name, email, phone or postcode.", "Communiquez name, email, phone ou postcode."),
        [MatchTargetRequired] = ("Geef de vacancyId of de volunteerRequestId waarmee de persoon gematcht wordt.", "Give the vacancyId or the volunteerRequestId the person is matched to.", "Indiquez le vacancyId ou le volunteerRequestId auquel la personne est associée."),
        [MatchTargetNotBoth] = ("Geef een vacancyId of een volunteerRequestId, niet allebei.", "Give a vacancyId or a volunteerRequestId, not both.", "Indiquez un vacancyId ou un volunteerRequestId, pas les deux."),
        [AnswerNeedsReason] = ("Zeg hoe de persoon dit antwoord gaf, bijvoorbeeld \"telefonisch geantwoord op 3 november\".", "Say how the person gave this answer, for example \"answered by phone on 3 November\".", "Indiquez comment la personne a donné cette réponse, par exemple « a répondu par téléphone le 3 novembre »."),
        [EmployerNeedsOrganisation] = ("Een Employer-account hoort bij een organisatie: geef organisationId.", "An Employer account belongs to an organisation: give organisationId.", "Un compte Employer appartient à une organisation : indiquez organisationId."),
        [DomainMessages.OnlyEmployerHasOrganisation] = ("Alleen Employer-accounts horen bij een organisatie.", "Only Employer accounts belong to an organisation.", "Seuls les comptes Employer appartiennent à une organisation."),
        [CheckInInFuture] = ("completedAt kan niet in de toekomst liggen.", "completedAt cannot be in the future.", "completedAt ne peut pas être dans le futur."),
        [CheckInBeforeStart] = ("completedAt kan niet vóór de start van de plaatsing liggen ({0:yyyy-MM-dd}).", "completedAt cannot be before the placement started ({0:yyyy-MM-dd}).", "completedAt ne peut pas précéder le début du placement ({0:yyyy-MM-dd})."),
        [EvidenceOnlyByStaff] = ("Alleen een talentscout markeert een competentie als bevestigd of gecertificeerd; geef ze op en vraag een talentscout om ze te bevestigen.", "Only a talent scout marks a competence as confirmed or certified; declare it and ask a talent scout to confirm it.", "Seul un talent scout marque une compétence comme confirmée ou certifiée ; déclarez-la et demandez à un talent scout de la confirmer."),
        [WebsiteInvalid] = ("Geef een webadres dat begint met https:// of http://.", "Give a web address starting with https:// or http://.", "Indiquez une adresse web commençant par https:// ou http://."),
        [AtMostCompetences] = ("Hoogstens {0} competenties.", "At most {0} competences.", "Au maximum {0} compétences."),
        [AtMostLanguages] = ("Hoogstens {0} talen.", "At most {0} languages.", "Au maximum {0} langues."),
        [AtMostExperiences] = ("Hoogstens {0} ervaringen.", "At most {0} experiences.", "Au maximum {0} expériences."),
        [AtMostInterests] = ("Hoogstens {0} interesses.", "At most {0} interests.", "Au maximum {0} centres d'intérêt."),
        [AtMostRequirements] = ("Hoogstens {0} vereisten.", "At most {0} requirements.", "Au maximum {0} exigences."),
        [EscoUriInvalid] = ("escoUri moet een absolute URI zijn.", "escoUri must be an absolute URI.", "escoUri doit être une URI absolue."),
        [LabelLanguagesIso] = ("De talen van de labels zijn ISO 639-1-codes.", "Label languages must be ISO 639-1 codes.", "Les langues des libellés doivent être des codes ISO 639-1."),
        [LabelNeedsNlOrEn] = ("Geef minstens een Nederlands (nl) of Engels (en) label.", "Give at least a Dutch (nl) or English (en) label.", "Indiquez au moins un libellé néerlandais (nl) ou anglais (en)."),
        [LabelLength] = ("Een label telt 1 tot 400 tekens.", "Labels are 1 to 400 characters.", "Un libellé compte de 1 à 400 caractères."),
        [AltLabelLimits] = ("Hoogstens 50 alternatieve labels per taal, elk van 1 tot 400 tekens.", "At most 50 alternative labels per language, each 1 to 400 characters.", "Au maximum 50 libellés alternatifs par langue, chacun de 1 à 400 caractères."),
        [EscoFilesRequired] = ("Stuur een of meer ESCO-bestanden (.zip of .csv).", "Send one or more ESCO files (.zip or .csv).", "Envoyez un ou plusieurs fichiers ESCO (.zip ou .csv)."),
        [StatusFilter] = ("Geef een status: draft, open of closed.", "Give a status: draft, open or closed.", "Indiquez un statut : draft, open ou closed."),
        [PasswordTooShort] = ("Het wachtwoord telt minstens {0} tekens.", "The password must be at least {0} characters long.", "Le mot de passe doit compter au moins {0} caractères."),
        [PasswordRequiresDigit] = ("Het wachtwoord bevat een cijfer.", "The password must contain a digit.", "Le mot de passe doit contenir un chiffre."),
        [PasswordRequiresLower] = ("Het wachtwoord bevat een kleine letter.", "The password must contain a lowercase letter.", "Le mot de passe doit contenir une lettre minuscule."),
        [PasswordRequiresUpper] = ("Het wachtwoord bevat een hoofdletter.", "The password must contain an uppercase letter.", "Le mot de passe doit contenir une lettre majuscule."),
        [PasswordRequiresNonAlphanumeric] = ("Het wachtwoord bevat een teken dat geen letter of cijfer is.", "The password must contain a character that is not a letter or a digit.", "Le mot de passe doit contenir un caractère qui n'est ni une lettre ni un chiffre."),
        [PasswordRequiresUniqueChars] = ("Het wachtwoord bevat minstens {0} verschillende tekens.", "The password must contain at least {0} different characters.", "Le mot de passe doit contenir au moins {0} caractères différents."),
        [EmailInvalid] = ("Geef een geldig e-mailadres.", "Give a valid e-mail address.", "Indiquez une adresse e-mail valide."),
        [AccountNotAccepted] = ("Dit account kan zo niet aangemaakt worden.", "This account cannot be created like this.", "Ce compte ne peut pas être créé ainsi."),

        [TitleInvalid] = ("Het verzoek is niet geldig.", "The request is not valid.", "La requête n'est pas valide."),
        [TitleInvalidReference] = ("Het verzoek verwijst naar iets dat niet bestaat.", "The request refers to something that does not exist.", "La requête fait référence à quelque chose qui n'existe pas."),
        [TitleInvalidJson] = ("De inhoud van het verzoek is geen geldige JSON voor deze bewerking.", "The request body is not valid JSON for this operation.", "Le corps de la requête n'est pas un JSON valide pour cette opération."),
        [TitleBadRequest] = ("Ongeldig verzoek.", "Bad request.", "Requête incorrecte."),
        [TitleUnauthorized] = ("Niet aangemeld.", "Not signed in.", "Non connecté."),
        [TitleForbidden] = ("Niet toegestaan.", "Forbidden.", "Interdit."),
        [TitleNotFound] = ("Niet gevonden.", "Not found.", "Introuvable."),
        [TitleMethodNotAllowed] = ("Methode niet toegestaan.", "Method not allowed.", "Méthode non autorisée."),
        [TitleConflict] = ("Conflict met de huidige toestand.", "Conflict with the current state.", "Conflit avec l'état actuel."),
        [TitleConcurrentChange] = ("Gelijktijdige wijziging.", "Concurrent change.", "Modification simultanée."),
        [TitleDataConflict] = ("Conflict met bestaande gegevens.", "Conflict with existing data.", "Conflit avec des données existantes."),
        [TitlePreconditionFailed] = ("De gegevens zijn intussen gewijzigd.", "The resource has changed.", "La ressource a été modifiée."),
        [TitleTooLarge] = ("De inhoud van het verzoek is te groot.", "The request body is too large.", "Le corps de la requête est trop volumineux."),
        [TitleUnsupportedMediaType] = ("Inhoudstype niet ondersteund.", "Unsupported media type.", "Type de contenu non pris en charge."),
        [TitleTooManyRequests] = ("Te veel verzoeken.", "Too many requests.", "Trop de requêtes."),
        [TitleUnexpected] = ("Er liep onverwacht iets mis.", "An unexpected error occurred.", "Une erreur inattendue s'est produite."),
        [TitleSignInFailed] = ("Aanmelden mislukt.", "Sign-in failed.", "La connexion a échoué."),
        [TitleRefreshFailed] = ("Vernieuwen mislukt.", "Refresh failed.", "Le renouvellement a échoué."),

        [NotFound] = ("{0} '{1}' bestaat niet.", "{0} '{1}' was not found.", "{0} « {1} » est introuvable."),
        [ReferenceNotFound] = ("{0} '{1}' bestaat niet.", "{0} '{1}' does not exist.", "{0} « {1} » n'existe pas."),
        [Changed] = ("{0} werd intussen door iemand anders gewijzigd. Haal de nieuwste versie op en breng je wijziging opnieuw aan.", "{0} was changed by someone else since you read it. Fetch it again and reapply your change.", "{0} : quelqu'un d'autre a fait une modification depuis votre lecture. Récupérez la dernière version et refaites votre modification."),
        [ConcurrentChange] = ("Iemand anders wijzigde dit op hetzelfde moment. Haal de nieuwste versie op en breng je wijziging opnieuw aan.", "Someone else changed this at the same time. Fetch it again and reapply your change.", "Quelqu'un d'autre a modifié ceci au même moment. Récupérez la dernière version et refaites votre modification."),
        [DataConflict] = ("De wijziging botst met bestaande gegevens (een dubbel of een verwijzing die nog gebruikt wordt).", "The change conflicts with existing data (a duplicate or a reference still in use).", "La modification entre en conflit avec des données existantes (un doublon ou une référence encore utilisée)."),
        [RuleConflict] = ("De huidige toestand laat dit niet toe.", "The current state does not allow this.", "L'état actuel ne le permet pas."),
        [Unauthorized] = ("Meld je aan en stuur je toegangstoken mee (Authorization: Bearer ...).", "Sign in and send your access token (Authorization: Bearer ...).", "Connectez-vous et envoyez votre jeton d'accès (Authorization: Bearer ...)."),
        [Forbidden] = ("Je mag dit niet doen.", "You are not allowed to do this.", "Vous n'êtes pas autorisé à faire ceci."),
        [RouteNotFound] = ("Op dit adres staat niets in de API.", "There is nothing at this address in the API.", "Il n'y a rien à cette adresse dans l'API."),
        [MethodNotAllowed] = ("{0} is hier niet toegestaan.", "{0} is not allowed here.", "{0} n'est pas autorisé ici."),
        [TooLarge] = ("Hier worden hoogstens {0} bytes aanvaard.", "At most {0} bytes are accepted here.", "Au maximum {0} octets sont acceptés ici."),
        [SendBodyAs] = ("Stuur de inhoud als {0}.", "Send the body as {0}.", "Envoyez le corps au format {0}."),
        [UnsupportedMediaType] = ("Dit inhoudstype wordt hier niet aanvaard.", "This media type is not accepted here.", "Ce type de contenu n'est pas accepté ici."),
        [ParameterInvalid] = ("De parameter '{0}' ontbreekt of heeft een ongeldige waarde.", "The parameter '{0}' is missing or has an invalid value.", "Le paramètre « {0} » est manquant ou sa valeur n'est pas valide."),
        [BodyRequired] = ("Stuur een inhoud in JSON.", "Send a JSON body.", "Envoyez un corps JSON."),
        [RequestUnreadable] = ("Het verzoek kan niet gelezen worden.", "The request could not be read.", "La requête n'a pas pu être lue."),
        [JsonWrongType] = ("De waarde heeft een verkeerd type of is geen van de toegestane waarden.", "The value has the wrong type or is not one of the allowed values.", "La valeur a un type incorrect ou ne fait pas partie des valeurs autorisées."),
        [JsonMalformed] = ("Dit is geen geldige JSON.", "This is not valid JSON.", "Ce n'est pas un JSON valide."),
        [JsonMalformedAt] = ("Dit is geen geldige JSON (regel {0}, positie {1}).", "This is not valid JSON (line {0}, position {1}).", "Ce n'est pas un JSON valide (ligne {0}, position {1})."),
        [TooManySignIns] = ("Te veel aanmeldpogingen vanaf dit adres. Wacht een minuut en probeer opnieuw.", "Too many sign-in attempts from this address. Wait a minute and try again.", "Trop de tentatives de connexion depuis cette adresse. Attendez une minute et réessayez."),
        [Unexpected] = ("Probeer het later opnieuw. Blijft het misgaan, geef dan de traceId door.", "Try again later. If it keeps failing, report the traceId.", "Réessayez plus tard. Si l'erreur persiste, communiquez le traceId."),
        [SignInFailed] = ("Het e-mailadres of wachtwoord is fout, of het account is na te veel pogingen even vergrendeld.", "The e-mail address or password is wrong, or the account is locked for a while after too many attempts.", "L'adresse e-mail ou le mot de passe est incorrect, ou le compte est verrouillé un moment après trop de tentatives."),
        [RefreshFailed] = ("Het vernieuwingstoken is ongeldig of verlopen. Meld je opnieuw aan.", "The refresh token is invalid or has expired. Sign in again.", "Le jeton de renouvellement n'est pas valide ou a expiré. Reconnectez-vous."),

        [SignInFirst] = ("Meld je eerst aan.", "Sign in first.", "Connectez-vous d'abord."),
        [ProfileAccessForbidden] = ("Alleen de persoon en de medewerkers die met de persoon werken, mogen dit profiel zien of wijzigen.", "Only the person and the staff who work with them may see or change this profile.", "Seuls la personne et le personnel qui l'accompagne peuvent voir ou modifier ce profil."),
        [ProfilesListForbidden] = ("Alleen medewerkers die met mensen werken, zien de lijst van profielen.", "Only staff who work with people list profiles.", "Seul le personnel qui accompagne des personnes liste les profils."),
        [ProfileCreateForbidden] = ("Alleen werkzoekenden en de medewerkers die met mensen werken, maken talentprofielen aan.", "Only job seekers and the staff who work with people create talent profiles.", "Seuls les demandeurs d'emploi et le personnel qui accompagne des personnes créent des profils de talents."),
        [OwnProfileExists] = ("Je hebt al een talentprofiel; wijzig het met PUT /api/v1/profiles/{0}.", "You already have a talent profile; change it with PUT /api/v1/profiles/{0}.", "Vous avez déjà un profil de talents ; modifiez-le avec PUT /api/v1/profiles/{0}."),
        [ClaimCodesIssuedByStaff] = ("Alleen medewerkers geven claimcodes uit.", "Only staff issue claim codes.", "Seul le personnel délivre des codes de revendication."),
        [ClaimNeedsJobSeeker] = ("Alleen een account van een werkzoekende kan een profiel opeisen.", "Only a job seeker account can claim a profile.", "Seul un compte de demandeur d'emploi peut revendiquer un profil."),
        [AlreadyOwnProfile] = ("Je hebt al een eigen talentprofiel.", "You already own a talent profile.", "Vous possédez déjà un profil de talents."),
        [DomainMessages.ProfileFull] = ("Een profiel bevat hoogstens {0} competenties.", "A profile holds at most {0} competences.", "Un profil contient au maximum {0} compétences."),
        [DomainMessages.CompetenceUriExists] = ("Er bestaat al een competentie met ESCO-URI '{0}'.", "A competence with ESCO URI '{0}' already exists.", "Une compétence avec l'URI ESCO « {0} » existe déjà."),
        [AccountExists] = ("Er bestaat al een account voor '{0}'.", "An account for '{0}' already exists.", "Un compte existe déjà pour « {0} »."),
        [CatalogueImportRunning] = ("Er loopt al een ESCO-import; start een nieuwe als die klaar is.", "An ESCO import is already running; start a new one when it is done.", "Un import ESCO est déjà en cours ; lancez-en un nouveau quand il est terminé."),
        [EmployerSeesOwnOrganisation] = ("Een werkgever ziet alleen de eigen organisatie.", "An employer sees only their own organisation.", "Un employeur ne voit que sa propre organisation."),
        [OrganisationChangeForbidden] = ("Alleen jobhunters, matchmakers, beheerders en de eigen werkgevers van een organisatie wijzigen die organisatie.", "Only job hunters, matchmakers, admins and the organisation's own employers change an organisation.", "Seuls les job hunters, les matchmakers, les administrateurs et les employeurs de l'organisation la modifient."),
        [DomainMessages.OrganisationExists] = ("Er bestaat al een organisatie '{0}' met postcode {1}.", "An organisation named '{0}' already exists at postcode {1}.", "Une organisation « {0} » existe déjà au code postal {1}."),
        [OpportunityChangeForbidden] = ("Je mag geen vacatures of vrijwilligersvragen aanmaken of wijzigen.", "You may not create or change opportunities.", "Vous ne pouvez ni créer ni modifier des offres."),
        [EmployerOwnOpportunities] = ("Een werkgever werkt alleen met de vacatures en vragen van de eigen organisatie.", "An employer works only with their own organisation's opportunities.", "Un employeur ne travaille qu'avec les offres de sa propre organisation."),
        [DomainMessages.OpenOpportunityNotDeletable] = ("Een openstaande vacature of vraag kan niet verwijderd worden; sluit ze eerst.", "An open opportunity cannot be deleted; close it first.", "Une offre ouverte ne peut pas être supprimée ; clôturez-la d'abord."),
        [MatchesMadeByMatchmakers] = ("Matchmakers maken matches.", "Matchmakers make matches.", "Ce sont les matchmakers qui créent les matchs."),
        [MatchesListForbidden] = ("Matches zijn voor matchingmedewerkers, coaches, de gematchte mensen en de organisaties die het werk aanbieden.", "Matches are for matching staff, coaches, the people matched and the organisations that offer the work.", "Les matchs sont réservés au personnel de matching, aux coachs, aux personnes concernées et aux organisations qui offrent le travail."),
        [CandidateMatchesForbidden] = ("Alleen matchingmedewerkers en de organisatie die dit aanbiedt, zien de kandidaten.", "Only matching staff and the organisation that offers this opportunity see its candidates.", "Seuls le personnel de matching et l'organisation qui propose cette offre voient ses candidats."),
        [ProfileMatchesForbidden] = ("Alleen de persoon en de medewerkers die met de persoon werken, zien de matches van dit profiel.", "Only the person and the staff who work with them see this profile's matches.", "Seuls la personne et le personnel qui l'accompagne voient les matchs de ce profil."),
        [MatchKindInvalid] = ("Kies job of volunteering.", "Choose job or volunteering.", "Choisissez job ou volunteering."),
        [MatchDetailInvalid] = ("Kies compact of full.", "Choose compact or full.", "Choisissez compact ou full."),
        [ProfilePrivate] = ("Deze persoon houdt het profiel privé: het kan niet gematcht worden.", "This person keeps their profile private: it cannot be matched.", "Cette personne garde son profil privé : il ne peut pas faire l'objet d'un match."),
        [ProfileDeactivated] = ("Dit profiel is gedeactiveerd: het kan niet gematcht worden tot een medewerker het weer activeert.", "This profile is deactivated: it cannot be matched until staff reactivate it.", "Ce profil est désactivé : il ne peut pas faire l'objet d'un match tant que le personnel ne l'a pas réactivé."),
        [PersonalDataOwnOrAdmin] = ("Alleen de persoon zelf, of een beheerder op een geregistreerd verzoek, mag deze gegevens downloaden of wissen.", "Only the person themself, or an admin on a recorded request, may download or erase this data.", "Seule la personne elle-même, ou un administrateur sur une demande enregistrée, peut télécharger ou effacer ces données."),
        [AccessLogOwnOnly] = ("Alleen de persoon zelf ziet wie de gegevens bekeek.", "Only the person themself sees who read their data.", "Seule la personne elle-même voit qui a consulté ses données."),
        [AdminNamesGround] = ("Een beheerder die dit doet voor iemand anders, geeft de grond van het verzoek (reason).", "An admin doing this for someone else names the ground of the request (reason).", "Un administrateur qui agit pour quelqu'un d'autre indique le motif de la demande (reason)."),
        [OpportunityNotOpen] = ("Alleen een openstaande vacature of vraag krijgt matches.", "Only an open opportunity takes matches.", "Seule une offre ouverte reçoit des matchs."),
        [OpenMatchExists] = ("Deze persoon heeft al een lopende match voor deze vacature of vraag.", "This person already has an open match for this opportunity.", "Cette personne a déjà un match en cours pour cette offre."),
        [PersonAnswersStaffMoves] = ("De persoon beantwoordt een voorstel; matchmakers brengen een match verder.", "The person answers a proposal; matchmakers move a match on.", "La personne répond à une proposition ; les matchmakers font avancer le match."),
        [OnlyPersonAnswers] = ("Alleen de persoon zelf antwoordt, met het eigen account.", "Only the person answers, with their own account.", "Seule la personne elle-même répond, avec son propre compte."),
        [AnswerForPersonWithoutAccount] = ("Voor iemand zonder account registreert een beheerder, een matchmaker of de coach het antwoord.", "For a person without an account, an admin, a matchmaker or their coach records the answer.", "Pour une personne sans compte, un administrateur, un matchmaker ou son coach enregistre la réponse."),
        [CoachOrStaffOnly] = ("Alleen de coach van de persoon, een matchmaker of een beheerder mag dit.", "Only the person's coach, a matchmaker or an admin may do this.", "Seuls le coach de la personne, un matchmaker ou un administrateur peuvent faire ceci."),
        [CoachVisibleTo] = ("Alleen de persoon en de medewerkers die met de persoon werken, zien wie de coach is.", "Only the person and the staff who work with them may see who their coach is.", "Seuls la personne et le personnel qui l'accompagne peuvent voir qui est son coach."),
        [CoachSeesOwnCheckIns] = ("Een coach ziet de nazorggesprekken van de eigen mensen.", "A coach sees the check-ins of their own people.", "Un coach voit les entretiens de suivi des personnes qu'il accompagne."),
        [OnlyCoachHasPeople] = ("Alleen een coach heeft eigen mensen.", "Only a coach has people of their own.", "Seul un coach accompagne ses propres personnes."),
        [OtherCoachPeopleForbidden] = ("Alleen matchmakers en beheerders zien de mensen van een andere coach.", "Only matchmakers and admins see another coach's people.", "Seuls les matchmakers et les administrateurs voient les personnes d'un autre coach."),
        [EscalationsSeenBy] = ("Alleen matchmakers, beheerders en coaches zien escalaties.", "Only matchmakers, admins and coaches see escalations.", "Seuls les matchmakers, les administrateurs et les coachs voient les escalades."),
        [EscalationsResolvedBy] = ("Alleen matchmakers en beheerders handelen escalaties af.", "Only matchmakers and admins resolve escalations.", "Seuls les matchmakers et les administrateurs traitent les escalades."),
        [ReportsForbidden] = ("Rapporten zijn voor beheerders en matchmakers.", "Reports are for admins and matchmakers.", "Les rapports sont réservés aux administrateurs et aux matchmakers."),
        [VolunteerHoursSeenBy] = ("Alleen medewerkers, de aanvragende organisatie en de vrijwilligers zelf zien vrijwilligersuren.", "Only staff, the requesting organisation and the volunteers themselves see volunteer hours.", "Seuls le personnel, l'organisation demandeuse et les bénévoles eux-mêmes voient les heures de bénévolat."),
        [VolunteerHoursLoggedBy] = ("Alleen de vrijwilliger en de medewerkers die met de vrijwilliger werken, registreren vrijwilligersuren.", "Only the volunteer and the staff who work with them log volunteer hours.", "Seuls le bénévole et le personnel qui l'accompagne enregistrent les heures de bénévolat."),
        [HoursNeedAcceptedMatch] = ("Alleen een vrijwilliger die deze vraag aanvaardde (of afrondde), registreert uren.", "Hours are logged only by a volunteer who accepted this request (or finished it).", "Seul un bénévole qui a accepté cette demande (ou l'a terminée) enregistre des heures."),
        [HoursAlreadyLoggedForDay] = ("Voor {0:yyyy-MM-dd} zijn al uren geregistreerd op deze vraag; één registratie per dag.", "Hours for {0:yyyy-MM-dd} are already logged on this request; one entry per day.", "Des heures sont déjà enregistrées pour le {0:yyyy-MM-dd} sur cette demande ; une saisie par jour."),
        [NeighbourHoursConfirmedByStaff] = ("De buur die om hulp vroeg bevestigt de uren, of een matchmaker of beheerder namens de buur.", "The neighbour who asked for help confirms the hours, or a matchmaker or admin on the neighbour's behalf.", "Le voisin qui a demandé de l'aide confirme les heures, ou un matchmaker ou un administrateur en son nom."),
        [OrganisationHoursConfirmedByEmployer] = ("Alleen een werkgever van de aanvragende organisatie bevestigt deze uren.", "Only an employer of the requesting organisation confirms these hours.", "Seul un employeur de l'organisation demandeuse confirme ces heures."),
        [DomainMessages.HelpOfferedOnlyToNeighbours] = ("Je biedt zelf alleen hulp aan bij de vraag van een buur; bij een organisatie gaat het via de matchmaker.", "You offer help yourself only on a neighbour's request; for an organisation the matchmaker proposes you.", "Vous proposez vous-même votre aide seulement pour la demande d'un voisin ; pour une organisation, le matchmaker vous propose."),
        [DomainMessages.HelpNotOfferedOnOwnRequest] = ("Je biedt geen hulp aan bij je eigen vraag.", "Nobody offers help on their own request.", "Personne ne propose son aide pour sa propre demande."),
        [OwnHoursNotConfirmed] = ("Je bevestigt geen uren die je zelf registreerde of die van jezelf zijn.", "Nobody confirms hours they logged themselves or that are their own.", "Personne ne confirme des heures qu'il a enregistrées lui-même ou qui sont les siennes."),

        [IdempotencyKeyRequired] = ("Geef een Idempotency-Key-header (1 tot 100 tekens): een nieuwe poging met dezelfde sleutel krijgt hetzelfde antwoord.", "Give an Idempotency-Key header (1 to 100 characters): a retry with the same key gets the same answer.", "Indiquez un en-tête Idempotency-Key (1 à 100 caractères) : une nouvelle tentative avec la même clé reçoit la même réponse."),
        [IdempotencyKeyReused] = ("Deze Idempotency-Key werd al gebruikt voor een ander verzoek; gebruik een nieuwe sleutel.", "This Idempotency-Key was used for another request; use a new key.", "Cette Idempotency-Key a déjà servi pour une autre demande ; utilisez une nouvelle clé."),
        [CoinWalletSeenBy] = ("Alleen de persoon zelf en medewerkers die mensen volgen zien deze munten.", "Only the person and staff who follow people see this wallet.", "Seuls la personne et le personnel qui suit les personnes voient ce portefeuille."),
        [CoinNoOwnAward] = ("Je kent jezelf geen munten toe.", "Nobody awards coins to themselves.", "Personne ne s'attribue des pièces à soi-même."),
        [CoinOffersByPartner] = ("Een partner biedt aan voor de eigen organisatie; een coördinator of beheerder voor elke partner.", "A partner publishes offers for its own organisation; a coordinator or admin for any partner.", "Un partenaire publie des offres pour sa propre organisation ; un coordinateur ou un administrateur pour tout partenaire."),
        [CoinOrganisationNotPartner] = ("{0} is geen partner; alleen organisaties van het soort partner bieden iets aan voor munten.", "{0} is not a partner; only organisations of kind partner publish offers for coins.", "{0} n'est pas un partenaire ; seules les organisations de type partenaire publient des offres contre des pièces."),
        [CoinCodeOtherPartner] = ("Deze code hoort bij een andere partner.", "This code belongs to another partner.", "Ce code appartient à un autre partenaire."),
        [CoinSettlementSeenBy] = ("Een partner ziet de eigen afrekening; coördinatoren en beheerders die van elke partner.", "A partner sees its own settlement; coordinators and admins see every partner's.", "Un partenaire voit son propre décompte ; les coordinateurs et administrateurs celui de chaque partenaire."),
        [CoinMonthInvalid] = ("Geef een maand als jjjj-mm, bijvoorbeeld 2026-03.", "Give a month as yyyy-MM, for example 2026-03.", "Indiquez un mois au format aaaa-mm, par exemple 2026-03."),
        [CoinMonthsRange] = ("to ligt niet voor from, en hoogstens {0} maanden verder.", "to is not before from, and at most {0} months on.", "to n'est pas avant from, et au plus {0} mois plus tard."),
        [CoinRunDateNotFuture] = ("De datum is vandaag of vroeger.", "The date is today or earlier.", "La date est aujourd'hui ou avant."),

        [DomainMessages.MatchTransitionRefused] = ("Een match ({0}) in toestand '{1}' kan niet naar '{2}'.", "A {0} match that is {1} cannot become {2}.", "Un match ({0}) à l'état « {1} » ne peut pas passer à « {2} »."),
        [DomainMessages.PlacementNeedsStartAndContract] = ("Een plaatsing heeft een startdatum en een contract nodig.", "A placement needs a start date and a contract.", "Un placement nécessite une date de début et un contrat."),
        [DomainMessages.NoConsentToWithdraw] = ("Er is geen toestemming om in te trekken op deze match.", "There is no consent to withdraw on this match.", "Il n'y a pas de consentement à retirer sur ce match."),
        [DomainMessages.OutcomeOnlyForPlacement] = ("Alleen een plaatsing heeft een uitkomst.", "Only a placement has an outcome.", "Seul un placement a un résultat."),
        [DomainMessages.OutcomeNeedsReason] = ("Zeg waarom de persoon vertrok.", "Say why the person left.", "Indiquez pourquoi la personne est partie."),
        [DomainMessages.VolunteerHoursPerDay] = ("De uren op één dag zijn meer dan 0 en hoogstens {0}.", "Hours on one day are more than 0 and at most {0}.", "Les heures d'une journée sont supérieures à 0 et au maximum {0}."),
        [DomainMessages.HoursAlreadyConfirmed] = ("Deze uren zijn al bevestigd.", "These hours are already confirmed.", "Ces heures sont déjà confirmées."),
        [DomainMessages.WellbeingRange] = ("Welzijn is een getal van {0} tot {1}.", "Wellbeing is a number from {0} to {1}.", "Le bien-être est un nombre de {0} à {1}."),
        [DomainMessages.EscalationAlreadyResolved] = ("Deze escalatie is al afgehandeld.", "This escalation is already resolved.", "Cette escalade est déjà traitée."),
        [DomainMessages.ProfileOwnedNoClaimCode] = ("Dit profiel heeft al een eigenaar; het kan niet opgeëist worden.", "This profile already has an owner; it cannot be claimed.", "Ce profil a déjà un propriétaire ; il ne peut pas être revendiqué."),
        [DomainMessages.ProfileAlreadyOwned] = ("Dit profiel heeft al een eigenaar.", "This profile already has an owner.", "Ce profil a déjà un propriétaire."),
        [DomainMessages.ClaimCodeInvalid] = ("De claimcode is ongeldig of verlopen.", "The claim code is not valid or has expired.", "Le code de revendication n'est pas valide ou a expiré."),
        [DomainMessages.OpportunityNeedsRequirementToOpen] = ("Een vacature of vraag heeft minstens één vereiste competentie nodig voor ze open kan.", "An opportunity needs at least one competence requirement before it can be opened.", "Une offre doit avoir au moins une compétence requise avant d'être ouverte."),
        [DomainMessages.OpenOpportunityNeedsRequirement] = ("Een openstaande vacature of vraag heeft minstens één vereiste competentie nodig.", "An open opportunity needs at least one competence requirement.", "Une offre ouverte doit avoir au moins une compétence requise."),

        [DomainMessages.CoinAmountRange] = ("Een bedrag is een geheel aantal munten, minstens 1 en hoogstens {0}.", "An amount is a whole number of coins, at least 1 and at most {0}.", "Un montant est un nombre entier de pièces, au moins 1 et au plus {0}."),
        [DomainMessages.CoinsInsufficient] = ("Te weinig munten: het saldo is {0}, er zijn er {1} nodig.", "Too few coins: the balance is {0}, {1} are needed.", "Pas assez de pièces : le solde est de {0}, il en faut {1}."),
        [DomainMessages.CoinReasonRequired] = ("Zeg waarom.", "Give a reason.", "Indiquez la raison."),
        [DomainMessages.CoinTransactionNotReversible] = ("Alleen verdiende of toegekende munten worden teruggedraaid.", "Only earned or awarded coins are reversed.", "Seules les pièces gagnées ou attribuées sont annulées."),
        [DomainMessages.CoinTransactionAlreadyReversed] = ("Deze transactie werd al teruggedraaid.", "This transaction was reversed already.", "Cette transaction a déjà été annulée."),
        [DomainMessages.CoinOfferPriceRange] = ("Een prijs is minstens 1 en hoogstens {0} munten.", "A price is at least 1 and at most {0} coins.", "Un prix est d'au moins 1 et d'au plus {0} pièces."),
        [DomainMessages.CoinOfferStockRange] = ("De voorraad is 0 tot {0}.", "The stock is 0 to {0}.", "Le stock est de 0 à {0}."),
        [DomainMessages.CoinOfferEnded] = ("Dit aanbod liep tot {0:yyyy-MM-dd}.", "This offer ran until {0:yyyy-MM-dd}.", "Cette offre courait jusqu'au {0:yyyy-MM-dd}."),
        [DomainMessages.CoinOfferOutOfStock] = ("Dit aanbod is uitverkocht.", "This offer is out of stock.", "Cette offre est épuisée."),
        [DomainMessages.CoinCodeAlreadyRedeemed] = ("Deze code werd al ingewisseld.", "This code was redeemed already.", "Ce code a déjà été utilisé."),
        [DomainMessages.CoinCodeExpired] = ("Deze code is verlopen.", "This code has expired.", "Ce code a expiré."),
        [DomainMessages.CoinReservationClosed] = ("Deze reservering is niet meer open ({0}).", "This reservation is no longer open ({0}).", "Cette réservation n'est plus ouverte ({0})."),

        [NotificationProposalMade] = ("Je hebt een nieuw voorstel voor werk of vrijwilligerswerk.", "You have a new proposal for work or volunteering.", "Vous avez une nouvelle proposition de travail ou de bénévolat."),
        [NotificationAnswerGiven] = ("Iemand heeft op een voorstel geantwoord.", "Someone answered a proposal.", "Quelqu'un a répondu à une proposition."),
        [NotificationCheckInDue] = ("Een nazorggesprek komt eraan.", "An aftercare check-in is coming up.", "Un entretien de suivi approche."),
        [NotificationCheckInOverdue] = ("Een nazorggesprek is te laat.", "An aftercare check-in is overdue.", "Un entretien de suivi est en retard."),
        [NotificationEscalation] = ("Bij een nazorggesprek werd een hoog risico gemeld.", "A high risk was reported at an aftercare check-in.", "Un risque élevé a été signalé lors d'un entretien de suivi."),
        [NotificationConsentWithdrawn] = ("Iemand heeft de toestemming voor een match ingetrokken.", "Someone withdrew their consent for a match.", "Quelqu'un a retiré son consentement pour un match."),
        [NotificationCoachAssigned] = ("Er werd een coach toegewezen.", "A coach was assigned.", "Un coach a été désigné."),
        [NotificationSignIn] = ("Meld je aan bij TalentMatch om meer te zien.", "Sign in to TalentMatch to see more.", "Connectez-vous à TalentMatch pour en savoir plus."),
    };

    /// <summary>Every key the catalogue holds.</summary>
    public static IReadOnlyCollection<string> Keys => Texts.Keys;

    /// <summary>The language of the request: nl, en or fr (Dutch unless English or French was asked for).</summary>
    public static string CurrentLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "en" => "en",
        "fr" => "fr",
        _ => "nl",
    };

    public static bool Has(string key) => Texts.ContainsKey(key);

    /// <summary>The text in the request's language (Dutch unless English or French was asked for).</summary>
    public static string Get(string key) => Get(key, CurrentLanguage);

    /// <summary>The text in <paramref name="language"/> (nl, en or fr; anything else gives Dutch).</summary>
    public static string Get(string key, string language) =>
        language switch
        {
            "en" => Texts[key].En,
            "fr" => Texts[key].Fr,
            _ => Texts[key].Nl,
        };

    /// <summary>The text in the request's language with its arguments filled in, formatted for that language.</summary>
    public static string Format(string key, params object?[] arguments) => FormatIn(CurrentLanguage, key, arguments);

    /// <summary>The text in <paramref name="language"/> with its arguments filled in, formatted for that language.</summary>
    public static string FormatIn(string language, string key, IReadOnlyList<object?> arguments) =>
        string.Format(CultureInfo.GetCultureInfo(language is "en" or "fr" ? language : "nl"), Get(key, language), [.. arguments]);
}
