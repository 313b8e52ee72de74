using System.Collections.Immutable;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Profiles;

namespace Bleiberecht.Rules.Regimes;

/// <summary>
/// Composes a new <see cref="Regime"/> from a baseline: replace, remove or add elements by id, rename, cite. The
/// builder collects every problem and <see cref="Build"/> reports them all at once in a
/// <see cref="RegimeException"/>; the baseline is never changed (a reform as a function over a copy of the baseline,
/// as OpenFisca's reforms).
/// </summary>
/// <example>
/// <code>
/// var regime = Regime.Imk2006.ToBuilder()
///     .Named("imk2006+course", "IMK 2006 mit Integrationskurs", "IMK 2006 with integration course")
///     .Add(RegimeElement.ForMember(meta, m => ...))
///     .Remove("IMK.Integration.SchoolPrognosis")
///     .Build();
/// </code>
/// </example>
public sealed class RegimeBuilder
{
    private readonly List<RegimeElement> _elements;
    private readonly List<string> _problems = [];
    private readonly List<Citation> _citations;
    private readonly Regime _baseline;
    private string _id;
    private Label _name;
    private string? _familyId;

    /// <summary>Starts from <paramref name="baseline"/>.</summary>
    public RegimeBuilder(Regime baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        _baseline = baseline;
        _elements = [.. baseline.Elements];
        _citations = [.. baseline.Citations];
        _id = baseline.Id;
        _name = baseline.Name;
        _familyId = baseline.FamilyElementId;
    }

    /// <summary>Gives the new regime its own id and name (recommended: results name the regime they came from).</summary>
    public RegimeBuilder Named(string id, string nameDe, string nameEn)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            _problems.Add("the regime id is empty");
        }
        else
        {
            _id = id;
        }

        _name = new Label(nameDe ?? string.Empty, nameEn ?? string.Empty);
        return this;
    }

    /// <summary>Adds authority for the composition as a whole (e.g. the decree a Land's variant rests on).</summary>
    public RegimeBuilder Cite(params Citation[] citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        _citations.AddRange(citations);
        return this;
    }

    /// <summary>
    /// Adds an element, after the element <paramref name="after"/> or at the end. A new checkable element gets the next
    /// free bit, so the bits of the baseline's elements keep their meaning.
    /// </summary>
    public RegimeBuilder Add(RegimeElement element, string? after = null)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (after is null)
        {
            _elements.Add(element);
            return this;
        }

        var index = IndexOf(after, "add after");
        if (index >= 0)
        {
            _elements.Insert(index + 1, element);
        }

        return this;
    }

    /// <summary>Replaces the element with id <paramref name="id"/> by <paramref name="element"/> at the same place.</summary>
    public RegimeBuilder Replace(string id, RegimeElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var index = IndexOf(id, "replace");
        if (index >= 0)
        {
            var old = _elements[index];
            if (old is DerivedElement)
            {
                _problems.Add($"'{id}' is derived by the engine ({old.Role}); it can be removed, not replaced");
            }
            else if (element.Level != old.Level)
            {
                _problems.Add($"'{element.Id}' is a {element.Level.ToString().ToLowerInvariant()} element but replaces the {old.Level.ToString().ToLowerInvariant()} element '{id}'");
            }
            else
            {
                // A replacement of the family element (element 6) is what the residence time reads from then on.
                _familyId = old.Id == _familyId ? element.Id : _familyId;
                _elements[index] = element;
            }
        }

        return this;
    }

    /// <summary>Removes the element with id <paramref name="id"/>.</summary>
    public RegimeBuilder Remove(string id)
    {
        var index = IndexOf(id, "remove");
        if (index >= 0)
        {
            _elements.RemoveAt(index);
        }

        return this;
    }

    /// <summary>Validates the composition and returns the new regime.</summary>
    /// <exception cref="RegimeException">Every problem found.</exception>
    public Regime Build()
    {
        var problems = new List<string>(_problems);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var once = new Dictionary<ElementRole, string>();
        var checkable = 0;
        foreach (var e in _elements)
        {
            var meta = e.Meta;
            if (string.IsNullOrWhiteSpace(meta.Id))
            {
                problems.Add("an element has an empty id");
                continue;
            }

            if (!ids.Add(meta.Id))
            {
                problems.Add($"'{meta.Id}' occurs twice");
            }

            if (meta.Citations is null || meta.Citations.Count == 0 || meta.Citations.Any(c => c is null))
            {
                problems.Add($"'{meta.Id}' has no citation: every element must name its authority (IMK point, statute or source line)");
            }

            if (meta.Label is null || string.IsNullOrWhiteSpace(meta.Label.De) || string.IsNullOrWhiteSpace(meta.Label.En))
            {
                problems.Add($"'{meta.Id}' needs a German and an English label");
            }

            var role = e.Role;
            if (role is ElementRole.Gate or ElementRole.Livelihood or ElementRole.FamilyScope or ElementRole.WorkTakeUp or ElementRole.Discretion && !once.TryAdd(role, meta.Id))
            {
                problems.Add($"'{meta.Id}' and '{once[role]}' both have the role {role}; a regime has at most one");
            }

            if (role is ElementRole.Gate or ElementRole.Livelihood && e.Level != ElementLevel.Household)
            {
                problems.Add($"'{meta.Id}': the role {role} is a household role");
            }

            if (role == ElementRole.Discretion && (e.Level != ElementLevel.Member || e.Replaces.Count == 0))
            {
                problems.Add($"'{meta.Id}': a discretion element is a member's and names the elements it stands in for (Replaces)");
            }

            if (role == ElementRole.ExclusionGround && e.Level != ElementLevel.Member)
            {
                problems.Add($"'{meta.Id}': an exclusion ground is a member's");
            }

            if (role is ElementRole.FamilyScope or ElementRole.WorkTakeUp && e is not DerivedElement)
            {
                problems.Add($"'{meta.Id}': the role {role} is derived by the engine; take the element from a built-in regime");
            }

            if (role != ElementRole.Informational)
            {
                checkable++;
            }
        }

        if (once.ContainsKey(ElementRole.WorkTakeUp) && !once.ContainsKey(ElementRole.Livelihood))
        {
            problems.Add("the work take-up deadline needs a livelihood element");
        }

        if (checkable > Regime.Capacity)
        {
            problems.Add($"{checkable} elements can be grounds; a regime reports at most {Regime.Capacity} (the failure mask is {Regime.Capacity} bits): make some Informational or remove some");
        }

        var family = _familyId is { } f && ids.Contains(f) ? f : null;
        if (problems.Count > 0)
        {
            throw new RegimeException(_id, problems);
        }

        return new Regime(_id, _name, [.. _citations], [.. _elements], family, _baseline.Policies);
    }

    private int IndexOf(string id, string what)
    {
        for (var i = 0; i < _elements.Count; i++)
        {
            if (_elements[i].Id == id)
            {
                return i;
            }
        }

        _problems.Add($"cannot {what} '{id}': no such element" + (Closest(id) is { } suggestion ? $" (did you mean '{suggestion}'?)" : string.Empty));
        return -1;
    }

    /// <summary>The closest element id within a quarter of the length, for "did you mean"; ids are short, so a long input is not compared.</summary>
    private string? Closest(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 200)
        {
            return null;
        }

        return _elements
            .Select(e => (e.Id, Distance: EditDistance.Between(e.Id.ToLowerInvariant(), id.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(2, id.Length / 4))
            .OrderBy(x => x.Distance)
            .Select(x => x.Id)
            .FirstOrDefault();
    }
}
