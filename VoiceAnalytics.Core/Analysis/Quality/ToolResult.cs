namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>How a tool call ended, as the user experienced it.</summary>
public enum ToolResult
{
    Success,

    /// <summary>A knowledge-base search that found nothing.</summary>
    NoResults,

    /// <summary>A tool error, or a booking that did not go through.</summary>
    Failed,

    /// <summary>No output came back.</summary>
    NoOutput,
}
