using System.Text.Json;
using System.Text.Json.Serialization;
using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// Stores an element reference as the element's canonical name and reads it back from the name (or the plain name) in
/// one workspace. The convention's options carry one bound to their workspace (<see cref="RadAiJson"/>); the
/// parameterless form exists for the <see cref="JsonConverterAttribute"/> on <see cref="ElementRef"/>, which keeps the
/// generated contract from describing the C4 model behind the reference, and refuses to work without a workspace.
/// </summary>
internal sealed class ElementRefConverter : JsonConverter<ElementRef>
{
    private readonly Workspace? _workspace;

    /// <summary>The converter of the type attribute: always replaced by a workspace's own.</summary>
    public ElementRefConverter() { }

    public ElementRefConverter(Workspace workspace) => _workspace = workspace;

    public override ElementRef Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var workspace = Workspace;
        if (reader.TokenType != JsonTokenType.String) throw new JsonException($"Expected an element's canonical name, found {reader.TokenType}.");
        var name = reader.GetString()!;
        var element = workspace.Model.GetElementWithCanonicalName(name) ?? workspace.Model.GetElement(name);
        return element is null
            ? throw new JsonException($"No element '{name}' in workspace '{workspace.Name}'; refer to elements by canonical name, e.g. \"Container://System.Container\".")
            : new ElementRef(element);
    }

    public override void Write(Utf8JsonWriter writer, ElementRef value, JsonSerializerOptions options)
    {
        RadAiModel.RequireSameWorkspace(Workspace, value.Element);
        writer.WriteStringValue(value.CanonicalName);
    }

    private Workspace Workspace => _workspace
        ?? throw new NotSupportedException("An element reference is read and written in a workspace: use the options of the workspace's RAD-AI model.");
}
