using System.Globalization;
using FluentValidation.TestHelper;
using TalentMatch.Application.Features.Matchmaking;
using TalentMatch.Application.Features.Profiles;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;

namespace TalentMatch.UnitTests.Validators;

/// <summary>The defaults every validator runs with (see ValidatorDefaultsSetUp and the API's AddApplication).</summary>
public sealed class ValidatorDefaultsTests
{
    private static CreateProfileCommand Profile() => new(
        DisplayName: "Amina",
        Postcode: "2100",
        Email: null,
        Phone: null,
        Seeks: [OpportunityKind.Job],
        HoursPerWeek: 20,
        MaxTravelKm: 10,
        Competences: null,
        Languages: null,
        Experiences: null,
        Interests: null,
        Visibility: null);

    [TestCase("nl", "'hoursPerWeek' moet tussen 1 en 60")]
    [TestCase("en", "'hoursPerWeek' must be between 1 and 60")]
    [TestCase("fr", "'hoursPerWeek' doit être entre 1 et 60")]
    public void Message_NamesTheFieldAsTheJsonSpellsIt(string language, string start)
    {
        using var culture = new UICulture(language);

        var error = new CreateProfileCommandValidator().TestValidate(Profile() with { HoursPerWeek = 61 }).Errors.ShouldHaveSingleItem();

        error.ErrorMessage.ShouldStartWith(start);
    }

    [Test]
    public void Message_OfANestedField_NamesItAsTheJsonSpellsIt()
    {
        using var culture = new UICulture("en");
        var command = Profile() with { Languages = [new ProfileLanguageInput("nl", null)] };

        var error = new CreateProfileCommandValidator().TestValidate(command).Errors.ShouldHaveSingleItem();

        error.PropertyName.ShouldBe("Languages[0].Level");
        error.ErrorMessage.ShouldBe("'level' must not be empty.");
    }

    [TestCase("")]
    [TestCase(null)]
    public void EmptyPostcode_GivesOneMessage(string? postcode)
    {
        new CreateProfileCommandValidator().TestValidate(Profile() with { Postcode = postcode }).Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Postcode");
    }

    [Test]
    public void ClosingWithoutReason_GivesOneMessageForTheReason()
    {
        var errors = new TransitionMatchCommandValidator().TestValidate(new TransitionMatchCommand(MatchState.Closed, " ", null, null, null)).Errors;

        errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Reason");
    }

    /// <summary>Sets the UI culture for one test, as the request culture does in the API.</summary>
    private sealed class UICulture : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

        public UICulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = _previous;
    }
}
