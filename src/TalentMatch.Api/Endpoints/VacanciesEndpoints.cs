namespace TalentMatch.Api.Endpoints;

internal static class VacanciesEndpoints
{
    public static void MapVacanciesApi(this RouteGroupBuilder api)
    {
        _ = api;
    }
}
