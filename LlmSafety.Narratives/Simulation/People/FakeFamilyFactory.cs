using System.Globalization;
using Bogus;
using LlmSafety.Narratives.Simulation.Catalog;
using LlmSafety.Narratives.Simulation.Text;
using BogusGender = Bogus.DataSets.Name.Gender;

namespace LlmSafety.Narratives.Simulation.People;

/// <summary>
/// Builds a fake child and family from one seed: names from many locales (Bogus plus romanised pools), an address,
/// contact details, identifiers, school, team, clinic, a coherent health condition and harmless story values.
/// </summary>
internal sealed class FakeFamilyFactory
{
    private static readonly string[] BogusLocales = ["en_US", "en_GB", "es", "fr", "de", "nl", "pl", "vi", "en_IND", "pt_BR", "it", "tr"];

    private static readonly string[] Landmarks =
    [
        "the Science Museum", "Central Park", "the Grand Canyon", "the Golden Gate Bridge", "the Royal Albert Hall",
        "Buckingham Palace", "the Sydney Opera House", "Lake Michigan", "the Rocky Mountains", "the National Gallery",
        "the London Eye", "Yellowstone National Park", "the Statue of Liberty", "Niagara Falls", "the Great Wall of China",
        "Kew Gardens", "the Empire State Building", "Mount Fuji", "the Amazon River", "the Louvre", "Times Square",
        "Hyde Park", "the Colosseum", "Table Mountain", "the Great Barrier Reef", "Disneyland", "Legoland Windsor",
        "the Brooklyn Bridge", "the Natural History Museum", "Stonehenge", "the Space Needle", "the Eden Project",
    ];

    private static readonly string[] Characters =
    [
        "Elmo", "Harry Potter", "Spider-Man", "Peppa Pig", "Bluey", "Mickey Mouse", "Elsa", "Winnie the Pooh",
        "SpongeBob SquarePants", "Luke Skywalker", "Hermione Granger", "Buzz Lightyear", "Daniel Tiger",
        "Curious George", "Paddington Bear", "Pikachu", "Moana", "Batman", "Dora the Explorer", "Thomas the Tank Engine",
    ];

    private static readonly string[] TeamAnimals = ["Dolphins", "Tigers", "Hawks", "Otters", "Foxes", "Lions", "Comets", "Rockets", "Wolves", "Eagles"];
    private static readonly string[] SchoolKinds =
    [
        "Elementary School", "Primary School", "Academy", "Middle School", "Montessori School", "Community School",
        "Elementary", "High School", "Preschool", "Nursery", "Primary", "Junior School", "Infant School", "Charter School",
        "Day Nursery", "Learning Center", "Kindergarten",
    ];

    private static readonly string[] ClinicKinds =
    [
        "Pediatrics", "Children's Clinic", "Family Health Centre", "Children's Therapy Centre", "Medical Group",
        "Children's Hospital", "General Hospital", "Hospital", "Medical Center", "Medical Centre", "Health Center",
        "Pediatric Clinic", "Child Development Centre", "Autism Center", "Speech Clinic", "Surgery", "Family Practice",
    ];

    private static readonly string[] PlaceWords =
    [
        "Riverside", "Maple", "Oakwood", "Lakeview", "Hillcrest", "Cedar", "Brookfield", "Willow", "Sunnyvale", "Greenway",
        "Oak Hill", "Pine Ridge", "Mercy", "Lincoln", "Jefferson", "Roosevelt", "Fairview", "Meadowbrook", "Harbor View",
        "Summit", "Westside", "Northgate", "Holy Cross", "Valley View", "Bright Horizons", "Little Acorns", "Sunshine",
        "Kingsbury", "Elm Park", "Silver Birch",
    ];

    private readonly Faker[] _fakers = [.. BogusLocales.Select(locale => new Faker(locale))];

