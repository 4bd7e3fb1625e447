namespace ReferenceData;

/// <summary>The default county profile: Kreis Warendorf, its 13 towns and municipalities.</summary>
public static class KreisWarendorf
{
    public static CountyProfile Create() => new()
    {
        Name = "Kreis Warendorf",
        Municipalities =
        [
            new("ahlen", "Ahlen", "suedkreis", new(51.7633, 7.8912)),
            new("beckum", "Beckum", "suedkreis", new(51.7558, 8.0409)),
            new("beelen", "Beelen", "nordkreis", new(51.9290, 8.1186)),
            new("drensteinfurt", "Drensteinfurt", "suedkreis", new(51.7951, 7.7384)),
            new("ennigerloh", "Ennigerloh", "suedkreis", new(51.8384, 8.0310)),
            new("everswinkel", "Everswinkel", "nordkreis", new(51.9253, 7.8479)),
            new("oelde", "Oelde", "suedkreis", new(51.8258, 8.1434)),
            new("ostbevern", "Ostbevern", "nordkreis", new(52.0401, 7.8433)),
            new("sassenberg", "Sassenberg", "nordkreis", new(51.9903, 8.0444)),
            new("sendenhorst", "Sendenhorst", "suedkreis", new(51.8433, 7.8271)),
            new("telgte", "Telgte", "nordkreis", new(51.9818, 7.7862)),
            new("wadersloh", "Wadersloh", "suedkreis", new(51.7372, 8.2508)),
            new("warendorf", "Warendorf", "nordkreis", new(51.9540, 7.9930)),
        ],
        Categories =
        [
            new("language", "Sprache & Deutschkurse"),
            new("counselling", "Beratung"),
            new("work", "Arbeit & Ausbildung"),
            new("housing", "Wohnen"),
            new("health", "Gesundheit"),
            new("family", "Familie"),
            new("encounter", "Begegnung"),
            new("accompaniment", "Begleitung"),
            new("legal", "Recht & Aufenthalt"),
            new("youth", "Jugend"),
            new("women", "Frauen"),
        ],
        TargetGroups =
        [
            new("all", "Alle"),
            new("adults", "Erwachsene"),
            new("women", "Frauen"),
            new("men", "Männer"),
            new("families", "Familien"),
            new("children", "Kinder"),
            new("youth", "Jugendliche"),
            new("seniors", "Seniorinnen und Senioren"),
            new("newcomers", "Neu Zugewanderte"),
            new("volunteers", "Ehrenamtliche"),
        ],
    };
}
