namespace VoiceAnalytics.Core.Sinks;

/// <summary>
/// What the privacy stage asks of the sinks' own records (outbox, delivery ledger): erase what mentions a person.
/// </summary>
public interface IDeliveryPrivacy
{
    /// <summary>
    /// Deletes the outbox entries and ledger rows of <paramref name="sessionIds"/>, and replaces the person's email and
    /// name by their redacted forms in the outbox entries of no session (digests, emails) that mention them.
    /// </summary>
    Task<DeliveryErasure> EraseAsync(IReadOnlyList<string> sessionIds, PersonMention person, CancellationToken cancellationToken);
}

/// <summary>A person's identifying strings and what each becomes where an entry is kept.</summary>
public sealed record PersonMention(string? Email, string? EmailReplacement, string? Name, string? NameReplacement);

public sealed record DeliveryErasure(int OutboxEntries, int OutboxRewritten, int LedgerRows)
{
    public static readonly DeliveryErasure None = new(0, 0, 0);
}
