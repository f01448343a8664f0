namespace VoiceAnalytics.Core.Warehouse;

/// <summary>
/// What the ops rules read of a session that ended in a window (<see cref="IOpsFigures.SessionOutcomesAsync"/>), as
/// <see cref="WarehouseRecordBuilder"/> recorded it. A session written before these figures were recorded reads as
/// one whose payload gave none: no close reason, no failed tools, no connection figures.
/// </summary>
public sealed record SessionOutcome(string SessionId, string? CloseReason, IReadOnlyList<string> FailedTools, double? PacketLossPercent, double? JitterMs);
