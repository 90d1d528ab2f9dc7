using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Languages;

namespace TalentMatch.Application.Features.Catalogue;

/// <summary>An admin adds a competence that ESCO lacks (or one ESCO concept by hand).</summary>
public sealed record CreateCompetenceCommand(
    string? EscoUri,
    CompetenceType? Type,
    Dictionary<string, string>? Labels,
    Dictionary<string, List<string>>? AltLabels,
    List<Guid>? BroaderIds,
    ReuseLevel? ReuseLevel = null) : ICommand<CompetenceDto>, IRequirePolicy
{
    public static Policy Policy => Policies.CurateCatalogue;
}

public sealed class CreateCompetenceCommandValidator : AbstractValidator<CreateCompetenceCommand>
{
    public CreateCompetenceCommandValidator()
    {
        RuleFor(c => c.EscoUri).MaximumLength(256)
            .Must(u => u is null || Uri.TryCreate(u, UriKind.Absolute, out _)).WithMessageKey(Messages.EscoUriInvalid);
        RuleFor(c => c.Type).DefinedEnum();
        RuleFor(c => c.Labels).NotEmpty()
            .Must(l => l is null || l.Keys.All(IsoLanguages.IsKnown)).WithMessageKey(Messages.LabelLanguagesIso)
            .Must(l => l is null || l.ContainsKey("nl") || l.ContainsKey("en")).WithMessageKey(Messages.LabelNeedsNlOrEn);
        RuleForEach(c => c.Labels).Must(l => !string.IsNullOrWhiteSpace(l.Value) && l.Value.Length <= 400).WithMessageKey(Messages.LabelLength)
            .Must(l => TextHygiene.IsClean(l.Value, multiline: false)).WithMessageKey(Messages.LineHiddenCharacters);
        RuleFor(c => c.AltLabels)
            .Must(l => l is null || l.Keys.All(IsoLanguages.IsKnown)).WithMessageKey(Messages.LabelLanguagesIso)
            .Must(l => l is null || l.Values.All(v => v.Count <= 50 && v.All(t => !string.IsNullOrWhiteSpace(t) && t.Length <= 400))).WithMessageKey(Messages.AltLabelLimits)
            .Must(l => l is null || l.Values.All(v => v.All(t => TextHygiene.IsClean(t, multiline: false)))).WithMessageKey(Messages.LineHiddenCharacters);
        RuleFor(c => c.BroaderIds).Must(b => b is null || b.Count <= 20);
        RuleFor(c => c.ReuseLevel).Must(l => l is null || Enum.IsDefined(l.Value));
    }
}

public sealed class CreateCompetenceCommandHandler(ITalentMatchDbContext db, ICurrentUser user) : IRequestHandler<CreateCompetenceCommand, CompetenceDto>
{
    public async Task<CompetenceDto> Handle(CreateCompetenceCommand request, CancellationToken cancellationToken)
    {
        if (request.EscoUri is { } uri)
        {
            Competence.EnsureEscoUriFree(uri, await db.Competences.AnyAsync(c => c.EscoUri == uri, cancellationToken));
        }

        var broader = request.BroaderIds?.Distinct().ToList() ?? [];
        var missing = await db.MissingCompetencesAsync(broader, cancellationToken);
        if (missing.Count > 0)
        {
            throw new InvalidReferenceException("broaderIds", EntityNames.Competence, [.. missing.Cast<object>()]);
        }

        var competence = new Competence(request.EscoUri, request.Type!.Value, reuseLevel: request.ReuseLevel);
        foreach (var (language, text) in request.Labels!)
        {
            competence.AddLabel(language, text, isPreferred: true);
        }

        foreach (var (language, text) in (request.AltLabels ?? []).SelectMany(l => l.Value.Select(t => (l.Key, t))))
        {
            competence.AddLabel(language, text, isPreferred: false);
        }

        competence.PlaceUnder(broader);
        db.Competences.Add(competence);
        await db.SaveChangesAsync(cancellationToken);
        return competence.ToDto(user.Language);
    }
}
