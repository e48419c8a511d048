// Stands in for the Delegating package (https://github.com/atifaziz/Delegating, MIT), which MoreLINQ's
// test project references but NuGet does not serve here: the few members the suite and the linked
// library files use, each an interface implemented by delegates.
namespace Delegating
{
    using System;
    using System.Collections;
    using System.Collections.Generic;
    using System.Threading;

    public static class Delegate
    {
        public static IDisposable Disposable(Action delegatee) => new DelegatingDisposable(delegatee);

        public static IObserver<T> Observer<T>(Action<T> onNext, Action<Exception>? onError = null, Action? onCompleted = null) =>
            new DelegatingObserver<T>(onNext, onError, onCompleted);

        public static IEqualityComparer<T> EqualityComparer<T>(Func<T?, T?, bool> comparer, Func<T, int> hasher) =>
            new DelegatingEqualityComparer<T>(comparer, hasher);

        public static IEnumerable<T> Enumerable<T>(Func<IEnumerator<T>> getEnumerator) => new DelegatingEnumerable<T>(getEnumerator);

        private sealed class DelegatingDisposable(Action delegatee) : IDisposable
        {
            private Action? _delegatee = delegatee ?? throw new ArgumentNullException(nameof(delegatee));

            public void Dispose() => Interlocked.Exchange(ref _delegatee, null)?.Invoke();
        }

        private sealed class DelegatingObserver<T>(Action<T> onNext, Action<Exception>? onError, Action? onCompleted) : IObserver<T>
        {
            public void OnCompleted() => onCompleted?.Invoke();

            public void OnError(Exception error) => onError?.Invoke(error);

            public void OnNext(T value) => onNext(value);
        }

        private sealed class DelegatingEqualityComparer<T>(Func<T?, T?, bool> comparer, Func<T, int> hasher) : IEqualityComparer<T>
        {
            public bool Equals(T? x, T? y) => comparer(x, y);

            public int GetHashCode(T obj) => hasher(obj);
        }

        private sealed class DelegatingEnumerable<T>(Func<IEnumerator<T>> getEnumerator) : IEnumerable<T>
        {
            public IEnumerator<T> GetEnumerator() => getEnumerator();

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }
}
