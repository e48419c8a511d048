using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using StackExchange.Redis;

namespace Flowmetal.Storage.Redis.Protocol;

/// <summary>
/// A small synchronous Redis connection per node (RESP2 over a socket, TLS when configured), used by a worker's lease
/// renewal thread and, on a connection of its own, by the group commit of its flow threads' writes. StackExchange.Redis 3 reads its replies on the thread pool, so a flow that starves the pool
/// (blocking calls, a burst of work items) would starve its own renewals and lose its lease to another worker; these
/// calls block the renewal thread on its own socket and need no other thread (not even StackExchange.Redis's routing,
/// which waits on the pool too): a cluster's slots are learnt from the nodes' MOVED replies, a single node's primary by
/// trying the known endpoints until one accepts the write.
/// </summary>
internal sealed class SyncRedisChannel : IDisposable
{
    private readonly ConfigurationOptions _configuration;
    private readonly int _database;
    private readonly Func<EndPoint[]> _endpoints;
    private readonly string _purpose;
    private readonly Dictionary<string, NodeConnection> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<int, EndPoint> _slots = new();
    private EndPoint? _primary;

    /// <param name="configuration">How to connect (endpoints, password, TLS, timeouts).</param>
    /// <param name="database">The database to select.</param>
    /// <param name="endpoints">The endpoints known now.</param>
    /// <param name="purpose">What the connection is for, in its errors ("lease renewal", "group commit").</param>
    public SyncRedisChannel(ConfigurationOptions configuration, int database, Func<EndPoint[]> endpoints, string purpose = "lease renewal")
    {
        _purpose = purpose;
        _configuration = configuration;
        _database = database;
        _endpoints = endpoints;
    }

