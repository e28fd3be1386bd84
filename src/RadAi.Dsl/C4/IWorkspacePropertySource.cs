namespace RadAi.Dsl;

/// <summary>
/// Workspace properties that a layer above the core keeps in its own typed form (the RAD-AI registers) and hands to
/// the workspace only when it is written: <see cref="Workspace.GetEffectiveProperties"/> lists them after the stored
/// <see cref="Workspace.Properties"/>, so reading a stored property never computes one of these.
/// </summary>
internal interface IWorkspacePropertySource
{
    /// <summary>The keys of the properties the source holds now, in the order they are written. Computes no value.</summary>
    IReadOnlyList<string> Keys { get; }

    /// <summary>Computes the value of one of <see cref="Keys"/> now, as UTF-8; nothing is kept.</summary>
    byte[] Utf8ValueOf(string key);
}
