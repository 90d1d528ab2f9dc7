using FluentValidation;

namespace TalentMatch.Application.Common;

/// <summary>The validator of every list request: a page from 1, a page size from 1 to <see cref="Paging.MaxPageSize"/>.</summary>
public abstract class PagedRequestValidator<T> : AbstractValidator<T>
    where T : IPagedRequest
{
    protected PagedRequestValidator()
    {
        RuleFor(r => r.Page).GreaterThanOrEqualTo(1);
        RuleFor(r => r.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}
