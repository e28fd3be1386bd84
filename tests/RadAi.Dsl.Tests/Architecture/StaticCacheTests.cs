using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using RadAi.Dsl;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Architecture;

/// <summary>
/// A cache is a decorator outside the domain: value types, stereotypes and the C4 core answer from their own state,
/// never from a process-wide memo that a constructor or a lookup consults.
/// </summary>
public class StaticCacheTests
{
    private static readonly string[] Domain = ["C4", "Ai/Values", "Ai/Stereotypes"];

    [Fact]
    public void Value_types_stereotypes_and_the_C4_core_keep_no_static_memo()
    {
        var library = typeof(Workspace).Assembly;
        var memos = library.GetTypes()
            .Where(t => Domain.Any(folder => SourceLayers.IsIn(SourceLayers.FolderOf(t), folder)))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsLiteral && IsMemo(f.FieldType))
                .Select(f => $"{t.FullName}.{f.Name}"))
            .ToList();
        Assert.True(Domain.All(folder => library.GetTypes().Any(t => SourceLayers.IsIn(SourceLayers.FolderOf(t), folder))), "a domain folder has no types");
        Assert.Empty(memos);
    }

    // What can remember answers across calls: a concurrent map, a weak table, or any type named as a memo or cache.
    private static bool IsMemo(Type type)
    {
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(ConcurrentDictionary<,>) || type.GetGenericTypeDefinition() == typeof(ConditionalWeakTable<,>)))
            return true;
        return type.Name.Contains("Memo", StringComparison.Ordinal) || type.Name.Contains("Cache", StringComparison.Ordinal);
    }
}
