namespace Bleiberecht.Rules.Statistics.Data;

/// <summary>All Land-chapter figures (figures the study prints in its Land chapters) with simple look-ups.</summary>
/// <param name="All">Every figure in file order (the printed order within a passage).</param>
public sealed record ChapterFigures(IReadOnlyList<ChapterFigure> All)
{
    /// <summary>Figures of one Land or Kommune with the given metric (exact metric id incl. category), in file order.</summary>
    /// <param name="name">Land or Kommune name as in the source (e.g. "Hamburg", "Wuppertal").</param>
    /// <param name="metric">Metric id.</param>
    public IReadOnlyList<ChapterFigure> Where(string name, string metric)
        => All.Where(f => f.Name == name && f.Metric == metric).ToArray();

    /// <summary>The first figure of one Land or Kommune with the given metric, or null.</summary>
    /// <param name="name">Land or Kommune name.</param>
    /// <param name="metric">Metric id.</param>
    public ChapterFigure? First(string name, string metric) => All.FirstOrDefault(f => f.Name == name && f.Metric == metric);

    /// <summary>The Land-scope figures of a Land (ISO code) with the given metric.</summary>
    /// <param name="landIso">ISO code.</param>
    /// <param name="metric">Metric id.</param>
    public IReadOnlyList<ChapterFigure> ForLand(string landIso, string metric)
        => All.Where(f => f.Scope == FigureScope.Land && f.LandIso == landIso && f.Metric == metric).ToArray();

    /// <summary>
    /// The value of a figure; throws if it is absent. Used by the validation rules, which are written against the
    /// shipped data and must fail loudly if the data change.
    /// </summary>
    /// <param name="name">Land or Kommune name.</param>
    /// <param name="metric">Metric id.</param>
    public ChapterFigure Require(string name, string metric)
        => First(name, metric) ?? throw new StatisticsDataException("land-chapter-figures.csv", 0, 0, "metric",
            $"expected figure '{metric}' for '{name}' is missing");
}
