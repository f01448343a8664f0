namespace VoiceAnalytics.Core.Warehouse.Dashboard;

/// <summary>
/// The rollup a session adds to: the UTC hour its start falls in (<c>yyyy-MM-ddTHH</c>, the prefix of the warehouse
/// timestamp text) and its spec 6.7 filter values, an absent value as "" (a primary key does not match NULLs).
/// </summary>
public sealed record DashboardKey(string Hour, string Tier, string Sentiment, string Industry, string AgentVersion);
