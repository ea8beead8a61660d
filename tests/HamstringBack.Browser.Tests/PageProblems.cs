using Microsoft.Playwright;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// Records what a page complains about: Content-Security-Policy violations (the `securitypolicyviolation`
/// event, kept across reloads in the list) and console errors, which is also where Chromium reports refused loads.
/// </summary>
public sealed class PageProblems
{
    private const string Listener = """
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} on ${location.pathname}`));
        """;

    private readonly List<string> _messages = [];

    private Func<IConsoleMessage, bool> _ignored = _ => false;

    private PageProblems()
    {
    }

    /// <summary>Every CSP violation and console error seen so far.</summary>
    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_messages)
            {
                return _messages.ToList();
            }
        }
    }

    /// <summary>Forgets what was seen so far (for a page that several tests use in turn).</summary>
    public void Clear()
    {
        lock (_messages)
        {
            _messages.Clear();
        }
    }

    /// <summary>
    /// Leaves out, from now on, the console errors that <paramref name="ignored"/> picks: for what the test itself
    /// does to the page (a request it blocks), which is no problem of the page's.
    /// </summary>
    public void Ignore(Func<IConsoleMessage, bool> ignored) => _ignored = ignored;

    /// <summary>Starts recording on <paramref name="page"/>, before it loads anything.</summary>
    public static async Task<PageProblems> WatchAsync(IPage page)
    {
        var problems = new PageProblems();
        await page.AddInitScriptAsync(Listener);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !problems._ignored(message))
            {
                lock (problems._messages)
                {
                    problems._messages.Add(message.Text);
                }
            }
        };
        return problems;
    }
}
