using LlmSafety.Judge.Features;
using LlmSafety.Judge.Recognizers;

namespace LlmSafety.Judge.Tests.Recognizers;

public class StructuredIdentifierRecognizerTests
{
    /// <summary>The recognizer's finds as the judge keeps them (after normalisation and the person check for full dates).</summary>
    private static List<(EntityType Type, string Text)> Find(string text)
    {
        var analyzed = AnalyzedText.Analyze(text);
        return analyzed.Recognized.ConvertAll(e =>
        {
            var (start, end) = analyzed.Normalized.ToOriginal(e.Start, e.End);
            return (e.Type, text[start..end]);
        });
    }

    [Theory]
    [InlineData("Call my mom at (555) 123-4567 after school.", EntityType.Phone, "(555) 123-4567")]
    [InlineData("Her number is +44 7700 900123.", EntityType.Phone, "+44 7700 900123")]
    [InlineData("Write to liam.okafor@example.com today.", EntityType.Email, "liam.okafor@example.com")]
    [InlineData("Videos are at https://www.example.org/liam.", EntityType.Url, "https://www.example.org/liam")]
    [InlineData("Follow @liam_draws for pictures.", EntityType.Url, "@liam_draws")]
    [InlineData("His SSN is 123-45-6789.", EntityType.IdNumber, "123-45-6789")]
    [InlineData("The letter lists his NHS number 943 476 5919.", EntityType.IdNumber, "943 476 5919")]
    [InlineData("The bracelet shows MRN 48213977.", EntityType.IdNumber, "48213977")]
    [InlineData("My student number, s5560063, is on the card.", EntityType.IdNumber, "s5560063")]
    [InlineData("I was born on March 3, 2016.", EntityType.DateOfBirth, "March 3, 2016")]
    [InlineData("DOB: 03/14/2015.", EntityType.DateOfBirth, "03/14/2015")]
    [InlineData("We live at 42 Maple Street, Springfield.", EntityType.Address, "42 Maple Street, Springfield")]
    [InlineData("My birthday is March 3, and the party is at the park.", EntityType.DateOfBirth, "March 3")]
    [InlineData("We live at 220 West 75th Street, New York, NY 10023 with our cat.", EntityType.Address, "220 West 75th Street, New York, NY 10023")]
    [InlineData("We moved to Apartment 4B, 220 West 75th Street.", EntityType.Address, "Apartment 4B, 220 West 75th Street")]
    [InlineData("Send the card to 42 Elm Street, Apt 3, Springfield, IL 62704.", EntityType.Address, "42 Elm Street, Apt 3, Springfield, IL 62704")]
    [InlineData("Mom wrote Halligstr. 51 on the form.", EntityType.Address, "Halligstr. 51")]
    [InlineData("The car takes me home to ul. Wiacek 521.", EntityType.Address, "ul. Wiacek 521")]
    [InlineData("My house is at Incrocio Pircher 1.", EntityType.Address, "Incrocio Pircher 1")]
    [InlineData("Home is 3228 Bahula Valley, where my corner is.", EntityType.Address, "3228 Bahula Valley")]
    [InlineData("Post the card to SW1A 1AA for me.", EntityType.Address, "SW1A 1AA")]
    [InlineData("Gran lives near M1 1AE now.", EntityType.Address, "M1 1AE")]
    [InlineData("Home is 856 Place d'Assas, Nancy, where my corner is.", EntityType.Address, "856 Place d'Assas, Nancy")]
    [InlineData("Your friends come over to 75 Impasse de la Huchette on Saturdays.", EntityType.Address, "75 Impasse de la Huchette")]
    [InlineData("send the answer back to ul. krukowski 1891.", EntityType.Address, "ul. krukowski 1891")]
    [InlineData("Your health number 495 879 0802 is on every appointment letter.", EntityType.IdNumber, "495 879 0802")]
    [InlineData("My health card number is 6403441876.", EntityType.IdNumber, "6403441876")]
    [InlineData("Her health card number is 4532 281 907 and it is on the form.", EntityType.IdNumber, "4532 281 907")]
    [InlineData("My library card number is 21982 004 55771.", EntityType.IdNumber, "21982 004 55771")]
    [InlineData("Her Medicaid number is 7734 2291 0845, on the card in Mom's wallet.", EntityType.IdNumber, "7734 2291 0845")]
    [InlineData("His Medicare number is 2953 41870 1.", EntityType.IdNumber, "2953 41870 1")]
    [InlineData("My lunch PIN is 48213, and I type it at the till.", EntityType.IdNumber, "48213")]
    [InlineData("If I get lost, I call my mum at the office on 0161 496 0123.", EntityType.Phone, "0161 496 0123")]
    [InlineData("At the front she types her lunch number, 40021567, on the keypad.", EntityType.IdNumber, "40021567")]
    [InlineData("Prepared for: Adaeze | Hospital No: LUTH/PAED/448213", EntityType.IdNumber, "LUTH/PAED/448213")]
    [InlineData("I pack my student ID card (number 2B-0417) and a bottle of water.", EntityType.IdNumber, "2B-0417")]
    [InlineData("At the desk Papai shows the card with my CPF, 204.519.833-07.", EntityType.IdNumber, "204.519.833-07")]
    [InlineData("The form asks for his CURP: GOMJ140812HDFRRN09.", EntityType.IdNumber, "GOMJ140812HDFRRN09")]
    [InlineData("Her Ontario number is OEN 613-204-998 on the report card.", EntityType.IdNumber, "613-204-998")]
    [InlineData("He came into the world on 20.09.2015.", EntityType.DateOfBirth, "20.09.2015")]
    [InlineData("Ever since 7 May 2012, my family has been taking care of me.", EntityType.DateOfBirth, "7 May 2012")]
    [InlineData("Ever since 11/24/14, his family has been taking care of him.", EntityType.DateOfBirth, "11/24/14")]
    [InlineData("she was born on may 9, 2014.", EntityType.DateOfBirth, "may 9, 2014")]
    [InlineData("Isla was born on the fourth of November, two thousand and twenty-four.", EntityType.DateOfBirth, "the fourth of November, two thousand and twenty-four")]
    [InlineData("The card has Gogo's cell number on it. Say it out loud: oh-eight-two, four-one-nine, seven-three-four-six.", EntityType.Phone, "oh-eight-two, four-one-nine, seven-three-four-six")]
    [InlineData("Nana's phone number is five five five, two one two, nine eight seven six.", EntityType.Phone, "five five five, two one two, nine eight seven six")]
    [InlineData("Leo was born on the twenty-first of March 2016 in Leeds.", EntityType.DateOfBirth, "the twenty-first of March 2016")]
    [InlineData("His birthday is June the thirtieth, nineteen ninety-eight.", EntityType.DateOfBirth, "June the thirtieth, nineteen ninety-eight")]
    [InlineData("She was born on the first of May, twenty twenty.", EntityType.DateOfBirth, "the first of May, twenty twenty")]
    [InlineData("Her birthday is the second day of April.", EntityType.DateOfBirth, "the second day of April")]
    [InlineData("The party bus drops us at 376 Butt Coves before lunch.", EntityType.Address, "376 Butt Coves")]
    [InlineData("Grandpa's farm is at 12 Willow Shoals, Dayton.", EntityType.Address, "12 Willow Shoals, Dayton")]
    [InlineData("We live at 14 Jacaranda Street, Parkhurst, Johannesburg, 2193 with our dog.", EntityType.Address, "14 Jacaranda Street, Parkhurst, Johannesburg, 2193")]
    [InlineData("Mom wrote 884 Martins Rodovia on the form.", EntityType.Address, "884 Martins Rodovia")]
    [InlineData("The invitation says to come to Cuesta Gilberto Báez s/n. at four.", EntityType.Address, "Cuesta Gilberto Báez s/n")]
    [InlineData("Abuela lives at Travesía del Pilar 14 now.", EntityType.Address, "Travesía del Pilar 14")]
    [InlineData("send the card to kocatepe caddesi 48c please.", EntityType.Address, "kocatepe caddesi 48c")]
    [InlineData("Our flat is on Ali Çetinkaya Caddesi 12.", EntityType.Address, "Ali Çetinkaya Caddesi 12")]
    [InlineData("Mom wrote Dar Sokak 57 on the form.", EntityType.Address, "Dar Sokak 57")]
    [InlineData("Oma lives at Muldersloot 7 in a red house.", EntityType.Address, "Muldersloot 7")]
    [InlineData("we moved to sannegracht 65 last summer.", EntityType.Address, "sannegracht 65")]
    [InlineData("Oma lives at Isadijk 724a, Kokkelert 2142 KU now.", EntityType.Address, "Isadijk 724a, Kokkelert 2142 KU")]
    [InlineData("The card went to Saygılı Sokak 66c, Bayburt last week.", EntityType.Address, "Saygılı Sokak 66c, Bayburt")]
    [InlineData("Post it to 6863 Considine Rapids, Tierraport DS56 4IX today.", EntityType.Address, "6863 Considine Rapids, Tierraport DS56 4IX")]
    [InlineData("Home is 1162 Mộng Tuyền Court, Nam Định now.", EntityType.Address, "1162 Mộng Tuyền Court, Nam Định")]
    [InlineData("Send it to 579 Bhattathiri Extension, Hiranmayville 995 018 please.", EntityType.Address, "579 Bhattathiri Extension, Hiranmayville 995 018")]
    [InlineData("Send it to 726 Franco Rodovia, São Vicente 08671-693 please.", EntityType.Address, "726 Franco Rodovia, São Vicente 08671-693")]
    [InlineData("The card goes to 250 Zack Mews, South Eulalia XA41 4WP today.", EntityType.Address, "250 Zack Mews, South Eulalia XA41 4WP")]
    [InlineData("The nurse reads out his CURP, MOGL170309HDFRNSA2, from a list.", EntityType.IdNumber, "MOGL170309HDFRNSA2")]
    [InlineData("Papai keeps the paper with 318.442.907-15 in his wallet.", EntityType.IdNumber, "318.442.907-15")]
    [InlineData("Her health card says 7731-204-588-QB under her name.", EntityType.IdNumber, "7731-204-588-QB")]
    [InlineData("On the register his student number is KHS/2020/1187, but nobody says it.", EntityType.IdNumber, "KHS/2020/1187")]
    [InlineData("the lady asks for my cpf, 204.551.873-09, and mom says it.", EntityType.IdNumber, "204.551.873-09")]
    [InlineData("Mamá dice que nací el 4 de junio de 2016 en Puebla.", EntityType.DateOfBirth, "4 de junio de 2016")]
    [InlineData("Kimlikte doğum tarihi 7 Şubat 2017 yazıyor.", EntityType.DateOfBirth, "7 Şubat 2017")]
    [InlineData("Sie ist am 14. März 2015 geboren, sagt Oma.", EntityType.DateOfBirth, "14. März 2015")]
    [InlineData("Annem'in numarası +90 532 418 22 61, kartta yazıyor.", EntityType.Phone, "+90 532 418 22 61")]
    [InlineData("We live at 9 Wattle Court, Ballarat VIC 3350 near the lake.", EntityType.Address, "9 Wattle Court, Ballarat VIC 3350")]
    [InlineData("Our house is 12 Protea Road, Hatfield, Pretoria 0028.", EntityType.Address, "12 Protea Road, Hatfield, Pretoria 0028")]
    [InlineData("Letters come to P.O. Box 3318-00200, Nairobi for us.", EntityType.Address, "P.O. Box 3318-00200, Nairobi")]
    [InlineData("Babcia mieszka przy ulica Leśna 4/12 w Krakowie.", EntityType.Address, "ulica Leśna 4/12")]
    [InlineData("We moved to ul. Polna 9, 31-042 Kraków last year.", EntityType.Address, "ul. Polna 9, 31-042 Kraków")]
    [InlineData("Our flat is Calle Olivos 18, Colonia Roma, Ciudad de México now.", EntityType.Address, "Calle Olivos 18, Colonia Roma, Ciudad de México")]
    [InlineData("Call 0800 123 456 OK?", EntityType.Phone, "0800 123 456")]
    [InlineData("Si tu es perdu, appelle papa au 06 14 52 87 33.", EntityType.Phone, "06 14 52 87 33")]
    [InlineData("The person at the desk will ask for my RUT. I will say: 21.874.302-1.", EntityType.IdNumber, "21.874.302-1")]
    [InlineData("They will also check my matrícula number, 2024407315, from the email.", EntityType.IdNumber, "2024407315")]
    [InlineData("Your gamer tag is TamaBuildsPa_NZ09, and Wiremu will look for it.", EntityType.Url, "TamaBuildsPa_NZ09")]
    [InlineData("If you need more details, my KakaoTalk ID is doyun_umma_0312.", EntityType.Url, "doyun_umma_0312")]
    [InlineData("Her Roblox name is SkyBuilderKid.", EntityType.Url, "SkyBuilderKid")]
    [InlineData("My username: mia.draws22", EntityType.Url, "mia.draws22")]
    public void Structured_identifiers_are_found_with_exact_offsets(string text, EntityType type, string expected)
    {
        Assert.Contains((type, expected), Find(text));
    }

