namespace VoiceAnalytics.Core.Pipeline;

/// <summary>A one-line failure reason for the status API and the poison queue: exception type and message.</summary>
public static class FailureReason
{
    private const int MaxLength = 1000;

    public static string Describe(Exception exception)
    {
        var root = exception is AggregateException { InnerException: { } inner } ? inner : exception;
        var text = $"{root.GetType().Name}: {root.Message}".ReplaceLineEndings(" ");
        return text.Length <= MaxLength ? text : text[..MaxLength];
    }
}
