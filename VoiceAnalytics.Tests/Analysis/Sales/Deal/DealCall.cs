using System.Globalization;
using System.Text.Json;
using VoiceAnalytics.Core.Analysis.Sales.Deal;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Tests.Analysis.Sales.Deal;

/// <summary>Builds a call in code: user and assistant lines, meeting bookings, and the day the session started.</summary>
internal sealed class DealCall
{
    // Thursday 1 October 2026, first day of Q4.
    public const string DefaultStart = "2026-10-01";

    private readonly List<TranscriptItem> _items = [];
    private readonly DateTimeOffset _start;
    private int _next;

    private DealCall(DateTimeOffset start) => _start = start;

    public static DealCall On(string isoDate = DefaultStart) =>
        new(DateTimeOffset.Parse(isoDate + "T15:00:00+00:00", CultureInfo.InvariantCulture));

    /// <summary>A call with only these user lines, each after a short assistant prompt.</summary>
    public static DealSignals Extract(params string[] userLines) => ExtractOn(DefaultStart, userLines);

    public static DealSignals ExtractOn(string isoDate, params string[] userLines)
    {
        var call = On(isoDate);
        foreach (var line in userLines)
        {
            call.Assistant("Tell me more.").User(line);
        }

        return call.Extract();
    }

    public DealCall User(string text) => Message("user", text);

    public DealCall Assistant(string text) => Message("assistant", text);

    /// <summary>A book_sales_meeting call and its output.</summary>
    public DealCall Booking(string? output, bool isError = false, string date = "next Tuesday", string time = "2pm")
    {
        var callId = $"call_{_next}";
        var arguments = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["customer_name"] = "Pat Lee",
            ["customer_email"] = "pat@example.com",
            ["preferred_date"] = date,
            ["preferred_time"] = time,
        });
        _items.Add(new FunctionCallItem { Id = $"fc_{_next}", CallId = callId, Name = "book_sales_meeting", Arguments = arguments, CreatedAt = Time() });
        if (output is not null)
        {
            _items.Add(new FunctionCallOutputItem { Id = $"fo_{_next}", CallId = callId, Name = "book_sales_meeting", Output = output, IsError = isError, CreatedAt = Time() });
        }

        return this;
    }

    public SessionPayload Build() => new()
    {
        SessionId = "deal-test",
        StartTime = _start,
        Transcript = new Transcript { Items = [.. _items] },
    };

    public DealSignals Extract() => DealExtractor.Extract(new Conversation(Build()));

    /// <summary>As <see cref="Extract()"/>, for a call where the product-fit reading found a stated need.</summary>
    public DealSignals Extract(bool needStated) => DealExtractor.Extract(new Conversation(Build()), needStated);

    private DealCall Message(string role, string text)
    {
        _items.Add(new MessageItem { Id = $"m_{_next}", Role = role, Content = [text], CreatedAt = Time() });
        return this;
    }

    private double Time() => _start.ToUnixTimeSeconds() + (_next++ * 5);
}
