using System.Collections;
using System.Reflection;
using RadAi.Dsl;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Ai;

/// <summary>What the RAD-AI registers of a model hold, found by reflection, for tests that go over every record.</summary>
internal static class RegisterRecords
{
    /// <summary>The registers that hold something.</summary>
    public static IEnumerable<RadAiRegister> RegistersOf(RadAiModel model)
        => typeof(RadAiModel).GetProperties().Select(p => p.GetValue(model)).OfType<RadAiRegister>().Where(r => !r.IsEmpty);

    /// <summary>Every record the registers hold (a C# record declared in the AI layer, src/RadAi.Dsl/Ai).</summary>
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

    /// <summary>Whether a type is a RAD-AI record type (a C# record declared in the AI layer, src/RadAi.Dsl/Ai).</summary>
    public static bool IsRecord(Type type)
        => SourceLayers.LayerOf(type) == "Ai"
           && type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
}
