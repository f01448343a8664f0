using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>With <c>Warehouse:Provider=Cosmos</c>, the endpoint must be an absolute http(s) URI and a database named; checked at start.</summary>
public sealed class CosmosWarehouseOptionsValidator(IOptions<WarehouseOptions> warehouse) : IValidateOptions<CosmosWarehouseOptions>
{
    public ValidateOptionsResult Validate(string? name, CosmosWarehouseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (warehouse.Value.Provider != WarehouseProvider.Cosmos)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("https" or "http"))
        {
            failures.Add("Warehouse:Cosmos:Endpoint must be the account's https endpoint when Warehouse:Provider is Cosmos.");
        }

        if (string.IsNullOrWhiteSpace(options.Database))
        {
            failures.Add("Warehouse:Cosmos:Database must name the database when Warehouse:Provider is Cosmos.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