    public FakeFamily Create(Random random)
    {
        var female = random.Next(2) == 0;
        var pronouns = random.Next(100) switch
        {
            < 12 => Pronouns.They,
            _ => female ? Pronouns.She : Pronouns.He,
        };

        var addressFaker = _fakers[random.Next(_fakers.Length)];
        addressFaker.Random = new Randomizer(random.Next());
        var (origin, givenName, surname, nameFaker) = Name(random, female);
        // The story calls the child by one word; the whole given name appears only inside the fuller forms.
        var firstName = CallName(givenName);
        string First(bool isFemale) => nameFaker is null
            ? PickRomanised(random, origin, isFemale)
            : nameFaker.Name.FirstName(isFemale ? BogusGender.Female : BogusGender.Male).Trim();
        string Surname() => nameFaker is null ? PickRomanisedSurname(random, origin) : nameFaker.Name.LastName().Trim();

        var birth = new DateOnly(random.Next(2008, 2022), random.Next(1, 13), random.Next(1, 29));
        var condition = HealthConditions.All[random.Next(HealthConditions.All.Count)];
        var device = Pick(random, condition.Devices);
        var providerSurname = Surname();
        var clinic = Clinic(random, addressFaker);
        var character = Pick(random, Characters);

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["firstName"] = firstName,
            ["surname"] = surname,
            ["fullName"] = $"{givenName} {surname}",
            ["surnameFirst"] = $"{surname}, {givenName}",
            ["initialSurname"] = $"{firstName[0]}. {surname}",
            ["middleName"] = $"{givenName} {First(female)[0]}. {surname}",
            ["teacherFull"] = $"{First(random.Next(2) == 0)} {Surname()}",
            ["parentTitled"] = $"{(random.Next(2) == 0 ? "Mrs." : "Ms.")} {surname}",
            ["parentFull"] = $"{First(isFemale: false)} {surname}",
            ["siblingFull"] = $"{First(isFemale: true)} {surname}",
            ["grandparentFull"] = $"{First(isFemale: false)} {Surname()}",
            ["teacherTitled"] = $"{(random.Next(2) == 0 ? "Mr." : "Mrs.")} {Surname()}",
            ["friend"] = CallName(First(random.Next(2) == 0)),
            ["friend2"] = CallName(First(random.Next(2) == 0)),
            ["sibling"] = CallName(First(isFemale: false)),
            ["address"] = Address(random, addressFaker),
            ["phone"] = ContactFormats.Phone(random),
            ["email"] = ContactFormats.Email(random, firstName, surname, birth.Year),
            ["dob"] = ContactFormats.DateOfBirth(random, birth),
            ["ssn"] = IdentifierGenerator.SocialSecurityNumber(random),
            ["mrn"] = IdentifierGenerator.MedicalRecordNumber(random),
            ["insurance"] = IdentifierGenerator.InsuranceMemberId(random),
            ["studentId"] = IdentifierGenerator.StudentId(random),
            ["nhs"] = IdentifierGenerator.NhsNumber(random),
            ["school"] = School(random, addressFaker),
            ["team"] = $"{addressFaker.Address.City().Trim()} {Pick(random, TeamAnimals)}",
            ["clinic"] = clinic,
            ["url"] = ContactFormats.PersonalUrl(random, firstName, surname, birth.Year),
            ["handle"] = ContactFormats.Handle(random, firstName, surname, birth.Year),
            ["diagnosis"] = Pick(random, condition.Diagnoses),
            ["medication"] = Pick(random, condition.Medications),
            ["therapy"] = Pick(random, condition.Therapies),
            ["procedure"] = Pick(random, condition.Procedures),
            ["testResult"] = Pick(random, condition.TestResults),
            ["symptom"] = Pick(random, ConditionSymptoms.For(condition.Id)),
            ["device"] = device,
            ["deviceBare"] = WithoutArticle(device),
            ["specialist"] = Pick(random, condition.Specialists),
            ["providerTitled"] = $"Dr. {providerSurname}",
            ["provider"] = random.Next(2) == 0 ? $"Dr. {providerSurname} at {clinic}" : $"Dr. {providerSurname}",
            ["condition"] = condition.Id,
            ["character"] = character,
            ["character2"] = Pick(random, Characters.Where(c => c != character).ToArray()),
            ["landmark"] = Pick(random, Landmarks),
            ["time"] = Time(random),
            ["price"] = string.Create(CultureInfo.InvariantCulture, $"${random.Next(1, 20)}.{random.Next(0, 20) * 5:D2}"),
            ["count"] = random.Next(2, 30).ToString(CultureInfo.InvariantCulture),
            ["room"] = random.Next(1, 40).ToString(CultureInfo.InvariantCulture),
            ["score"] = string.Create(CultureInfo.InvariantCulture, $"{random.Next(0, 8)} to {random.Next(0, 8)}"),
            ["minutes"] = random.Next(2, 20).ToString(CultureInfo.InvariantCulture),
            ["page"] = random.Next(3, 120).ToString(CultureInfo.InvariantCulture),
            ["age"] = random.Next(4, 15).ToString(CultureInfo.InvariantCulture),
            ["eventDate"] = ContactFormats.EventDate(random),
        };

