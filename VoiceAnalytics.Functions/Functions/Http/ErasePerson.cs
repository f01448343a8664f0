using System.Net.Mail;
using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Privacy;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary>
/// <c>DELETE /api/people/{email}</c>: erases the person from every store within the call (spec 8.2), then answers
/// 202 with the receipt id and where to read it. The same email again is a new receipt (zero counts once nothing is
/// left). 400 when the route value is not an email address.
/// </summary>
public sealed class ErasePerson(PersonEraser eraser)
{
    [Function(nameof(ErasePerson))]
    [RequiresApiKey]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "people/{email}")] HttpRequest request,
        string email,
        CancellationToken cancellationToken)
    {
        if (!IsEmail(email))
        {
            return Problems.InvalidParameter("email", "Expected an email address, such as dana@example.com (URL-encoded in the path).");
        }

        var receipt = await eraser.EraseAsync(email, cancellationToken).ConfigureAwait(false);
        var location = $"/api/erasures/{receipt.ErasureId}";
        return TypedResults.Accepted(location, new ErasureAccepted(receipt.ErasureId, location));
    }

    internal static bool IsEmail(string? value) =>
        value is { Length: > 2 and <= 320 } && !value.Any(char.IsWhiteSpace) && MailAddress.TryCreate(value, out var parsed)
        && parsed.Address == value && value.IndexOf('@', StringComparison.Ordinal) > 0 && value.Split('@')[1].Contains('.', StringComparison.Ordinal);
}
