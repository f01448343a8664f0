using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Sinks;

namespace VoiceAnalytics.Core.Warehouse;

/// <summary>The warehouse as a sink: maps the analyzed session to its rows and hands them to the configured adapter.</summary>
public sealed class WarehouseSink(IWarehouseWriter writer, TimeProvider time) : ISessionSink
{
    public string Name => "warehouse";

    public bool IsSystemOfRecord => true;

    public Task DeliverAsync(SessionPayload session, SessionReport report, CancellationToken cancellationToken) =>
        writer.WriteAsync(WarehouseRecordBuilder.Build(session, report, time.GetUtcNow()), cancellationToken);
}
