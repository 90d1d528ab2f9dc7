using System.Reflection;

namespace TalentMatch.Api.Web;

/// <summary>True when a design-time tool (OpenAPI document generation, EF Core tools) hosts the app.</summary>
internal static class DesignTime
{
    public static bool IsActive { get; } =
        Assembly.GetEntryAssembly()?.GetName().Name is "GetDocument.Insider" or "ef";
}