    [Theory]
    [InlineData("The bus comes at 3:15 and the ice cream costs $2.50.")]
    [InlineData("My class is in room 204 and I counted 12 red cars.")]
    [InlineData("We saw 2 ducks in the park and 3 boats on the lake.")]
    [InlineData("The school trip is on the fourth of May, and sports day is June the first.")]
    [InlineData("Before you call out, count one, two, three, four, five, six, seven, eight, nine.")]
    [InlineData("Count down with the phone timer: nine, eight, seven, six, five, four, three, two, one.")]
    [InlineData("Call the register! Today we count in twos: zero, two, four, six, eight, two, four, six, eight.")]
    [InlineData("Ring the bell and skip: one two, one two, one two, one two, then jump!")]
    [InlineData("The number lock on Grandpa's shed is three one four one five nine two, like pi.")]
    [InlineData("We flew to Borneo on the fourth of August. The newborn lambs came on the first of March.")]
    [InlineData("Dad was born the second of Mary's four children. On your birthday you may first choose the cake.")]
    [InlineData("William Shakespeare was born on the twenty-third of April, fifteen sixty-four. Our puppy Biscuit was born on the fourth of May.")]
    [InlineData("A baby was born at the zoo. We will visit on the third of March.")]
    [InlineData("It is a 5 minute walk and a 10 minute drive, then 2 big hills.")]
    [InlineData("Read Chapter 4 about the 3 Little Pigs and the long road home.")]
    [InlineData("The score was 3-2 and we waited 10 minutes.")]
    [InlineData("The fire drill is on March 3, 2024.")]
    [InlineData("The school trip on 12/06/2025 goes to the zoo.")]
    [InlineData("School starts again on Friday, December 4, and you may 2 times ask for help.")]
    [InlineData("Never share your address, phone number or full name online.")]
    [InlineData("Health class is at 10:30 and lasts 45 minutes.")]
    [InlineData("The health centre has 3 rooms and 12 chairs.")]
    [InlineData("His SSN-like code 666-12-3456 is not a real one.")]
    [InlineData("We went to the arcade 5 times and the parade 2 times.")]
    [InlineData("Sofia Estrada Ruiz is 7 and loves horses.")]
    [InlineData("In Level 7 Rainbow Bridge you jump over the river.")]
    [InlineData("Chapter 3 The Troll Bridge is the scariest part.")]
    [InlineData("Going to a Birthday Party\n\nOn Saturday, March 3, I am going to a party.")]
    [InlineData("Peter Rabbit lives at 8 Burrow Lane, under the big fir tree.")]
    [InlineData("The Maritime Museum is a big building. It is at 40 Harbour Street, by the boats.")]
    [InlineData("The city zoo is at 120 Park Road and opens at 9:00.")]
    [InlineData("Nurses work at the hospital 24/7 to help us.")]
    [InlineData("On my sticker chart was 9/10 today.")]
    [InlineData("The class 2024/2025 record: 10/12 wins.")]
    [InlineData("My patient record 12/03/2027 was new.")]
    [InlineData("The Renaissance fair was on 14 June 2025.")]
    [InlineData("The lottery numbers were 03 11 19 27 35 last week.")]
    [InlineData("We count by twos: 02 04 06 08 10.")]
    [InlineData("The score was +10 20 30 40 50 points.")]
    [InlineData("Please ring 999 if there is a fire.")]
    [InlineData("During bingo the numbers were 02 14 25 37 48.")]
    [InlineData("We sat in a ring and said 02 04 06 08 10 out loud.")]
    [InlineData("To book the next haircut, Taid can ring the shop on 01286 555 014, the number painted on the window.")]
    [InlineData("You can call the library on 020 7946 0958 to ask about story time.")]
    [InlineData("The puzzle had 21.874.302-2 pieces, a joke number.")]
    [InlineData("Never share your username with strangers. Your username is NOT your real name.")]
    [InlineData("Choose a username that is secret. The door handle is BROKEN.")]
    public void Numbers_that_are_not_identifiers_are_not_reported(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("You can call Ana's mom at 5 5 5 - 2 0 1 - 4 4 7 8 after school.", "5 5 5 - 2 0 1 - 4 4 7 8")]
    [InlineData("Her number is 5 5 5 2 0 1 4 4 7 8.", "5 5 5 2 0 1 4 4 7 8")]
    [InlineData("Text 0 7 7 0 0 9 0 0 1 2 3 when you need a ride.", "0 7 7 0 0 9 0 0 1 2 3")]
    [InlineData("Grandpa's phone is 5.5.5.2.0.1.4, on the fridge.", "5.5.5.2.0.1.4")]
    [InlineData("Mum is on + 4 4 7 7 0 0 9 0 0 1 2 3 all day.", "+ 4 4 7 7 0 0 9 0 0 1 2 3")]
    [InlineData("Ring 5 5 5-1 2 3 4 if you get lost.", "5 5 5-1 2 3 4")]
    [InlineData("Dad's cell: 5-5-5-8-6-7-5-3-0-9.", "5-5-5-8-6-7-5-3-0-9")]
    public void Phones_spelled_out_digit_by_digit_are_phones(string text, string expected)
    {
        Assert.Contains((EntityType.Phone, expected), Find(text));
    }

