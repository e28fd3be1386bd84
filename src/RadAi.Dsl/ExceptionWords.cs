namespace RadAi.Dsl;

/// <summary>
/// An exception's message as the person who gave the value should read it: an <see cref="ArgumentException"/>'s own
/// sentence without the " (Parameter 'value')" and "Actual value was …" the runtime appends for programmers, and a
/// System.Text.Json message without its " Path: … | LineNumber: … | BytePositionInLine: …" (errors name the place
/// themselves). Used where a library message is passed on as the reason for bad input.
/// </summary>
internal static class ExceptionWords
{
    public static string Of(Exception e)
    {
        var message = e.Message;
        if (e is ArgumentException { ParamName: { } name }) message = Cut(message, " (Parameter '" + name + "')");
        if (e is System.Text.Json.JsonException) message = Cut(Cut(message, " Path: "), " LineNumber: ");
        return message;
    }

    private static string Cut(string message, string from)
    {
        var at = message.IndexOf(from, StringComparison.Ordinal);
        return at >= 0 ? message[..at] : message;
    }
}
