using System.Globalization;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Api;

/// <summary>A follow-up Task for the sales rep, related to a Lead or Contact through <see cref="WhoId"/>.</summary>
public sealed record SalesforceTask(string WhoId, string Subject, DateOnly ActivityDate)
{
    /// <summary>Picklist value: <c>High</c>, <c>Normal</c> or <c>Low</c> in a default org.</summary>
    public string Priority { get; init; } = "Normal";

    /// <summary>Picklist value: <c>Not Started</c>, <c>In Progress</c>, <c>Completed</c>, ... in a default org.</summary>
    public string Status { get; init; } = "Not Started";

    public string? Description { get; init; }

    /// <summary>Optional related record (Account, Opportunity, our call record).</summary>
    public string? WhatId { get; init; }

    /// <summary>Further Task fields, custom ones included; they never override the named properties.</summary>
    public IReadOnlyDictionary<string, object?>? ExtraFields { get; init; }

    /// <summary>
    /// The request body of <c>POST sobjects/Task</c>: the named properties, <c>WhatId</c> when set, then the extra fields.
    /// <c>WhoId</c> is left out while unknown, so a body can be shown before the person is found (the outbox).
    /// </summary>
    public Dictionary<string, object?> ToFields()
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(WhoId))
        {
            fields["WhoId"] = WhoId;
        }

        fields["Subject"] = Subject;
        fields["ActivityDate"] = ActivityDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        fields["Priority"] = Priority;
        fields["Status"] = Status;
        fields["Description"] = Description;
        if (WhatId is not null)
        {
            fields["WhatId"] = WhatId;
        }

        foreach (var (name, value) in ExtraFields ?? new Dictionary<string, object?>())
        {
            fields.TryAdd(name, value);
        }

        return fields;
    }
}
