using Microsoft.Extensions.Options;

namespace TalentMatch.Application.Common;

/// <summary>
/// Adapts an options class's own <c>Validate()</c> (the errors, empty when valid) to
/// <see cref="IValidateOptions{TOptions}"/>; see <see cref="OptionsBuilderExtensions.ValidateWith{TOptions}"/>.
/// </summary>
public sealed class OptionsErrorsValidator<TOptions>(string? name, Func<TOptions, IReadOnlyList<string>> validate) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? optionsName, TOptions options)
    {
        // Options of another name are not this validator's (a null name validates them all).
        if (name is not null && name != optionsName)
        {
            return ValidateOptionsResult.Skip;
        }

        var errors = validate(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
