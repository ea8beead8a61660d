namespace HamstringBack.Browser.Tests;

/// <summary>
/// The most one browser test may take. A test that waits on something that never comes (a browser call, a server,
/// a child process) fails after this long with the name of the test, and the run goes on: without it one stuck
/// await held the whole run until CI's limit, with nothing printed (issue 13). Every async test in this assembly
/// names it (<see cref="TimeoutGuardTests"/>); the slowest test takes about 3 minutes on an idle machine.
/// </summary>
public static class TestTimeout
{
    public const int Browser = 10 * 60 * 1000;
}
