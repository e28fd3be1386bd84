namespace RadAi.Dsl.Tests.Support;

public class ParallelMapTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void The_failure_thrown_is_that_of_the_earliest_item_whatever_the_threads(int threads)
    {
        using var secondStarted = new ManualResetEventSlim();
        var ran = new bool[6];
        var work = new Action[]
        {
            () => { if (threads > 1) secondStarted.Wait(TimeSpan.FromSeconds(5)); },
            () => { secondStarted.Set(); Thread.Sleep(50); throw new InvalidOperationException("item 1"); },
            () => { },
            () => throw new InvalidOperationException("item 3"),
            () => { },
            () => { },
        };
        var failure = Assert.Throws<InvalidOperationException>(() => ParallelMap.Run(Enumerable.Range(0, 6).ToList(), threads, () => 0, (i, _) =>
        {
            ran[i] = true;
            work[i]();
            return i;
        }));
        // Item 1 started before item 3 could be taken, so its failure is the one thrown, unwrapped.
        Assert.Equal("item 1", failure.Message);
        Assert.True(ran[0] && ran[1]);
        // Items are taken in order, and none after a failure: with one thread, nothing after item 1.
        if (threads == 1) Assert.Equal([true, true, false, false, false, false], ran);
        Assert.False(ran[5] && !ran[4], "an item was taken before one earlier in the list");
    }

    [Fact]
    public void Results_come_back_in_list_order_each_thread_with_its_own_state()
    {
        var states = new System.Collections.Concurrent.ConcurrentDictionary<List<int>, int>(ReferenceEqualityComparer.Instance);
        var results = ParallelMap.Run(Enumerable.Range(0, 40).ToList(), 3, () => new List<int>(), (i, mine) =>
        {
            states.AddOrUpdate(mine, Environment.CurrentManagedThreadId, (_, thread) => thread == Environment.CurrentManagedThreadId ? thread : -1);
            mine.Add(i);
            Thread.Sleep(i % 3);
            return "r" + i;
        });
        Assert.Equal(Enumerable.Range(0, 40).Select(i => "r" + i), results);
        Assert.InRange(states.Count, 1, 3);
        Assert.DoesNotContain(-1, states.Values); // a state is never shared between threads
        Assert.Equal(Enumerable.Range(0, 40), states.Keys.SelectMany(k => k).Order()); // every item ran exactly once
    }

    [Fact]
    public void Fewer_than_one_thread_is_refused_and_an_empty_list_gives_no_results()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ParallelMap.Run(new[] { 1 }, 0, () => 0, (i, _) => i));
        Assert.Empty(ParallelMap.Run(Array.Empty<int>(), 4, () => 0, (i, _) => i));
    }
}
