namespace LlmSafety.Narratives.Simulation.Catalog;

/// <summary>
/// Sentences every family can use: openings, coping strategies that pad a story to its target length, and endings.
/// </summary>
public static class StoryFrame
{
    public static IReadOnlyList<string> Openings { get; } =
    [
        "This is a story about $situation.",
        "Hi! {My} name is $firstName, and this story is about $situation.",
        "$firstName is $age years old and is learning about $situation.",
        "Today {N} will practise $situation.",
        "Here is what happens when it is time for $situation.",
        "Let's read about $situation together.",
    ];

    public static IReadOnlyList<string> Coping { get; } =
    [
        "{I} can take three slow, deep breaths.",
        "{I} can count slowly from one to ten.",
        "If {I} feel{s} worried, {I} can ask a grown-up for help.",
        "{I} can squeeze {my} hands together and then let go.",
        "It is okay to feel nervous.",
        "{I} can think about something {I} like{s}, such as trains or kittens.",
        "{I} can hold {my} favourite small toy in {my} pocket.",
        "{I} can use {my} words to say how {I} feel{s}.",
        "Feelings come and go like clouds in the sky.",
        "A grown-up will be nearby if {I} need{s} them.",
        "{I} can look at {my} picture card to remember the steps.",
        "Using a calm voice helps everyone stay calm.",
        "{I} can say, \"I need a break, please.\"",
        "{I} can stretch {my} arms up high and then down low.",
        "Practising at home makes it easier next time.",
        "{I} can give {myself} a big hug.",
        "Thinking about what comes next can help {me} feel ready.",
        "{I} can rub {my} hands together to feel calm.",
        "If {I} feel{s} too hot or too cold, {I} can tell someone.",
        "It is fine to ask questions about what will happen.",
        "{I} {am} learning, and learning takes time.",
        "Grown-ups are proud when {I} {try|tries} {my} best.",
        "{I} can notice five things {I} can see around {me}.",
        "Humming a quiet song can help {my} body relax.",
        "{I} can drink some water if {my} mouth feels dry.",
        "Small steps add up to big changes.",
        "{I} can imagine {my} calm place, like a beach or a cosy bed.",
        "Friends and family want {me} to feel safe.",
        "When something feels hard, {I} can try again later.",
        "Being brave means trying even when {I} feel{s} a little scared.",
        "{I} can press {my} feet into the floor and feel how strong they are.",
        "Everyone learns at their own speed.",
        "{I} can hold the soft toy that squeaks when {I} squeeze{s} it.",
        "The clock that hangs on the wall shows when it is time to go.",
        "{I} can look at the picture that shows what happens next.",
        "The timer that beeps tells {me} when the wait is over.",
        "{I} can sit in the chair that feels comfy and safe.",
        "A grown-up can show {me} the sign that points the way.",
        "{I} like the song that goes up and down and round again.",
        "{My} backpack has a zip that goes all the way round.",
    ];

    public static IReadOnlyList<string> Endings { get; } =
    [
        "{I} can do this!",
        "{N} can feel proud of {myself}.",
        "Next time, {I} will know what to do.",
        "It is okay to feel worried, and {I} can still try.",
        "{I} did a great job today.",
        "The end.",
        "Everyone is proud of {me} for trying.",
        "Now {I} know{s} what to expect.",
    ];
}
