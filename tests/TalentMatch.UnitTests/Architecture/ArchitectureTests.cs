using System.Reflection;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Infrastructure.Persistence;
using TalentMatch.Matching;

namespace TalentMatch.UnitTests.Architecture;

/// <summary>Guards the dependency rule by reflection over the built assemblies.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Domain = typeof(Entity).Assembly;
    private static readonly Assembly Matching = typeof(CompetenceScorer).Assembly;
    private static readonly Assembly Application = typeof(ICommand<>).Assembly;
    private static readonly Assembly Infrastructure = typeof(TalentMatchDbContext).Assembly;
    private static readonly Assembly Api = typeof(Program).Assembly;

    private static readonly string[] Frameworks = ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "MediatR", "FluentValidation"];

    /// <summary>
    /// Commands that take input from a person but have no validator, each with the reason.
    /// Commands whose only fields are route ids (Guid) need none: the route constraint checks them.
    /// </summary>
    private static readonly Dictionary<string, string> CommandsWithoutValidator = new()
    {
    };

    private static IEnumerable<TestCaseData> FrameworkFreeAssemblies()
    {
        yield return new TestCaseData(Domain).SetArgDisplayNames("Domain");
        yield return new TestCaseData(Matching).SetArgDisplayNames("Matching");
    }

    [TestCaseSource(nameof(FrameworkFreeAssemblies))]
    public void Assembly_WhenDomainOrMatching_ReferencesNoFramework(Assembly assembly)
    {
        var offending = assembly.GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .Where(name => Frameworks.Any(f => name.StartsWith(f, StringComparison.Ordinal)))
            .ToList();

        offending.ShouldBeEmpty($"{assembly.GetName().Name} must stay framework-free.");
    }

    [Test]
    public void Application_ReferencesNeitherInfrastructureNorApi()
    {
        var names = Application.GetReferencedAssemblies().Select(a => a.Name).ToList();

        names.ShouldNotContain(Infrastructure.GetName().Name);
        names.ShouldNotContain(Api.GetName().Name);
    }

    [Test]
    public void Endpoints_DoNotTouchTheDbContext()
    {
        // Lambdas of minimal APIs compile into methods of nested closure types, so nested types are included.
        var endpointTypes = Api.GetTypes()
            .Where(t => (t.Namespace ?? "").StartsWith("TalentMatch.Api.Endpoints", StringComparison.Ordinal))
            .ToList();
        endpointTypes.ShouldNotBeEmpty();
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        var offending = new List<string>();
        foreach (var type in endpointTypes)
        {
            offending.AddRange(type.GetFields(all).Where(f => IsDatabase(f.FieldType)).Select(f => $"{type.FullName}.{f.Name}"));
            var members = type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all));
            foreach (var member in members)
            {
                offending.AddRange(member.GetParameters().Where(p => IsDatabase(p.ParameterType)).Select(p => $"{type.FullName}.{member.Name}({p.Name})"));
            }
        }

        offending.ShouldBeEmpty("Endpoints only bind, send and map; data access belongs in handlers.");
    }

    [Test]
    public void EveryRequest_HasAHandler()
    {
        var handled = Application.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false })
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
            .Select(i => i.GetGenericArguments()[0])
            .ToHashSet();

        var unhandled = Requests().Where(r => !handled.Contains(r)).Select(r => r.FullName).ToList();

        unhandled.ShouldBeEmpty();
    }

    [Test]
    public void EveryCommandWithInput_HasAValidator()
    {
        var validated = Application.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false })
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(FluentValidation.IValidator<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToHashSet();

        var commands = Requests().Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>))).ToList();
        commands.ShouldNotBeEmpty();
        var missing = commands
            .Where(TakesInput)
            .Where(c => !validated.Contains(c) && !CommandsWithoutValidator.ContainsKey(c.Name))
            .Select(c => c.FullName)
            .ToList();

        missing.ShouldBeEmpty("Add a validator, or list the command in CommandsWithoutValidator with the reason.");
    }

    [Test]
    public void ValidatorExceptions_NameExistingCommands()
    {
        var names = Requests().Select(r => r.Name).ToHashSet();

        CommandsWithoutValidator.Keys.Where(k => !names.Contains(k)).ShouldBeEmpty();
    }

    private static IEnumerable<Type> Requests() =>
        Application.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IBaseRequest).IsAssignableFrom(t));

    /// <summary>A command takes input when it carries anything besides ids from the route.</summary>
    private static bool TakesInput(Type command) =>
        command.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Any(p => p.PropertyType != typeof(Guid) && p.PropertyType != typeof(Guid?));

    private static bool IsDatabase(Type type) =>
        typeof(DbContext).IsAssignableFrom(type) || typeof(ITalentMatchDbContext).IsAssignableFrom(type);

    /// <summary>Requests anyone may send (before signing in) or that the host sends itself, each with the reason.</summary>
    private static readonly Dictionary<string, string> RequestsWithoutPolicy = new()
    {
        ["RegisterJobSeekerCommand"] = "a person registers before they have an account",
        ["SignInQuery"] = "signing in is how one gets a role",
        ["RefreshQuery"] = "the refresh token itself is the credential",
        ["SendCheckInRemindersCommand"] = "sent by the host's reminder job, not by a caller",
        ["RunCoinExpiryCommand"] = "sent by the host's expiry job too; its endpoint requires Policies.CoinsStaff",
        ["RunRetentionCommand"] = "sent by the host's retention job, not by a caller",
    };

    [Test]
    public void EveryRequest_NamesItsPolicy_UnlessItIsAnonymousOrSentByTheHost()
    {
        var requests = Application.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
            .ToList();
        requests.Count.ShouldBeGreaterThan(50);

        var missing = requests
            .Where(t => !typeof(IRequirePolicy).IsAssignableFrom(t) && !RequestsWithoutPolicy.ContainsKey(t.Name))
            .Select(t => t.Name)
            .ToList();
        var stale = RequestsWithoutPolicy.Keys.Where(name => requests.All(t => t.Name != name)).ToList();

        missing.ShouldBeEmpty();
        stale.ShouldBeEmpty();
    }

    [Test]
    public void EveryPolicy_IsInTheTable_WithAUniqueName()
    {
        var declared = typeof(Policies).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(Policy))
            .Select(p => (Policy)p.GetValue(null)!)
            .ToList();

        Policies.All.ShouldBe(declared, ignoreOrder: true);
        Policies.All.Select(p => p.Name).ShouldBeUnique();
        Policies.All.ShouldAllBe(p => p.Roles.Count > 0 && p.Roles.All(r => Roles.All.Contains(r)));
    }
}
