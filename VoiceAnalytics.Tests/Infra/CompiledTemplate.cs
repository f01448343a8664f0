using System.Globalization;
using System.Text;
using System.Text.Json;

namespace VoiceAnalytics.Tests.Infra;

/// <summary>
/// The ARM template that <c>scripts/bicep.sh</c> compiles from <c>infra/main.bicep</c> into <c>.tools/main.json</c>,
/// with just enough of the ARM expression language to read names and settings: string literals,
/// <c>parameters('x')</c> (its default), <c>variables('x')</c> and <c>format(...)</c>. Whatever needs a deployment
/// (<c>uniqueString</c>, <c>reference</c>, ...) reads as <see cref="Unknown"/>.
/// </summary>
internal sealed class CompiledTemplate
{
    public const string Unknown = "?";

    private static readonly Lazy<CompiledTemplate> Compiled = new(Load);

    private CompiledTemplate(string text, JsonElement root)
    {
        Text = text;
        Root = root;
    }

    public static CompiledTemplate Instance => Compiled.Value;

    public string Text { get; }

    public JsonElement Root { get; }

    /// <summary>Every resource, whether the template lists them (language version 1) or names them (2.0).</summary>
    public IEnumerable<JsonElement> Resources
    {
        get
        {
            var resources = Root.GetProperty("resources");
            return resources.ValueKind == JsonValueKind.Array
                ? resources.EnumerateArray()
                : resources.EnumerateObject().Select(r => r.Value);
        }
    }

    /// <summary>The raw values of the Function App's <c>config/appsettings</c> resource, by setting name.</summary>
    public IReadOnlyDictionary<string, string> AppSettings =>
        Single("Microsoft.Web/sites/config", r => LeafName(r) == "appsettings").GetProperty("properties").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);

    public IReadOnlyList<string> SecureParameters =>
        Root.GetProperty("parameters").EnumerateObject()
            .Where(p => p.Value.GetProperty("type").GetString() is "securestring" or "secureObject")
            .Select(p => p.Name)
            .ToList();

    public IEnumerable<JsonElement> OfType(string type) =>
        Resources.Where(r => r.GetProperty("type").GetString() == type);

    public JsonElement Single(string type, Func<JsonElement, bool>? where = null) =>
        Assert.Single(OfType(type), r => where?.Invoke(r) ?? true);

    /// <summary>The value of an app setting, evaluated.</summary>
    public string Setting(string name)
    {
        Assert.True(AppSettings.TryGetValue(name, out var raw), $"No app setting {name} in infra/main.bicep.");
        return Evaluate(raw);
    }

    /// <summary>The last segment of a resource's name (a child resource is named parent/child).</summary>
    public string LeafName(JsonElement resource) => Evaluate(resource.GetProperty("name").GetString()!).Split('/')[^1];

    /// <summary>A template string: a literal, or an expression in [brackets] ("[[" escapes a literal bracket).</summary>
    public string Evaluate(string value) =>
        value.StartsWith('[') && value.EndsWith(']') && !value.StartsWith("[[", StringComparison.Ordinal)
            ? new Parser(this, value[1..^1]).Expression()
            : value.StartsWith("[[", StringComparison.Ordinal) ? value[1..] : value;

    private string Call(string function, List<string> arguments) => function.ToLowerInvariant() switch
    {
        "parameters" => Root.GetProperty("parameters").GetProperty(arguments[0]).TryGetProperty("defaultValue", out var value)
            ? Literal(value)
            : Unknown,
        "variables" => Literal(Root.GetProperty("variables").GetProperty(arguments[0])),
        "format" => Format(arguments[0], arguments.Skip(1).ToList()),
        _ => Unknown,
    };

    private string Literal(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Evaluate(value.GetString()!),
        JsonValueKind.Number => value.GetRawText(),
        _ => Unknown,
    };

    private static string Format(string format, List<string> arguments)
    {
        var text = new StringBuilder(format);
        for (var i = 0; i < arguments.Count; i++)
        {
            text.Replace("{" + i.ToString(CultureInfo.InvariantCulture) + "}", arguments[i]);
        }

        return text.ToString();
    }

    private static CompiledTemplate Load()
    {
        var path = Path.Combine(TestData.RepoRoot, ".tools", "main.json");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing: run scripts/bicep.sh, which compiles infra/main.bicep into it.", path);
        }

        var text = File.ReadAllText(path);
        using var json = JsonDocument.Parse(text);
        return new CompiledTemplate(text, json.RootElement.Clone());
    }

    /// <summary>
    /// expression := 'literal' | number | name '(' [expression {',' expression}] ')' {'.' name | '[' expression ']'}.
    /// A property or index access after a call reads as unknown.
    /// </summary>
    private sealed class Parser(CompiledTemplate template, string text)
    {
        private int _position;

        public string Expression()
        {
            SkipSpaces();
            if (Peek() == '\'')
            {
                return QuotedLiteral();
            }

            var name = Name();
            Assert.True(name.Length > 0, $"Unexpected '{Peek()}' at {_position} in [{text}].");
            if (char.IsAsciiDigit(name[0]))
            {
                return name;
            }

            Expect('(');
            var arguments = new List<string>();
            SkipSpaces();
            while (Peek() != ')')
            {
                arguments.Add(Expression());
                SkipSpaces();
                if (Peek() == ',')
                {
                    _position++;
                }
            }

            Expect(')');
            var result = template.Call(name, arguments);
            while (Peek() is '.' or '[')
            {
                if (text[_position++] == '.')
                {
                    Name();
                }
                else
                {
                    Expression();
                    Expect(']');
                }

                result = Unknown;
            }

            return result;
        }

        private string QuotedLiteral()
        {
            var literal = new StringBuilder();
            _position++;
            while (true)
            {
                var c = text[_position++];
                if (c == '\'' && Peek() == '\'')
                {
                    literal.Append('\'');
                    _position++;
                }
                else if (c == '\'')
                {
                    return literal.ToString();
                }
                else
                {
                    literal.Append(c);
                }
            }
        }

        private string Name()
        {
            var start = _position;
            while (_position < text.Length && (char.IsAsciiLetterOrDigit(text[_position]) || text[_position] is '_' or '.'))
            {
                _position++;
            }

            return text[start.._position];
        }

        private char Peek()
        {
            SkipSpaces();
            return _position < text.Length ? text[_position] : '\0';
        }

        private void SkipSpaces()
        {
            while (_position < text.Length && text[_position] == ' ')
            {
                _position++;
            }
        }

        private void Expect(char c)
        {
            Assert.True(Peek() == c, $"Expected '{c}' at {_position} in [{text}].");
            _position++;
        }
    }
}
