using TalentMatch.Application.Common;

namespace TalentMatch.UnitTests;

/// <summary>Validators tested alone speak as they do in the API: fields named as sent, one message per failure.</summary>
[SetUpFixture]
public sealed class ValidatorDefaultsSetUp
{
    [OneTimeSetUp]
    public void ApplyValidatorDefaults() => ValidatorDefaults.Apply();
}
