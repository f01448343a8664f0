using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Metrics;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Tests.Analysis.Quality;

/// <summary>Builds a <see cref="SessionPayload"/> from turns in code: messages, tool calls and optional speaking times.</summary>
public sealed class TranscriptBuilder
{
    public const double T0 = 1_790_000_000;

    private readonly List<TranscriptItem> _items = [];
    private double _clock = T0;
    private string? _closeReason = "job_shutdown";
    private string? _shutdownReason;
    private double _duration = 120;
    private bool _timed;

    public TranscriptBuilder User(string text) => Message("user", text, false, 4);

    public TranscriptBuilder Agent(string text, bool interrupted = false) => Message("assistant", text, interrupted, 4);

    /// <summary>A message that is spoken for <paramref name="seconds"/> after <paramref name="pauseBefore"/> seconds of silence.</summary>
    public TranscriptBuilder Spoken(string role, string text, double pauseBefore, double seconds)
    {
        _timed = true;
        _clock += pauseBefore;
        return Message(role, text, false, seconds);
    }

    public TranscriptBuilder Tool(string name, string output, bool isError = false)
    {
        var callId = $"call_{_items.Count}";
        _items.Add(new FunctionCallItem { Id = $"fc_{_items.Count}", CallId = callId, Name = name, Arguments = "{}", CreatedAt = _clock });
        _items.Add(new FunctionCallOutputItem { Id = $"fo_{_items.Count}", CallId = callId, Name = name, Output = output, IsError = isError, CreatedAt = _clock });
        return this;
    }

    public TranscriptBuilder Search(bool found) =>
        Tool("unleash_search_knowledge", found ? """{"results": [{"title": "Guide"}], "total": 1}""" : """{"results": [], "total": 0}""");

    public TranscriptBuilder Closed(string? closeReason, string? shutdownReason = null)
    {
        (_closeReason, _shutdownReason) = (closeReason, shutdownReason);
        return this;
    }

    public TranscriptBuilder Lasting(double seconds)
    {
        _duration = seconds;
        return this;
    }

    public SessionPayload Build() => new()
    {
        SessionId = "test-session",
        StartTime = DateTimeOffset.FromUnixTimeSeconds((long)T0),
        DurationSeconds = _duration,
        CloseReason = _closeReason,
        ShutdownReason = _shutdownReason,
        Transcript = new Transcript { Items = [.. _items] },
    };

    private TranscriptBuilder Message(string role, string text, bool interrupted, double seconds)
    {
        var start = _clock;
        _clock += seconds;
        _items.Add(new MessageItem
        {
            Id = $"item_{_items.Count}",
            Role = role,
            Content = [text],
            Interrupted = interrupted,
            CreatedAt = _clock,
            Metrics = _timed ? new MessageMetrics { StartedSpeakingAt = start, StoppedSpeakingAt = _clock } : null,
        });
        return this;
    }
}
