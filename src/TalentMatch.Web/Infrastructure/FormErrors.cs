using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Web.Localization;

namespace TalentMatch.Web.Infrastructure;

/// <summary>
/// What went wrong with a form, in the person's language: a message per field (shown next to it)
/// and one for the whole form. The rules stay in the application core; this only says its answers.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.OrdinalIgnoreCase);

    public string? Summary { get; private set; }

    public bool Any => Summary is not null || _fields.Count > 0;

    public string? For(string field) => _fields.GetValueOrDefault(field);

    public void Add(string field, string message) => _fields.TryAdd(field, message);

    public void SetSummary(string message) => Summary = message;

    public void Clear()
    {
        _fields.Clear();
        Summary = null;
    }

    /// <summary>Records an answer of the core; false for a failure nobody expects (left to the error page).</summary>
    public bool Capture(Exception exception)
    {
        switch (exception)
        {
            case ValidationException validation:
                foreach (var failure in validation.Errors)
                {
                    var field = RootOf(failure.PropertyName);
                    Add(field, Texts.Has("Field." + field) ? Texts.T("Field." + field) : Texts.T("Error.Field"));
                }

                SetSummary(Texts.T("Error.CheckFields"));
                return true;
            case InvalidReferenceException reference:
                Add(RootOf(reference.Field), Texts.T("Error.Field"));
                SetSummary(Texts.T("Error.CheckFields"));
                return true;
            case DomainRuleException rule:
                SetSummary(RuleText(rule.MessageKey, rule.MessageArguments));
                return true;
            case ForbiddenAccessException forbidden:
                SetSummary(Texts.Has("Rule." + forbidden.MessageKey) ? Texts.T("Rule." + forbidden.MessageKey) : Texts.T("Error.NotAllowed"));
                return true;
            case NotFoundException:
                SetSummary(Texts.T("Error.NotFound"));
                return true;
            case PreconditionFailedException or DbUpdateConcurrencyException:
                SetSummary(Texts.T("Error.Changed"));
                return true;
            default:
                return false;
        }
    }

    /// <summary>"Competences[0].Level" → "Competences".</summary>
    public static string RootOf(string propertyName)
    {
        var end = propertyName.IndexOfAny(['[', '.']);
        return end < 0 ? propertyName : propertyName[..end];
    }

    /// <summary>The app's own words for a rule when it has them; otherwise the core's words (nl, en, fr) or a general sentence.</summary>
    private static string RuleText(string key, IReadOnlyList<object?> arguments)
    {
        if (Texts.Has("Rule." + key))
        {
            return Texts.T("Rule." + key);
        }

        return Texts.Language is "nl" or "en" or "fr" && Messages.Has(key)
            ? Messages.Format(key, [.. arguments])
            : Texts.T("Error.Rule");
    }
}
