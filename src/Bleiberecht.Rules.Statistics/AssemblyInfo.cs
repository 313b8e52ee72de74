using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Bleiberecht.Rules.Statistics.Tests")]
