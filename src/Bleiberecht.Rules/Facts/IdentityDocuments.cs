namespace Bleiberecht.Rules.Facts;

/// <summary>Passport and identity (elements <c>IMK.Identity.Passport</c> and <c>IMK.Identity.Cooperation</c>).</summary>
public sealed record IdentityDocuments
{
    /// <summary>A valid passport has been presented (Passpflicht, L1871-1874).</summary>
    public bool? ValidPassport { get; init; }

    /// <summary>An identity substitute (Ausweisersatz) or substitute travel document is available (L657-661).</summary>
    public bool? SubstituteDocument { get; init; }

    /// <summary>Identity is clarified (e.g. by a national ID card), L657-661.</summary>
    public bool? IdentityClarified { get; init; }

    /// <summary>Number of embassy visits confirmed in writing (Oder-Spree required 3).</summary>
    public int? ConfirmedEmbassyVisits { get; init; }

    /// <summary>Serious efforts to obtain a passport are credibly documented (Rhein-Lahn).</summary>
    public bool? CredibleEffortsDocumented { get; init; }

    /// <summary>The person has a firm job offer (relevant where a substitute suffices on a job offer).</summary>
    public bool? JobOffer { get; init; }

    /// <summary>Country or region of origin, for origin-specific passport practice.</summary>
    public string? Origin { get; init; }
}