    /// <summary>Runs a script on the node serving <paramref name="slot"/> (-1: a single node's primary), following MOVED and READONLY.</summary>
    /// <returns>The reply, and the node that gave it (for a WAIT after it).</returns>
    public (RedisResult Reply, EndPoint Node) Evaluate(int slot, RedisScript script, RedisKey[] keys, RedisValue[] args)
    {
        var known = _endpoints();
        var endpoint = slot >= 0 && _slots.TryGetValue(slot, out var cached) ? cached : _primary ?? known.FirstOrDefault()
            ?? throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, CommandFlags.None, "No Redis endpoint is known.", null, CommandStatus.Unknown);
        for (int tries = 0; ; tries++)
        {
            try
            {
                var reply = Evaluate(endpoint, script, keys, args);
                if (slot >= 0)
                {
                    _slots[slot] = endpoint;
                }
                else
                {
                    _primary = endpoint;
                }

                return (reply, endpoint);
            }
            catch (RedisServerException moved) when (tries < known.Length + 2 && moved.Message.StartsWith("MOVED ", StringComparison.Ordinal))
            {
                // "MOVED <slot> <host>:<port>": the slot's master now.
                var target = moved.Message.Split(' ')[2];
                int colon = target.LastIndexOf(':');
                endpoint = new DnsEndPoint(target[..colon], int.Parse(target[(colon + 1)..], CultureInfo.InvariantCulture));
            }
            catch (Exception error) when (tries < known.Length && (error is RedisConnectionException || error.Message.StartsWith("READONLY", StringComparison.Ordinal)))
            {
                // A replica, or a node that is gone: the next known endpoint.
                _slots.Remove(slot);
                _primary = null;
                endpoint = known[(Array.IndexOf(known, endpoint) + 1 + known.Length) % known.Length];
            }
        }
    }

    /// <summary>Runs a script on <paramref name="endpoint"/> (by its SHA-1, loading it on NOSCRIPT).</summary>
    public RedisResult Evaluate(EndPoint endpoint, RedisScript script, RedisKey[] keys, RedisValue[] args)
    {
        var node = Node(endpoint);
        try
        {
            var reply = node.Call(Command("EVALSHA", script.Sha1, keys, args));
            if (reply is ErrorReply { Message: var noScript } && noScript.StartsWith("NOSCRIPT", StringComparison.Ordinal))
            {
                reply = node.Call(Command("EVAL", script.Text, keys, args));
            }

            return reply is ErrorReply error ? throw new RedisServerException(RedisErrorKind.Unknown, CommandFlags.None, error.Message) : (RedisResult)reply;
        }
        catch (Exception error) when (error is IOException or SocketException or ObjectDisposedException)
        {
            Drop(endpoint);
            throw new RedisConnectionException(ConnectionFailureType.SocketFailure, CommandFlags.None, $"The {_purpose} connection to {endpoint} failed: {error.Message}", error, CommandStatus.Unknown);
        }
    }

    /// <summary>Runs a command on <paramref name="endpoint"/>'s connection (WAIT must run on the connection that wrote).</summary>
    public RedisResult Execute(EndPoint endpoint, params RedisValue[] command)
    {
        var node = Node(endpoint);
        try
        {
            var reply = node.Call(command);
            return reply is ErrorReply error ? throw new RedisServerException(RedisErrorKind.Unknown, CommandFlags.None, error.Message) : (RedisResult)reply;
        }
        catch (Exception error) when (error is IOException or SocketException or ObjectDisposedException)
        {
            Drop(endpoint);
            throw new RedisConnectionException(ConnectionFailureType.SocketFailure, CommandFlags.None, $"The {_purpose} connection to {endpoint} failed: {error.Message}", error, CommandStatus.Unknown);
        }
    }

    public void Dispose()
    {
        foreach (var node in _nodes.Values)
        {
            node.Dispose();
        }

        _nodes.Clear();
    }

    private static RedisValue[] Command(string name, string scriptOrSha, RedisKey[] keys, RedisValue[] args)
    {
        var command = new RedisValue[3 + keys.Length + args.Length];
        command[0] = name;
        command[1] = scriptOrSha;
        command[2] = keys.Length;
        for (int i = 0; i < keys.Length; i++)
        {
            command[3 + i] = (byte[]?)keys[i];
        }

        args.CopyTo(command, 3 + keys.Length);
        return command;
    }

    private NodeConnection Node(EndPoint endpoint)
    {
        var name = endpoint.ToString()!;
        if (!_nodes.TryGetValue(name, out var node))
        {
            node = NodeConnection.Open(endpoint, _configuration, _database, _purpose);
            _nodes[name] = node;
        }

        return node;
    }

    private void Drop(EndPoint endpoint)
    {
        if (_nodes.Remove(endpoint.ToString()!, out var node))
        {
            node.Dispose();
        }
    }

    private sealed record ErrorReply(string Message);

    /// <summary>One node's socket: writes a command as a RESP array of bulk strings, reads one reply.</summary>
    private sealed class NodeConnection : IDisposable
    {
        private readonly Socket _socket;
        private readonly Stream _stream;
        private const int InitialRequestBytes = 16 * 1024;
        private const int MaxKeptRequestBytes = 1024 * 1024;

        private readonly BufferedStream _reader;
        private byte[] _request = new byte[InitialRequestBytes];

        private NodeConnection(Socket socket, Stream stream)
        {
            _socket = socket;
            _stream = stream;
            _reader = new BufferedStream(stream, 16 * 1024);
        }

        public static NodeConnection Open(EndPoint endpoint, ConfigurationOptions configuration, int database, string purpose)
        {
            var (host, port) = endpoint switch
            {
                DnsEndPoint dns => (dns.Host, dns.Port),
                IPEndPoint ip => (ip.Address.ToString(), ip.Port),
                _ => throw new ArgumentException($"Unsupported endpoint {endpoint}.", nameof(endpoint)),
            };
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp)
            {
                NoDelay = true,
                ReceiveTimeout = configuration.SyncTimeout,
                SendTimeout = configuration.SyncTimeout,
            };
            try
            {
                // Blocking system calls only: on Linux, .NET runs the operations of a socket that was ever non-blocking
                // (an asynchronous or timed connect) through its event loop and the thread pool, which this connection must
                // not depend on. The connect's timeout is the send timeout (SO_SNDTIMEO bounds connect() on Linux).
                socket.SendTimeout = configuration.ConnectTimeout;
                try
                {
                    socket.Connect(host, port);
                }
                catch (SocketException pending) when (pending.SocketErrorCode is SocketError.WouldBlock or SocketError.InProgress)
                {
                    throw new SocketException((int)SocketError.TimedOut);
                }

                socket.SendTimeout = configuration.SyncTimeout;
                Stream stream = new NetworkStream(socket, ownsSocket: false);
                if (configuration.Ssl)
                {
                    var tls = new SslStream(stream, leaveInnerStreamOpen: false);
                    tls.AuthenticateAsClient(configuration.SslHost ?? host);
                    stream = tls;
                }

                var connection = new NodeConnection(socket, stream);
                if (configuration.Password is { Length: > 0 } password)
                {
                    var auth = configuration.User is { Length: > 0 } user ? connection.Call(new RedisValue[] { "AUTH", user, password }) : connection.Call(new RedisValue[] { "AUTH", password });
                    if (auth is ErrorReply denied)
                    {
                        throw new RedisConnectionException(ConnectionFailureType.AuthenticationFailure, CommandFlags.None, $"The {purpose} connection to {endpoint} was refused: {denied.Message}", null, CommandStatus.Unknown);
                    }
                }

                if (database > 0 && connection.Call(new RedisValue[] { "SELECT", database }) is ErrorReply refused)
                {
                    throw new RedisConnectionException(ConnectionFailureType.InternalFailure, CommandFlags.None, $"The {purpose} connection to {endpoint} could not select database {database}: {refused.Message}", null, CommandStatus.Unknown);
                }

                return connection;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        public object Call(RedisValue[] command)
        {
            // The whole request in one reused buffer, each value copied in once (a group commit's carries every flow's
            // continuation): one write, and no per-part allocation.
            int length = 0;
            length = Header((byte)'*', command.Length, length);
            foreach (var part in command)
            {
                int size = part.GetByteCount();
                length = Header((byte)'$', size, length);
                Reserve(length + size + 2);
                part.CopyTo(_request.AsSpan(length, size));
                length += size;
                _request[length++] = (byte)'\r';
                _request[length++] = (byte)'\n';
            }

            _stream.Write(_request, 0, length);
            _stream.Flush();
            if (_request.Length > MaxKeptRequestBytes)
            {
                // A large request once (a group of large continuations) does not keep its buffer for the connection's life.
                _request = new byte[InitialRequestBytes];
            }

            return Read();
        }

        public void Dispose()
        {
            _reader.Dispose();
            _stream.Dispose();
            _socket.Dispose();
        }

        private int Header(byte type, long count, int at)
        {
            Reserve(at + 24);
            _request[at++] = type;
            System.Buffers.Text.Utf8Formatter.TryFormat(count, _request.AsSpan(at), out int written);
            at += written;
            _request[at++] = (byte)'\r';
            _request[at++] = (byte)'\n';
            return at;
        }

        private void Reserve(int length)
        {
            if (length > _request.Length)
            {
                Array.Resize(ref _request, Math.Max(length, _request.Length * 2));
            }
        }

        private object Read()
        {
            int type = _reader.ReadByte();
            var line = ReadLine();
            switch (type)
            {
                case '+':
                    return RedisResult.Create((RedisValue)line);
                case '-':
                    return new ErrorReply(line);
                case ':':
                    return RedisResult.Create((RedisValue)long.Parse(line, CultureInfo.InvariantCulture));
                case '$':
                {
                    int length = int.Parse(line, CultureInfo.InvariantCulture);
                    if (length < 0)
                    {
                        return RedisResult.Create(RedisValue.Null);
                    }

                    var bytes = new byte[length];
                    _reader.ReadExactly(bytes);
                    ReadLine();
                    return RedisResult.Create((RedisValue)bytes);
                }

                case '*':
                {
                    int count = int.Parse(line, CultureInfo.InvariantCulture);
                    if (count < 0)
                    {
                        return RedisResult.Create(RedisValue.Null);
                    }

                    var items = new RedisResult[count];
                    for (int i = 0; i < count; i++)
                    {
                        items[i] = Read() is RedisResult item ? item : RedisResult.Create(RedisValue.Null);
                    }

                    return RedisResult.Create(items);
                }

                case -1:
                    throw new IOException("The connection was closed.");
                default:
                    throw new IOException($"Unexpected reply type '{(char)type}'.");
            }
        }

        private string ReadLine()
        {
            var line = new StringBuilder();
            while (true)
            {
                int next = _reader.ReadByte();
                if (next < 0)
                {
                    throw new IOException("The connection was closed.");
                }

                if (next == '\r')
                {
                    _reader.ReadByte();
                    return line.ToString();
                }

                line.Append((char)next);
            }
        }
    }
}
