using Bleiberecht.Rules.Regimes;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// Where the IMK regime puts each element's verdict in a member's masks: its index in
/// <see cref="ImkElements.Checkable"/>. A compiled rule set whose bits are these (every built-in IMK rule set; a
/// regime composed otherwise may place them elsewhere) lets <see cref="ImkShape"/> answer its masks with constants
/// (<see cref="IRuleShape.Mask"/>), so the household loop files a verdict without reading where it goes.
/// <see cref="CompiledRuleSet.IsImkShape"/> compares the compiled bits with these, so a layout that differs only
/// selects the general loop and never a wrong bit.
/// </summary>
internal static class ImkLayout
{
    public const int Scope = 0;
    public const int Deadline = 2;
    public const int MinYears = 3;
    public const int Deception = 4;
    public const int Obstruction = 5;
    public const int Conviction = 6;
    public const int Extremism = 7;
    public const int Absconding = 8;
    public const int Housing = 10;
    public const int Language = 11;
    public const int School = 12;
    public const int Prognosis = 13;
    public const int Cooperation = 15;
}
