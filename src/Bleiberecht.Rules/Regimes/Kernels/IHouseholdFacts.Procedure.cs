using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>The facts the procedure kernels read (elements 23-24: the application and its deadline).</summary>
internal partial interface IHouseholdFacts
{
    /// <summary>An application was filed.</summary>
    Truth ApplicationFiled { get; }

    /// <summary>Day number of the application, or <see cref="Days.None"/>.</summary>
    int ApplicationDate { get; }
}
