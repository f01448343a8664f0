using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Tests.Analysis.Objections;

/// <summary>
/// Builds a <see cref="SessionPayload"/> from lines of a call: user and agent messages, knowledge-base searches and
/// meeting bookings, in order. Used by the objection, content-gap and action-item tests.
/// </summary>
public sealed class CallScript
{
    private readonly List<TranscriptItem> _items = [];
    private double _clock = 1_790_000_000;

    public static DateTimeOffset DefaultStart { get; } = new(2026, 10, 1, 15, 0, 0, TimeSpan.Zero); // a Thursday

    public CallScript User(string text) => Message("user", text, interrupted: false);

    public CallScript Agent(string text, bool interrupted = false) => Message("assistant", text, interrupted);

    /// <summary>A knowledge-base search whose JSON output reports <paramref name="total"/> results.</summary>
    public CallScript Search(string query, int total) =>
        Tool("unleash_search_knowledge", $$"""{"query": "{{query}}", "category": "features"}""", total == 0 ? """{"results": [], "total": 0}""" : $$"""{"results": [{"title": "a"}], "total": {{total}}}""", false);

    public CallScript SearchError(string query, string error) =>
        Tool("unleash_search_knowledge", $$"""{"query": "{{query}}"}""", error, true);

    public CallScript Booking(string date, string time, bool success = true) =>
        Tool(
            "book_sales_meeting",
            $$"""{"customer_name": "Pat Doe", "preferred_date": "{{date}}", "preferred_time": "{{time}}"}""",
            success ? """{"success": true, "meeting_link": "https://meet.example/x"}""" : "Calendar booking failed: no available account executive",
            !success);

    public CallScript Tool(string name, string arguments, string output, bool isError)
    {
        var id = "call_" + _items.Count;
        _items.Add(new FunctionCallItem { Id = "fc" + _items.Count, CallId = id, Name = name, Arguments = arguments, CreatedAt = Tick() });
        _items.Add(new FunctionCallOutputItem { Id = "fo" + _items.Count, CallId = id, Name = name, Output = output, IsError = isError, CreatedAt = Tick() });
        return this;
    }

    public SessionPayload Build(DateTimeOffset? start = null) => new()
    {
        SessionId = "test-session",
        StartTime = start ?? DefaultStart,
        Transcript = new Transcript { Items = [.. _items] },
    };

    private CallScript Message(string role, string text, bool interrupted)
    {
        _items.Add(new MessageItem { Id = "m" + _items.Count, Role = role, Content = [text], Interrupted = interrupted, CreatedAt = Tick() });
        return this;
    }

    private double Tick() => _clock += 5;
}
