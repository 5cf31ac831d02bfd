using LlmSafety.Judge.Policy;
using LlmSafety.Judge.Tests.Scoring;

namespace LlmSafety.Judge.Tests.Policy;

/// <summary>
/// A person-name span that names a mountain, a lake or a beach is no person, whatever a model scored it; a surname that
/// is also a place noun, or a given name before the place noun, keeps it a person.
/// </summary>
public class PlaceNameTests
{
    private static bool IsPlace(string sentence, string spanText)
    {
        var (analyzed, span) = HandTaggedSpans.Over(sentence, spanText, EntityType.PersonName);
        var (first, last) = (span.FirstToken, span.LastToken);
        var words = Enumerable.Range(first, last - first + 1).Count(t => analyzed.Tokens[t].Kind == LlmSafety.Judge.Text.TokenKind.Word);
        return NameRules.IsPlaceName(analyzed, span, words);
    }

    [Theory]
    [InlineData("Our class made a poster about Mount Fuji.", "Mount Fuji", true)]
    [InlineData("In the book there is a picture of Lake Titicaca at night.", "Lake Titicaca", true)]
    [InlineData("Last summer we had a picnic at Bondi Beach.", "Bondi Beach", true)]
    [InlineData("My friend Jisoo Park lives next door.", "Jisoo Park", false)]
    [InlineData("Anna River sits next to me in maths.", "Anna River", false)]
    [InlineData("Our new neighbour is Monte Rivera from Spain.", "Monte Rivera", false)]
    [InlineData("Our teacher, Mrs. Okafor, reads to us.", "Okafor", false)]
    public void A_place_is_no_person(string sentence, string spanText, bool place) =>
        Assert.Equal(place, IsPlace(sentence, spanText));
}