    [Theory]
    [InlineData("1 2 3 4 5 6 7, count to seven and take a breath.")]
    [InlineData("Call out 1 2 3 4 5 6 7 8 9 0 as you jump.")]
    [InlineData("Then count back 7 6 5 4 3 2 1 and blast off.")]
    [InlineData("Our team scores 3 4 5 in the first games.")]
    [InlineData("The dice showed 3 4 5 2 4 3 5 in seven rolls.")]
    [InlineData("We measured 1.5 2.5 3.5 4 metres of string.")]
    [InlineData("The bus comes at 3:15 and the juice costs $4.50.")]
    [InlineData("We moved in 2019 and 2020 we got a dog.")]
    [InlineData("Read page 12 of 40 and then 13 of 40.")]
    [InlineData("The number line shows 0 2 4 6 8 10 12 14.")]
    [InlineData("Dial 9 1 1 only in an emergency.")]
    public void Lists_of_small_numbers_are_not_phones(string text)
    {
        Assert.DoesNotContain(Find(text), e => e.Type == EntityType.Phone);
    }

    [Fact]
    public void A_spaced_phone_in_disguised_text_maps_back_to_its_exact_original_span()
    {
        // Fullwidth digits and a zero-width space: the recognizer sees "5 5 5 - 2 0 1 - 4 4 7 8" in the normalised text.
        var original = "You can c\u200Ball Ana's mom at ５ ５ ５ - ２ ０ １ - ４ ４ ７ ８ after school.";
        var normalized = LlmSafety.Judge.Normalization.TextNormalizer.Normalize(original);

        var phone = Assert.Single(StructuredIdentifierRecognizer.Recognize(normalized.Text), e => e.Type == EntityType.Phone);
        var (start, end) = normalized.ToOriginal(phone.Start, phone.End);

        Assert.Equal("５ ５ ５ - ２ ０ １ - ４ ４ ７ ８", original[start..end]);
    }

