namespace Bleiberecht.Rules.Statistics.Data;

/// <summary>Whether a chapter figure belongs to a Land or to a Kommune (Berlin and Hamburg are Länder).</summary>
public enum FigureScope
{
    /// <summary>A Land figure.</summary>
    Land,

    /// <summary>A Kommune (city or district) figure.</summary>
    Kommune,
}
