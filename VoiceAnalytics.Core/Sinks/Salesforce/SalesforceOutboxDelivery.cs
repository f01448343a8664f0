using System.Text.Json;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Sinks.Salesforce.Api;
using VoiceAnalytics.Core.Sinks.Salesforce.Fields;

namespace VoiceAnalytics.Core.Sinks.Salesforce;

/// <summary>
/// Salesforce not configured: the request bodies the sink would send go to the outbox, one message per object, keyed
/// <c>{sessionId}:{object}</c> so a session delivered again replaces its messages. The call record as upserted; the
/// Lead as it would be created (with Email, the key the person is matched on; an existing Lead or Contact would get the
/// same fields without the identity); the follow-up Task of a Tier 1 call without its WhoId, unknown until the person is.
/// </summary>
internal static class SalesforceOutboxDelivery
{
    public const string LeadObject = "Lead";
    public const string TaskObject = "Task";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public static async Task<int> WriteAsync(IOutbox outbox, SalesforceOptions options, SessionPayload session, SessionReport report, CancellationToken cancellationToken)
    {
        var messages = new List<(string Destination, Dictionary<string, object?> Body)>
        {
            (options.CallObject, VoiceCallFields.Build(session, report, options)),
        };
        if (SalesforceEmail.Of(session) is { } email)
        {
            messages.Add((LeadObject, LeadFields.ForCreate(session, report, email)));
            if (FollowUpTaskPlanner.Plan(session, report, options, whoId: null, recordUrl: null) is { } task)
            {
                messages.Add((TaskObject, task.ToFields()));
            }
        }

        foreach (var (destination, body) in messages)
        {
            await outbox.WriteAsync(
                SalesforceSink.SinkName, destination, MessageKey(session.SessionId, destination), session.SessionId,
                JsonSerializer.Serialize(body, Json), cancellationToken).ConfigureAwait(false);
        }

        return messages.Count;
    }

    public static string MessageKey(string sessionId, string destination) => $"{sessionId}:{destination}";
}
