using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Flowmetal.Diagnostics;
using Flowmetal.Execution;
using Flowmetal.Serialization;
using Flowmetal.Storage;

namespace Flowmetal.Client;

/// <summary>
/// Starts flows, signals them, waits for their results and reads their state. Talks only to the
/// store: the flows run on any <see cref="Worker.FlowWorker"/> sharing it, in this process or another.
/// </summary>
/// <example>
/// <code>
/// var client = new FlowClient(store);
/// var id = await client.StartAsync(() => OrderFlow.Process(42));
/// await client.SignalAsync(id, "approved", true);
/// string result = await client.WaitForResultAsync&lt;string&gt;(id, TimeSpan.FromMinutes(5));
/// </code>
/// </example>
public sealed partial class FlowClient
{
    private readonly IFlowStore _store;
    private readonly FlowClientOptions _options;
    private readonly ContinuationSerializer _serializer;
    private readonly ConditionalWeakTable<Type, ContinuationSerializer> _resultSerializers = new();
    private readonly StateSigner? _signer;

    /// <summary>Creates a client of <paramref name="store"/>.</summary>
    /// <param name="store">Where the flows live.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    public FlowClient(IFlowStore store, FlowClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _options = options ?? new FlowClientOptions();
        _serializer = new ContinuationSerializer(_options.Serialization);
        _signer = StateSigner.Of(store);
    }

    /// <summary>Starts a flow running the woven method the expression calls, with the arguments it evaluates to.</summary>
    /// <typeparam name="T">The flow's result type.</typeparam>
    /// <param name="entry">A call of a woven method, like <c>() =&gt; OrderFlow.Process(42)</c>.</param>
    /// <param name="id">
    /// The flow's id, or <see langword="null"/> for a new one. Starting again with the id of an existing
    /// flow of the same method starts nothing and returns the id, so a start can be retried safely.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The flow's id.</returns>
    /// <exception cref="ArgumentException">The expression is not a call of a woven method, or an argument cannot be stored.</exception>
    /// <exception cref="InvalidOperationException">A flow with <paramref name="id"/> exists and runs another method.</exception>
    public Task<FlowId> StartAsync<T>(Expression<Func<T>> entry, FlowId? id = null, CancellationToken cancellationToken = default) =>
        StartCoreAsync(entry, id, cancellationToken);

    /// <summary>Starts a flow running the woven method the expression calls (a method without result).</summary>
    /// <param name="entry">A call of a woven method, like <c>() =&gt; Billing.Run(7)</c>.</param>
    /// <param name="id">The flow's id, or <see langword="null"/> for a new one; see <see cref="StartAsync{T}(Expression{Func{T}}, FlowId?, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The flow's id.</returns>
    public Task<FlowId> StartAsync(Expression<Action> entry, FlowId? id = null, CancellationToken cancellationToken = default) =>
        StartCoreAsync(entry, id, cancellationToken);

    /// <summary>
    /// Starts a flow with a time limit: once <paramref name="timeout"/> has passed, a <see cref="FlowTimeoutException"/>
    /// is thrown inside it at its current or next suspension point (a flow that lets it escape ends failed).
    /// </summary>
    /// <typeparam name="T">The flow's result type.</typeparam>
    /// <param name="entry">A call of a woven method, like <c>() =&gt; OrderFlow.Process(42)</c>.</param>
    /// <param name="timeout">How long the flow may take from now.</param>
    /// <param name="id">The flow's id, or <see langword="null"/> for a new one; see <see cref="StartAsync{T}(Expression{Func{T}}, FlowId?, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The flow's id.</returns>
    public Task<FlowId> StartAsync<T>(Expression<Func<T>> entry, TimeSpan timeout, FlowId? id = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        return StartCoreAsync(entry, id, cancellationToken, timeout);
    }

    /// <summary>Starts a flow without result with a time limit; see <see cref="StartAsync{T}(Expression{Func{T}}, TimeSpan, FlowId?, CancellationToken)"/>.</summary>
    /// <param name="entry">A call of a woven method, like <c>() =&gt; Billing.Run(7)</c>.</param>
    /// <param name="timeout">How long the flow may take from now.</param>
    /// <param name="id">The flow's id, or <see langword="null"/> for a new one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The flow's id.</returns>
    public Task<FlowId> StartAsync(Expression<Action> entry, TimeSpan timeout, FlowId? id = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        return StartCoreAsync(entry, id, cancellationToken, timeout);
    }

    /// <summary>
    /// Asks a flow to stop. A <see cref="FlowCancelledException"/> is thrown inside it at its current suspension
    /// point (when it waits) or its next one (when it runs), so its <c>catch</c> and <c>finally</c> blocks run; a
    /// flow that lets it escape ends <see cref="FlowStatus.Cancelled"/> and cancels its attached children. A
    /// flow that has not run yet ends cancelled without running.
    /// </summary>
    /// <param name="id">The flow.</param>
    /// <param name="reason">Why, for the flow's exception and <see cref="FlowInfo.Error"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when the request was recorded; false when the flow had already ended.</returns>
    /// <exception cref="FlowNotFoundException">No flow has the id.</exception>
    public async Task<bool> CancelAsync(FlowId id, string? reason = null, CancellationToken cancellationToken = default)
    {
        string? traceParent;
        try
        {
            traceParent = (await _store.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new FlowNotFoundException(id)).TraceParent;
        }
        catch (FlowDamagedException)
        {
            // A cancellation always reaches a flow, even one whose record cannot be shown: the worker that claims it ends it.
            traceParent = null;
        }

        var span = FlowInstrumentation.StartClient("flowmetal.cancel", id, traceParent);
        try
        {
            return await _store.CancelAsync(id, reason ?? "cancelled by a client", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            FlowInstrumentation.Stop(span);
        }
    }

    /// <summary>
    /// Sends a signal to a flow. Signals are buffered first in, first out per name: one sent before the
    /// flow waits for it is delivered when it does.
    /// </summary>
    /// <typeparam name="T">The payload's type; it must be the type the flow's <c>Flow.WaitForSignal</c> expects.</typeparam>
    /// <param name="id">The flow.</param>
    /// <param name="name">The signal's name.</param>
    /// <param name="payload">The payload.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="FlowNotFoundException">No flow has the id.</exception>
    /// <exception cref="ArgumentException">The flow waits for this signal with a payload of another type.</exception>
    /// <exception cref="InvalidOperationException">The flow has already finished, or its state is signed and this client has no key.</exception>
    public async Task SignalAsync<T>(FlowId id, string name, T payload, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var stored = await ReadForSignalAsync(id, name, cancellationToken).ConfigureAwait(false);
        if (stored.Info.Wait is { Kind: FlowWaitKind.Signal, PayloadType: { } expectedName } wait && wait.SignalName == name &&
            stored.Info.Status == FlowStatus.Waiting)
        {
            CheckPayload(id, name, payload, expectedName);
        }

        byte[] bytes;
        try
        {
            bytes = StateSigner.Sign(_signer, id, StateKinds.Payload(name), _serializer.SerializeValue(payload, $"the payload of signal '{name}' to flow {id}"));
        }
        catch (FlowSerializationException error)
        {
            throw new ArgumentException(error.Message, nameof(payload), error);
        }

        var span = FlowInstrumentation.StartClient("flowmetal.signal", id, stored.TraceParent);
        try
        {
            FlowInstrumentation.Tag(span, "flowmetal.signal.name", name);
            await _store.SignalAsync(id, name, bytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            FlowInstrumentation.Error(span, error);
            throw;
        }
        finally
        {
            FlowInstrumentation.Stop(span);
        }
    }

    /// <summary>Waits for a flow to finish and returns its result.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="id">The flow.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The flow's result.</returns>
    /// <exception cref="FlowFailedException">The flow failed; it carries the error's type, message and stack trace.</exception>
    /// <exception cref="TimeoutException">The flow did not finish within <paramref name="timeout"/>.</exception>
    /// <exception cref="FlowNotFoundException">No flow has the id.</exception>
    public async Task<T> WaitForResultAsync<T>(FlowId id, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var stored = await WaitForFinishAsync(id, timeout, cancellationToken).ConfigureAwait(false);
        var serializer = _resultSerializers.GetValue(typeof(T), type =>
            _serializer.AllowList.IsAllowed(type) ? _serializer : new ContinuationSerializer(WithAllowed(_options.Serialization, type)));
        var value = stored.Result is null ? null : serializer.DeserializeValue(StateSigner.Verify(_signer, id, StateKinds.Result, stored.Result), $"the result of flow {id}");
        return value switch
        {
            T typed => typed,
            null when default(T) is null => default!,
            _ => throw new InvalidCastException(
                $"Flow {id} ({stored.Info.EntryMethod}) returned a {value?.GetType().FullName ?? "null"}, not a {typeof(T).FullName}: ask for the type the entry method returns."),
        };
    }

    /// <summary>Waits for a flow to finish (a flow whose entry method returns nothing).</summary>
    /// <param name="id">The flow.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The finished flow's state.</returns>
    /// <exception cref="FlowFailedException">The flow failed.</exception>
    /// <exception cref="TimeoutException">The flow did not finish within <paramref name="timeout"/>.</exception>
    public async Task<FlowInfo> WaitForCompletionAsync(FlowId id, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        (await WaitForFinishAsync(id, timeout, cancellationToken).ConfigureAwait(false)).Info;

    /// <summary>Reads a flow's state: status, what it waits for, its suspended stack with each frame's locals, timestamps, attempts.</summary>
    /// <param name="id">The flow.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The state.</returns>
    /// <exception cref="FlowNotFoundException">No flow has the id.</exception>
    public async Task<FlowInfo> GetAsync(FlowId id, CancellationToken cancellationToken = default) =>
        WithLocals(await _store.InspectAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new FlowNotFoundException(id));

    /// <summary>Pages through flows, oldest first.</summary>
    /// <param name="status">Only flows with this status, or all when <see langword="null"/>.</param>
    /// <param name="pageSize">At most this many flows per page.</param>
    /// <param name="cursor">The previous page's <see cref="FlowPage.NextCursor"/>, or <see langword="null"/> for the first.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public Task<FlowPage> ListAsync(FlowStatus? status = null, int pageSize = 100, string? cursor = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        return _store.ListAsync(status, pageSize, cursor, cancellationToken);
    }

    private async Task<FlowId> StartCoreAsync(LambdaExpression expression, FlowId? id, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var entry = EntryCall.FromExpression(expression);
        var flowId = id ?? FlowId.New();
        byte[] bytes;
        try
        {
            bytes = StateSigner.Sign(_signer, flowId, StateKinds.Entry, entry.Serialize(_serializer));
        }
        catch (FlowSerializationException error)
        {
            throw new ArgumentException(error.Message, nameof(expression), error);
        }

        var span = FlowInstrumentation.StartClient("flowmetal.start", flowId, null);
        try
        {
            FlowInstrumentation.Tag(span, FlowTelemetry.MethodTag, entry.MethodId);
            var creation = new FlowCreation
            {
                Id = flowId,
                EntryMethod = entry.MethodId,
                Entry = bytes,
                Timeout = timeout,
                TraceParent = FlowInstrumentation.TraceParentFor(span, null),
            };
            var created = await _store.CreateAsync(creation, cancellationToken).ConfigureAwait(false);
            if (!created.Created && created.EntryMethod != entry.MethodId)
            {
                throw new InvalidOperationException(
                    $"A flow with id '{flowId}' already exists and runs {created.EntryMethod}, not {entry.MethodId}: choose another id.");
            }

            if (created.Created)
            {
                FlowInstrumentation.FlowStarted(entry.MethodId);
            }

            return flowId;
        }
        catch (Exception error)
        {
            FlowInstrumentation.Error(span, error);
            throw;
        }
        finally
        {
            FlowInstrumentation.Stop(span);
        }
    }

    private async Task<StoredFlow> WaitForFinishAsync(FlowId id, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var stored = await _store.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new FlowNotFoundException(id);
            switch (stored.Info.Status)
            {
                case FlowStatus.Completed:
                    return stored;
                case FlowStatus.Failed:
                case FlowStatus.Cancelled:
                    throw new FlowFailedException(id, stored.Info.Error ?? new FlowError { Type = "Cancelled", Message = "The flow was cancelled." });
            }

            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                var waiting = stored.Info.Wait is { } wait && stored.Info.Status == FlowStatus.Waiting ? $", waiting on {wait.Description}" : string.Empty;
                throw new TimeoutException($"Flow {id} ({stored.Info.EntryMethod}) did not finish within {timeout}: it is {stored.Info.Status}{waiting}.");
            }

            await _store.WaitForFinishAsync(id, left < _options.PollInterval ? left : _options.PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    private void CheckPayload<T>(FlowId id, string name, T payload, string expectedName)
    {
        Type expected;
        try
        {
            expected = _serializer.ResolveType(expectedName);
        }
        catch (FlowSerializationException)
        {
            return;
        }

        bool fits = payload is null ? !expected.IsValueType || Nullable.GetUnderlyingType(expected) is not null : expected.IsInstanceOfType(payload);
        if (!fits)
        {
            throw new ArgumentException(
                $"Flow {id} waits for signal '{name}' with a {expected.FullName} payload, but the payload is a {payload?.GetType().FullName ?? "null"}: " +
                $"send a {expected.FullName}.",
                nameof(payload));
        }
    }

    private static FlowSerializationOptions WithAllowed(FlowSerializationOptions options, Type type)
    {
        var copy = new FlowSerializationOptions();
        copy.AllowedTypes.UnionWith(options.AllowedTypes);
        copy.AllowedAssemblies.UnionWith(options.AllowedAssemblies);
        copy.AllowedTypes.Add(type);
        return copy;
    }
}
