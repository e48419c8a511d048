using Flowmetal.Storage;
using Flowmetal.Storage.InMemory;

namespace Flowmetal.Runtime.Tests.Contract;

[TestClass]
public sealed class InMemoryStoreContractTests : FlowStoreContract
{
    protected override Task<IFlowStore> CreateStoreAsync() => Task.FromResult<IFlowStore>(new InMemoryFlowStore());
}
