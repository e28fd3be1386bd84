namespace RadAi.Dsl;

/// <summary>Who may see and edit a workspace on a Structurizr server.</summary>
public sealed class WorkspaceConfiguration
{
    private readonly List<WorkspaceUser> _users = [];

    /// <summary>Users and their roles.</summary>
    public IReadOnlyList<WorkspaceUser> Users => _users;

    /// <summary>Public or private; null leaves the server's default.</summary>
    public WorkspaceVisibility? Visibility { get; set; }

    /// <summary>Landscape or software system scope; null for none.</summary>
    public WorkspaceScope? Scope { get; set; }

    /// <summary>Grants a user a role.</summary>
    public WorkspaceUser AddUser(string username, WorkspaceRole role)
    {
        if (string.IsNullOrWhiteSpace(username)) throw new ArgumentException("A user needs a name.", nameof(username));
        var user = new WorkspaceUser(username, role);
        _users.Add(user);
        return user;
    }
}

/// <summary>A user of a workspace and their role.</summary>
/// <param name="Username">The user name, usually an e-mail address.</param>
/// <param name="Role">Read-write or read-only.</param>
public sealed record WorkspaceUser(string Username, WorkspaceRole Role);

/// <summary>A user's role in a workspace.</summary>
public enum WorkspaceRole
{
    /// <summary>May edit.</summary>
    ReadWrite,
    /// <summary>May only read.</summary>
    ReadOnly,
}

/// <summary>Who can see a workspace.</summary>
public enum WorkspaceVisibility
{
    /// <summary>Anyone.</summary>
    Public,
    /// <summary>Only its users.</summary>
    Private,
}

/// <summary>What a workspace describes.</summary>
public enum WorkspaceScope
{
    /// <summary>A landscape of many software systems.</summary>
    Landscape,
    /// <summary>A single software system.</summary>
    SoftwareSystem,
}
