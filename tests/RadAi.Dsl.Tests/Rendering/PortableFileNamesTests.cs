using System.Text;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Rendering;

/// <summary><see cref="PortableFileNames"/>: bounded, portable on Windows, macOS and Linux, and unique ignoring case.</summary>
public class PortableFileNamesTests
{
    [Theory]
    [InlineData("Use PostgreSQL for orders", "use-postgresql-for-orders")]
    [InlineData("Crème brûlée", "creme-brulee")]
    [InlineData("日本", "x65e5-x672c")]
    [InlineData("!!!", "")]
    [InlineData("", "")]
    public void A_slug_is_the_lower_case_ascii_words_of_the_text(string text, string slug)
        => Assert.Equal(slug, PortableFileNames.Slug(text));

    [Fact]
    public void A_slug_ends_after_the_last_whole_word_within_sixty_bytes()
    {
        var japanese = PortableFileNames.Slug(string.Concat(Enumerable.Repeat("機械学習モデル", 7)));
        Assert.Equal(59, japanese.Length); // ten five-character words and nine dashes
        Assert.Matches("^x[0-9a-f]{4}(-x[0-9a-f]{4}){9}$", japanese);
        Assert.Equal(new string('a', 60), PortableFileNames.Slug(new string('a', 100)));
        Assert.Equal("word", PortableFileNames.Slug("word " + new string('b', 70)));
        Assert.Equal(60, PortableFileNames.Slug(string.Concat(Enumerable.Repeat("abc ", 1_000_000))).Length + 1);
    }

    [Theory]
    [InlineData("System Context", "System Context")]
    [InlineData("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j")]
    [InlineData("tab\there\u0007\u001b[31m", "tab_here__[31m")]
    [InlineData("  ..trailing dots and spaces.. ", "trailing dots and spaces")]
    [InlineData("...", "")]
    [InlineData("e\u0301", "\u00e9")]
    [InlineData("emoji 😀", "emoji 😀")]
    public void A_portable_part_keeps_the_text_and_replaces_what_some_system_refuses(string text, string part)
        => Assert.Equal(part, PortableFileNames.Portable(text));

    [Fact]
    public void A_lone_surrogate_becomes_an_underscore()
        => Assert.Equal("lone _ surrogate", PortableFileNames.Portable("lone \ud800 surrogate")); // not as theory data: it would not survive serialisation

    [Fact]
    public void A_portable_part_is_cut_within_sixty_bytes_between_two_text_elements()
    {
        var part = PortableFileNames.Portable(string.Concat(Enumerable.Repeat("👩‍💻", 30)));
        Assert.True(Encoding.UTF8.GetByteCount(part) <= 60);
        Assert.Equal(0, part.Length % "👩‍💻".Length);
        Assert.Equal(60, PortableFileNames.Portable(new string('x', 10_000_000)).Length);
    }

    [Theory]
    [InlineData("CON", ".md", "CON_.md")]
    [InlineData("nul", "", "nul_")]
    [InlineData("com1.tar", ".gz", "com1_.tar.gz")]
    [InlineData("Lpt9 ", ".mmd", "Lpt9_.mmd")]
    [InlineData("console", ".md", "console.md")]
    [InlineData("com10", ".md", "com10.md")]
    public void A_Windows_device_name_gets_an_underscore_whatever_its_case_and_extension(string stem, string extension, string name)
        => Assert.Equal(name, new PortableFileNames().Claim(stem, extension));

    [Fact]
    public void Names_equal_ignoring_case_or_normalisation_get_counters_in_claim_order()
    {
        var names = new PortableFileNames();
        Assert.Equal("a.md", names.Claim("a", ".md"));
        Assert.Equal("A-2.md", names.Claim("A", ".md"));
        Assert.Equal("a-3.md", names.Claim("a", ".md"));
        Assert.Equal("a-2-2.md", names.Claim("a-2", ".md"));
        Assert.Equal("é.md", names.Claim("e\u0301", ".md"));
        Assert.Equal("É-2.md", names.Claim("É", ".md"));
        Assert.False(names.TryClaim("A", ".md", out _));
        Assert.True(names.TryClaim("b", ".md", out var b));
        Assert.Equal("b.md", b);
    }

    [Fact]
    public void A_whole_name_stays_within_a_hundred_bytes_with_its_counter_and_extension()
    {
        var names = new PortableFileNames();
        var stem = new string('s', 200);
        var first = names.Claim(stem, ".markdown");
        var second = names.Claim(stem, ".markdown");
        Assert.Equal(100, Encoding.UTF8.GetByteCount(first));
        Assert.Equal(100, Encoding.UTF8.GetByteCount(second));
        Assert.EndsWith("-2.markdown", second, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Many_names_with_one_stem_are_claimed_with_each_counter_tried_once()
    {
        var names = new PortableFileNames();
        var claimed = Enumerable.Range(0, 20_000).Select(_ => names.Claim("same", ".md")).ToList();
        Assert.Equal(20_000, claimed.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("same-20000.md", claimed[^1]);
    }
}
