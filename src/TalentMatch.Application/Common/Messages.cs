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

    private static readonly Dictionary<string, (string Nl, string En, string Fr)> Texts = new()
    {
        [PostcodeInvalid] = ("Geef een Belgische postcode van vier cijfers (1000-9999).", "Give a Belgian postcode of four digits (1000-9999).", "Indiquez un code postal belge de quatre chiffres (1000-9999)."),
        [LanguageUnknown] = ("Geef een taalcode van twee letters (ISO 639-1), bijvoorbeeld nl, fr of ar.", "Give a two-letter language code (ISO 639-1), for example nl, fr or ar.", "Indiquez un code de langue à deux lettres (ISO 639-1), par exemple nl, fr ou ar."),
        [CefrInvalid] = ("Geef een taalniveau: A1, A2, B1, B2, C1 of C2.", "Give a language level: A1, A2, B1, B2, C1 or C2.", "Indiquez un niveau de langue : A1, A2, B1, B2, C1 ou C2."),
        [PhoneInvalid] = ("Geef een telefoonnummer met cijfers, bijvoorbeeld +32 3 123 45 67.", "Give a phone number in digits, for example +32 3 123 45 67.", "Indiquez un numéro de téléphone en chiffres, par exemple +32 3 123 45 67."),
        [Duplicates] = ("Elk item mag maar één keer voorkomen.", "Each item may appear only once.", "Chaque élément ne peut figurer qu'une fois."),
        [RoleUnknown] = ("Onbekende rol.", "Unknown role.", "Rôle inconnu."),
    };

    public static string Get(string key) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
        {
            "en" => Texts[key].En,
            "fr" => Texts[key].Fr,
            _ => Texts[key].Nl,
        };
}
