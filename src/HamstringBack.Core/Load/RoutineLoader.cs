using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;
using HamstringBack.Core.Schema;
using YamlDotNet.RepresentationModel;

namespace HamstringBack.Core.Load;

/// <summary>Reads input/routine.yml: a title and the ordered exercise ids.</summary>
public static class RoutineLoader
{
    /// <summary>Parses the routine, keeping where each id was written so that missing ones can be reported.</summary>
    public static (Routine Routine, IReadOnlyList<SourceLocation> Locations)? Load(SourceFile file, DiagnosticBag diagnostics)
    {
        if (YamlDocumentLoader.Load(file.Path, file.Text, 1, diagnostics) is not { } mapping)
        {
            return null;
        }

        var f = new YamlFields(mapping, file.Path, 1, diagnostics);
        var keys = SiteSchema.Routine;
        f.RejectUnknownKeys(keys);
        var title = f.Text(keys["title"]) ?? keys["title"].Default!;
        var ids = f.TextList(keys["exercises"]);
        if (f.Failed)
        {
            return null;
        }

        var list = (YamlSequenceNode)mapping.Children[new YamlScalarNode("exercises")];
        var locations = list.Children.Select(n => YamlDocumentLoader.At(file.Path, 1, n.Start)).ToList();
        return (new Routine(title, ids), locations);
    }
}