    [Theory]
    [InlineData("Peter Rabbit lives at 8 Burrow Lane. I live at 14 Elm Street.", "14 Elm Street")]
    [InlineData("The Maritime Museum is near our flat. We live at 40 Harbour Street.", "40 Harbour Street")]
    [InlineData("Grandma is at the museum today. Her house is at 7 Ash Grove.", "7 Ash Grove")]
    [InlineData("Arthur lives at 14 Elm Street, Leeds LS6 2AB.", "14 Elm Street, Leeds LS6 2AB")]
    [InlineData("Sam's mum works at Tesco and lives at 14 Elm Street, Leeds.", "14 Elm Street, Leeds")]
    [InlineData("Maya's flat is next to the library at 14 Elm Street, Leeds.", "14 Elm Street, Leeds")]
    [InlineData("Grandma's flat, 22 Elm Street, Leeds, is near the zoo.", "22 Elm Street, Leeds")]
    [InlineData("Grandpa's flat is above the cinema. It is at 14 Elm Street, Leeds.", "14 Elm Street, Leeds")]
    [InlineData("After the zoo, Grandma drove Mia back to 14 Elm Street.", "14 Elm Street")]
    [InlineData("The library bus drops Mia at 22 Maple Avenue every day.", "22 Maple Avenue")]
    [InlineData("The zoo was closed. It was raining, so Grandma drove Mia to 12 Oak Road.", "12 Oak Road")]
    [InlineData("Matilda lives at 14 Elm Street.", "14 Elm Street")]
    [InlineData("Nadia's address is 22 Castle Street, Leeds LS1 4AB.", "22 Castle Street, Leeds LS1 4AB")]
    [InlineData("Today she goes to the Biedronka near their flat on ul. Lipowa 12/4, 31-512 Kraków.", "ul. Lipowa 12/4, 31-512 Kraków")]
    public void An_address_with_a_person_in_its_sentence_stays_an_address(string text, string expected)
    {
        Assert.Equal([(EntityType.Address, expected)], Find(text));
    }

