using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation;

/// <summary>An executable data-quality rule (one per rule id DQ-01 … DQ-41).</summary>
public interface IDataQualityCheck
{
    /// <summary>Rule id, e.g. <c>DQ-01</c>.</summary>
    string Id { get; }

    /// <summary>Short title of the rule.</summary>
    string Title { get; }

    /// <summary>Runs the rule. Returns at least one finding (a <see cref="FindingSeverity.Pass"/> finding when it holds).</summary>
    /// <param name="data">The published datasets.</param>
    IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data);
}
