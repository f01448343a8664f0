namespace VoiceAnalytics.Core.Timers;

/// <summary>An occurrence being run, like the Functions <c>TimerInfo</c>: when it was due, and whether it was missed.</summary>
public sealed record TimerInfo(string Name, DateTimeOffset ScheduledTime, bool IsPastDue);
