using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>A question sentence of a user turn: <c>Turn.Text[Start..End]</c>.</summary>
internal sealed record UserQuestion(Turn Turn, int Start, int End)
{
    public string Text => Turn.Text[Start..End];

    public Evidence Evidence => new(Text, Turn.ItemId, Start, End);
}
