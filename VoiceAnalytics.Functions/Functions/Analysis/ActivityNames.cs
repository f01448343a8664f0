namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>
/// The activity function of each analyzer and sink, by convention: the analyzer <c>sales_intelligence</c> runs in
/// <c>SalesIntelligence</c>, the sink <c>slack-alerts</c> in <c>DeliverSlackAlerts</c>. A test checks that every
/// registered analyzer and sink has its function in the generated <c>functions.metadata</c>.
/// </summary>
public static class ActivityNames
{
    public static string ForAnalyzer(string analyzer) => Pascal(analyzer);

    public static string ForSink(string sink) => "Deliver" + Pascal(sink);

    private static string Pascal(string name) =>
        string.Concat(name.Split(['_', '-'], StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
