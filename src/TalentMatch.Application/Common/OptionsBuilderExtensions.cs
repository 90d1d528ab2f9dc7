using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TalentMatch.Application.Common;

/// <summary>
/// The one way settings are checked: each options class says what is wrong with it in its own
/// <c>Validate()</c> (a list of errors naming the setting, empty when all is well), and
/// registration wires that method into the options pipeline:
/// <code>
/// services.AddOptions&lt;T&gt;().BindConfiguration(T.SectionName).ValidateWith(o =&gt; o.Validate()).ValidateOnStart();
/// </code>
/// so the host refuses to start, listing every error, when a setting is invalid.
/// </summary>
public static class OptionsBuilderExtensions
{
    public static OptionsBuilder<TOptions> ValidateWith<TOptions>(this OptionsBuilder<TOptions> builder, Func<TOptions, IReadOnlyList<string>> validate)
        where TOptions : class
    {
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(new OptionsErrorsValidator<TOptions>(builder.Name, validate));
        return builder;
    }
}
