using System.Reflection;

namespace Bleiberecht.Rules.Serialization;

/// <summary>
/// The summaries of the library's XML documentation of the case facts, so that the generated case schema describes
/// each fact in the words of the code that reads it — one text, no second copy in attributes to drift.
/// </summary>
/// <remarks>
/// The table is written into the assembly at build time by the source generator in
/// <c>Bleiberecht.Rules.Generators</c> (the namespaces are set in the project file), so the descriptions travel
/// with the DLL: a NuGet consumer, a published or single-file app gets the same schema as the repository build.
/// </remarks>
internal static partial class XmlDocumentation
{
    /// <summary>The summary of a property, field or type, if documented.</summary>
    public static string? Summary(MemberInfo member)
    {
        var key = member switch
        {
            Type t => "T:" + t.FullName?.Replace('+', '.'),
            PropertyInfo p => $"P:{p.DeclaringType?.FullName?.Replace('+', '.')}.{p.Name}",
            FieldInfo f => $"F:{f.DeclaringType?.FullName?.Replace('+', '.')}.{f.Name}",
            _ => null,
        };
        return key is null ? null : Lookup(key);
    }

    /// <summary>The flattened summary for a documentation id (<c>T:</c>, <c>P:</c>, <c>F:</c>), or <c>null</c>.</summary>
    private static partial string? Lookup(string key);
}
