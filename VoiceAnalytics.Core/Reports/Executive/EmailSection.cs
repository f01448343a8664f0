namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>A titled list of plain-text lines; the renderer writes it as HTML (encoded) and as text.</summary>
internal sealed record EmailSection(string Title, IReadOnlyList<string> Lines, bool Numbered = false);
