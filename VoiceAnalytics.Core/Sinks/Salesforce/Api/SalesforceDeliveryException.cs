namespace VoiceAnalytics.Core.Sinks.Salesforce.Api;

/// <summary>
/// A Salesforce request of the sink failed. The message goes to the delivery ledger: it says whether the failure is
/// transient (worth delivering again later) and why, in status codes, error codes, field names and Salesforce's
/// messages with the values we sent blanked out (<see cref="SalesforceFailureMessage"/>).
/// </summary>
public sealed class SalesforceDeliveryException : Exception
{
    public SalesforceDeliveryException()
    {
    }

    public SalesforceDeliveryException(string message)
        : base(message)
    {
    }

    public SalesforceDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SalesforceDeliveryException(string message, bool isTransient, int? statusCode, IReadOnlyList<string> errorCodes)
        : base(message)
    {
        IsTransient = isTransient;
        StatusCode = statusCode;
        ErrorCodes = errorCodes;
    }

    /// <summary>Network errors, 5xx, 408, 429 and <c>REQUEST_LIMIT_EXCEEDED</c> that outlasted the client's own retries.</summary>
    public bool IsTransient { get; }

    public int? StatusCode { get; }

    public IReadOnlyList<string> ErrorCodes { get; } = [];
}
