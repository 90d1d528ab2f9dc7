namespace TalentMatch.Api.Endpoints;

internal static class OrganisationsEndpoints
{
    public static void MapOrganisationsApi(this RouteGroupBuilder api)
    {
        _ = api;
    }
}
