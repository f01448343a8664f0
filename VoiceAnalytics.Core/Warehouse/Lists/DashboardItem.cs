namespace VoiceAnalytics.Core.Warehouse.Lists;

/// <summary>
/// One session's contribution to one entry of a ranked dashboard list (spec 6.4-6.6): the entry is
/// (<see cref="Kind"/>, <see cref="Item"/>, <see cref="Sub"/>); the figures add up across sessions.
/// </summary>
/// <param name="Kind">One of <see cref="DashboardItemKinds"/>.</param>
/// <param name="Item">The entry: a normalized query, a tool, a bucket label, an industry, a competitor, an objection.</param>
/// <param name="Sub">A second key where the widget splits an entry ("" when it does not): a competitor mention's sentiment, an objection's category.</param>
/// <param name="Count">Occurrences in the session (searches, calls, mentions, objections; 1 for a bucket or label).</param>
/// <param name="Positive">Of those, the good ones: searches that found something, objections resolved.</param>
/// <param name="Zero">Of those, searches that reported 0 results; tool calls that failed.</param>
/// <param name="ValueSum">Summed value: result counts of searches (lead score for a lead-score bucket).</param>
/// <param name="ValueCount">How many occurrences carried a value (searches whose output reported a count).</param>
/// <param name="Quote">What the caller said (or the query as asked), for the drill-down; null when there is none.</param>
public sealed record DashboardItem(
    string Kind,
    string Item,
    string Sub,
    int Count,
    int Positive = 0,
    int Zero = 0,
    long ValueSum = 0,
    int ValueCount = 0,
    string? Quote = null);
