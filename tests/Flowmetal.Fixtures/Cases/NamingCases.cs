using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>
/// Refusals name compiler-generated frames as the user wrote them: the lambda's method, a local
/// function of a method of a nested generic type, and a pattern FodyWeavers.xml accepts.
/// </summary>
public static class NamingCases
{
    [WovenOnlyCase("threw Flowmetal.Execution.UnwovenFrameException: The flow started at Flowmetal.Fixtures.Cases.NamingCases::ALambdaInAnExcludedMethodIsNamedByItsMethod cannot suspend (signal 'x'*): " +
        "a lambda in Flowmetal.Fixtures.Cases.NamingCases::ALambdaInAnExcludedMethodIsNamedByItsMethod was called through a lambda in Flowmetal.Fixtures.Support.Names::Twice, which is not woven, " +
        "so its frame could not be saved or restored. Include it in FodyWeavers.xml of its assembly, e.g. <Include>Flowmetal.Fixtures.Support.Names::Twice</Include>, or do not suspend through it.")]
    public static int ALambdaInAnExcludedMethodIsNamedByItsMethod()
    {
        Flow.Checkpoint();
        return Names.Twice(() => Flow.WaitForSignal<int>("x"));
    }

    [WovenOnlyCase("threw Flowmetal.Execution.UnwovenFrameException: The flow started at Flowmetal.Fixtures.Cases.NamingCases::AnIteratorLocalFunctionOfANestedGenericTypeIsNamedByItsMethod cannot suspend (signal 'y'*): " +
        "Flowmetal.Fixtures.Cases.NamingCases.Outer.Inner::Apply was called through local function Numbers of Flowmetal.Fixtures.Cases.NamingCases.Outer.Inner::Items (an iterator), which is not woven, " +
        "so its frame could not be saved or restored. An iterator cannot be woven (its state machine is a continuation of its own, which a flow cannot save; " +
        "<Include>Flowmetal.Fixtures.Cases.NamingCases.Outer.Inner::Items</Include> weaves its lambdas and local functions, not that): " +
        "suspend outside local function Numbers of Flowmetal.Fixtures.Cases.NamingCases.Outer.Inner::Items, e.g. collect what it produces first, or write it as a plain method.")]
    public static int AnIteratorLocalFunctionOfANestedGenericTypeIsNamedByItsMethod()
    {
        Flow.Checkpoint();
        return Outer<string>.Inner.Items(() => Flow.WaitForSignal<int>("y")).Sum();
    }

    public static class Outer<T>
    {
        public static class Inner
        {
            public static IEnumerable<int> Items(Func<int> next)
            {
                return Numbers();

                IEnumerable<int> Numbers()
                {
                    yield return Apply(next);
                }
            }

            private static int Apply(Func<int> next) => next();
        }
    }
}
