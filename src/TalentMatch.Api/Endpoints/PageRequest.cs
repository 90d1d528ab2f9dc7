using Microsoft.AspNetCore.Mvc;
using TalentMatch.Application.Common;

namespace TalentMatch.Api.Endpoints;

/// <summary>The page a list endpoint returns: <c>?page=1&amp;pageSize=50</c>.</summary>
internal sealed record PageRequest(
    [FromQuery(Name = "page")] int Page = 1,
    [FromQuery(Name = "pageSize")] int PageSize = Paging.DefaultPageSize);
