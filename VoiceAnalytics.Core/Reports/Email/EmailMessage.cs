namespace VoiceAnalytics.Core.Reports.Email;

/// <summary>One report email: sent as HTML with the plain-text version as its alternative.</summary>
public sealed record EmailMessage(string Subject, string HtmlBody, string TextBody);
