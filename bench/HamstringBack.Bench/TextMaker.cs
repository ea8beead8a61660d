using System.Text;

namespace HamstringBack.Bench;

/// <summary>
/// Deterministic filler prose for the synthetic corpus: the same seed always gives the same words, so a corpus
/// is the same for a given page count on every machine.
/// </summary>
internal sealed class TextMaker(int seed)
{
    private static readonly string[] Words =
    [
        "muscle", "stretch", "back", "pain", "gentle", "slowly", "hamstring", "pelvis", "spine", "posture", "walk",
        "sit", "stand", "bend", "knee", "hip", "thigh", "breathe", "hold", "relax", "daily", "routine", "strength",
        "movement", "comfort", "support", "tension", "release", "balance", "core", "steady", "easy", "careful",
        "lower", "upper", "long", "short", "warm", "calm", "body", "habit", "morning", "evening", "week", "month",
        "change", "improve", "notice", "feel", "keep", "try", "repeat", "rest", "tired", "active", "flexible",
        "stiff", "tight", "loose", "joint", "tendon", "bone", "nerve", "leg", "foot", "floor", "chair", "towel",
        "wall", "step", "stairs", "garden", "work", "desk", "screen", "sleep", "bed", "pillow", "water", "doctor",
        "physiotherapist", "advice", "guide", "simple", "clear", "safe", "useful", "common", "often", "sometimes",
        "usually", "rarely", "always", "never", "before", "after", "during", "while", "because", "although",
        "the", "a", "your", "this", "that", "with", "without", "for", "from", "into", "over", "under", "about",
        "and", "or", "but", "so", "if", "when", "then", "can", "may", "should", "will", "might", "is", "are",
    ];

    private readonly Random _random = new(seed);

    /// <summary>A word from the list.</summary>
    public string Word() => Words[_random.Next(Words.Length)];

    /// <summary>A number in [min, max).</summary>
    public int Next(int min, int max) => _random.Next(min, max);

    /// <summary>Some words joined by spaces, the first capitalised.</summary>
    public string Phrase(int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            text.Append(i == 0 ? string.Empty : " ").Append(Word());
        }

        text[0] = char.ToUpperInvariant(text[0]);
        return text.ToString();
    }

    /// <summary>A paragraph of about <paramref name="words"/> words in sentences, some words in *emphasis* or **strong**.</summary>
    public string Paragraph(int words)
    {
        var text = new StringBuilder();
        var left = words;
        while (left > 0)
        {
            var length = Math.Min(left, Next(6, 16));
            var sentence = Phrase(length).Split(' ');
            var marked = Next(0, sentence.Length);
            sentence[marked] = Next(0, 2) == 0 ? $"*{sentence[marked]}*" : $"**{sentence[marked]}**";
            text.Append(text.Length == 0 ? string.Empty : " ").Append(string.Join(' ', sentence)).Append('.');
            left -= length;
        }

        return text.ToString();
    }
}
