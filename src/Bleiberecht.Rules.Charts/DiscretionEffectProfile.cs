namespace Bleiberecht.Rules.Charts;

/// <summary>
/// Input row of the discretion-effect chart: for one discretion profile (e.g. a Land's option values, see
/// land-profiles.md), the shares of the four outcomes. Intended for simulation results.
/// </summary>
/// <param name="ProfileId">Profile id shown on the x axis.</param>
/// <param name="Permit">Share granted a residence permit.</param>
/// <param name="Duldung">Share with a job-search Duldung.</param>
/// <param name="Refusal">Share refused.</param>
/// <param name="Pending">Share still pending.</param>
/// <param name="Other">Share of everything else (a § 104a permit where a Land converts, withdrawn, no application); drawn when given.</param>
public sealed record DiscretionEffectProfile(string ProfileId, OutcomeShare Permit, OutcomeShare Duldung, OutcomeShare Refusal, OutcomeShare Pending, OutcomeShare? Other = null);