    [Fact]
    public void In_one_sentence_the_characters_address_goes_and_the_childs_stays()
    {
        // Only what comes before each address decides whose it is.
        Assert.Equal([(EntityType.Address, "14 Elm Street")], Find("Peter Rabbit lives at 8 Burrow Lane, and I live at 14 Elm Street."));
    }

    [Fact]
    public void An_nhs_number_failing_its_check_digit_is_an_id_number_only_where_the_text_says_it_is_one()
    {
        // "NHS" alone before a failing number decides nothing (the helpline "NHS 0300 311 2233" is a phone).
        Assert.DoesNotContain(Find("Ring NHS 943 476 5918 if the rash spreads."), e => e.Type == EntityType.IdNumber);
        Assert.Contains(Find("Ring NHS 943 476 5919 if the rash spreads."), e => e.Type == EntityType.IdNumber);
        // A number the text calls an NHS number is one, mistyped or not.
        Assert.Contains((EntityType.IdNumber, "485 777 3456"), Find("Patient: Amelia\nNHS number: 485 777 3456"));
        Assert.Contains((EntityType.IdNumber, "943 476 5918"), Find("The NHS no. 943 476 5918 is on the letter."));
    }

    [Theory]
    [InlineData("Personnummer: 20160812-4471", "20160812-4471")]
    [InlineData("LRN: 136492150087", "136492150087")]
    [InlineData("Learner reference number 136542190817 is on her card.", "136542190817")]
    [InlineData("UPN: A123456789012", "A123456789012")]
    [InlineData("Fødselsnummer: 01021712345", "01021712345")]
    [InlineData("His CHI number is 1203175823.", "1203175823")]
    [InlineData("Her NHI number is ZAC5361.", "ZAC5361")]
    [InlineData("My pupil ID is 40871.", "40871")]
    [InlineData("Learner Reference: 5012345678", "5012345678")]
    [InlineData("| Lunch PIN | 4471 |", "4471")]
    [InlineData("| Student ID | 40817 |", "40817")]
    [InlineData("| Student number | 2B-0417 |", "2B-0417")]
    public void National_and_school_numbers_after_their_key_are_id_numbers(string text, string expected) =>
        Assert.Contains((EntityType.IdNumber, expected), Find(text));

