namespace TalentMatch.Api.Endpoints;

internal static class VolunteerRequestsEndpoints
{
    public static void MapVolunteerRequestsApi(this RouteGroupBuilder api)
    {
        _ = api;
    }
}
