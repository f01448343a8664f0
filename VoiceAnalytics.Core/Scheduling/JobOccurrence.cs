namespace VoiceAnalytics.Core.Scheduling;

/// <summary>An occurrence being run, like the Functions <c>TimerInfo</c>: when it was due, and whether it was missed.</summary>
public sealed record JobOccurrence(string Name, DateTimeOffset ScheduledTime, bool IsPastDue);
