using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Lists;
using VoiceAnalytics.Core.Warehouse.Dashboard;

namespace VoiceAnalytics.Tests.Warehouse;

/// <summary>
/// One warehouse adapter's ports, as the shared warehouse test suite drives them: every adapter (SQLite for real,
/// Cosmos through its substitutes) is opened into one of these, seeded through <see cref="Writer"/> and asked
/// through the read ports. <see cref="Cleanup"/> releases what the adapter opened. <see cref="Profiles"/> (the
/// lead profile read port) and <see cref="Privacy"/> (what retention and erasure ask) and <see cref="Hours"/> (the dashboard's figures) are optional so an adapter
/// without them still opens; their tests then fail saying so.
/// </summary>
public sealed record WarehousePorts(
    IWarehouseWriter Writer,
    IOpsFigures Ops,
    IDigestFigures Digest,
    IExecutiveFigures Executive,
    IDashboardFigures Dashboard,
    ILeadHistory Leads,
    IAlertHistory Alerts,
    Func<ValueTask> Cleanup,
    ILeadProfiles? Profiles = null,
    IWarehousePrivacy? Privacy = null,
    IDashboardLists? Lists = null,
    IDashboardHours? Hours = null) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Cleanup();
}
