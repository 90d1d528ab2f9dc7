using FluentValidation;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Languages;
using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Common;

/// <summary>Rules shared by many validators, so each reads as one line.</summary>
public static class Validation
{
    public const int MaxNameLength = 100;
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxEmailLength = 256;
    public const int MaxPhoneLength = 32;

    /// <summary>
    /// The days a date field may hold: wide enough for any real date, far enough from the calendar's
    /// ends that periods and aftercare plans computed from them exist (9999-12-31 plus a day does not).
    /// </summary>
    public static readonly DateOnly FirstDay = new(1900, 1, 1);
    public static readonly DateOnly LastDay = new(2999, 12, 31);

    public static IRuleBuilderOptions<T, DateOnly?> Day<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.InclusiveBetween(FirstDay, LastDay);

    public static IRuleBuilderOptions<T, string?> BelgianPostcode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Must(Postcode.IsValid).WithMessageKey(Messages.PostcodeInvalid);

    public static IRuleBuilderOptions<T, string?> LanguageCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Must(IsoLanguages.IsKnown).WithMessageKey(Messages.LanguageUnknown);

    public static IRuleBuilderOptions<T, string?> CefrLevelText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Must(l => CefrLevel.TryParse(l, out _)).WithMessageKey(Messages.CefrInvalid);

    public static IRuleBuilderOptions<T, string?> OptionalEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(MaxEmailLength).EmailAddress();

    public static IRuleBuilderOptions<T, string?> OptionalPhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(MaxPhoneLength).Matches(@"^\+?[0-9 ./()-]{6,}$").WithMessageKey(Messages.PhoneInvalid);

    /// <summary>
    /// A name, title or free text (<paramref name="multiline"/>: line breaks and tabs allowed) of at
    /// most <paramref name="maxLength"/> characters, without characters that hide or reorder text
    /// (<see cref="TextHygiene"/>). Every text field a person types goes through this one rule.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, int maxLength, bool multiline = false) =>
        rule.MaximumLength(maxLength)
            .Must(s => TextHygiene.IsClean(s, multiline)).WithMessageKey(multiline ? Messages.TextHiddenCharacters : Messages.LineHiddenCharacters);

    /// <summary>A <see cref="Text{T}"/> that must be there and not only white space.</summary>
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength, bool multiline = false) =>
        rule.NotEmpty().Must(s => !string.IsNullOrWhiteSpace(s)).Text(maxLength, multiline);

    public static IRuleBuilderOptions<T, TEnum?> DefinedEnum<T, TEnum>(this IRuleBuilder<T, TEnum?> rule)
        where TEnum : struct, Enum =>
        rule.NotNull().Must(v => v is null || Enum.IsDefined(v.Value));

    /// <summary>The message of <paramref name="key"/> (one of <see cref="Messages"/>), in the request's language.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithMessageKey<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string key, params object?[] arguments) =>
        rule.WithMessage(_ => Messages.Format(key, arguments));

    /// <summary>No two items share a key (e.g. the same competence twice).</summary>
    public static IRuleBuilderOptions<T, IEnumerable<TItem>?> UniqueBy<T, TItem, TKey>(this IRuleBuilder<T, IEnumerable<TItem>?> rule, Func<TItem, TKey> key) =>
        rule.Must(items => items is null || items.Where(i => i is not null).Select(key).Distinct().Count() == items.Count(i => i is not null))
            .WithMessageKey(Messages.Duplicates);

    /// <summary>An item of a list that is null: one message at its index (its fields are not checked).</summary>
    public static IRuleBuilderOptions<T, TItem> Present<T, TItem>(this IRuleBuilderInitialCollection<T, TItem> rule) =>
        rule.NotNull().WithMessageKey(Messages.ItemMissing);
}
