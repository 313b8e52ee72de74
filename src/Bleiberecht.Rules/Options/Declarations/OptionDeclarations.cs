using System.Collections.ObjectModel;

namespace Bleiberecht.Rules.Options.Declarations;

/// <summary>Every option declaration, A01-A36 then P01-P13, with lookup by id or number.</summary>
public static class OptionDeclarations
{
    private static readonly ReadOnlyDictionary<string, OptionDeclaration> ById = Index();

    /// <summary>All 45 declarations in catalogue order.</summary>
    public static IReadOnlyList<OptionDeclaration> All { get; } =
        [.. DecisionRuleOptions.All, .. ProcedureOptionDeclarations.All];

    /// <summary>The declaration with this id (<c>Family.MinChildAge</c>) or number (<c>A01</c>), case-insensitive; null if none.</summary>
    public static OptionDeclaration? Find(string idOrNumber)
    {
        ArgumentNullException.ThrowIfNull(idOrNumber);
        return ById.TryGetValue(idOrNumber, out var d) ? d : null;
    }

    private static ReadOnlyDictionary<string, OptionDeclaration> Index()
    {
        var byId = new Dictionary<string, OptionDeclaration>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in DecisionRuleOptions.All.Concat(ProcedureOptionDeclarations.All))
        {
            byId.Add(d.Id, d);
            byId.Add(d.Number, d);
        }

        return new ReadOnlyDictionary<string, OptionDeclaration>(byId);
    }
}
