using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Notifications;

namespace TalentMatch.Api.Endpoints;

internal static class NotificationsEndpoints
{
    public static void MapNotificationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications").RequireSignedIn();

        group.MapGet("/", async Task<Ok<PagedList<NotificationDto>>> (IMediator mediator, CancellationToken ct, bool? unread = null, int page = 1, int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListNotificationsQuery(unread, page, pageSize), ct)))
            .WithName("ListNotifications")
            .WithSummary("Your notifications, newest first")
            .WithDescription(
                "Only the caller's own. unread=true gives the unread ones, unread=false the read ones. Each has a link to what it is about " +
                "and a short text in the request language (Accept-Language nl, en or fr) that names nobody.");

        group.MapPost("/{id:guid}/read", async Task<NoContent> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new MarkNotificationReadCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("MarkNotificationRead")
            .WithSummary("Mark one of your notifications read")
            .WithDescription("Someone else's notification is not found (404).");

        group.MapPost("/read-all", async Task<NoContent> (IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new MarkAllNotificationsReadCommand(), ct);
                return TypedResults.NoContent();
            })
            .WithName("MarkAllNotificationsRead")
            .WithSummary("Mark all your notifications read");
    }
}
