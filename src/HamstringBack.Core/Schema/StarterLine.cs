namespace HamstringBack.Core.Schema;

/// <summary>How `new` writes a key in a starter file.</summary>
public enum StarterLine
{
    /// <summary>Written with its starter value, for the editor to change.</summary>
    Written,

    /// <summary>Written behind a #, for the editor to switch on.</summary>
    CommentedOut,

    /// <summary>Not written: the key is explained in docs/editing.md.</summary>
    Left,
}
