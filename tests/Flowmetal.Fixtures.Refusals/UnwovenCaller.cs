namespace Flowmetal.Fixtures.Refusals.Callers
{
    /// <summary>Left out of the config, but calls a woven method of the same assembly: FL0201.</summary>
    public static class Outside
    {
        public static int Call() => Inside.Suspends() + 1; // FL0201 caller
    }

    public static class Inside
    {
        public static int Suspends()
        {
            Flow.Checkpoint();
            return 1;
        }
    }
}
