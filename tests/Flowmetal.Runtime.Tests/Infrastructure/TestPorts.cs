using System.Net;
using System.Net.Sockets;

namespace Flowmetal.Runtime.Tests.Infrastructure;

/// <summary>
/// Free loopback ports for the Redis servers the tests start: from 6441-6469 while free (the range this project's
/// developers keep for them on a shared machine), else any the system gives.
/// </summary>
internal static class TestPorts
{
    public static List<int> Free(int count)
    {
        var ports = new List<int>();
        var held = new List<TcpListener>();
        try
        {
            foreach (int port in Enumerable.Range(6441, 29))
            {
                if (ports.Count == count)
                {
                    break;
                }

                if (TryHold(port, held))
                {
                    ports.Add(port);
                }
            }

            while (ports.Count < count)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                held.Add(listener);
                ports.Add(((IPEndPoint)listener.LocalEndpoint).Port);
            }

            return ports;
        }
        finally
        {
            foreach (var listener in held)
            {
                listener.Stop();
            }
        }
    }

    private static bool TryHold(int port, List<TcpListener> held)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            held.Add(listener);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
