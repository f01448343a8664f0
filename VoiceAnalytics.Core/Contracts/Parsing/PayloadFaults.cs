using System.Collections;

namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>
/// The faults found in one payload, in the order found: the first <see cref="Cap"/> errors and the first
/// <see cref="Cap"/> warnings are kept, the rest only counted, so a body with millions of faults costs a counter, not a
/// list (issue 10: a 10 MB body of empty metrics used to build a 193 MB answer). Errors and warnings are capped apart
/// so that a flood of skipped metrics entries never hides the one error that refuses the body. Enumerates the kept
/// errors, then the kept warnings.
/// </summary>
public sealed class PayloadFaults : IReadOnlyList<PayloadError>
{
    /// <summary>How many faults of each severity are kept and reported.</summary>
    public const int Cap = 100;

    private readonly int _cap;
    private readonly List<PayloadError> _errors = [];
    private readonly List<PayloadError> _warnings = [];

    public PayloadFaults()
        : this(Cap)
    {
    }

    /// <summary>A collector keeping at most <paramref name="cap"/> of each severity; 0 only counts (no path is ever built).</summary>
    internal PayloadFaults(int cap) => _cap = cap;

    /// <summary>Every fault found, kept or not.</summary>
    public int TotalCount => ErrorCount + WarningCount;

    /// <summary>Faults of <see cref="FaultSeverity.Error"/>, kept or not; any refuses the payload.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Faults of <see cref="FaultSeverity.Warning"/> (skipped entries of the lenient sections), kept or not.</summary>
    public int WarningCount { get; private set; }

    public IReadOnlyList<PayloadError> Errors => _errors;

    public IReadOnlyList<PayloadError> Warnings => _warnings;

    /// <summary>True when more faults were found than are kept.</summary>
    public bool Truncated => TotalCount > Count;

    /// <summary>True once no further error would be kept: the validator need not build their paths.</summary>
    public bool IsFull => _errors.Count >= _cap;

    /// <summary>True once no further warning would be kept.</summary>
    public bool WarningsFull => _warnings.Count >= _cap;

    public int Count => _errors.Count + _warnings.Count;

    public PayloadError this[int index] => index < _errors.Count ? _errors[index] : _warnings[index - _errors.Count];

    public void Add(string path, string message, FaultSeverity severity = FaultSeverity.Error)
    {
        var kept = severity == FaultSeverity.Error ? _errors : _warnings;
        if (severity == FaultSeverity.Error)
        {
            ErrorCount++;
        }
        else
        {
            WarningCount++;
        }

        if (kept.Count < _cap)
        {
            kept.Add(new PayloadError(path, message, severity));
        }
    }

    /// <summary>Counts a warning that would not be kept anyway, without building its text.</summary>
    internal void CountWarning() => WarningCount++;

    /// <summary>Forgets everything, for a collector reused entry after entry.</summary>
    internal void Clear()
    {
        _errors.Clear();
        _warnings.Clear();
        ErrorCount = 0;
        WarningCount = 0;
    }

    /// <summary>The path of a property, or a placeholder once full (no error found later is kept, so no path is built).</summary>
    internal string Child(string path, string name) => IsFull ? Unkept : JsonPaths.Child(path, name);

    /// <summary>The path of an array element, or a placeholder once full.</summary>
    internal string Index(string path, int index) => IsFull ? Unkept : JsonPaths.Index(path, index);

    private const string Unkept = "$…";

    public IEnumerator<PayloadError> GetEnumerator() => _errors.Concat(_warnings).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
