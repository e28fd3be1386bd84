namespace RadAi.Dsl.Tests.Support;

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
}
