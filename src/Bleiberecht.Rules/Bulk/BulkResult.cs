using System.Runtime.InteropServices;
using Bleiberecht.Rules.Evaluation;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// The bulk path's result for one person (8 bytes): the outcome, the household's outcome, and the failed or open
/// elements as a <see cref="FailureMask"/> — the same set as <see cref="FailureMask.From"/> of
/// <see cref="PersonDecision.Grounds"/> on the explain path.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct BulkResult
{
    private readonly byte _outcome;
    private readonly byte _household;
    private readonly uint _bits;

    /// <summary>Creates a result.</summary>
    public BulkResult(Outcome outcome, Outcome householdOutcome, FailureMask failures)
    {
        _outcome = (byte)outcome;
        _household = (byte)householdOutcome;
        _bits = failures.Bits;
    }

    internal BulkResult(byte outcome, byte household, uint bits)
    {
        _outcome = outcome;
        _household = household;
        _bits = bits;
    }

    /// <summary>The person's outcome.</summary>
    public Outcome Outcome => (Outcome)_outcome;

    /// <summary>The outcome of the person's household (<see cref="Outcome.Mixed"/> if its members differ).</summary>
    public Outcome HouseholdOutcome => (Outcome)_household;

    /// <summary>The grounds as element bits, indexed by <c>ImkElements.Checkable</c>.</summary>
    public FailureMask Failures => new(_bits);

    internal byte OutcomeCode => _outcome;

    internal uint Bits => _bits;
}
