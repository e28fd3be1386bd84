using System.Globalization;
using System.Text;

namespace RadAi.Dsl.Tests.Json;

/// <summary>
/// Jackson's escaping one character at a time, as structurizr-java's golden output has it (escaping-compact.json,
/// ../shared/structurizr/FACTS.md 5.5): '"' and '\' escaped, control characters as \n \t \r \b \f or \u00XX (upper-case
/// hex), everything else raw as UTF-8, an unpaired surrogate as '?'. The reference the writer's vector search is held to.
/// </summary>
internal static class JacksonReference
{
    public static byte[] Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\t': quoted.Append("\\t"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\b': quoted.Append("\\b"); break;
                case '\f': quoted.Append("\\f"); break;
                default:
                    if (c < 0x20) quoted.Append("\\u00").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) quoted.Append(c).Append(text[++i]);
                    else if (char.IsSurrogate(c)) quoted.Append('?');
                    else quoted.Append(c);
                    break;
            }
        }
        return Encoding.UTF8.GetBytes(quoted.Append('"').ToString());
    }
}
