using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Notifications;

namespace TalentMatch.Api.Endpoints;

/// <summary><c>/api/v1/notifications</c>: the caller's own notifications.</summary>
internal static class NotificationsEndpoints
{
    public static void MapNotificationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications").RequirePolicy(Policies.SignedIn);

        group.MapGet("/", ListNotifications)
            .WithName("ListNotifications")
            .WithSummary("Your notifications, newest first")
            .WithDescription(
                "Only the caller's own. unread=true gives the unread ones, unread=false the read ones. Each has a link to what it is about " +
                "and a short text in the request language (Accept-Language nl, en or fr) that names nobody.");

        group.MapPost("/{id:guid}/read", MarkNotificationRead)
            .WithName("MarkNotificationRead")
            .WithSummary("Mark one of your notifications read")
            .WithDescription("Someone else's notification is not found (404).");

        group.MapPost("/read-all", MarkAllNotificationsRead)
            .WithName("MarkAllNotificationsRead")
            .WithSummary("Mark all your notifications read");
    }

    private static async Task<Ok<PagedList<NotificationDto>>> ListNotifications(IMediator mediator, CancellationToken ct, bool? unread, [AsParameters] PageRequest paging) =>
        TypedResults.Ok(await mediator.Send(new ListNotificationsQuery(unread, paging.Page, paging.PageSize), ct));

    private static async Task<NoContent> MarkNotificationRead(Guid id, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new MarkNotificationReadCommand(id), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> MarkAllNotificationsRead(IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new MarkAllNotificationsReadCommand(), ct);
        return TypedResults.NoContent();
    }
}
