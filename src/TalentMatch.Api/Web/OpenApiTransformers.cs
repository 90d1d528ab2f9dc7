using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using TalentMatch.Application.Common;

namespace TalentMatch.Api.Web;

/// <summary>Declares the bearer scheme and the title of the document.</summary>
internal sealed class BearerSecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "TalentMatch API",
            Version = "v1",
            Description = "Talent bank of the city of Antwerp: talent profiles, vacancies, volunteer requests (Helpende handen) and explainable, skills-based matching. Sign in at /api/v1/auth/login and use the access token as a bearer token.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            In = ParameterLocation.Header,
            Description = "The accessToken from POST /api/v1/auth/login.",
        };
        return Task.CompletedTask;
    }
}

/// <summary>
/// Adds to each operation the security requirement (when it needs a token), the roles that may
/// call it, and the problem responses it can give.
/// </summary>
internal sealed class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var method = context.Description.HttpMethod ?? "GET";
        var requiresAuth = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        operation.Responses ??= new OpenApiResponses();

        if (requiresAuth)
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerSecuritySchemeTransformer.SchemeName, context.Document)] = [],
            });
            var policy = metadata.OfType<Policy>().LastOrDefault()
                ?? throw new InvalidOperationException($"{context.Description.RelativePath} needs a policy from Policies.");
            var who = policy.IsAnySignedInUser ? "any signed-in user" : string.Join(", ", policy.Roles);
            operation.Description = string.IsNullOrEmpty(operation.Description) ? $"Roles: {who}." : $"{operation.Description}\n\nRoles: {who}.";
            Add(operation, "401", "Not signed in, or the token has expired.");
            if (!policy.IsAnySignedInUser)
            {
                // Open to every role, an operation refuses someone only where its endpoint says so (.ProducesProblem(403)).
                Add(operation, "403", "Signed in, but this role or person may not do this.");
            }
        }

        var parameters = context.Description.ParameterDescriptions;
        var hasBody = parameters.Any(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form || p.Source == BindingSource.FormFile);

        // A route value that does not fit its constraint ({id:guid}) does not match the route (404), so only
        // a body, a query or a header can be invalid.
        if (hasBody || parameters.Any(p => p.Source != BindingSource.Path))
        {
            Add(operation, "400", "The request is not valid; `errors` names each field.");
        }

        if (context.Description.RelativePath?.Contains('{') == true)
        {
            Add(operation, "404", "The resource does not exist.");
        }

        // A query sent as a body (sign-in, refresh) changes nothing, so it meets no conflict.
        var bodyIsQuery = parameters
            .Any(p => p.Source == BindingSource.Body && p.Type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuery<>)));
        if (method is "POST" or "PUT" or "PATCH" or "DELETE" && !bodyIsQuery)
        {
            Add(operation, "409", "The current state does not allow this (a business rule, a duplicate, or a concurrent change).");
        }

        if (hasBody)
        {
            Add(operation, "413", "The request body is too large.");
            Add(operation, "415", "The body is not in a media type this operation reads (see its request body).");
        }

        if (parameters.Any(p => string.Equals(p.Name, "If-Match", StringComparison.OrdinalIgnoreCase)))
        {
            Add(operation, "412", "If-Match does not match the current ETag: someone changed the resource since you read it.");
        }

        if (metadata.OfType<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>().Any())
        {
            Add(operation, "429", "Too many requests: try again later.");
        }

        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", null) },
            },
        };
    }
}

/// <summary>Query parameters marked <see cref="QueryEnumAttribute"/> show their enum values, not a bare string.</summary>
internal sealed class QueryEnumTransformer : IOpenApiOperationTransformer
{
    /// <summary>The enums referenced, by schema name: one that no body or response uses gets its schema from <see cref="QueryEnumSchemasTransformer"/>.</summary>
    internal static ConcurrentDictionary<string, Type> Referenced { get; } = new();

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var description in context.Description.ParameterDescriptions)
        {
            var enumType = (description.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo.GetCustomAttribute<QueryEnumAttribute>()?.EnumType;
            if (enumType is not null && operation.Parameters?.FirstOrDefault(p => p.Name == description.Name) is OpenApiParameter parameter)
            {
                parameter.Schema = new OpenApiSchemaReference(enumType.Name, context.Document);
                Referenced.TryAdd(enumType.Name, enumType);
            }
        }

        return Task.CompletedTask;
    }
}

/// <summary>Adds the schema of a query enum that only query parameters use (such as an erasure's ground), spelled as in JSON.</summary>
internal sealed class QueryEnumSchemasTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var (name, type) in QueryEnumTransformer.Referenced)
        {
            document.Components.Schemas.TryAdd(name, new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [.. Enum.GetNames(type).Select(n => (JsonNode)JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(n)))],
            });
        }

        return Task.CompletedTask;
    }
}
