using System.Text.Json;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Llm;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Evaluation;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.LocalHost.Cli;

/// <summary>
/// <c>eval DIR [--analyzer rules|llm|merged] [--json] [--failures] [--predictions FILE] [--reports FILE] [--restyle raw|smart]</c>: runs the analyzers on
/// labeled calls and prints per-field accuracy or precision/recall/F1 and the macro average. <c>rules</c> (default)
/// is the deterministic analyzers alone; <c>llm</c> the model's validated values alone; <c>merged</c> the final values
/// the pipeline uses. The last two need <c>Llm:*</c> settings (an endpoint). <c>--restyle</c> first rewrites the
/// user's turns as a speech-to-text engine could have given them (<see cref="SpokenStyle"/>). <c>--reports</c> writes
/// each call's whole analysis (every analyzer's result, as the API's report holds it) as one JSON line: what to diff
/// when a change must leave every output as it was. Progress goes to stderr.
/// </summary>
public static class EvalCommand
{
    public const string Usage = "usage: eval DIR [--analyzer rules|llm|merged] [--json] [--failures] [--predictions FILE] [--reports FILE] [--restyle raw|smart]";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        string? folder = null;
        string? predictionsFile = null;
        string? reportsFile = null;
        var json = false;
        var failures = false;
        var analyzer = "rules";
        string? restyle = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--json": json = true; break;
                case "--failures": failures = true; break;
                case "--analyzer" when i + 1 < args.Count && args[i + 1] is "rules" or "llm" or "merged": analyzer = args[++i]; break;
                case "--restyle" when i + 1 < args.Count && SpokenStyle.IsKnown(args[i + 1]): restyle = args[++i]; break;
                case "--restyle":
                    error.WriteLine($"--restyle takes {SpokenStyle.Raw} or {SpokenStyle.Smart}. {Usage}");
                    return 2;
                case "--predictions" when i + 1 < args.Count: predictionsFile = args[++i]; break;
                case "--reports" when i + 1 < args.Count: reportsFile = args[++i]; break;
                case var value when !value.StartsWith("--", StringComparison.Ordinal) && folder is null: folder = value; break;
                default:
                    error.WriteLine($"Unknown argument {args[i]}. {Usage}");
                    return 2;
            }
        }

        if (folder is null)
        {
            error.WriteLine(Usage);
            return 2;
        }

        IReadOnlyList<LabeledCall> calls;
        try
        {
            calls = LabeledCall.Find(folder);
        }
        catch (DirectoryNotFoundException ex)
        {
            error.WriteLine(ex.Message);
            return 2;
        }

        if (calls.Count == 0)
        {
            error.WriteLine($"No <id>.json with <id>.labels.json in {folder}.");
            return 2;
        }

        using var services = OfflineServices.Build();
        var analyzers = services.GetServices<IAnalyzer>().ToList();
        if (analyzer != "rules" && !analyzers.OfType<LlmAnalyzer>().Any())
        {
            error.WriteLine($"--analyzer {analyzer} needs the model: set Llm:Endpoint and Llm:Deployments:Cheap (README, \"Measuring the model path\").");
            return 2;
        }

        Func<byte[], byte[]>? rewrite = restyle is null ? null : payload => SpokenStyle.RewritePayload(payload, restyle);
        var evaluator = analyzer switch
        {
            "llm" => new Evaluator(analyzers, ModelLabelProjection.Project, rewrite),
            "merged" => new Evaluator(analyzers, rewrite: rewrite),
            _ => new Evaluator(analyzers.Where(a => a is not LlmAnalyzer), rewrite: rewrite),
        };
        using var reports = reportsFile is null ? null : new StreamWriter(reportsFile);
        var result = evaluator.Evaluate(
            calls,
            (done, total) => { if (done % 10 == 0 || done == total) { error.WriteLine($"evaluated {done}/{total}"); } },
            reports is null ? null : (payload, results) => reports.WriteLine(ReportLine(payload, results)));
        if (json)
        {
            EvaluationWriter.WriteJson(result, output);
        }
        else
        {
            EvaluationWriter.WriteTable(result, output);
        }

        if (failures)
        {
            EvaluationWriter.WriteFailures(result, json ? error : output);
        }

        if (predictionsFile is not null)
        {
            using var writer = new StreamWriter(predictionsFile);
            EvaluationWriter.WritePredictions(result, writer);
        }

        return 0;
    }

    /// <summary>One call's analysis as a JSON line, keys sorted so two builds' files compare byte for byte.</summary>
    private static string ReportLine(SessionPayload payload, AnalysisResults results) =>
        JsonSerializer.Serialize(
            new SortedDictionary<string, object>(StringComparer.Ordinal)
            {
                ["session_id"] = payload.SessionId,
                ["results"] = new SortedDictionary<string, object>(results.ToDictionary(), StringComparer.Ordinal),
            },
            ReportJson.Options);
}
