using RadAi.Dsl.Client;
using Spectre.Console;

namespace RadAi.Dsl.Cli.Commands;

/// <summary><c>--branch</c> of push and pull: checked before anything is read, archived or sent.</summary>
internal static class BranchOption
{
    public static ValidationResult Validate(string? branch)
        => branch is null || StructurizrClient.IsValidBranchName(branch)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--branch '{branch}' is not a branch name Structurizr servers take: use letters, digits, '.', '_' and '-', starting with a letter or digit.");
}
