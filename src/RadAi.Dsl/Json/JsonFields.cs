namespace RadAi.Dsl;

/// <summary>Maps a property name (UTF-8, unescaped) to its <see cref="JsonField"/>; a switch on the length first keeps it to one or two comparisons.</summary>
internal static class JsonFields
{
    // Optimised at first call, as the reader's per-token methods are (see WorkspaceJsonReader).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static JsonField Classify(ReadOnlySpan<byte> name) => name.Length switch
    {
        2 => name.SequenceEqual("id"u8) ? JsonField.Id : JsonField.Unknown,
        3 => name.SequenceEqual("url"u8) ? JsonField.Url : JsonField.Unknown,
        4 => name.SequenceEqual("name"u8) ? JsonField.Name : name.SequenceEqual("tags"u8) ? JsonField.Tags : JsonField.Unknown,
        5 => name.SequenceEqual("model"u8) ? JsonField.Model : name.SequenceEqual("views"u8) ? JsonField.Views : name.SequenceEqual("group"u8) ? JsonField.Group : JsonField.Unknown,
        6 => name.SequenceEqual("people"u8) ? JsonField.People : JsonField.Unknown,
        7 => name.SequenceEqual("version"u8) ? JsonField.Version : JsonField.Unknown,
        8 => name.SequenceEqual("metadata"u8) ? JsonField.Metadata : name.SequenceEqual("sourceId"u8) ? JsonField.SourceId : JsonField.Unknown,
        9 => name.SequenceEqual("thumbnail"u8) ? JsonField.Thumbnail : JsonField.Unknown,
        10 => name.SequenceEqual("properties"u8) ? JsonField.Properties : name.SequenceEqual("technology"u8) ? JsonField.Technology : name.SequenceEqual("containers"u8) ? JsonField.Containers : name.SequenceEqual("components"u8) ? JsonField.Components : JsonField.Unknown,
        11 => name.SequenceEqual("description"u8) ? JsonField.Description : JsonField.Unknown,
        12 => name.SequenceEqual("perspectives"u8) ? JsonField.Perspectives : JsonField.Unknown,
        13 => name.SequenceEqual("configuration"u8) ? JsonField.Configuration : name.SequenceEqual("documentation"u8) ? JsonField.Documentation : name.SequenceEqual("relationships"u8) ? JsonField.Relationships : name.SequenceEqual("destinationId"u8) ? JsonField.DestinationId : JsonField.Unknown,
        14 => name.SequenceEqual("customElements"u8) ? JsonField.CustomElements : JsonField.Unknown,
        15 => name.SequenceEqual("softwareSystems"u8) ? JsonField.SoftwareSystems : name.SequenceEqual("deploymentNodes"u8) ? JsonField.DeploymentNodes : JsonField.Unknown,
        16 => name.SequenceEqual("lastModifiedDate"u8) ? JsonField.LastModifiedDate : name.SequenceEqual("lastModifiedUser"u8) ? JsonField.LastModifiedUser : name.SequenceEqual("interactionStyle"u8) ? JsonField.InteractionStyle : JsonField.Unknown,
        17 => name.SequenceEqual("lastModifiedAgent"u8) ? JsonField.LastModifiedAgent : JsonField.Unknown,
        20 => name.SequenceEqual("linkedRelationshipId"u8) ? JsonField.LinkedRelationshipId : JsonField.Unknown,
        _ => JsonField.Unknown,
    };
}
