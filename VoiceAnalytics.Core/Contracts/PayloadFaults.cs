using System.Collections;

namespace VoiceAnalytics.Core.Contracts;

/// <summary>
/// The faults found in one payload, in the order found: the first <see cref="Cap"/> are kept, the rest only
/// counted, so a body with millions of faults costs a counter, not a list (issue 10: a 10 MB body of empty
/// metrics used to build a 193 MB answer).
/// </summary>
public sealed class PayloadFaults : IReadOnlyList<PayloadError>
{
    /// <summary>How many faults are kept and reported.</summary>
    public const int Cap = 100;

    private readonly List<PayloadError> _kept = [];

    /// <summary>Every fault found, kept or not.</summary>
    public int TotalCount { get; private set; }

    /// <summary>Faults of <see cref="FaultSeverity.Error"/>, kept or not; any refuses the payload.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>True when more faults were found than are kept.</summary>
    public bool Truncated => TotalCount > _kept.Count;

    /// <summary>True once <see cref="Cap"/> faults are kept: later ones are only counted, so their paths need not be built.</summary>
    public bool IsFull => _kept.Count >= Cap;

    public int Count => _kept.Count;

    public PayloadError this[int index] => _kept[index];

    public void Add(string path, string message, FaultSeverity severity = FaultSeverity.Error)
    {
        TotalCount++;
        if (severity == FaultSeverity.Error)
        {
            ErrorCount++;
        }

        if (_kept.Count < Cap)
        {
            _kept.Add(new PayloadError(path, message, severity));
        }
    }

    /// <summary>The path of a property, or a placeholder once full (no fault found later is kept, so no path is built).</summary>
    internal string Child(string path, string name) => IsFull ? Unkept : JsonPaths.Child(path, name);

    /// <summary>The path of an array element, or a placeholder once full.</summary>
    internal string Index(string path, int index) => IsFull ? Unkept : JsonPaths.Index(path, index);

    private const string Unkept = "$…";

    public IEnumerator<PayloadError> GetEnumerator() => _kept.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
