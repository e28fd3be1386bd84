using RadAi.Dsl;

namespace RadAi.Dsl.Cli;

/// <summary>Reads the workspace JSON named on the command line, turning the reader's errors into bad input.</summary>
internal static class WorkspaceInput
{
    public static Workspace Read(string path)
    {
        try
        {
            return WorkspaceJson.ReadFile(path);
        }
        catch (WorkspaceJsonException e)
        {
            // the reader's message already names the file, the line and the JSON path
            throw new BadInputException(e.Message, e);
        }
    }
}