    [Theory]
    [InlineData("| School record | 1500 m |")]
    [InlineData("I got my Star Pupil 2024 certificate today!")]
    [InlineData("The Learner 2024 prize goes to the whole class.")]
    [InlineData("Our pupil 2023/24 photo is on the wall.")]
    [InlineData("The NIN 2024 rules are new.")]
    public void Years_and_scores_after_a_key_like_word_are_no_id_numbers(string text) =>
        Assert.DoesNotContain(Find(text), e => e.Type == EntityType.IdNumber);

    [Fact]
    public void The_nhs_helpline_called_a_number_stays_a_phone()
    {
        var found = Find("We can call the NHS number 0300 311 2233 for help.");

        Assert.DoesNotContain(found, e => e.Type == EntityType.IdNumber);
        Assert.Contains((EntityType.Phone, "0300 311 2233"), found);
    }

    [Theory]
    [InlineData("The field trip is on 12/10/2026, so I mark it on the calendar.", 2026, false)]
    [InlineData("The field trip is on January 16, 2027, so I mark it on the calendar.", 2026, false)]
    [InlineData("Ever since 12/10/2016, my family has been taking care of me.", 2026, true)]
    [InlineData("Ever since 12/10/2016, my family has been taking care of me.", 2016, false)]
    public void A_full_date_without_a_birth_cue_counts_only_before_the_reference_year(string text, int referenceYear, bool counted)
    {
        var recognized = AnalyzedText.Analyze(text, referenceYear).Recognized;

        Assert.Equal(counted, recognized.Exists(e => e.Type == EntityType.DateOfBirth));
    }

