using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Core.Analysis.Text;

/// <summary>
/// The call as analyzers read it: user and assistant turns in order, and tool calls paired with their outputs.
/// Built once per session with its <see cref="AnalysisInput"/> and shared by every analyzer through it.
/// </summary>
public sealed class Conversation
{
    private readonly TurnText?[] _texts;
    private readonly List<(Delegate Read, object View)> _views = [];

    public Conversation(SessionPayload session)
    {
        Session = session;
        var turns = new List<Turn>();
        var tools = new List<ToolExchange>();
        var outputs = new Dictionary<string, FunctionCallOutputItem>(StringComparer.Ordinal);
        foreach (var item in session.Transcript.Items)
        {
            if (item is FunctionCallOutputItem output)
            {
                outputs[output.CallId] = output;
            }
        }

        var userIndex = 0;
        foreach (var item in session.Transcript.Items)
        {
            switch (item)
            {
                case MessageItem { Role: "user" or "assistant" } message when message.Text.Length > 0:
                    turns.Add(new Turn(
                        turns.Count,
                        message.IsUser ? userIndex++ : -1,
                        message.Role,
                        message.Id,
                        message.Text,
                        message.CreatedAt,
                        message.Interrupted,
                        message.Metrics?.StartedSpeakingAt,
                        message.Metrics?.StoppedSpeakingAt));
                    break;
                case FunctionCallItem call:
                    tools.Add(new ToolExchange(call, outputs.GetValueOrDefault(call.CallId), turns.Count - 1));
                    break;
                default:
                    break;
            }
        }

        Turns = turns;
        _texts = new TurnText?[turns.Count];
        UserTurns = [.. turns.Where(t => t.IsUser)];
        AssistantTurns = [.. turns.Where(t => t.IsAssistant)];
        Tools = tools;
    }

    public SessionPayload Session { get; }

    public IReadOnlyList<Turn> Turns { get; }

    public IReadOnlyList<Turn> UserTurns { get; }

    public IReadOnlyList<Turn> AssistantTurns { get; }

    public IReadOnlyList<ToolExchange> Tools { get; }

    /// <summary>
    /// The turn's text, tokenized once for the whole session and shared by every analyzer (a turn of another
    /// conversation is read afresh).
    /// </summary>
    public TurnText TextOf(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!Holds(turn))
        {
            return new TurnText(turn.Text);
        }

        return _texts[turn.Index] ??= new TurnText(turn.Text);
    }

    /// <summary>
    /// Whether <paramref name="turn"/> is this call's own turn at its index: per-turn caches keyed by
    /// <see cref="Turn.Index"/> read a turn of another conversation afresh.
    /// </summary>
    public bool Holds(Turn turn) =>
        turn.Index >= 0 && turn.Index < Turns.Count && ReferenceEquals(Turns[turn.Index], turn);

    /// <summary>
    /// What <paramref name="read"/> derives from this call, computed by the first analyzer that asks and reused by the
    /// rest (the sentiment timeline is read by two analyzers, the product terms by two). <paramref name="read"/> must
    /// be a pure function of the conversation, and its result is shared, so it must not be changed by callers.
    /// </summary>
    public T Shared<T>(Func<Conversation, T> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_views)
        {
            foreach (var (known, view) in _views)
            {
                if (known.Equals(read))
                {
                    return (T)view;
                }
            }

            var made = read(this);
            _views.Add((read, made));
            return made;
        }
    }

    /// <summary>The assistant turn just before <paramref name="turn"/>, or null.</summary>
    public Turn? PreviousAssistant(Turn turn)
    {
        for (var i = turn.Index - 1; i >= 0; i--)
        {
            if (Turns[i].IsAssistant)
            {
                return Turns[i];
            }
        }

        return null;
    }

    /// <summary>The first assistant turn after turn index <paramref name="index"/> (-1: from the start), or null.</summary>
    public Turn? NextAssistantAfter(int index)
    {
        for (var i = index + 1; i < Turns.Count; i++)
        {
            if (Turns[i].IsAssistant)
            {
                return Turns[i];
            }
        }

        return null;
    }
}
