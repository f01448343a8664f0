namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>
/// Checks the entries of the agent-defined ("lenient") sections one by one: an entry's faults go to a scratch
/// collector, and a bad entry becomes one warning on the payload, at the path of its first fault, saying it was
/// skipped. Once the payload's warnings are full, entries are checked by a collector that only counts, so a body of
/// millions of bad entries builds no paths and no messages.
/// </summary>
internal sealed class EntryChecker(PayloadFaults payload)
{
    private const string Unkept = "$…";
    private readonly PayloadFaults _firstFault = new(cap: 1);
    private readonly PayloadFaults _countOnly = new(cap: 0);
    private PayloadFaults? _current;

    /// <summary>A cleared collector for the next entry's faults.</summary>
    public PayloadFaults Begin()
    {
        _current = payload.WarningsFull ? _countOnly : _firstFault;
        _current.Clear();
        return _current;
    }

    public string Index(string arrayPath, int index) => payload.WarningsFull ? Unkept : JsonPaths.Index(arrayPath, index);

    public string Child(string path, string name) => payload.WarningsFull ? Unkept : JsonPaths.Child(path, name);

    /// <summary>True when the entry begun last had no fault; otherwise it is reported as skipped.</summary>
    public bool Accept()
    {
        var entry = _current ?? throw new InvalidOperationException("Begin was not called.");
        if (entry.ErrorCount == 0)
        {
            return true;
        }

        if (payload.WarningsFull || entry.Errors.Count == 0)
        {
            payload.CountWarning();
            return false;
        }

        var first = entry.Errors[0];
        var more = entry.ErrorCount > 1 ? $" ({entry.ErrorCount - 1} more fault(s) in this entry)" : "";
        payload.Add(first.Path, $"{first.Message}{more} This entry was skipped; it is kept as sent in the stored body.", FaultSeverity.Warning);
        return false;
    }

    /// <summary>Reports a whole section or entry as skipped for one reason.</summary>
    public void Skip(string path, string message)
    {
        Begin().Add(path, message);
        Accept();
    }
}
