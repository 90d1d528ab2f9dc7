using System.Collections.Frozen;
using System.Collections.ObjectModel;

namespace TalentMatch.Domain.Languages;

/// <summary>A language of ISO 639-1 with its names in Dutch, English and French.</summary>
/// <param name="Code">The two-letter ISO 639-1 code, in lower case (for example "nl").</param>
/// <param name="Dutch">The Dutch name, as used in Flanders (for example "Nederlands").</param>
/// <param name="English">The English name, the first name of the ISO list (for example "Dutch").</param>
/// <param name="French">The French name, in lower case as French writes it (for example "néerlandais").</param>
public sealed record IsoLanguage(string Code, string Dutch, string English, string French)
{
    /// <summary>The name in the given language code ("nl", "en", "fr"); Dutch for anything else.</summary>
    /// <param name="languageCode">The code of the language to name it in; case-insensitive.</param>
    /// <returns>The name of this language in the requested language, or the Dutch name.</returns>
    public string NameIn(string languageCode) => languageCode?.Trim().ToLowerInvariant() switch
    {
        "en" => English,
        "fr" => French,
        _ => Dutch,
    };
}

/// <summary>The complete ISO 639-1 list (184 codes).</summary>
public static class IsoLanguages
{
    private static readonly IsoLanguage[] Languages =
    [
        new("aa", "Afar", "Afar", "afar"),
        new("ab", "Abchazisch", "Abkhazian", "abkhaze"),
        new("ae", "Avestisch", "Avestan", "avestique"),
        new("af", "Afrikaans", "Afrikaans", "afrikaans"),
        new("ak", "Akan", "Akan", "akan"),
        new("am", "Amhaars", "Amharic", "amharique"),
        new("an", "Aragonees", "Aragonese", "aragonais"),
        new("ar", "Arabisch", "Arabic", "arabe"),
        new("as", "Assamees", "Assamese", "assamais"),
        new("av", "Avaars", "Avaric", "avar"),
        new("ay", "Aymara", "Aymara", "aymara"),
        new("az", "Azerbeidzjaans", "Azerbaijani", "azéri"),
        new("ba", "Basjkiers", "Bashkir", "bachkir"),
        new("be", "Wit-Russisch", "Belarusian", "biélorusse"),
        new("bg", "Bulgaars", "Bulgarian", "bulgare"),
        // 'bh' (Bihari languages) is a collective code, deprecated in ISO 639-1 since 2021; kept for the 184-code set.
        new("bh", "Bihari-talen", "Bihari languages", "langues biharis"),
        new("bi", "Bislama", "Bislama", "bichelamar"),
        new("bm", "Bambara", "Bambara", "bambara"),
        new("bn", "Bengaals", "Bengali", "bengali"),
        new("bo", "Tibetaans", "Tibetan", "tibétain"),
        new("br", "Bretons", "Breton", "breton"),
        new("bs", "Bosnisch", "Bosnian", "bosniaque"),
        new("ca", "Catalaans", "Catalan", "catalan"),
        new("ce", "Tsjetsjeens", "Chechen", "tchétchène"),
        new("ch", "Chamorro", "Chamorro", "chamorro"),
        new("co", "Corsicaans", "Corsican", "corse"),
        new("cr", "Cree", "Cree", "cree"),
        new("cs", "Tsjechisch", "Czech", "tchèque"),
        new("cu", "Kerkslavisch", "Church Slavic", "slavon d'église"),
        new("cv", "Tsjoevasjisch", "Chuvash", "tchouvache"),
        new("cy", "Welsh", "Welsh", "gallois"),
        new("da", "Deens", "Danish", "danois"),
        new("de", "Duits", "German", "allemand"),
        new("dv", "Divehi", "Divehi", "maldivien"),
        new("dz", "Dzongkha", "Dzongkha", "dzongkha"),
        new("ee", "Ewe", "Ewe", "éwé"),
        new("el", "Grieks", "Greek", "grec"),
        new("en", "Engels", "English", "anglais"),
        new("eo", "Esperanto", "Esperanto", "espéranto"),
        new("es", "Spaans", "Spanish", "espagnol"),
        new("et", "Estisch", "Estonian", "estonien"),
        new("eu", "Baskisch", "Basque", "basque"),
        new("fa", "Perzisch", "Persian", "persan"),
        new("ff", "Fula", "Fulah", "peul"),
        new("fi", "Fins", "Finnish", "finnois"),
        new("fj", "Fijisch", "Fijian", "fidjien"),
        new("fo", "Faeröers", "Faroese", "féroïen"),
        new("fr", "Frans", "French", "français"),
        new("fy", "Fries", "Western Frisian", "frison occidental"),
        new("ga", "Iers", "Irish", "irlandais"),
        new("gd", "Schots-Gaelisch", "Gaelic", "gaélique écossais"),
        new("gl", "Galicisch", "Galician", "galicien"),
        new("gn", "Guaraní", "Guarani", "guarani"),
        new("gu", "Gujarati", "Gujarati", "gujarati"),
        new("gv", "Manx", "Manx", "mannois"),
        new("ha", "Hausa", "Hausa", "haoussa"),
        new("he", "Hebreeuws", "Hebrew", "hébreu"),
        new("hi", "Hindi", "Hindi", "hindi"),
        new("ho", "Hiri Motu", "Hiri Motu", "hiri motu"),
        new("hr", "Kroatisch", "Croatian", "croate"),
        new("ht", "Haïtiaans Creools", "Haitian", "créole haïtien"),
        new("hu", "Hongaars", "Hungarian", "hongrois"),
        new("hy", "Armeens", "Armenian", "arménien"),
        new("hz", "Herero", "Herero", "herero"),
        new("ia", "Interlingua", "Interlingua", "interlingua"),
        new("id", "Indonesisch", "Indonesian", "indonésien"),
        new("ie", "Interlingue", "Interlingue", "interlingue"),
        new("ig", "Igbo", "Igbo", "igbo"),
        new("ii", "Sichuan Yi", "Sichuan Yi", "yi de Sichuan"),
        new("ik", "Inupiak", "Inupiaq", "inupiaq"),
        new("io", "Ido", "Ido", "ido"),
        new("is", "IJslands", "Icelandic", "islandais"),
        new("it", "Italiaans", "Italian", "italien"),
        new("iu", "Inuktitut", "Inuktitut", "inuktitut"),
        new("ja", "Japans", "Japanese", "japonais"),
        new("jv", "Javaans", "Javanese", "javanais"),
        new("ka", "Georgisch", "Georgian", "géorgien"),
        new("kg", "Kikongo", "Kongo", "kikongo"),
        new("ki", "Kikuyu", "Kikuyu", "kikuyu"),
        new("kj", "Kwanyama", "Kuanyama", "kuanyama"),
        new("kk", "Kazachs", "Kazakh", "kazakh"),
        new("kl", "Groenlands", "Kalaallisut", "groenlandais"),
        new("km", "Khmer", "Central Khmer", "khmer"),
        new("kn", "Kannada", "Kannada", "kannada"),
        new("ko", "Koreaans", "Korean", "coréen"),
        new("kr", "Kanuri", "Kanuri", "kanouri"),
        new("ks", "Kasjmiri", "Kashmiri", "cachemiri"),
        new("ku", "Koerdisch", "Kurdish", "kurde"),
        new("kv", "Komi", "Komi", "komi"),
        new("kw", "Cornisch", "Cornish", "cornique"),
        new("ky", "Kirgizisch", "Kirghiz", "kirghiz"),
        new("la", "Latijn", "Latin", "latin"),
        new("lb", "Luxemburgs", "Luxembourgish", "luxembourgeois"),
        new("lg", "Luganda", "Ganda", "luganda"),
        new("li", "Limburgs", "Limburgan", "limbourgeois"),
        new("ln", "Lingala", "Lingala", "lingala"),
        new("lo", "Laotiaans", "Lao", "lao"),
        new("lt", "Litouws", "Lithuanian", "lituanien"),
        new("lu", "Luba-Katanga", "Luba-Katanga", "luba-katanga"),
        new("lv", "Lets", "Latvian", "letton"),
        new("mg", "Malagassisch", "Malagasy", "malgache"),
        new("mh", "Marshallees", "Marshallese", "marshallais"),
        new("mi", "Maori", "Maori", "maori"),
        new("mk", "Macedonisch", "Macedonian", "macédonien"),
        new("ml", "Malayalam", "Malayalam", "malayalam"),
        new("mn", "Mongools", "Mongolian", "mongol"),
        new("mr", "Marathi", "Marathi", "marathi"),
        new("ms", "Maleis", "Malay", "malais"),
        new("mt", "Maltees", "Maltese", "maltais"),
        new("my", "Birmaans", "Burmese", "birman"),
        new("na", "Nauruaans", "Nauru", "nauruan"),
        new("nb", "Noors (Bokmål)", "Norwegian Bokmål", "norvégien bokmål"),
        new("nd", "Noord-Ndebele", "North Ndebele", "ndébélé du Nord"),
        new("ne", "Nepalees", "Nepali", "népalais"),
        new("ng", "Ndonga", "Ndonga", "ndonga"),
        new("nl", "Nederlands", "Dutch", "néerlandais"),
        new("nn", "Noors (Nynorsk)", "Norwegian Nynorsk", "norvégien nynorsk"),
        new("no", "Noors", "Norwegian", "norvégien"),
        new("nr", "Zuid-Ndebele", "South Ndebele", "ndébélé du Sud"),
        new("nv", "Navajo", "Navajo", "navajo"),
        new("ny", "Chichewa", "Chichewa", "chichewa"),
        new("oc", "Occitaans", "Occitan", "occitan"),
        new("oj", "Ojibwe", "Ojibwa", "ojibwé"),
        new("om", "Oromo", "Oromo", "oromo"),
        new("or", "Odia", "Oriya", "oriya"),
        new("os", "Ossetisch", "Ossetian", "ossète"),
        new("pa", "Punjabi", "Panjabi", "pendjabi"),
        new("pi", "Pali", "Pali", "pali"),
        new("pl", "Pools", "Polish", "polonais"),
        new("ps", "Pasjtoe", "Pashto", "pachto"),
        new("pt", "Portugees", "Portuguese", "portugais"),
        new("qu", "Quechua", "Quechua", "quechua"),
        new("rm", "Reto-Romaans", "Romansh", "romanche"),
        new("rn", "Kirundi", "Rundi", "kirundi"),
        new("ro", "Roemeens", "Romanian", "roumain"),
        new("ru", "Russisch", "Russian", "russe"),
        new("rw", "Kinyarwanda", "Kinyarwanda", "kinyarwanda"),
        new("sa", "Sanskriet", "Sanskrit", "sanskrit"),
        new("sc", "Sardijns", "Sardinian", "sarde"),
        new("sd", "Sindhi", "Sindhi", "sindhi"),
        new("se", "Noord-Samisch", "Northern Sami", "same du Nord"),
        new("sg", "Sango", "Sango", "sango"),
        new("si", "Singalees", "Sinhala", "cingalais"),
        new("sk", "Slowaaks", "Slovak", "slovaque"),
        new("sl", "Sloveens", "Slovenian", "slovène"),
        new("sm", "Samoaans", "Samoan", "samoan"),
        new("sn", "Shona", "Shona", "shona"),
        new("so", "Somalisch", "Somali", "somali"),
        new("sq", "Albanees", "Albanian", "albanais"),
        new("sr", "Servisch", "Serbian", "serbe"),
        new("ss", "Swazi", "Swati", "swati"),
        new("st", "Zuid-Sotho", "Southern Sotho", "sotho du Sud"),
        new("su", "Soendanees", "Sundanese", "soundanais"),
        new("sv", "Zweeds", "Swedish", "suédois"),
        new("sw", "Swahili", "Swahili", "swahili"),
        new("ta", "Tamil", "Tamil", "tamoul"),
        new("te", "Telugu", "Telugu", "télougou"),
        new("tg", "Tadzjieks", "Tajik", "tadjik"),
        new("th", "Thai", "Thai", "thaï"),
        new("ti", "Tigrinya", "Tigrinya", "tigrigna"),
        new("tk", "Turkmeens", "Turkmen", "turkmène"),
        new("tl", "Tagalog", "Tagalog", "tagalog"),
        new("tn", "Tswana", "Tswana", "tswana"),
        new("to", "Tongaans", "Tonga", "tongien"),
        new("tr", "Turks", "Turkish", "turc"),
        new("ts", "Tsonga", "Tsonga", "tsonga"),
        new("tt", "Tataars", "Tatar", "tatar"),
        new("tw", "Twi", "Twi", "twi"),
        new("ty", "Tahitiaans", "Tahitian", "tahitien"),
        new("ug", "Oeigoers", "Uighur", "ouïghour"),
        new("uk", "Oekraïens", "Ukrainian", "ukrainien"),
        new("ur", "Urdu", "Urdu", "ourdou"),
        new("uz", "Oezbeeks", "Uzbek", "ouzbek"),
        new("ve", "Venda", "Venda", "venda"),
        new("vi", "Vietnamees", "Vietnamese", "vietnamien"),
        new("vo", "Volapük", "Volapük", "volapük"),
        new("wa", "Waals", "Walloon", "wallon"),
        new("wo", "Wolof", "Wolof", "wolof"),
        new("xh", "Xhosa", "Xhosa", "xhosa"),
        new("yi", "Jiddisch", "Yiddish", "yiddish"),
        new("yo", "Yoruba", "Yoruba", "yoruba"),
        new("za", "Zhuang", "Zhuang", "zhuang"),
        new("zh", "Chinees", "Chinese", "chinois"),
        new("zu", "Zoeloe", "Zulu", "zoulou"),
    ];

    private static readonly FrozenDictionary<string, IsoLanguage> ByCode =
        Languages.ToFrozenDictionary(language => language.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>All ISO 639-1 languages, sorted by <see cref="IsoLanguage.Code"/>.</summary>
    public static IReadOnlyList<IsoLanguage> All { get; } =
        new ReadOnlyCollection<IsoLanguage>(Languages.OrderBy(language => language.Code, StringComparer.Ordinal).ToArray());

    /// <summary>Whether the given code is an ISO 639-1 code; case-insensitive, surrounding white space ignored.</summary>
    /// <param name="code">The two-letter code to check; <see langword="null"/> is never known.</param>
    /// <returns><see langword="true"/> when the code is in the list.</returns>
    public static bool IsKnown(string? code) => Find(code) is not null;

    /// <summary>Finds the language with the given ISO 639-1 code; case-insensitive, surrounding white space ignored.</summary>
    /// <param name="code">The two-letter code to look up, for example "NL" or " fr ".</param>
    /// <returns>The language, or <see langword="null"/> when the code is null, blank or unknown.</returns>
    public static IsoLanguage? Find(string? code) =>
        code is not null && ByCode.TryGetValue(code.Trim(), out var language) ? language : null;
}
