using System.Numerics;
using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// The elements a reader has met whose id is a plain decimal number ("1", "42"; structurizr-java numbers every item),
/// indexed by that number: a relationship's end is then found from its id's UTF-8 bytes with a digit loop and an
/// array read instead of hashing a string. Only a cache in front of <see cref="Model.GetElement(string)"/>: an id that
/// is not a plain number (or an element it does not hold) is looked up there, so a hit here is always the element the
/// model holds under that id (ids are unique).
/// </summary>
internal sealed class NumberedElements
{
    // Bounded by what has been added, so a sparse id ("999999999") cannot make the array huge: such ids go to the model.
    private const int Slack = 4096;

    private Element?[] _byNumber = new Element?[256];
    private int _count;

    /// <summary>Remembers the element under its id's number, if its id is one and not far beyond the ids seen so far.</summary>
    public void Add(Element element)
    {
        var n = PlainNumber(element.Id.AsSpan());
        if (n < 0 || n > 4 * _count + Slack) return;
        if (n >= _byNumber.Length) Array.Resize(ref _byNumber, (int)Math.Min(BitOperations.RoundUpToPowerOf2((uint)n + 1), (uint)Array.MaxLength));
        _byNumber[n] = element;
        _count++;
    }

    /// <summary>The element whose id is these UTF-8 bytes, when they are a plain number this index holds; else null (ask the model).</summary>
    public Element? Find(ReadOnlySpan<byte> utf8Id)
    {
        var n = PlainNumber(utf8Id);
        return n >= 0 && n < _byNumber.Length ? _byNumber[n] : null;
    }

    /// <summary>
    /// The value of a plain decimal number (digits only, no sign, no leading zero, at most 9 digits), else -1; for the
    /// UTF-8 bytes of the input and for the characters of an id alike.
    /// </summary>
    internal static int PlainNumber<T>(ReadOnlySpan<T> digits) where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        if (digits.IsEmpty || digits.Length > 9 || (int.CreateTruncating(digits[0]) == '0' && digits.Length > 1)) return -1;
        var n = 0;
        foreach (var d in digits)
        {
            var v = int.CreateTruncating(d) - '0';
            if ((uint)v > 9) return -1;
            n = n * 10 + v;
        }
        return n;
    }
}
