namespace Flowmetal.Serialization;

/// <summary>
/// Values that only mean something inside the process that made them: a running task, an open
/// stream or connection, a thread or lock, an OS handle. A flow holding one across a suspension
/// point cannot be resumed anywhere else, so the suspension fails naming it and what to keep instead.
/// Matched by name so that the runtime need not reference the networking or data assemblies.
/// </summary>
internal static class NonPersistableTypes
{
    private const string Task = "a running Task or async operation, which only this process can complete: wait for it before the suspension point and keep its result instead";
    private const string Stream = "an open stream, reader or writer: close it before the suspension point and open it again after, keeping only the path, URL or position";
    private const string Connection = "a network or database connection: dispose it before the suspension point and connect again after, keeping only its address";
    private const string ThreadOrLock = "a thread, timer, lock or wait handle, which only exists in this process: release it before the suspension point";
    private const string Handle = "an operating-system handle: close it before the suspension point and keep only what identifies the resource";
    private const string Reflection = "a reflection object: keep the type or member name instead";
    private const string Context = "an execution or synchronization context, which only exists in this process";

    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal)
    {
        ["System.Threading.Tasks.Task"] = Task,
        ["System.Threading.Tasks.Task`1"] = Task,
        ["System.Threading.Tasks.ValueTask"] = Task,
        ["System.Threading.Tasks.ValueTask`1"] = Task,
        ["System.Threading.Tasks.TaskCompletionSource"] = Task,
        ["System.Threading.Tasks.TaskCompletionSource`1"] = Task,
        ["System.IO.Stream"] = Stream,
        ["System.IO.TextReader"] = Stream,
        ["System.IO.TextWriter"] = Stream,
        ["System.IO.BinaryReader"] = Stream,
        ["System.IO.BinaryWriter"] = Stream,
        ["System.IO.FileSystemWatcher"] = Handle,
        ["System.Net.Sockets.Socket"] = Connection,
        ["System.Net.Sockets.TcpClient"] = Connection,
        ["System.Net.Sockets.TcpListener"] = Connection,
        ["System.Net.Sockets.UdpClient"] = Connection,
        ["System.Net.Http.HttpMessageInvoker"] = Connection,
        ["System.Net.Http.HttpResponseMessage"] = Connection,
        ["System.Net.Http.HttpContent"] = Connection,
        ["System.Data.Common.DbConnection"] = Connection,
        ["System.Data.Common.DbCommand"] = Connection,
        ["System.Data.Common.DbDataReader"] = Connection,
        ["System.Data.Common.DbTransaction"] = Connection,
        ["System.Threading.Thread"] = ThreadOrLock,
        ["System.Threading.Timer"] = ThreadOrLock,
        ["System.Threading.WaitHandle"] = ThreadOrLock,
        ["System.Threading.SemaphoreSlim"] = ThreadOrLock,
        ["System.Threading.ManualResetEventSlim"] = ThreadOrLock,
        ["System.Threading.CountdownEvent"] = ThreadOrLock,
        ["System.Threading.ReaderWriterLockSlim"] = ThreadOrLock,
        ["System.Threading.Lock"] = ThreadOrLock,
        ["System.Threading.CancellationTokenSource"] = ThreadOrLock,
        ["System.Threading.CancellationToken"] = ThreadOrLock,
        ["System.Threading.CancellationTokenRegistration"] = ThreadOrLock,
        ["System.Threading.Channels.Channel`1"] = ThreadOrLock,
        ["System.Diagnostics.Process"] = Handle,
        ["System.Runtime.InteropServices.SafeHandle"] = Handle,
        ["System.Runtime.InteropServices.GCHandle"] = Handle,
        ["System.Reflection.MemberInfo"] = Reflection,
        ["System.Reflection.ParameterInfo"] = Reflection,
        ["System.Reflection.Assembly"] = Reflection,
        ["System.Reflection.Module"] = Reflection,
        ["System.Runtime.Loader.AssemblyLoadContext"] = Reflection,
        ["System.Threading.ExecutionContext"] = Context,
        ["System.Threading.SynchronizationContext"] = Context,
        ["System.Threading.Tasks.TaskScheduler"] = Context,
        ["System.IServiceProvider"] = Context,
    };

    /// <summary>Why values of <paramref name="type"/> cannot be persisted, or <see langword="null"/>.</summary>
    public static string? Reason(Type type)
    {
        if (type.IsPointer || type.IsByRef || type.IsFunctionPointer)
        {
            return "a pointer or reference into memory of this process";
        }

        if (type.IsByRefLike)
        {
            return "a ref struct (Span<T> and the like), which cannot leave the stack";
        }

        if (typeof(Type).IsAssignableFrom(type))
        {
            // Type objects are stored by name and resolved through the allow list.
            return null;
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            var definition = current.IsGenericType ? current.GetGenericTypeDefinition() : current;
            if (definition.FullName is { } name && ByName.TryGetValue(name, out var reason))
            {
                return reason;
            }
        }

        foreach (var contract in type.GetInterfaces())
        {
            if (contract.FullName is { } name && ByName.TryGetValue(name, out var reason))
            {
                return reason;
            }
        }

        return null;
    }
}
