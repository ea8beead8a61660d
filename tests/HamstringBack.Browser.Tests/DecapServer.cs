using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// decap-server (npm, installed by `npm ci`), the browser editor's local backend, run as `npx decap-server` runs it:
/// it reads and writes files under its working folder, here a temporary copy of the site. It listens on a free port
/// of 127.0.0.1 (its PORT and BIND_HOST variables) and is killed on dispose.
/// </summary>
public sealed class DecapServer : IAsyncDisposable
{
    private readonly Process _process;

    private DecapServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The address the editor's configuration names as local_backend.url.</summary>
    public string ApiUrl => $"http://127.0.0.1:{Port}/api/v1";

    /// <summary>Starts decap-server in <paramref name="folder"/> and waits until it listens.</summary>
    public static async Task<DecapServer> StartAsync(string folder)
    {
        var port = FreePort();
        var script = Path.Combine(RepoPaths.Root, "node_modules", "decap-server", "dist", "index.js");
        Assert.True(File.Exists(script), "decap-server is missing: run `npm ci`.");
        var start = new ProcessStartInfo("node", [script])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["BIND_HOST"] = "127.0.0.1";
        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new List<string>();
        void Read(object sender, DataReceivedEventArgs e)
        {
            lock (log)
            {
                log.Add(e.Data ?? string.Empty);
            }

            if (e.Data?.Contains("listening", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        }

        process.OutputDataReceived += Read;
        process.ErrorDataReceived += Read;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new DecapServer(process, port);
        var started = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (started != listening.Task)
        {
            await server.DisposeAsync();
            lock (log)
            {
                throw new InvalidOperationException("decap-server did not start:\n" + string.Join("\n", log));
            }
        }

        return server;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30)); // a bounded wait: disposing runs outside the test's timeout
        }

        _process.Dispose();
    }
}
