using System.Text;
using System.Text.RegularExpressions;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Api;

/// <summary>
/// The exception for a failed request. Salesforce's error messages can echo what was sent ("invalid email address:
/// jane@...", "data value too large: Dana Whitfield..."), so every text value of the request (as a whole word: a
/// picklist value "Low" must not blank out "allowed") and anything shaped like an email address is replaced by
/// "[redacted]" before the message reaches the ledger or a log.
/// </summary>
internal static partial class SalesforceFailureMessage
{
    private const string Redacted = "[redacted]";

    public static SalesforceDeliveryException Exception(string operation, SalesforceResult result, IEnumerable<object?> sentValues)
    {
        var transient = result.Outcome == SalesforceOutcome.Transient;
        var text = new StringBuilder()
            .Append("Salesforce ").Append(operation).Append(" failed, ")
            .Append(transient ? "transient (worth retrying later): " : "permanent: ")
            .Append(result.Reason ?? "no reason given");
        var secrets = sentValues.OfType<string>().Where(v => v.Length >= 3).Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length).ToList();
        foreach (var error in result.Errors)
        {
            text.Append(" | ").Append(error.ErrorCode);
            if (error.Fields.Count > 0)
            {
                text.Append(" [").AppendJoin(", ", error.Fields).Append(']');
            }

            if (!string.IsNullOrWhiteSpace(error.Message))
            {
                text.Append(": ").Append(Redact(error.Message, secrets));
            }
        }

        return new SalesforceDeliveryException(text.ToString(), transient, result.StatusCode, [.. result.Errors.Select(e => e.ErrorCode)]);
    }

    public static string Redact(string message, IReadOnlyList<string> sentValues)
    {
        foreach (var value in sentValues.Where(v => message.Contains(v, StringComparison.OrdinalIgnoreCase)))
        {
            message = Regex.Replace(message, $@"(?<!\w){Regex.Escape(value)}(?!\w)", Redacted, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        }

        return EmailLike().Replace(message, Redacted);
    }

    [GeneratedRegex(@"[^\s@:;,'""<>()\[\]]+@[^\s@:;,'""<>()\[\]]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmailLike();
}
