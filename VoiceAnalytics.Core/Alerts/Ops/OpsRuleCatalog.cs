using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.Ops.Rules;
using VoiceAnalytics.Core.Sinks;

namespace VoiceAnalytics.Core.Alerts.Ops;

/// <summary>The rules of a run: those registered in DI, plus one API-failure rule per registered sink.</summary>
public sealed class OpsRuleCatalog(IEnumerable<IOpsRule> rules, SinkDispatcher sinks, IDeliveryLedger ledger, IOptions<OpsAlertOptions> options)
{
    public IReadOnlyList<IOpsRule> All =>
        [.. rules, .. sinks.SinkNames.Distinct(StringComparer.Ordinal).Select(sink => new ApiFailureRule(sink, ledger, options.Value))];
}
