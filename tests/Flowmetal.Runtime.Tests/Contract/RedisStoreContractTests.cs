using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage;
using Flowmetal.Storage.Redis;

namespace Flowmetal.Runtime.Tests.Contract;

[TestClass]
public sealed class RedisStoreContractTests : FlowStoreContract
{
    protected override async Task<IFlowStore> CreateStoreAsync() =>
        await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = RedisServer.UniquePrefix("contract") });
}
