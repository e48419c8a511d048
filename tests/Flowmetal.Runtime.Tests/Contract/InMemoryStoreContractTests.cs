using Flowmetal.Storage;
using Flowmetal.Storage.InMemory;

namespace Flowmetal.Runtime.Tests.Contract;

[TestClass]
public sealed class InMemoryStoreContractTests : FlowStoreContract
{
    protected override Task<IFlowStore> CreateStoreAsync(FlowStoreLimits limits) => Task.FromResult<IFlowStore>(new InMemoryFlowStore(limits));
}
