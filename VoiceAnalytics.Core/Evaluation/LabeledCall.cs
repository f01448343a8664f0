namespace VoiceAnalytics.Core.Evaluation;

/// <summary>A payload file and its labels file (<c>id.json</c>, <c>id.labels.json</c>).</summary>
public sealed record LabeledCall(string Id, string PayloadPath, string LabelsPath)
{
    public static IReadOnlyList<LabeledCall> Find(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No folder {folder}.");
        }

        return
        [
            .. Directory.GetFiles(folder, "*.labels.json")
                .Select(labels => (labels, payload: labels[..^".labels.json".Length] + ".json"))
                .Where(pair => File.Exists(pair.payload))
                .Select(pair => new LabeledCall(Path.GetFileName(pair.payload)[..^".json".Length], pair.payload, pair.labels))
                .OrderBy(call => call.Id, StringComparer.Ordinal),
        ];
    }
}
