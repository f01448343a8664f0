using System.Net;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// Writes the lead profile with optimistic concurrency: read it with its ETag, merge, replace with <c>If-Match</c>;
/// another writer in between makes the replace fail with 412 (or the first create with 409), and the merge is redone
/// on a fresh read, at most <see cref="CosmosWarehouseOptions.MaxConcurrencyAttempts"/> times
/// (learn.microsoft.com/azure/cosmos-db/nosql/database-transactions-optimistic-concurrency). Reads are one point
/// read of the email's partition.
/// </summary>
public sealed class CosmosLeadProfiles(CosmosStore store, IOptions<CosmosWarehouseOptions> options) : ILeadProfiles
{
    public async Task<LeadProfile?> FindAsync(string email, CancellationToken cancellationToken)
    {
        if (LeadEmail.Normalize(email) is not { } key
            || await store.ReadAsync(store.Containers.Leads, LeadDocument.Id, key, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return null;
        }

        var lead = CosmosJson.Read<LeadDocument>(found.Document);
        return lead is null
            ? null
            : new LeadProfile(
                lead.Email, lead.Name, lead.LatestSessionId, lead.TeamSize, lead.MonthlyVolume, lead.IntegrationNeeds ?? [], lead.Industry,
                lead.CurrentTool, lead.DecisionTimeline, lead.QualificationTier, lead.LeadScore,
                lead.FirstCallDate is { } first ? Sqlite.WarehouseTime.Parse(first) : null,
                lead.LastCallDate is { } last ? Sqlite.WarehouseTime.Parse(last) : null,
                lead.TotalCalls);
    }

    public async Task UpsertAsync(LeadRow row, bool scored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var container = store.Containers.Leads;
        var attempts = options.Value.MaxConcurrencyAttempts;
        for (var attempt = 1; ; attempt++)
        {
            var current = await store.ReadAsync(container, LeadDocument.Id, row.Email, cancellationToken).ConfigureAwait(false);
            var existing = current is { } found ? CosmosJson.Read<LeadDocument>(found.Document) : null;
            var merged = CosmosJson.ToObject(LeadMerge.Merge(existing, row, scored, now));
            try
            {
                if (current is { } read)
                {
                    await store.ReplaceAsync(container, merged, LeadDocument.Id, row.Email, read.ETag, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await store.CreateAsync(container, merged, row.Email, cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (CosmosException e) when (e.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict && attempt < attempts)
            {
                // Someone wrote the profile since we read it: merge again onto theirs.
            }
        }
    }
}
