using System.Globalization;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// Never trusts the model: a value is kept only when its quote is found in the masked transcript, an enum value is
/// in its vocabulary and a number in its range. Lists are capped, so a runaway answer cannot grow the report.
/// </summary>
public static class AnswerValidator
{
    public const string QuoteNotFound = "quote_not_found";
    public const string NotAllowed = "not_allowed";
    public const string OutOfRange = "out_of_range";
    private const int MaxItems = 30;
    private const int MaxParagraphs = 3;
    private const int MaxTextLength = 1500;

    public static ValidatedAnswer Validate(ModelAnswer answer, QuoteFinder quotes)
    {
        var fields = new Dictionary<string, IReadOnlyList<ModelValue>>(StringComparer.Ordinal);
        var dropped = new List<DroppedValue>();

        void Number(string field, ModelNumber? value)
        {
            if (value is null)
            {
                return;
            }

            var (min, max) = LabelVocabulary.Ranges[field];
            var text = value.Value.ToString(CultureInfo.InvariantCulture);
            if (value.Value < min || value.Value > max)
            {
                dropped.Add(new DroppedValue(field, text, OutOfRange));
                return;
            }

            Keep(field, text, value.Confidence, value.Quote);
        }

        void Labels(string field, IEnumerable<ModelLabel?> values)
        {
            foreach (var value in values.Take(MaxItems))
            {
                if (value is null)
                {
                    continue;
                }

                if (!LabelVocabulary.Allows(field, value.Value))
                {
                    dropped.Add(new DroppedValue(field, Short(value.Value), NotAllowed));
                    continue;
                }

                Keep(field, value.Value, value.Confidence, value.Quote);
            }
        }

        void Keep(string field, string value, double confidence, string quote)
        {
            var evidence = quotes.Find(quote);
            if (evidence is null)
            {
                dropped.Add(new DroppedValue(field, value, QuoteNotFound));
                return;
            }

            var list = fields.TryGetValue(field, out var existing) ? [.. existing] : new List<ModelValue>();
            if (list.All(v => v.Value != value))
            {
                list.Add(new ModelValue(value, Math.Clamp(confidence, 0, 1), evidence));
            }

            fields[field] = list;
        }

        Number("team_size", answer.TeamSize);
        Number("company_size", answer.CompanySize);
        Number("monthly_volume", answer.MonthlyVolume);
        Labels("integration_needs", answer.IntegrationNeeds ?? []);
        Labels("industry", [answer.Industry]);
        Labels("use_cases", answer.UseCases ?? []);
        Labels("current_tool", [answer.CurrentTool]);
        Labels("competitors_mentioned", answer.CompetitorsMentioned ?? []);
        Labels("decision_timeline", [answer.DecisionTimeline]);
        Labels("budget_authority", [answer.BudgetAuthority]);
        Labels("urgency", [answer.Urgency]);
        Labels("feature_requests", answer.FeatureRequests ?? []);
        Labels("stakeholders", answer.Stakeholders ?? []);
        Labels("buying_signal", [answer.BuyingSignal]);
        Labels("sentiment", [answer.Sentiment]);
        Labels("sentiment_trend", [answer.SentimentTrend]);
        Number("user_questions", answer.UserQuestions);
        if (answer.NaturalEnding is { } ending)
        {
            Keep("natural_ending", ending.Value ? "true" : "false", ending.Confidence, ending.Quote);
        }

        var objections = new List<ModelObjectionFinding>();
        foreach (var objection in (answer.Objections ?? []).Take(MaxItems))
        {
            var evidence = quotes.Find(objection.Quote);
            if (!LabelVocabulary.Allows("objection_categories", objection.Category) || !LabelVocabulary.Allows("objection_status", objection.Status))
            {
                dropped.Add(new DroppedValue("objection_categories", Short(objection.Category), NotAllowed));
            }
            else if (evidence is null)
            {
                dropped.Add(new DroppedValue("objection_categories", objection.Category, QuoteNotFound));
            }
            else
            {
                objections.Add(new ModelObjectionFinding(objection.Category, Short(objection.Detail), Short(objection.Handling), objection.Status, Math.Clamp(objection.Confidence, 0, 1), evidence));
                Keep("objection_categories", objection.Category, objection.Confidence, objection.Quote);
            }
        }

        var actions = new List<ModelActionFinding>();
        foreach (var item in (answer.ActionItems ?? []).Take(MaxItems))
        {
            var evidence = quotes.Find(item.Quote);
            if (!LabelVocabulary.Allows("action_item_owners", item.Owner))
            {
                dropped.Add(new DroppedValue("action_item_owners", Short(item.Owner), NotAllowed));
            }
            else if (evidence is null)
            {
                dropped.Add(new DroppedValue("action_item_owners", item.Owner, QuoteNotFound));
            }
            else
            {
                var due = DateOnly.TryParseExact(item.DueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null;
                actions.Add(new ModelActionFinding(item.Owner, Short(item.Description), due, Math.Clamp(item.Confidence, 0, 1), evidence));
                Keep("action_item_owners", item.Owner, item.Confidence, item.Quote);
            }
        }

        return new ValidatedAnswer
        {
            Fields = fields,
            Objections = objections,
            ActionItems = actions,
            // Paragraphs are prose, not extractions: kept (masked by the prompt's input), only bounded.
            ExecutiveParagraphs = [.. (answer.ExecutiveParagraphs ?? []).Take(MaxParagraphs).Select(p => PersonalDataMasker.Mask(Short(p), null))],
            Dropped = dropped,
        };
    }

    private static string Short(string? text) => text is null ? "" : text.Length <= MaxTextLength ? text : text[..MaxTextLength];
}
