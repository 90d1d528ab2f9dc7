using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TalentMatch.Api.Web;

/// <summary>Marks an endpoint whose success response carries the resource's <c>ETag</c>.</summary>
internal sealed class SetsETagMetadata
{
    public static readonly SetsETagMetadata Instance = new();
}

internal static class OpenApiContractExtensions
{
    /// <summary>Documents the <c>ETag</c> header the endpoint sets (with <see cref="EndpointExtensions.WithETag"/>).</summary>
    public static TBuilder ProducesETag<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(SetsETagMetadata.Instance);
}

/// <summary>
/// Makes the document one a third party can generate a client from: a server and contact, enums
/// typed as strings, the problem-details members the API writes, and request fields required
/// exactly when their validator requires them.
/// </summary>
internal sealed class ContractDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Servers = [new OpenApiServer { Url = "/", Description = "The host that serves this document." }];
        document.Info.Contact = new OpenApiContact { Name = "TalentMatch, City of Antwerp" };

        var schemas = document.Components?.Schemas;
        if (schemas is null)
        {
            return Task.CompletedTask;
        }

        foreach (var schema in schemas.Values.OfType<OpenApiSchema>())
        {
            TypeEnum(schema);
        }

        DescribeProblemDetails(schemas);
        new RequiredFields(context.ApplicationServices).Apply(context, schemas);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Enums travel as camelCase strings. The generator leaves out the type, and writes <c>null</c>
    /// into an enum that some property uses as nullable; a nullable property already says
    /// <c>oneOf [null, $ref]</c>, so the enum itself holds only its names.
    /// </summary>
    private static void TypeEnum(OpenApiSchema schema)
    {
        if (schema.Enum is not { Count: > 0 } || schema.Type is not null)
        {
            return;
        }

        schema.Type = JsonSchemaType.String;
        schema.Enum = schema.Enum.Where(value => value is JsonValue v && v.GetValueKind() == JsonValueKind.String).ToList();
    }

    /// <summary>The members beyond RFC 9457 that the error mapping writes.</summary>
    private static void DescribeProblemDetails(IDictionary<string, IOpenApiSchema> schemas)
    {
        if (!schemas.TryGetValue("ProblemDetails", out var found) || found is not OpenApiSchema problem)
        {
            return;
        }

        problem.Description = "An RFC 9457 problem. Beyond the standard members it may carry the ones below, each only when it applies.";
        problem.Properties ??= new Dictionary<string, IOpenApiSchema>();
        problem.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Quote it when reporting a problem." };
        problem.Properties["errors"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "400: the messages per field, named as in the JSON body (`competences[0].level`), or `body` when it cannot be read.",
            AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
        };
        problem.Properties["currentState"] = new OpenApiSchema
        {
            Description = "409 on a match: the state it is in.",
            AllOf = [new OpenApiSchemaReference("MatchState", null)],
        };
        problem.Properties["allowedTransitions"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Description = "409 on a refused match transition: the states it may move to now.",
            Items = new OpenApiSchemaReference("MatchState", null),
        };
        problem.Properties["existingMatchId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Format = "uuid",
            Description = "409 on creating a match: the open match for the same person and opportunity.",
        };
    }
}

/// <summary>
/// A request field is required when its validator refuses it missing: an unconditional
/// <c>NotNull</c> or <c>NotEmpty</c>, or for a number a range that excludes zero. Everything
/// else may be left out, whatever the record's constructor says. Rules are read from the
/// validator's descriptor, never run.
/// </summary>
internal sealed class RequiredFields(IServiceProvider services)
{
    private readonly Dictionary<Type, SortedSet<string>> _required = [];

    public void Apply(OpenApiDocumentTransformerContext context, IDictionary<string, IOpenApiSchema> schemas)
    {
        var bodyTypes = context.DescriptionGroups
            .SelectMany(group => group.Items)
            .SelectMany(description => description.ParameterDescriptions)
            .Where(parameter => parameter.Source == BindingSource.Body)
            .Select(parameter => parameter.Type)
            .Distinct();
        foreach (var type in bodyTypes)
        {
            using var scope = services.CreateScope();
            var validator = scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(type)) as IValidator;
            Collect(type, validator);
        }