        return new FakeFamily(firstName, pronouns, origin, values);
    }

    private (string Origin, string FirstName, string Surname, Faker? Faker) Name(Random random, bool female)
    {
        // About one child in five gets a name from a pool Bogus cannot give in Latin script.
        if (random.Next(5) == 0)
        {
            var pool = RomanisedNames.All[random.Next(RomanisedNames.All.Count)];
            return (pool.Origin, PickRomanised(random, pool.Origin, female), PickRomanisedSurname(random, pool.Origin), null);
        }

        var index = random.Next(_fakers.Length);
        var faker = _fakers[index];
        faker.Random = new Randomizer(random.Next());
        var first = faker.Name.FirstName(female ? BogusGender.Female : BogusGender.Male).Trim();
        return (BogusLocales[index], first, faker.Name.LastName().Trim(), faker);
    }

    private static string PickRomanised(Random random, string origin, bool female)
    {
        var pool = RomanisedNames.All.First(p => p.Origin == origin);
        return Pick(random, female ? pool.Female : pool.Male);
    }

    private static string PickRomanisedSurname(Random random, string origin) =>
        Pick(random, RomanisedNames.All.First(p => p.Origin == origin).Surnames);

    // Some Bogus locales put two spaces inside a street address ("Harman Yolu Sokak  009"); no writer keeps them.
    private static string Address(Random random, Faker faker) => string.Join(' ', (random.Next(3) switch
    {
        0 => faker.Address.StreetAddress(),
        1 => $"{faker.Address.StreetAddress()}, {faker.Address.City()}",
        _ => $"{faker.Address.StreetAddress()}, {faker.Address.City()} {faker.Address.ZipCode()}",
    }).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string School(Random random, Faker faker) => random.Next(3) switch
    {
        0 => $"{faker.Address.City().Trim()} {Pick(random, SchoolKinds)}",
        1 => $"{Pick(random, PlaceWords)} {Pick(random, SchoolKinds)}",
        _ => $"St. {faker.Name.FirstName().Trim()}'s {Pick(random, SchoolKinds)}",
    };

    private static string Clinic(Random random, Faker faker) => random.Next(4) switch
    {
        0 => $"{faker.Address.City().Trim()} {Pick(random, ClinicKinds)}",
        1 => $"St. {faker.Name.FirstName().Trim()}'s {Pick(random, ClinicKinds)}",
        _ => $"{Pick(random, PlaceWords)} {Pick(random, ClinicKinds)}",
    };

    private static string Time(Random random) => random.Next(3) switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{random.Next(7, 12)}:{random.Next(0, 4) * 15:D2}"),
        1 => string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 6)}:{random.Next(0, 12) * 5:D2} p.m."),
        _ => string.Create(CultureInfo.InvariantCulture, $"{random.Next(7, 12)} o'clock"),
    };

    /// <summary>
    /// What a child is called: a given name of several words ("Trà Giang") is used by its last word, as Vietnamese
    /// names are, so a bare first name stays one word and a two-word name in a story always means a fuller name.
    /// </summary>
    private static string CallName(string givenName)
    {
        var space = givenName.LastIndexOf(' ');
        return space < 0 ? givenName : givenName[(space + 1)..];
    }

    private static string WithoutArticle(string phrase) =>
        phrase.StartsWith("a ", StringComparison.Ordinal) ? phrase[2..]
        : phrase.StartsWith("an ", StringComparison.Ordinal) ? phrase[3..]
        : phrase;

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
