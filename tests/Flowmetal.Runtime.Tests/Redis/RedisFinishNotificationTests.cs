using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Tests.Infrastructure;
using StackExchange.Redis;

namespace Flowmetal.Runtime.Tests.Redis;

/// <summary>
/// A client hears of a flow's end by the store's finished channel, which carries every flow's end: it listens while it
/// waits for one, and stops a little after its last wait, rather than taking every end of a busy store forever. The
/// client's poll interval is longer than the test's wait, so a result that arrives in time arrived by the channel.
/// </summary>
[TestClass]
public sealed class RedisFinishNotificationTests : RawRedisStoreTests
{
    public RedisFinishNotificationTests()
        : base("finished", TimeSpan.FromMinutes(5))
    {
    }

    [TestMethod]
    public async Task TheFinishedChannelIsHeardWhileAWaitIsOnAndLetGoAfter()
    {
        var channel = RedisChannel.Literal($"{Prefix}:finished");
        var notifications = Store.Notifications;
        Assert.IsFalse(notifications.ListensForFinishes, "nothing waited for yet");

        for (int round = 0; round < 2; round++)
        {
            // Waiting: subscribed, the wait counted; the flow's end, announced, ends the wait well before a poll would.
            var id = await Client.StartAsync(() => ContractFlows.Add(round, 2));
            var result = Client.WaitForResultAsync<int>(id, Wait);
            await WaitUntilAsync(() => Task.FromResult(notifications.FinishWaits == 1), "the wait is counted");
            Assert.IsTrue(notifications.ListensForFinishes);
            Assert.AreEqual(1L, await Subscribers(channel), "the client's connection listens to the finished channel");
            await using (new InProcessWorker(Store))
            {
                Assert.AreEqual(round + 2, await result);
            }

            // The wait over, the channel is let go after a while, and heard again by the next round's wait.
            Assert.AreEqual(0, notifications.FinishWaits);
            await WaitUntilAsync(() => Task.FromResult(!notifications.ListensForFinishes), "the channel is let go");
            await WaitUntilAsync(async () => await Subscribers(channel) == 0, "Redis has no subscriber left on the channel");
        }
    }

    private async Task<long> Subscribers(RedisChannel channel)
    {
        var reply = (RedisResult[])(await Db.ExecuteAsync("PUBSUB", "NUMSUB", channel.ToString()))!;
        return (long)reply[1];
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!await condition())
        {
            Assert.IsLessThan(deadline, DateTime.UtcNow, what);
            await Task.Delay(20);
        }
    }
}
