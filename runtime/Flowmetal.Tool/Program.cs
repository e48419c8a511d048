using Flowmetal.Tool;

using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupted.Cancel();
};

return await ToolApplication.RunAsync(args, Console.Out, Console.Error, interrupted.Token);
