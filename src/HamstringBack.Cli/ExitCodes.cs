namespace HamstringBack.Cli;

/// <summary>What the program's exit code means.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;

    /// <summary>A bug in the program itself (EX_SOFTWARE in sysexits.h), never a problem in the input.</summary>
    public const int InternalError = 70;
}
