using System.Globalization;
using System.Runtime.InteropServices;
using HamstringBack.Cli.Preview;

namespace HamstringBack.Cli;

/// <summary>`preview`: serves the site on http://localhost:PORT, rebuilding and reloading on every save, until Ctrl+C.</summary>
public static class PreviewCommand
{
    public static int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        if (!int.TryParse(args.Get("port", "5080"), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            throw new UsageException("--port needs a number from 0 to 65535.");
        }

        var input = args.Get("input", "input");
        var theme = ToolFiles.ThemeFor(args);
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
