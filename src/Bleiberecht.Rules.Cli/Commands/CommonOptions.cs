using System.CommandLine;
using Bleiberecht.Rules.Cli.Output;
using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>Options that several commands share, each created fresh for its command.</summary>
internal static class CommonOptions
{
    /// <summary>Case inputs: files, directories, wildcards, <c>-</c> for standard input.</summary>
    public static Argument<string[]> Inputs()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "case files (.json), directories (every *.json in name order), wildcards like 'samples/0*.json', or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };

        // System.CommandLine hands an unknown "--option" to the argument; it is a typo, not a file name
        // (a file that starts with "-" can be given as ./-name).
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"unknown option {Input.InputLimits.Echo(token.Value)}");
                }
            }
        });
        return inputs;
    }

    /// <summary><c>--json</c>.</summary>
    public static Option<bool> Json(string what = "results") => new("--json") { Description = $"print the {what} as JSON on stdout" };

    /// <summary><c>--jsonl</c>: one compact decision per line.</summary>
    public static Option<bool> JsonLines() => new("--jsonl") { Description = "print JSON Lines: one compact decision per line, streamed household by household" };

    /// <summary><c>--explanations none|failed|full</c> for JSON decisions.</summary>
    public static Option<ExplanationDetail> Explanations(ExplanationDetail fallback) => Only(new Option<ExplanationDetail>("--explanations")
    {
        Description = "how much of the explanation tree JSON output carries: full, failed (only nodes not met, with their path) or none",
        DefaultValueFactory = _ => fallback,
        HelpName = "none|failed|full",
    }, "none", "failed", "full");

    /// <summary><c>--no-explanations</c>: shorthand for <c>--explanations none</c>.</summary>
    public static Option<bool> NoExplanations() => new("--no-explanations") { Description = "shorthand for --explanations none" };

    /// <summary><c>--profile</c>: a Land or Kommune, or <c>case</c>.</summary>
    public static Option<string?> Profile() => new("--profile")
    {
        Description = "decide under a Land's or Kommune's practice (id or name, see 'profiles list'), or 'case' for each case's own authority",
        HelpName = "ID|case",
    };

    /// <summary><c>--variant</c>: a rule-variant file.</summary>
    public static Option<string?> Variant() => new("--variant") { Description = "decide under a rule-variant file (see 'validate')", HelpName = "FILE" };

    /// <summary><c>--lang de|en</c>: one language for the whole run.</summary>
    public static Option<Language> Lang(Language fallback = Language.De) => Only(new Option<Language>("--lang")
    {
        Description = "language of labels and questions: de (the language of the law) or en; one language per run",
        DefaultValueFactory = _ => fallback,
        HelpName = "de|en",
    }, "de", "en");

    // Enum options by name only: the default enum parsing would also take "7" as an (undefined) value.
    private static Option<T> Only<T>(Option<T> option, params string[] names)
    {
        option.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, names);
        return option;
    }

    /// <summary><c>--study</c>: the study text for HTML pages.</summary>
    public static Option<string?> Study() => new("--study")
    {
        Description = "the study's text (expertise-2008.txt) whose cited lines HTML pages show on hover; default: $BLEIBERECHT_STUDY, else shared/source/expertise-2008.txt in or above the current directory, else citations without line text",
        HelpName = "FILE",
    };
}
