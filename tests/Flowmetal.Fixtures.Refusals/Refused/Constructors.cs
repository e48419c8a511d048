namespace Flowmetal.Fixtures.Refusals.Refused;

public sealed class SuspendingConstructor
{
    private readonly int _value;

    public SuspendingConstructor(int value)
    {
        Flow.Checkpoint(); // FL0104 ctor
        _value = value;
    }

    public int Value => _value;
}

public sealed class SuspendingStaticConstructor
{
    private static readonly int Seed;

    static SuspendingStaticConstructor()
    {
        Flow.Checkpoint(); // FL0104 cctor
        Seed = 42;
    }

    public static int Read() => Seed;
}
