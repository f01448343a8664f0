namespace VoiceAnalytics.Core.Dashboard.Lists;

/// <summary>Shares and averages as the lists report them: null when there is nothing to divide by.</summary>
internal static class ListMath
{
    public static double? Ratio(long part, long whole) => whole == 0 ? null : (double)part / whole;
}
