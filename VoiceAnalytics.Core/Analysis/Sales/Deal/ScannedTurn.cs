using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>A user turn and its one <see cref="DealCues.Scanner"/> pass.</summary>
internal sealed record ScannedTurn(Turn Turn, ScannedText Scan);
