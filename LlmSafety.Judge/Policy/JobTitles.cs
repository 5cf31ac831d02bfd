using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// The job title written after a name and a comma: a clinician's ("Ms. Dunn, Speech and Language Therapist") makes the
/// name a provider, another job ("Mr. Pereira, Careers Lead", "Mrs. Ali, School Nurse") a person of the school.
/// </summary>
internal static class JobTitles
{
    // How many words of a job title after a name are read: "Careers and Work Experience Lead".
    private const int RoleReach = 8;

    public enum Role
    {
        None,
        Clinician,
        Other,
    }

    /// <summary>
    /// The job title after a name and a comma, capitalised and on the name's line: a clinician's with a clinician word
    /// in it ("Ms. Dunn, Speech and Language Therapist"), another with no clinician or health word ("Mr. Pereira, Careers
    /// and Work Experience Lead", "Ms. Dunn, Head of Year 9").
    /// </summary>
    public static Role RoleAfter(AnalyzedText analyzed, int comma)
    {
        var tokens = analyzed.Tokens;
        if (comma < 1 || comma + 1 >= tokens.Count || tokens[comma].In(analyzed.Text) is not "," || analyzed.HasLineBreak(comma - 1, comma + 1))
        {
            return Role.None;
        }

        // "Dr. Tomasz Wiśniewski, school psychologist", "Mrs. Ali, School Nurse": someone every pupil may see.
        if (comma + 2 < tokens.Count && tokens[comma + 1].In(analyzed.Text) is "school" or "School" && WordLists.Contains(SchoolClinicians, tokens[comma + 2].In(analyzed.Text)))
        {
            return Role.Other;
        }

        if (!analyzed.IsCapitalisedWord(comma + 1, minLength: 2))
        {
            return Role.None;
        }

        var (health, job) = (false, false);
        for (var t = comma + 1; t < tokens.Count && t <= comma + RoleReach && !analyzed.SentenceStarts[t] && !analyzed.HasLineBreak(t - 1, t); t++)
        {
            job |= WordLists.Contains(OtherJobs, tokens[t].In(analyzed.Text));
            // The clinician word ends the title ("… Language Therapist", "Occupational Therapist at Kids Clinic"), not
            // "Ms. Dunn, Nurse Jo and Leo".
            if (JudgeEngine.IsClinicianWord(analyzed, t) && char.IsUpper(analyzed.Text[tokens[t].Start])
                && (t + 1 >= tokens.Count || !analyzed.IsCapitalisedWord(t + 1) || analyzed.SentenceStarts[t + 1] || analyzed.HasLineBreak(t, t + 1)))
            {
                return Role.Clinician;
            }

            // Words of the title that name a care ("Speech", "Occupational", "Paediatric") wait for its clinician word.
            health |= ((analyzed.Lexicons[t] & (LexiconSet.HealthKinds | LexiconKind.BodyWord)) != 0 && tokens[t].In(analyzed.Text) is not "Head")
                || WordLists.Contains(ClinicalTitleWords, tokens[t].In(analyzed.Text));
            if (!analyzed.IsCapitalisedWord(t) && tokens[t].Kind == TokenKind.Word && !(tokens[t].In(analyzed.Text) is "and" or "of" or "for"))
            {
                break;
            }
        }

        return job && !health ? Role.Other : Role.None;
    }

    private static readonly string[] SchoolClinicians = ["nurse", "psychologist", "counsellor", "counselor"];

    // Jobs a title after a name may name that are no clinician's: "Head Teacher", "Careers and Work Experience Lead".
    private static readonly string[] OtherJobs =
    [
        "teacher", "headteacher", "headmaster", "headmistress", "principal", "lead", "leader", "coordinator", "manager", "director", "mayor", "coach",
        "officer", "adviser", "advisor", "librarian", "secretary", "chair", "president", "captain", "governor", "administrator", "tutor",
    ];

    // Words of a clinical department or rank in a title: "Consultant", "Head of Child Development", "Chief of Paediatric
    // Cardiology".
    private static readonly string[] ClinicalTitleWords =
    [
        "consultant", "development", "paediatric", "pediatric", "paediatrics", "pediatrics", "cardiology", "neonatal", "neonatology", "clinical", "clinic",
        "hospital", "medical", "medicine", "health", "care", "nursing", "psychology", "psychiatry", "therapy", "therapies", "rehabilitation", "surgery",
        "audiology", "neurology", "wellbeing", "welfare", "sen", "senco", "inclusion", "learning", "support",
    ];

    /// <summary>
    /// <see cref="RoleAfter"/> the name ending before <paramref name="after"/>, or after one more capitalised word the span
    /// left out ("Dr. Tomasz | Wiśniewski, school psychologist").
    /// </summary>
    public static Role RoleAfterName(AnalyzedText analyzed, int after)
    {
        var role = RoleAfter(analyzed, after);
        return role != Role.None || after + 1 >= analyzed.Tokens.Count || !analyzed.IsCapitalisedWord(after, minLength: 2) || analyzed.SentenceStarts[after]
            ? role : RoleAfter(analyzed, after + 1);
    }
}
