using System.Buffers.Text;
using System.Globalization;
using System.Text;
using VoiceAnalytics.Core.Warehouse.Lists;
using static VoiceAnalytics.Core.Warehouse.Lists.DashboardItemKinds;

namespace VoiceAnalytics.Core.Dashboard.Lists;

/// <summary>
/// What <c>GET /api/dashboard/sessions</c> asks: a widget entry (<c>kind</c> and <c>value</c>, normalized the way the
/// entry was stored), a page size and where the previous page ended.
/// </summary>
public sealed record DrillDownRequest(string Kind, string Value, string ItemKind, string Item, bool ZeroResultsOnly, int Limit, ItemCursor? After)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>The drill-down kinds and the list entries they open.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["hot_lead", "objection", "failed_search", "competitor", "industry"];

    /// <summary>The request, or the parameter that is wrong and why.</summary>
    public static bool TryParse(string? kind, string? value, string? limit, string? cursor, out DrillDownRequest request, out (string Parameter, string Message) error)
    {
        request = null!;
        error = default;
        if (kind is null || !Kinds.Contains(kind, StringComparer.Ordinal))
        {
            error = ("kind", $"must be one of {string.Join(", ", Kinds)}.");
            return false;
        }

        if (string.IsNullOrWhiteSpace(value) || value.Length > 500)
        {
            error = ("value", "is required: the widget entry (a lead-score bucket for hot_lead, the query, objection, competitor or industry), at most 500 characters.");
            return false;
        }

        var size = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > MaxLimit))
        {
            error = ("limit", $"must be a whole number from 1 to {MaxLimit}.");
            return false;
        }

        ItemCursor? after = null;
        if (cursor is not null && (after = Decode(cursor)) is null)
        {
            error = ("cursor", "is not a cursor this endpoint returned (next_cursor).");
            return false;
        }

        var trimmed = value.Trim();
        (string ItemKind, string Item, bool Zero)? entry = kind switch
        {
            "hot_lead" => LeadScoreBuckets.Contains(trimmed, StringComparer.Ordinal) ? (LeadScore, trimmed, false) : null,
            "failed_search" => (KnowledgeSearch, NormalizeQuery(trimmed), true),
            "objection" => (Objection, Cut(trimmed.ToLowerInvariant(), MaxItemLength), false),
            "competitor" => (Competitor, Cut(trimmed.ToLowerInvariant(), MaxItemLength), false),
            _ => (Industry, Cut(trimmed, MaxItemLength), false),
        };
        if (entry is not { } e)
        {
            error = ("value", $"for hot_lead is a lead-score bucket: {string.Join(", ", LeadScoreBuckets)}.");
            return false;
        }

        request = new DrillDownRequest(kind, trimmed, e.ItemKind, e.Item, e.Zero, size, after);
        return true;
    }

    /// <summary>Base64url of "start|session id" (start as the warehouse's UTC text): opaque to the page.</summary>
    public static string Encode(ItemCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var text = cursor.StartTime.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture) + "|" + cursor.SessionId;
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    private static ItemCursor? Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            return bar > 0 && bar < text.Length - 1
                && DateTimeOffset.TryParseExact(text[..bar], "yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start)
                ? new ItemCursor(start, text[(bar + 1)..])
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
