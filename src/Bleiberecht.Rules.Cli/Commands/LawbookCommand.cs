using System.CommandLine;
using Bleiberecht.Rules.Cli.Html;
using Bleiberecht.Rules.Cli.Output;

namespace Bleiberecht.Rules.Cli.Commands;

/// <summary>
/// <c>bleiberecht lawbook --html FILE [--lang de|en] [--study FILE]</c>: every element of the IMK regime and of
/// § 104a with its citations, the cited study lines beside it, and the options and Land profiles that change it.
/// </summary>
internal static class LawbookCommand
{
    public static Command Create(CliIo io)
    {
        var html = new Option<string>("--html") { Description = "the page to write; - for stdout", HelpName = "FILE", Required = true };
        var lang = CommonOptions.Lang();
        var study = CommonOptions.Study();
        var command = new CliCommand("lawbook", "A generated law book: every rule element with its citations, the cited study lines beside it, and which discretion options and Land/Kommune profiles change it.")
        {
            Examples = ["bleiberecht lawbook --html out/lawbook.html", "bleiberecht lawbook --html out/lawbook-en.html --lang en --study path/to/expertise-2008.txt"],
        };
        command.Add(html);
        command.Add(lang);
        command.Add(study);
        command.SetAction(r =>
        {
            var file = r.GetValue(html)!;
            OutputPaths.EnsureWritableFile(file, "--html");
            var text = StudyText.Locate(r.GetValue(study));
            OutputPaths.WriteText(file, LawBookPage.Render(r.GetValue(lang), text), io.Out);
            if (file != "-")
            {
                io.Err.WriteLine($"wrote {file}{(text is null ? " (study text not found: citations without line text; see --study)" : string.Empty)}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