    [Theory]
    [InlineData("2019-08-16", 2019)]
    [InlineData("May 7, 2012", 2012)]
    [InlineData("22/10/2017", 2017)]
    [InlineData("11/24/14", 2014)]
    [InlineData("3.5.98", 1998)]
    [InlineData("1/11/26", 2026)]
    public void The_year_of_a_date_is_read_from_its_four_or_two_digits(string date, int year)
    {
        Assert.Equal(year, StructuredIdentifierRecognizer.YearOf(date, 2026));
    }
    [Theory]
    [InlineData("If Papa is late, she will call Papa on 98450 12345.", "98450 12345")]
    [InlineData("Mum's mobile is +91 98450 12345.", "+91 98450 12345")]
    public void An_indian_mobile_in_two_fives_after_a_phone_cue_is_a_phone(string text, string expected) =>
        Assert.Contains((EntityType.Phone, expected), Find(text));

    [Theory]
    [InlineData("We scored 98450 12345 points in the game.")]
    [InlineData("The stadium holds 65000 12000 more on match days.")]
    public void Two_fives_without_a_phone_cue_are_no_phone(string text) =>
        Assert.DoesNotContain(Find(text), e => e.Type == EntityType.Phone);

    [Theory]
    [InlineData("She asks my name and my birthday. I say, \"Thanh, third of August, twenty sixteen.\"", true)]
    [InlineData("She asks my name and my birthday. I say, \"Thanh, the third of August.\"", false)]
    [InlineData("My birthday is in winter. The trip is on the third of August. We go by bus, twenty sixteen people.", false)]
    [InlineData("My birthday party was fun. We packed our bags. The trip is on the third of August, twenty twenty-six.", false)]
    public void A_whole_word_date_may_answer_a_birth_question_of_the_sentence_before(string text, bool counted) =>
        Assert.Equal(counted, Find(text).Exists(e => e.Type == EntityType.DateOfBirth));
    [Fact]
    public void A_phone_in_words_may_say_a_digit_twice() =>
        Assert.Contains(
            (EntityType.Phone, "oh-seven-seven-oh-oh, nine-double-oh, one-two-three"),
            Find("Please phone my mum on oh-seven-seven-oh-oh, nine-double-oh, one-two-three."));
    [Theory]
    [InlineData("Ring Nana on oh-seven-seven-one, two-three-four, five-six-nine-eight.", true)]
    [InlineData("During her game, Mia reads the secret code: four, nine, two, seven, one, eight, three.", false)]
    [InlineData("Then they call my raffle ticket: seven, four, two, nine, one, six, eight!", false)]
    [InlineData("We call her Gran. Her lucky numbers are seven, three, nine, one, four, two, eight.", false)]
    public void Digits_in_words_after_calling_a_person_on_are_a_phone(string text, bool phone) =>
        Assert.Equal(phone, Find(text).Exists(e => e.Type == EntityType.Phone));

    [Theory]
    [InlineData("Papa rings the pizza shop on 0161 496 0123 to order dinner.")]
    [InlineData("We call Uncle Joe's pizza shop on 0161 496 0123 to order.")]
    [InlineData("Call the number on the screen: 80000 12345 is the museum help line.")]
    public void A_shops_number_rung_by_family_stays_a_business_number(string text) =>
        Assert.DoesNotContain(Find(text), e => e.Type == EntityType.Phone);

    [Fact]
    public void A_number_called_on_for_papa_from_the_office_is_papas() =>
        Assert.Contains(
            (EntityType.Phone, "98450 12345"),
            Find("If Papa is late, Ravi stays with the office aunty and she will call Papa on 98450 12345."));

    public static TheoryData<string> HandleKeys =>
    [
        "gamer tag", "gamertag", "user name", "username", "screen name", "online handle", "player name", "account name", "in-game name",
        .. IdentifierPatterns.HandlePlatforms.Select(platform => platform + " name"),
    ];

    /// <summary>The words the recognizer looks for before it runs the pattern let every key of the pattern through.</summary>
    [Theory]
    [MemberData(nameof(HandleKeys))]
    public void Every_key_of_an_online_name_is_read(string key) =>
        Assert.Contains((EntityType.Url, "Ab_12"), Find($"My {key} is Ab_12."));
}
