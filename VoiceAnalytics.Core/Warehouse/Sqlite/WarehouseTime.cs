using System.Globalization;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>Timestamps in the warehouse: UTC ISO 8601 with milliseconds, so text order is time order.</summary>
internal static class WarehouseTime
{
    public static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
