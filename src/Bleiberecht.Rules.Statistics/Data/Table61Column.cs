namespace Bleiberecht.Rules.Statistics.Data;

/// <summary>The count columns of table 6.1 (L4325-4335).</summary>
public enum Table61Column
{
    /// <summary>Duldung holders on 31.10.2006.</summary>
    Duldungen,

    /// <summary>Applications.</summary>
    Antraege,

    /// <summary>Residence permits (header missing in print).</summary>
    Aufenthaltserlaubnisse,

    /// <summary>Job-search Duldungen (Punkt 9).</summary>
    DuldungArbeitssuche,

    /// <summary>Rejections.</summary>
    Ablehnung,

    /// <summary>Not yet decided.</summary>
    Offen,
}
