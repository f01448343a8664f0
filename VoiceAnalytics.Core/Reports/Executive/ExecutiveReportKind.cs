namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>The two executive emails of spec 7.5.</summary>
public enum ExecutiveReportKind
{
    /// <summary>The previous local day against the day before it.</summary>
    Daily,

    /// <summary>The previous Monday-Sunday week against the week before it.</summary>
    Weekly,
}
