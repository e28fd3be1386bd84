namespace RadAi.Dsl.Cli;

/// <summary>The user's input cannot be used; the message is shown as is (no stack trace) and radai exits with <see cref="ExitCode.BadInput"/>.</summary>
internal sealed class BadInputException : Exception
{
    public BadInputException(string message) : base(message) { }

    public BadInputException(string message, Exception innerException) : base(message, innerException) { }
}
