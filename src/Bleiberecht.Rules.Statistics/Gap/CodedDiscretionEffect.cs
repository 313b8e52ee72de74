namespace Bleiberecht.Rules.Statistics.Gap;

/// <summary>
/// The permit shares two Land profiles give one synthetic population (persons), and their paired difference: what
/// the discretion as encoded does when the population is held fixed.
/// </summary>
/// <param name="ShareA">Residence-permit share of persons under the first Land's profile.</param>
/// <param name="LowerA">Lower end of its bootstrap 95 % interval.</param>
/// <param name="UpperA">Upper end of its bootstrap 95 % interval.</param>
/// <param name="ShareB">Residence-permit share under the second Land's profile.</param>
/// <param name="LowerB">Lower end of its bootstrap 95 % interval.</param>
/// <param name="UpperB">Upper end of its bootstrap 95 % interval.</param>
/// <param name="Difference">ShareB − ShareA on the same households.</param>
/// <param name="DifferenceLower">Lower end of the paired bootstrap 95 % interval of the difference.</param>
/// <param name="DifferenceUpper">Upper end of the paired bootstrap 95 % interval of the difference.</param>
/// <param name="Households">Households in the population.</param>
/// <param name="Persons">Persons in the population.</param>
/// <param name="Seed">Seed of the population and of the bootstrap.</param>
/// <param name="Resamples">Bootstrap resamples.</param>
public sealed record CodedDiscretionEffect(
    double ShareA,
    double LowerA,
    double UpperA,
    double ShareB,
    double LowerB,
    double UpperB,
    double Difference,
    double DifferenceLower,
    double DifferenceUpper,
    int Households,
    int Persons,
    long Seed,
    int Resamples);
