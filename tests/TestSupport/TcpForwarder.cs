using System.Net;
using System.Net.Sockets;

namespace SummitCoordination.TestSupport;

/// <summary>
/// A loopback port that forwards to another (the test's SMTP server) and can be switched off and on: a mail server that
/// is down (nothing listens, connections are refused) and comes back on the same address, without touching the server.
/// </summary>
public sealed class TcpForwarder : IAsyncDisposable
{
    private readonly int _target;
    private readonly string _targetHost;
    private TcpListener? _listener;
    private CancellationTokenSource? _stop;
    private readonly System.Collections.Concurrent.ConcurrentBag<Task> _work = [];

    public int Port { get; }

    public TcpForwarder(string targetHost, int targetPort)
    {
        (_targetHost, _target) = (targetHost, targetPort);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public void Start()
    {
        _stop = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        var stop = _stop.Token;
        var listener = _listener;
        _work.Add(Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await listener.AcceptTcpClientAsync(stop);
                }
                catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
                {
                    return;
                }

                _work.Add(PumpAsync(client, stop));
            }
        }));
    }

    private async Task PumpAsync(TcpClient client, CancellationToken stop)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(_targetHost, _target, stop);
                await using var a = client.GetStream();
                await using var b = server.GetStream();
                await Task.WhenAny(a.CopyToAsync(b, stop), b.CopyToAsync(a, stop));
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // The forwarder was switched off, or one side hung up.
            }
        }
    }

    /// <summary>Switches off: no more connections are accepted, and those open are cut.</summary>
    public async Task StopAsync()
    {
        _stop?.Cancel();
        _listener?.Stop();
        _listener?.Dispose();
        _listener = null;
        await Task.WhenAll(_work.ToArray()).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        _work.Clear();
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
