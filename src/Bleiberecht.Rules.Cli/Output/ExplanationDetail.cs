namespace Bleiberecht.Rules.Cli.Output;

/// <summary>How much of the explanation tree the JSON output of <c>evaluate</c>/<c>explain</c> carries.</summary>
internal enum ExplanationDetail
{
    /// <summary>The whole tree (the default; what the text renderer shows).</summary>
    Full,

    /// <summary>Only the nodes that are not met (false or unknown), with their ancestors: the reasons, not the checks passed.</summary>
    Failed,

    /// <summary>No tree: outcomes, grounds, validity and the questions for missing facts (about 2 % of the full size).</summary>
    None,
}
