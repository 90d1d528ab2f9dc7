using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Languages;

namespace TalentMatch.Application.Features.Catalogue;

/// <summary>The ISO 639-1 languages with their names, in the caller's language.</summary>
public sealed record ListLanguagesQuery : IQuery<IReadOnlyList<LanguageDto>>, IRequirePolicy
{
    public static Policy Policy => Policies.SignedIn;
}

public sealed class ListLanguagesQueryHandler(ICurrentUser user) : IRequestHandler<ListLanguagesQuery, IReadOnlyList<LanguageDto>>
{
    public Task<IReadOnlyList<LanguageDto>> Handle(ListLanguagesQuery request, CancellationToken cancellationToken)
    {
        IReadOnlyList<LanguageDto> languages = IsoLanguages.All
            .Select(l => new LanguageDto(l.Code, l.NameIn(user.Language), new Dictionary<string, string> { ["nl"] = l.Dutch, ["en"] = l.English, ["fr"] = l.French }))
            .ToList();
        return Task.FromResult(languages);
    }
}
