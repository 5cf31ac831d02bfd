namespace LlmSafety.Web.Tests.Components;

/// <summary>Judgment bodies in the contract's spelling, for the component tests.</summary>
public static class JudgmentJson
{
    public const string UnsafeText = "My name is Liam Okafor. I take Ritalin at lunch.";

    /// <summary>"Liam Okafor" (11..22) is a high identity finding, "Ritalin" (31..38) a high health finding.</summary>
    public const string Unsafe = """
        {"verdict":"unsafe",
         "identity":{"score":0.97,"flagged":true,"threshold":0.42},
         "health":{"score":0.93,"flagged":true,"threshold":0.5},
         "entities":[
           {"type":"PERSON_NAME","category":"identity","start":11,"end":22,"score":0.99,"severity":"high","source":"model","placeholder":"a friend"},
           {"type":"MEDICATION","category":"health","start":31,"end":38,"score":0.93,"severity":"high","source":"model","placeholder":"my medicine"}],
         "redactedText":"My name is a friend. I take my medicine at lunch.",
         "reasons":["full name","medication tied to the narrator"],
         "model":{"name":"llm-safety-judge","version":"3"},"cached":false,"durationMs":12.5}
        """;

    public const string ReviewText = "I go to Maple Elementary School every day.";

    public const string Review = """
        {"verdict":"review",
         "identity":{"score":0.61,"flagged":true,"threshold":0.42},
         "health":{"score":0.02,"flagged":false,"threshold":0.5},
         "entities":[
           {"type":"ORGANIZATION","category":"identity","start":8,"end":31,"score":0.61,"severity":"medium","source":"model","placeholder":"my school"}],
         "redactedText":"I go to my school every day.",
         "reasons":["named school"],
         "model":{"name":"llm-safety-judge","version":"3"},"cached":true,"durationMs":0.4}
        """;

    public const string SafeText = "Doctors help people feel better. I wait my turn.";

    public const string Safe = """
        {"verdict":"safe",
         "identity":{"score":0.03,"flagged":false,"threshold":0.42},
         "health":{"score":0.08,"flagged":false,"threshold":0.5},
         "entities":[],
         "redactedText":"Doctors help people feel better. I wait my turn.",
         "reasons":[],
         "model":{"name":"llm-safety-judge","version":"3"},"cached":false,"durationMs":3.1}
        """;
}
