namespace LlmSafety.Judge;

/// <summary>
/// Entity types that back every flag. Serialized as SCREAMING_SNAKE_CASE (PERSON_NAME, DATE_OF_BIRTH, …)
/// in JSONL data, reports and the API.
/// </summary>
public enum EntityType
{
    PersonName,
    Address,
    Phone,
    Email,
    DateOfBirth,
    IdNumber,
    Organization,
    Url,
    Diagnosis,
    Medication,
    Treatment,
    Device,
    Provider,
}
