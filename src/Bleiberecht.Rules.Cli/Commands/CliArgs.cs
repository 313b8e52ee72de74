namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>Minimal option parsing shared by the commands: flags, valued options and positional arguments.</summary>
internal sealed class CliArgs
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CliArgs()
    {
    }

    /// <summary>Valued options in the order given, e.g. for "A then B" comparisons.</summary>
    public List<(string Option, string Value)> Ordered { get; } = [];

    /// <summary>Positional arguments.</summary>
    public List<string> Positional { get; } = [];

    /// <summary>Parses <paramref name="args"/>; <paramref name="valued"/> lists the options that take a value.</summary>
    public static CliArgs Parse(IReadOnlyList<string> args, IReadOnlySet<string> flags, IReadOnlySet<string> valued)
    {
        var result = new CliArgs();
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (flags.Contains(a))
            {
                result._flags.Add(a);
            }
            else if (valued.Contains(a))
            {
                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"option {a} needs a value");
                }

                if (!result._values.TryGetValue(a, out var list))
                {
                    result._values[a] = list = [];
                }

                list.Add(args[++i]);
                result.Ordered.Add((a, args[i]));
            }
            else if (a.StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"unknown option {a}");
            }
            else
            {
                result.Positional.Add(a);
            }
        }

        return result;
    }

    /// <summary>True if the flag was given.</summary>
    public bool Has(string flag) => _flags.Contains(flag);

    /// <summary>All values of an option.</summary>
    public IReadOnlyList<string> All(string option) => _values.TryGetValue(option, out var v) ? v : [];

    /// <summary>The last value of an option, or null.</summary>
    public string? Value(string option) => _values.TryGetValue(option, out var v) ? v[^1] : null;

    /// <summary>An integer option in [min, max] (culture-invariant), or the fallback if absent.</summary>
    /// <param name="option">The option, e.g. <c>--size</c>.</param>
    /// <param name="fallback">Value when the option is absent.</param>
    /// <param name="min">Smallest accepted value.</param>
    /// <param name="max">Largest accepted value.</param>
    /// <param name="command">The command, named in the error.</param>
    /// <param name="usage">Command usage, appended to the error.</param>
    public int Int(string option, int fallback, int min, int max, string command, string usage)
    {
        if (Value(option) is not { } text)
        {
            return fallback;
        }

        if (!int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) || v < min || v > max)
        {
            throw new UsageException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{command}: {option} needs an integer from {min} to {max}, got '{text}'\n{usage}"));
        }

        return v;
    }

    /// <summary>A 64-bit integer option (culture-invariant), or the fallback if absent.</summary>
    /// <param name="option">The option, e.g. <c>--seed</c>.</param>
    /// <param name="fallback">Value when the option is absent.</param>
    /// <param name="command">The command, named in the error.</param>
    /// <param name="usage">Command usage, appended to the error.</param>
    public long Long(string option, long fallback, string command, string usage)
    {
        if (Value(option) is not { } text)
        {
            return fallback;
        }

        if (!long.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v))
        {
            throw new UsageException($"{command}: {option} needs an integer, got '{text}'\n{usage}");
        }

        return v;
    }
}

/// <summary>Wrong command-line usage: exit code 2 with the message.</summary>
internal sealed class UsageException(string message) : Exception(message);
