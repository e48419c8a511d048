#if !NO_ASYNC_STREAMS

namespace MoreLinq.Experimental.Async
{
    using System.Collections.Generic;

    /// <summary>
    /// <para>
    /// Provides a set of static methods for querying objects that
    /// implement <see cref="IAsyncEnumerable{T}" />.</para>
    /// <para>
    /// <strong>THE METHODS ARE EXPERIMENTAL. THEY MAY BE UNSTABLE AND
    /// UNTESTED. THEY MAY BE REMOVED FROM A FUTURE MAJOR OR MINOR RELEASE AND
    /// POSSIBLY WITHOUT NOTICE. USE THEM AT YOUR OWN RISK. THE METHODS ARE
    /// PUBLISHED FOR FIELD EXPERIMENTATION TO SOLICIT FEEDBACK ON THEIR
    /// UTILITY AND DESIGN/IMPLEMENTATION DEFECTS.</strong></para>
    /// </summary>

    public static partial class ExperimentalEnumerable
    {
    }
}

#endif // !NO_ASYNC_STREAMS
