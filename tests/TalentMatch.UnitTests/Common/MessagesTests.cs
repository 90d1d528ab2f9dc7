using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;

namespace TalentMatch.UnitTests.Common;

public sealed partial class MessagesTests
{
    private static readonly string[] Languages = ["nl", "en", "fr"];

    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    [Test]
    public void EveryKey_HasATextInDutchEnglishAndFrench()
    {
        var keys = Constants(typeof(Messages)).Concat(Constants(typeof(DomainMessages))).ToList();

        keys.Distinct().Count().ShouldBe(keys.Count);
        keys.Where(k => !Messages.Has(k)).ShouldBeEmpty();
        Messages.Keys.Except(keys).ShouldBeEmpty("a text nobody can ask for");
        foreach (var key in keys)
        {
            Languages.Select(l => Messages.Get(key, l)).ShouldAllBe(t => !string.IsNullOrWhiteSpace(t), key);
        }
    }

    [Test]
    public void EveryText_HasTheSameArgumentsInEachLanguage_AndFormats()
    {
        foreach (var key in Messages.Keys)
        {
            var placeholders = Languages.Select(l => Placeholders(Messages.Get(key, l))).ToList();
            placeholders.ShouldAllBe(p => p.SequenceEqual(placeholders[0]), key);
            var arguments = Enumerable.Range(0, placeholders[0].Count == 0 ? 0 : placeholders[0].Max() + 1).Select(_ => (object?)DateOnly.MinValue).ToArray();
            foreach (var language in Languages)
            {
                var text = Messages.FormatIn(language, key, arguments);
                text.ShouldNotContain("{", customMessage: $"{key} ({language})");
                text.ShouldNotContain("}", customMessage: $"{key} ({language})");
            }
        }
    }

    [Test]
    public void Get_InAnUnsupportedLanguage_IsDutch()
    {
        Messages.Get(Messages.TitleNotFound, "de").ShouldBe(Messages.Get(Messages.TitleNotFound, "nl"));
    }

    [Test]
    [SetUICulture("fr-BE")]
    public void Format_FollowsTheRequestCulture()
    {
        Messages.Format(Messages.NotFound, EntityNames.Localized(EntityNames.Vacancy), "x").ShouldBe("Offre d'emploi « x » est introuvable.");
    }

    [Test]
    public void EveryEntityName_IsNamedInEachLanguage()
    {
        var names = Constants(typeof(EntityNames)).ToList();

        names.ShouldBe(EntityNames.All, ignoreOrder: true);
        foreach (var name in names)
        {
            EntityNames.Localized(name, "en").ShouldBe(name);
            EntityNames.Localized(name, "nl").ShouldNotBeNullOrWhiteSpace();
            EntityNames.Localized(name, "fr").ShouldNotBeNullOrWhiteSpace();
        }

        EntityNames.Localized("Unknown thing", "fr").ShouldBe("Unknown thing");
    }

    private static List<int> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order()];

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
