using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>A user turn and its one <see cref="DealCues.Scanner"/> pass.</summary>
internal sealed record ScannedTurn(Turn Turn, ScannedText Scan);
