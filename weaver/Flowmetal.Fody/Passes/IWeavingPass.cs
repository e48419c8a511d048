namespace Flowmetal.Fody.Passes;

/// <summary>One step of the weaving pipeline, run once per module over the shared context.</summary>
internal interface IWeavingPass
{
    void Run(WeavingContext context);
}
