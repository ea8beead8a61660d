using Tomlyn.Model;
using Tomlyn.Serialization;

namespace HamstringBack.Cli.Serve;

/// <summary>Tomlyn's source-generated reader for netlify.toml as a plain table: no reflection at run time.</summary>
[TomlSerializable(typeof(TomlTable))]
public sealed partial class NetlifyToml : TomlSerializerContext;
