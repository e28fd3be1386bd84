using System.Collections;
using System.Reflection;
using RadAi.Dsl.Ai;

namespace RadAi.Dsl.Tests.Ai;

/// <summary>What the RAD-AI registers of a model hold, found by reflection, for tests that go over every record.</summary>
internal static class RegisterRecords
{
    /// <summary>The registers that hold something.</summary>
    public static IEnumerable<RadAiRegister> RegistersOf(RadAiModel model)
        => typeof(RadAiModel).GetProperties().Select(p => p.GetValue(model)).OfType<RadAiRegister>().Where(r => !r.IsEmpty);

    /// <summary>Every record the registers hold (a C# record in the RadAi.Dsl.Ai namespaces).</summary>
    public static List<object> RecordsOf(RadAiModel model)
    {
        var records = new List<object>();
        foreach (var register in RegistersOf(model))
            foreach (var property in register.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0) continue;
                switch (property.GetValue(register))
                {
                    case string:
                        break;
                    case IEnumerable items:
                        records.AddRange(items.Cast<object?>().Where(i => i is not null && IsRecord(i.GetType()))!);
                        break;
                    case { } value when IsRecord(value.GetType()):
                        records.Add(value);
                        break;
                }
            }
        return records;
    }

    /// <summary>
    /// Whether a record type or one of its properties carries a System.Text.Json attribute (a stored name other than the
    /// property's, a computed property left out): the planned writer leaves such types to the serializer.
    /// </summary>
    public static bool HasJsonAttribute(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly).Prepend<MemberInfo>(type)
            .Any(m => m.GetCustomAttributesData().Any(a => a.AttributeType.Namespace == "System.Text.Json.Serialization"));

    /// <summary>Whether a type is a RAD-AI record type (a C# record in the RadAi.Dsl.Ai namespaces).</summary>
    public static bool IsRecord(Type type)
        => type.Namespace?.StartsWith("RadAi.Dsl.Ai", StringComparison.Ordinal) == true
           && type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
}