        foreach (var (type, required) in _required)
        {
            if (schemas.TryGetValue(type.Name, out var found) && found is OpenApiSchema schema && schema.Properties is not null)
            {
                schema.Required = new HashSet<string>(schema.Properties.Keys.Where(required.Contains));
                foreach (var name in schema.Required)
                {
                    schema.Properties[name] = NotNull(schema.Properties[name]);
                }
            }
        }
    }

    /// <summary>A required field refuses null as well (NotNull, NotEmpty), so its schema does not offer it.</summary>
    private static IOpenApiSchema NotNull(IOpenApiSchema property)
    {
        if (property is not OpenApiSchema schema)
        {
            return property;
        }

        if (schema.OneOf is { Count: 2 } oneOf && oneOf.SingleOrDefault(s => s.Type == JsonSchemaType.Null) is { } nullBranch)
        {
            return oneOf.Single(s => s != nullBranch);
        }

        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.Null) && schema.CreateShallowCopy() is OpenApiSchema copy)
        {
            copy.Type = type & ~JsonSchemaType.Null;
            return copy;
        }

        return schema;
    }

    /// <summary>Without a validator (an endpoint's own small record) the generator's list stands.</summary>
    private void Collect(Type type, IValidator? validator)
    {
        if (validator is null)
        {
            return;
        }

        var required = new SortedSet<string>(StringComparer.Ordinal);
        _required[type] = required;

        foreach (var rule in validator.CreateDescriptor().Rules)
        {
            if (rule.PropertyName is not { } name || name.Contains('.'))
            {
                continue;
            }

            var element = CollectionElement(rule);
            if (element is not null)
            {
                foreach (var child in rule.Components.Select(c => c.Validator).OfType<IChildValidatorAdaptor>())
                {
                    Collect(element, InnerValidator(child));
                }

                continue;
            }

            // A condition on the rule comes from a When(...) block around it.
            if (!rule.HasCondition && !rule.HasAsyncCondition && rule.Components.Any(c => !c.HasCondition && !c.HasAsyncCondition && RefusesMissing(c.Validator, rule.TypeToValidate)))
            {
                required.Add(JsonNamingPolicy.CamelCase.ConvertName(name));
            }
        }
    }

    /// <summary>The item type of a <c>RuleForEach</c> rule, or null for a plain rule.</summary>
    private static Type? CollectionElement(IValidationRule rule) =>
        rule.GetType().GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>))
            ?.GetGenericArguments()[1];

    /// <summary>The validator a <c>ChildRules</c> or <c>SetValidator</c> call holds.</summary>
    private static IValidator? InnerValidator(IChildValidatorAdaptor adaptor) =>
        adaptor.GetType().GetField("_validator", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(adaptor) as IValidator;

    private static bool RefusesMissing(IPropertyValidator validator, Type type)
    {
        var valueType = type.IsValueType && Nullable.GetUnderlyingType(type) is null;
        if (validator is INotEmptyValidator)
        {
            return true;
        }

        if (!valueType)
        {
            return validator is INotNullValidator;
        }

        var zero = Activator.CreateInstance(type);
        return validator switch
        {
            IBetweenValidator between => !Within(zero, between.From, between.To, inclusive: validator.Name.StartsWith("Inclusive", StringComparison.Ordinal)),
            IComparisonValidator comparison when comparison.ValueToCompare is not null => !Holds(zero, comparison.Comparison, comparison.ValueToCompare),
            _ => false,
        };
    }

    private static bool Within(object? value, object? from, object? to, bool inclusive)
    {
        var low = Comparer.Default.Compare(value, from);
        var high = Comparer.Default.Compare(value, to);
        return inclusive ? low >= 0 && high <= 0 : low > 0 && high < 0;
    }

    private static bool Holds(object? value, Comparison comparison, object other)
    {
        var order = Comparer.Default.Compare(value, other);
        return comparison switch
        {
            Comparison.Equal => order == 0,
            Comparison.NotEqual => order != 0,
            Comparison.LessThan => order < 0,
            Comparison.LessThanOrEqual => order <= 0,
            Comparison.GreaterThan => order > 0,
            Comparison.GreaterThanOrEqual => order >= 0,
            _ => true,
        };
    }
}

/// <summary>Documents the <c>ETag</c> header on the success responses of endpoints marked with <see cref="OpenApiContractExtensions.ProducesETag"/>.</summary>
internal sealed class ETagHeaderTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<SetsETagMetadata>().Any() || operation.Responses is null)
        {
            return Task.CompletedTask;
        }

        foreach (var (status, response) in operation.Responses)
        {
            if (status.StartsWith('2') && response is OpenApiResponse success)
            {
                success.Headers ??= new Dictionary<string, IOpenApiHeader>();
                success.Headers["ETag"] = new OpenApiHeader
                {
                    Description = "The version of the resource; send it back as If-Match when you change it.",
                    Required = true,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// A property left out when null (<c>JsonIgnoreCondition.WhenWritingNull</c>, as the full explanation
/// of a compact ranked item) is not required: a client must not expect it.
/// </summary>
internal sealed class OmittedWhenNullTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Required is not { Count: > 0 } required)
        {
            return Task.CompletedTask;
        }

        foreach (var property in context.JsonTypeInfo.Properties)
        {
            var ignore = property.AttributeProvider?.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), inherit: true)
                .OfType<System.Text.Json.Serialization.JsonIgnoreAttribute>().FirstOrDefault();
            if (ignore?.Condition == System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)
            {
                required.Remove(property.Name);
            }
        }

        return Task.CompletedTask;
    }
}
