using System.Text.Json;

namespace RadAi.Dsl.Client;

/// <summary>The server's <c>{"success":…,"message":…,"revision":…}</c> answer; fields are null when absent or unreadable.</summary>
internal sealed record ApiResponse(bool? Success, string? Message, long? Revision)
{
    public static ApiResponse Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty) return new ApiResponse(null, null, null);
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object) return new ApiResponse(null, null, null);
            var root = document.RootElement;
            bool? success = root.TryGetProperty("success", out var s) && s.ValueKind is JsonValueKind.True or JsonValueKind.False ? s.GetBoolean() : null;
            var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            long? revision = root.TryGetProperty("revision", out var r) && r.ValueKind == JsonValueKind.Number && r.TryGetInt64(out var rv) ? rv : null;
            return new ApiResponse(success, message, revision);
        }
        catch (JsonException)
        {
            return new ApiResponse(null, null, null);
        }
    }
}
