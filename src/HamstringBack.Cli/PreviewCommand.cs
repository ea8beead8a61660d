using System.CommandLine;
using System.Runtime.InteropServices;
using HamstringBack.Cli.Preview;

namespace HamstringBack.Cli;

/// <summary>`preview`: serves the site on http://localhost:PORT, rebuilding and reloading on every save, until Ctrl+C.</summary>
public static class PreviewCommand
{
    /// <summary>The `preview` command: its options and its action.</summary>
    public static Command Create(CliOptions options)
    {
        var command = new Command("preview", "Serve the site on http://localhost:PORT, rebuild and reload the page on every save.")
        {
            options.Input, options.Theme, options.Port,
        };
        command.SetAction(result => Run(
            result.GetValue(options.Input)!,
            ToolFiles.ThemeFor(result.GetValue(options.Theme)),
            result.GetValue(options.Port),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string input, string theme, int port, TextWriter stdout, TextWriter stderr)
    {
        var toml = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input)) ?? ".", "netlify.toml");
        using var stop = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        // Ctrl+C (SIGINT) and a polite kill (SIGTERM) both stop the server cleanly: open pages are let go, port freed.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        return RunAsync(new PreviewOptions(input, theme, port, toml), stdout, stderr, stop.Token).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(PreviewOptions options, TextWriter stdout, TextWriter stderr, CancellationToken stop)
    {
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(options, stdout, stderr);
        }
        catch (IOException e)
        {
            stderr.WriteLine($"Cannot listen on port {options.Port} ({e.Message}). Choose another with --port N.");
            return ExitCodes.ContentErrors;
        }

        await using (server)
        {
            stdout.WriteLine($"Previewing on http://localhost:{server.Address.Port}/ (watching {options.Input}/ and {options.Theme}/). Press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, stop);
            }
            catch (OperationCanceledException)
            {
                stdout.WriteLine("Stopping the preview.");
            }
        }

        return ExitCodes.Success;
    }
}
