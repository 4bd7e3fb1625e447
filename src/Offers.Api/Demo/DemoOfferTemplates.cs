using ServiceDefaults.Api;
using Offers.Api.Apis;

namespace Offers.Api.Demo;

/// <summary>
/// Typical integration offers of a German county. Each municipality gets several of them with its
/// own providers and times, so the catalogue looks like a real one (and has some overlaps to find).
/// </summary>
public sealed record DemoOfferTemplate(
    string Title, string Summary, string Description, string Category, string[] Tags, string ProviderType,
    string[] TargetGroups, string[] Languages, WeeklySlotDto[] Schedule, int HelpersNeeded, bool Online = false,
    Dictionary<string, TranslationDto>? Translations = null);

public static class DemoOfferTemplates
{
    public static readonly DemoOfferTemplate[] All =
    [
        new("Deutschkurs für Frauen mit Kinderbetreuung", "Deutsch lernen in kleiner Gruppe, während die Kinder betreut werden.",
            "Der Kurs richtet sich an Frauen ohne oder mit geringen Deutschkenntnissen. Wir üben Alltagssituationen wie Arztbesuch, Einkauf und Elterngespräche. Eine Kinderbetreuung ist im Nebenraum eingerichtet.",
            "language", ["Deutsch", "Sprachkurs", "Kinderbetreuung"], "welfare", ["women", "newcomers"], ["de", "ar", "fa"],
            [new("tuesday", "09:00", "11:00"), new("thursday", "09:00", "11:00")], 3, Translations: new()
            {
                ["en"] = new("German course for women with childcare", "Learn German in a small group while your children are looked after.", "For women with little or no German. We practise everyday situations such as visiting the doctor, shopping and talking to teachers."),
                ["ar"] = new("دورة لغة ألمانية للنساء مع رعاية الأطفال", "تعلّمي الألمانية في مجموعة صغيرة بينما يتم الاعتناء بأطفالك.", null),
                ["uk"] = new("Курс німецької мови для жінок з доглядом за дітьми", "Вивчайте німецьку в малій групі, поки діти під наглядом.", null),
            }),
        new("Sprachcafé", "Ungezwungen Deutsch sprechen bei Kaffee und Kuchen.",
            "Einmal pro Woche treffen sich Menschen aus aller Welt mit Ehrenamtlichen, um ins Gespräch zu kommen. Alle Sprachniveaus sind willkommen, eine Anmeldung ist nicht nötig.",
            "encounter", ["Begegnung", "Deutsch üben", "Café"], "initiative", ["all"], ["de", "en", "ar", "uk"],
            [new("wednesday", "15:00", "17:00")], 4, Translations: new()
            {
                ["en"] = new("Language café", "Practise German over coffee and cake.", "Once a week people from all over the world meet volunteers for a chat. All levels welcome, no registration needed."),
                ["uk"] = new("Мовне кафе", "Розмовляйте німецькою за кавою та тістечком.", null),
            }),
        new("Migrationsberatung für Erwachsene", "Beratung zu Aufenthalt, Arbeit, Wohnen und Integrationskurs.",
            "Die Migrationsberatung unterstützt Zugewanderte ab 27 Jahren bei allen Fragen rund um das Ankommen: Anträge, Integrationskurs, Anerkennung von Abschlüssen, Familiennachzug. Termine nach Vereinbarung, offene Sprechstunde montags.",
            "counselling", ["Beratung", "Aufenthalt", "Integrationskurs"], "welfare", ["adults", "newcomers"], ["de", "en", "ru", "ar"],
            [new("monday", "09:00", "12:00")], 0, Translations: new()
            {
                ["en"] = new("Migration counselling for adults", "Advice on residence, work, housing and integration courses.", null),
                ["ar"] = new("استشارات الهجرة للبالغين", "استشارات حول الإقامة والعمل والسكن ودورات الاندماج.", null),
            }),
        new("Hausaufgabenhilfe", "Ehrenamtliche helfen Schulkindern bei den Hausaufgaben.",
            "Schülerinnen und Schüler der Klassen 1 bis 7 bekommen Unterstützung bei Hausaufgaben, Lesen und Rechnen. Wir suchen weitere Ehrenamtliche, die ein bis zwei Nachmittage Zeit haben.",
            "youth", ["Schule", "Lernen", "Nachhilfe"], "initiative", ["children", "youth"], ["de"],
            [new("monday", "14:30", "16:00"), new("wednesday", "14:30", "16:00")], 5),
        new("Begleitung zu Ämtern und Ärzten", "Lotsinnen und Lotsen begleiten zu Terminen bei Behörden und Praxen.",
            "Ehrenamtliche Sprach- und Kulturmittler begleiten zu Terminen beim Jobcenter, der Ausländerbehörde oder beim Arzt und helfen beim Verstehen von Briefen und Formularen.",
            "accompaniment", ["Lotsen", "Behörden", "Dolmetschen"], "initiative", ["newcomers", "families"], ["de", "ar", "ti", "ku"],
            [new("thursday", "10:00", "12:00")], 6, Translations: new()
            {
                ["uk"] = new("Супровід до установ і лікарів", "Волонтери супроводжують на прийоми до установ і лікарів.", null),
            }),
        new("Bewerbungstraining und Jobcoaching", "Lebenslauf, Anschreiben und Vorstellungsgespräch: gemeinsam vorbereiten.",
            "Im Jobcoaching erstellen wir gemeinsam Bewerbungsunterlagen, üben Vorstellungsgespräche und suchen passende Stellen und Ausbildungsplätze in der Region.",
            "work", ["Arbeit", "Bewerbung", "Ausbildung"], "municipality", ["adults", "youth"], ["de", "en"],
            [new("tuesday", "13:00", "15:00")], 1, Translations: new()
            {
                ["en"] = new("Job application training and coaching", "CV, cover letter and interview: prepare together.", null),
            }),
        new("Fahrradwerkstatt", "Gemeinsam Fahrräder reparieren, gespendete Räder bekommen.",
            "In der offenen Werkstatt reparieren wir mit Ehrenamtlichen Fahrräder. Gespendete Räder werden verkehrssicher gemacht und an Neuzugewanderte weitergegeben.",
            "encounter", ["Fahrrad", "Mobilität", "Werkstatt"], "initiative", ["all"], ["de"],
            [new("saturday", "10:00", "13:00")], 3),
        new("Mieterberatung und Wohnungssuche", "Hilfe bei der Wohnungssuche, Mietverträgen und Nebenkosten.",
            "Wir unterstützen bei der Suche nach Wohnraum, erklären Mietverträge und Nebenkostenabrechnungen und vermitteln bei Problemen mit Vermietern.",
            "housing", ["Wohnen", "Miete", "Wohnungssuche"], "welfare", ["families", "adults"], ["de", "ar", "fa"],
            [new("wednesday", "10:00", "12:00")], 0),
        new("Gesundheitssprechstunde", "Fragen zu Krankenversicherung, Arztbesuch und Vorsorge.",
            "Eine Gesundheitslotsin erklärt das deutsche Gesundheitssystem, hilft bei der Suche nach Ärztinnen und Ärzten und informiert über Impfungen und Vorsorgeuntersuchungen.",
            "health", ["Gesundheit", "Krankenversicherung", "Vorsorge"], "welfare", ["all"], ["de", "tr", "ru"],
            [new("friday", "09:00", "11:00")], 0),
        new("Eltern-Kind-Gruppe", "Spielen, singen und austauschen für Eltern mit Kleinkindern.",
            "Eltern mit Kindern bis drei Jahre treffen sich zum Spielen und Singen. Nebenbei gibt es Informationen zu Kita, Kinderarzt und Elterngeld.",
            "family", ["Familie", "Kleinkinder", "Kita"], "school", ["families", "children"], ["de", "ar", "uk"],
            [new("friday", "09:30", "11:00")], 2, Translations: new()
            {
                ["ar"] = new("مجموعة الأهل والأطفال", "اللعب والغناء وتبادل الخبرات للأهل مع أطفال صغار.", null),
            }),
        new("Rechtsberatung im Asylverfahren", "Unabhängige Verfahrensberatung vor und nach der Anhörung.",
            "Ehrenamtliche Juristinnen und Juristen erklären das Asylverfahren, bereiten auf die Anhörung vor und helfen bei Fristen und Bescheiden.",
            "legal", ["Asyl", "Anhörung", "Recht"], "initiative", ["adults", "newcomers"], ["de", "en", "fa", "ar"],
            [new("thursday", "16:00", "18:00")], 1, Online: true),
        new("Frauentreff International", "Ein geschützter Raum für Frauen aus aller Welt.",
            "Frauen treffen sich zum Austausch, zu Ausflügen und Workshops, zum Beispiel zu Selbstbehauptung, Gesundheit und Berufseinstieg.",
            "women", ["Frauen", "Austausch", "Workshops"], "welfare", ["women"], ["de", "ar", "tr", "uk"],
            [new("monday", "15:00", "17:00")], 2),
        new("Jugendtreff", "Offener Treff mit Sport, Musik und Beratung für Jugendliche.",
            "Jugendliche zwischen 12 und 21 Jahren kommen zum Kickern, Musik machen und Reden. Sozialarbeiterinnen helfen bei Fragen zu Schule und Ausbildung.",
            "youth", ["Jugend", "Freizeit", "Sport"], "municipality", ["youth"], ["de", "en"],
            [new("tuesday", "16:00", "20:00"), new("friday", "16:00", "21:00")], 2),
    ];
}
