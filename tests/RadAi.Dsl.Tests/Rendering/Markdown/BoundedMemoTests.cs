using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

/// <summary><see cref="BoundedMemo{TKey, TValue}"/>: the same answers as computing each time, remembered only up to its limit.</summary>
public class BoundedMemoTests
{
    [Fact]
    public void A_key_asked_again_is_answered_from_memory()
    {
        var memo = new BoundedMemo<int, string>(10);
        var computed = 0;
        string Compute(int k) { computed++; return "v" + k; }
        Assert.Equal("v1", memo.Get(1, Compute));
        Assert.Equal("v1", memo.Get(1, Compute));
        Assert.Equal("v2", memo.Get(2, 2, Compute));
        Assert.Equal(2, computed);
        Assert.Equal(2, memo.Count);
    }

    [Fact]
    public void Past_its_limit_it_still_answers_but_remembers_nothing_more()
    {
        var memo = new BoundedMemo<int, int>(3);
        var computed = 0;
        int Square(int k) { computed++; return k * k; }
        for (var round = 0; round < 2; round++)
            for (var k = 0; k < 6; k++) Assert.Equal(k * k, memo.Get(k, Square));
        Assert.Equal(3, memo.Count);
        Assert.Equal(6 + 3, computed); // the three remembered keys are computed once, the others twice
    }

    [Fact]
    public void Many_threads_get_the_same_answers_and_the_limit_holds()
    {
        var memo = new BoundedMemo<int, string>(50);
        Parallel.For(0, 2_000, i => Assert.Equal("v" + (i % 200), memo.Get(i % 200, static k => "v" + k)));
        Assert.Equal(50, memo.Count);
    }
    [Fact]
    public void A_thread_that_loses_a_duplicate_add_does_not_take_the_place_of_another_key()
    {
        // Thread A misses "k" and is held inside the memo's add (the only place where it hashes "k" a second time)
        // while the main thread remembers "k" itself and then asks for "c": "c" must get the place left under the limit.
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var comparer = new HeldComparer(entered, release);
        var memo = new BoundedMemo<string, string>(2, comparer);
        var a = new Thread(() =>
        {
            comparer.HeldThread = Environment.CurrentManagedThreadId;
            memo.Get("k", static k => "v" + k);
        });
        a.Start();
        Assert.True(entered.Wait(TimeSpan.FromSeconds(30)), "thread A never reached the memo's add");
        Assert.Equal("vk", memo.Get("k", static k => "v" + k));
        Assert.Equal("vc", memo.Get("c", static k => "v" + k));
        release.Set();
        a.Join();
        Assert.Equal(2, memo.Count);
    }

    /// <summary>Ordinal string comparison that holds one thread on its second hash (its add after a miss) until released.</summary>
    private sealed class HeldComparer(ManualResetEventSlim entered, ManualResetEventSlim release) : IEqualityComparer<string>
    {
        private int _heldThreadHashes;

        public volatile int HeldThread = -1;

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string obj)
        {
            if (Environment.CurrentManagedThreadId == HeldThread && ++_heldThreadHashes == 2)
            {
                entered.Set();
                release.Wait(TimeSpan.FromSeconds(30));
            }
            return StringComparer.Ordinal.GetHashCode(obj);
        }
    }
}
