using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Bulk;

/// <summary>The extension's household facts over the batch's household columns (read only under the extension regime).</summary>
internal readonly partial struct BatchHouseholdFacts
{
    /// <inheritdoc />
    public int WorkMonthsInPeriod => b.WorkMonthsInPeriod[h];

    /// <inheritdoc />
    public int WorkMonthsSecured => b.WorkMonthsSecured[h];

    /// <inheritdoc />
    public Truth WorkFullySecured => b.WorkFullySecured[h];

    /// <inheritdoc />
    public int WorkFullySecuredSince => b.WorkFullySecuredSince[h];

    /// <inheritdoc />
    public Truth EffortsShown => b.EffortsShown[h];
}
