using FluentValidation.TestHelper;
using TalentMatch.Application.Features.Profiles;
using TalentMatch.Domain.Common;

namespace TalentMatch.UnitTests.Validators;

public sealed class CreateProfileCommandValidatorTests
{
    private static readonly Guid Forklift = Guid.NewGuid();
    private readonly CreateProfileCommandValidator _validator = new();

    private static CreateProfileCommand Valid() => new(
        DisplayName: "Amina",
        Postcode: "2100",
        Email: "amina@example.org",
        Phone: "+32 470 12 34 56",
        Seeks: [OpportunityKind.Job, OpportunityKind.Volunteering],
        HoursPerWeek: 20,
        MaxTravelKm: 10,
        Competences: [new ProfileCompetenceInput(Forklift, 3, CompetenceSource.Life, Evidence.Declared, "at the family shop")],
        Languages: [new ProfileLanguageInput("ar", "C2", true), new ProfileLanguageInput("nl", "B1"), new ProfileLanguageInput("fr", "A2")],
        Experiences: [new ProfileExperienceInput(Guid.NewGuid(), 2.5, ExperienceContext.Volunteering)],
        Interests: ["cooking"],
        Visibility: ProfileVisibility.Matchable);

    [Test]
    public void Validate_WhenEverythingValid_HasNoErrors()
    {
        _validator.TestValidate(Valid()).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WhenOptionalFieldsMissing_HasNoErrors()
    {
        var command = Valid() with { Email = null, Phone = null, Competences = null, Languages = null, Experiences = null, Interests = null, Visibility = null };

        _validator.TestValidate(command).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Validate_WhenDisplayNameBlank_NamesDisplayName(string? name)
    {
        _validator.TestValidate(Valid() with { DisplayName = name }).ShouldHaveValidationErrorFor(c => c.DisplayName);
    }

    [Test]
    public void Validate_WhenDisplayNameTooLong_NamesDisplayName()
    {
        _validator.TestValidate(Valid() with { DisplayName = new string('a', 101) }).ShouldHaveValidationErrorFor(c => c.DisplayName);
    }

    [TestCase(null)]
    [TestCase("0999")]
    [TestCase("20000")]
    [TestCase("abcd")]
    public void Validate_WhenPostcodeInvalid_NamesPostcode(string? postcode)
    {
        _validator.TestValidate(Valid() with { Postcode = postcode }).ShouldHaveValidationErrorFor(c => c.Postcode);
    }

    [TestCase("not-an-email")]
    [TestCase("a@")]
    public void Validate_WhenEmailInvalid_NamesEmail(string email)
    {
        _validator.TestValidate(Valid() with { Email = email }).ShouldHaveValidationErrorFor(c => c.Email);
    }

    [TestCase("12")]
    [TestCase("call me maybe")]
    public void Validate_WhenPhoneInvalid_NamesPhone(string phone)
    {
        _validator.TestValidate(Valid() with { Phone = phone }).ShouldHaveValidationErrorFor(c => c.Phone);
    }

    [Test]
    public void Validate_WhenSeeksEmpty_NamesSeeks()
    {
        _validator.TestValidate(Valid() with { Seeks = [] }).ShouldHaveValidationErrorFor(c => c.Seeks);
        _validator.TestValidate(Valid() with { Seeks = null }).ShouldHaveValidationErrorFor(c => c.Seeks);
    }

    [Test]
    public void Validate_WhenSeeksHasDuplicates_NamesSeeks()
    {
        _validator.TestValidate(Valid() with { Seeks = [OpportunityKind.Job, OpportunityKind.Job] }).ShouldHaveValidationErrorFor(c => c.Seeks);
    }

    [Test]
    public void Validate_WhenSeeksUndefined_NamesTheItem()
    {
        _validator.TestValidate(Valid() with { Seeks = [(OpportunityKind)9] }).ShouldHaveValidationErrorFor("Seeks[0]");
    }

    [TestCase(0)]
    [TestCase(61)]
    public void Validate_WhenHoursOutOfRange_NamesHoursPerWeek(int hours)
    {
        _validator.TestValidate(Valid() with { HoursPerWeek = hours }).ShouldHaveValidationErrorFor(c => c.HoursPerWeek);
    }

    [TestCase(1)]
    [TestCase(60)]
    public void Validate_WhenHoursAtTheBounds_IsValid(int hours)
    {
        _validator.TestValidate(Valid() with { HoursPerWeek = hours }).ShouldNotHaveValidationErrorFor(c => c.HoursPerWeek);
    }

    [TestCase(-1)]
    [TestCase(201)]
    public void Validate_WhenMaxTravelOutOfRange_NamesMaxTravelKm(int km)
    {
        _validator.TestValidate(Valid() with { MaxTravelKm = km }).ShouldHaveValidationErrorFor(c => c.MaxTravelKm);
    }

    [Test]
    public void Validate_WhenVisibilityUndefined_NamesVisibility()
    {
        _validator.TestValidate(Valid() with { Visibility = (ProfileVisibility)7 }).ShouldHaveValidationErrorFor(c => c.Visibility);
    }

    [TestCase(0)]
    [TestCase(5)]
    public void Validate_WhenCompetenceLevelOutOfRange_NamesTheLevel(int level)
    {
        var command = Valid() with { Competences = [new ProfileCompetenceInput(Forklift, level, CompetenceSource.Work, null, null)] };

        _validator.TestValidate(command).ShouldHaveValidationErrorFor("Competences[0].Level");
    }

    [Test]
    public void Validate_WhenCompetenceSourceMissingOrUnknown_NamesTheSource()
    {
        _validator.TestValidate(Valid() with { Competences = [new ProfileCompetenceInput(Forklift, 2, null, null, null)] })
            .ShouldHaveValidationErrorFor("Competences[0].Source");
        _validator.TestValidate(Valid() with { Competences = [new ProfileCompetenceInput(Forklift, 2, (CompetenceSource)42, null, null)] })
            .ShouldHaveValidationErrorFor("Competences[0].Source");
    }

    [Test]
    public void Validate_WhenCompetenceEvidenceUnknown_NamesTheEvidence()
    {
        var command = Valid() with { Competences = [new ProfileCompetenceInput(Forklift, 2, CompetenceSource.Life, (Evidence)9, null)] };

        _validator.TestValidate(command).ShouldHaveValidationErrorFor("Competences[0].Evidence");
    }

    [Test]
    public void Validate_WhenCompetenceIdEmpty_NamesTheId()
    {
        var command = Valid() with { Competences = [new ProfileCompetenceInput(Guid.Empty, 2, CompetenceSource.Life, null, null)] };

        _validator.TestValidate(command).ShouldHaveValidationErrorFor("Competences[0].CompetenceId");
    }

    [Test]
    public void Validate_WhenCompetenceNoteTooLong_NamesTheNote()
    {
        var command = Valid() with { Competences = [new ProfileCompetenceInput(Forklift, 2, CompetenceSource.Life, null, new string('n', 501))] };

        _validator.TestValidate(command).ShouldHaveValidationErrorFor("Competences[0].Note");
    }

    [Test]
    public void Validate_WhenSameCompetenceTwice_NamesCompetences()
    {
        var command = Valid() with
        {
            Competences = [new ProfileCompetenceInput(Forklift, 2, CompetenceSource.Life, null, null), new ProfileCompetenceInput(Forklift, 3, CompetenceSource.Work, null, null)],
        };

        _validator.TestValidate(command).ShouldHaveValidationErrorFor(c => c.Competences);
    }

    [Test]
    public void Validate_WhenTooManyCompetences_NamesCompetences()
    {
        var command = Valid() with
        {
            Competences = Enumerable.Range(0, 201).Select(_ => new ProfileCompetenceInput(Guid.NewGuid(), 2, CompetenceSource.Life, null, null)).ToList(),
        };

        _validator.TestValidate(command).ShouldHaveValidationErrorFor(c => c.Competences);
    }

    [TestCase("xx")]
    [TestCase("")]
    [TestCase("dutch")]
    public void Validate_WhenLanguageCodeUnknown_NamesTheCode(string code)
    {
        _validator.TestValidate(Valid() with { Languages = [new ProfileLanguageInput(code, "B1")] }).ShouldHaveValidationErrorFor("Languages[0].Code");
    }

    [TestCase("D1")]
    [TestCase("")]
    [TestCase(null)]
    public void Validate_WhenLanguageLevelNotCefr_NamesTheLevel(string? level)
    {
        _validator.TestValidate(Valid() with { Languages = [new ProfileLanguageInput("nl", level)] }).ShouldHaveValidationErrorFor("Languages[0].Level");
    }

    [Test]
    public void Validate_WhenSameLanguageTwiceInAnyCase_NamesLanguages()
    {
        var command = Valid() with { Languages = [new ProfileLanguageInput("nl", "B1"), new ProfileLanguageInput("NL ", "C1")] };

        _validator.TestValidate(command).ShouldHaveValidationErrorFor(c => c.Languages);
    }

    [TestCase(-1)]
    [TestCase(61)]
    public void Validate_WhenExperienceYearsOutOfRange_NamesTheYears(double years)
    {
        var command = Valid() with { Experiences = [new ProfileExperienceInput(Guid.NewGuid(), years, ExperienceContext.Work)] };

        _validator.TestValidate(command).ShouldHaveValidationErrorFor("Experiences[0].Years");
    }

    [Test]
    public void Validate_WhenExperienceContextMissing_NamesTheContext()
    {
        var command = Valid() with { Experiences = [new ProfileExperienceInput(Guid.NewGuid(), 1, null)] };

        _validator.TestValidate(command).ShouldHaveValidationErrorFor("Experiences[0].Context");
    }

    [Test]
    public void Validate_WhenTooManyInterests_NamesInterests()
    {
        var command = Valid() with { Interests = Enumerable.Range(0, 31).Select(i => $"interest {i}").ToList() };

        _validator.TestValidate(command).ShouldHaveValidationErrorFor(c => c.Interests);
    }

    [Test]
    public void Validate_WhenInterestTooLongOrEmpty_NamesTheInterest()
    {
        _validator.TestValidate(Valid() with { Interests = [new string('i', 61)] }).ShouldHaveValidationErrorFor("Interests[0]");
        _validator.TestValidate(Valid() with { Interests = ["ok", ""] }).ShouldHaveValidationErrorFor("Interests[1]");
    }
}
