using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Benchmarks;

/// <summary>One request of the mix, planned completely before it starts.</summary>
/// <param name="Kind">What it is, in the per-kind table.</param>
/// <param name="Expected">The status codes that mean the request did what the caller wanted.</param>
/// <param name="ExpectedRace">Status codes that are a correct answer to a race the mix provokes (a stale If-Match).</param>
/// <param name="OnAnswer">Updates the workload's view of the platform from the answer (ids, ETags, registrations).</param>
/// <param name="Release">Frees what the plan leased (a volunteer acts one request at a time).</param>
internal sealed record PlannedRequest(
    string Kind,
    bool IsWrite,
    HttpRequestMessage Request,
    int[] Expected,
    int[] ExpectedRace,
    Func<HttpResponseMessage, Task>? OnAnswer = null,
    Action? Release = null);

/// <summary>
/// The soak's callers, seeded through the public API, and its mix: about 70 % reads as partner
/// apps and people send them (offer search with varying words, places, categories and pages,
/// offer pages, events, event pages, the calendar feed, reference data) and 30 % writes
/// (coordinators and a provider creating, publishing and editing offers with If-Match, volunteers
/// registering for and withdrawing from events and editing their profile). Every choice comes
/// from the scheduler's seeded <see cref="Random"/>, so the sequence of planned requests is
/// reproducible; what they find (a draft already created, a volunteer still busy) depends on
/// the answers' timing.
/// </summary>
internal sealed partial class SoakWorkload
{
    public const string PartnerKey = "soak-benchmark-partner-key-4f1c9e";

    /// <summary>Cumulative weights (per cent) of the request kinds: 70 reads, then 30 writes.</summary>
    private static readonly (int UpTo, Op Op)[] Mix =
    [
        (30, Op.Search),          // 30 % offer search
        (44, Op.OfferDetail),     // 14 % offer page
        (52, Op.EventsList),      //  8 % events list
        (58, Op.EventDetail),     //  6 % event page
        (62, Op.Calendar),        //  4 % calendar feed
        (70, Op.ReferenceData),   //  8 % municipalities, categories, target groups
        (74, Op.CreateOffer),     //  4 % create a draft
        (78, Op.PublishOffer),    //  4 % publish a draft
        (86, Op.UpdateOffer),     //  8 % edit a published offer with If-Match
        (95, Op.ToggleRegistration), // 9 % register for / withdraw from an event
        (100, Op.UpdateProfile),  //  5 % a volunteer edits their profile
    ];

    private static readonly string[] SearchWords =
    [
        "Deutschkurs", "Deutschkurse", "Sprachcafé", "Sprachcafe", "Beratung", "Migrationsberatung", "Hausaufgabenhilfe",
        "Hausaufgabnhilfe", // a misspelling, as people type it
        "Frauen", "Bewerbung", "Wohnungssuche", "Kinderbetreuung", "Begegnung", "Behörden", "Integrationskurs",
        "Nähcafé", "Fahrrad", "Jugendtreff", "Elterncafé", "Asylverfahren",
    ];

    private static readonly (string Title, string Category, string Summary, string Tag)[] OfferTemplates =
    [
        ("Deutschkurs für Anfängerinnen und Anfänger", "language", "Deutsch lernen in kleinen Gruppen, A1 bis A2", "deutschkurs"),
        ("Sprachcafé", "language", "Deutsch üben in entspannter Runde bei Kaffee und Tee", "sprachcafé"),
        ("Hausaufgabenhilfe für Schulkinder", "youth", "Ehrenamtliche helfen bei den Hausaufgaben", "hausaufgaben"),
        ("Migrationsberatung für Erwachsene", "counselling", "Beratung zu Aufenthalt, Arbeit, Wohnen und Familie", "beratung"),
        ("Begleitung zu Behörden und Ärzten", "accompaniment", "Ehrenamtliche begleiten zu Terminen und übersetzen", "begleitung"),
        ("Frauenfrühstück international", "women", "Frauen aus aller Welt treffen sich zum Frühstück", "frauen"),
        ("Bewerbungstraining", "work", "Lebenslauf, Anschreiben und Vorstellungsgespräch üben", "bewerbung"),
        ("Hilfe bei der Wohnungssuche", "housing", "Unterstützung bei Anzeigen, Besichtigungen und Mietverträgen", "wohnungssuche"),
        ("Nähcafé der Kulturen", "encounter", "Gemeinsam nähen, reparieren und ins Gespräch kommen", "begegnung"),
        ("Elterncafé mit Kinderbetreuung", "family", "Austausch für Eltern, die Kinder werden betreut", "eltern"),
    ];

    private static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
    private static readonly string[] Skills = ["accompaniment", "language-support", "interpreting", "childcare", "tutoring", "listening", "driving", "digital-help"];
    private static readonly string[] ReferencePaths = ["/api/municipalities", "/api/categories", "/api/target-groups"];
    private static readonly string[] EventTypes = ["networking", "training", "self-care", "information", "encounter"];

    private readonly HttpClient _gateway;
    private readonly List<Editor> _editors = [];
    private readonly List<Volunteer> _volunteers = [];
    private readonly List<Guid> _events = [];
    private readonly List<Guid> _publishedOffers = [];
    private readonly List<EditableOffer> _editableOffers = [];
    private readonly ConcurrentQueue<EditableOffer> _drafts = new();
    private readonly object _gate = new();
    private string[] _municipalities = [];
    private string[] _categories = [];
    private int _offerNumber;
    private int _substituted;

    public SoakWorkload(HttpClient gateway) => _gateway = gateway;

    /// <summary>Volunteer requests that found every volunteer busy and became an events-list read instead.</summary>
    public int Substituted => Volatile.Read(ref _substituted);

    public int Volunteers => _volunteers.Count;

    public int Events => _events.Count;

    public int PublishedOffers
    {
        get
        {
            lock (_gate)
            {
                return _publishedOffers.Count;
            }
        }
    }

    public int EditableOffers
    {
        get
        {
            lock (_gate)
            {
                return _editableOffers.Count;
            }
        }
    }

    // ---------------------------------------------------------------- the mix

    /// <summary>The next request of the mix; called by the scheduler only (the one user of <paramref name="random"/>).</summary>
    public PlannedRequest Plan(Random random)
    {
        var roll = random.Next(100);
        return Mix.First(m => roll < m.UpTo).Op switch
        {
            Op.Search => Read("offer search", Search(random), random),
            Op.OfferDetail => Read("offer page", $"/api/offers/{PickPublished(random)}" + (random.Next(10) == 0 ? "?lang=en" : ""), random),
            Op.EventsList => Read("events list", EventsList(random), random),
            Op.EventDetail => Read("event page", $"/api/events/{_events[random.Next(_events.Count)]}", random),
            Op.Calendar => Read("calendar.ics", random.Next(3) == 0 ? "/api/events/calendar.ics?municipality=warendorf" : "/api/events/calendar.ics", random),
            Op.ReferenceData => Read("reference data", ReferencePaths[random.Next(ReferencePaths.Length)], random),
            Op.CreateOffer => CreateOffer(random),
            Op.PublishOffer => _drafts.TryDequeue(out var draft) ? PublishOffer(draft) : CreateOffer(random),
            Op.UpdateOffer => UpdateOffer(random),
            Op.ToggleRegistration => ForIdleVolunteer(random, v => ToggleRegistration(v, random)),
            Op.UpdateProfile => ForIdleVolunteer(random, v => UpdateProfile(v, random)),
            _ => throw new InvalidOperationException(),
        };
    }

    private string Search(Random random)
    {
        var query = new List<string>();
        if (random.Next(100) < 65)
        {
            query.Add("q=" + Uri.EscapeDataString(SearchWords[random.Next(SearchWords.Length)]));
        }

        if (random.Next(100) < 45)
        {
            query.Add("municipality=" + _municipalities[random.Next(_municipalities.Length)]);
        }

        if (random.Next(100) < 25 || query.Count == 0)
        {
            query.Add("category=" + _categories[random.Next(_categories.Length)]);
        }

        var page = random.Next(100) switch { < 65 => 1, < 90 => 2, _ => 3 };
        if (page > 1)
        {
            query.Add($"page={page}");
        }

        if (random.Next(10) == 0)
        {
            query.Add("lang=" + (random.Next(2) == 0 ? "en" : "uk"));
        }

        return "/api/offers?" + string.Join('&', query);
    }

    private string EventsList(Random random)
    {
        var query = new List<string>();
        if (random.Next(2) == 0)
        {
            query.Add("from=" + Uri.EscapeDataString(DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        }

        if (random.Next(3) == 0)
        {
            query.Add("municipality=" + (random.Next(2) == 0 ? "warendorf" : "ahlen"));
        }

        if (random.Next(4) == 0)
        {
            query.Add("type=" + EventTypes[random.Next(EventTypes.Length)]);
        }

        return query.Count == 0 ? "/api/events" : "/api/events?" + string.Join('&', query);
    }

    /// <summary>A read as partner apps (their key), anonymous visitors and signed-in volunteers send it.</summary>
    private PlannedRequest Read(string kind, string path, Random random)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        switch (random.Next(10))
        {
            case < 5:
                request.Headers.Add("X-Api-Key", PartnerKey);
                break;
            case < 8:
                break;
            default:
                request.Headers.Authorization = Bearer(_volunteers[random.Next(_volunteers.Count)].Token);
                break;
        }

        if (random.Next(5) == 0)
        {
            request.Headers.AcceptLanguage.ParseAdd("de-DE,de;q=0.9");
        }

        return new PlannedRequest(kind, IsWrite: false, request, [200], []);
    }

    private PlannedRequest CreateOffer(Random random)
    {
        var offer = NewOffer(_editors[random.Next(_editors.Count)], random);
        var request = Request(HttpMethod.Post, "/api/offers", offer.Editor.Token, offer.Body());
        return new PlannedRequest("create offer", IsWrite: true, request, [201], [], async answer =>
        {
            if (answer.StatusCode == HttpStatusCode.Created)
            {
                offer.Id = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                offer.Version = VersionOf(answer);
                _drafts.Enqueue(offer);
            }
        });
    }

    private PlannedRequest PublishOffer(EditableOffer offer)
    {
        var request = Request(HttpMethod.Post, $"/api/offers/{offer.Id}/publish", offer.Editor.Token);
        return new PlannedRequest("publish offer", IsWrite: true, request, [200], [], answer =>
        {
            if (answer.StatusCode == HttpStatusCode.OK)
            {
                offer.Version = VersionOf(answer);
                lock (_gate)
                {
                    _publishedOffers.Add(offer.Id);
                    _editableOffers.Add(offer);
                }
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// An editor changes a published offer with the ETag they last saw. Two edits of the same
    /// offer in flight at once race: one wins, the other is answered 412 (a 409 is accepted
    /// too), and that editor re-reads the offer before editing it again, as the web app asks.
    /// </summary>
    private PlannedRequest UpdateOffer(Random random)
    {
        EditableOffer offer;
        lock (_gate)
        {
            offer = _editableOffers[random.Next(_editableOffers.Count)];
        }

        if (Volatile.Read(ref offer.Stale) == 1)
        {
            var read = Request(HttpMethod.Get, $"/api/offers/{offer.Id}", offer.Editor.Token);
            return new PlannedRequest("offer re-read after 412", IsWrite: false, read, [200], [], answer =>
            {
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    offer.SawVersion(VersionOf(answer));
                    Volatile.Write(ref offer.Stale, 0);
                }

                return Task.CompletedTask;
            });
        }

        offer.Summary = $"{offer.Template.Summary} (Stand {random.Next(1, 29)}.{random.Next(1, 13)}.)";
        offer.Day = Days[random.Next(Days.Length)];
        var request = Request(HttpMethod.Put, $"/api/offers/{offer.Id}", offer.Editor.Token, offer.Body());
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{offer.Version}\""));
        return new PlannedRequest("update offer (If-Match)", IsWrite: true, request, [200], [409, 412], answer =>
        {
            if (answer.StatusCode == HttpStatusCode.OK)
            {
                offer.SawVersion(VersionOf(answer));
            }
            else if (answer.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict)
            {
                Volatile.Write(ref offer.Stale, 1);
            }

            return Task.CompletedTask;
        });
    }

    private PlannedRequest ToggleRegistration(Volunteer volunteer, Random random)
    {
        var eventId = _events[random.Next(_events.Count)];
        if (volunteer.Registered.Contains(eventId))
        {
            var withdraw = Request(HttpMethod.Delete, $"/api/events/{eventId}/registrations/me", volunteer.Token);
            return new PlannedRequest("withdraw from event", IsWrite: true, withdraw, [204], [], answer =>
            {
                if (answer.StatusCode == HttpStatusCode.NoContent)
                {
                    volunteer.Registered.Remove(eventId);
                }

                return Task.CompletedTask;
            }, volunteer.Release);
        }

        var register = Request(HttpMethod.Post, $"/api/events/{eventId}/registrations", volunteer.Token);
        return new PlannedRequest("register for event", IsWrite: true, register, [200, 201], [], answer =>
        {
            if (answer.IsSuccessStatusCode)
            {
                volunteer.Registered.Add(eventId);
            }

            return Task.CompletedTask;
        }, volunteer.Release);
    }

    private PlannedRequest UpdateProfile(Volunteer volunteer, Random random)
    {
        var request = Request(HttpMethod.Put, "/api/volunteers/me", volunteer.Token, volunteer.Profile(random, withConsent: false));
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(volunteer.ETag));
        return new PlannedRequest("update volunteer profile", IsWrite: true, request, [200], [], answer =>
        {
            if (answer.StatusCode == HttpStatusCode.OK && answer.Headers.ETag is { } etag)
            {
                volunteer.ETag = etag.Tag;
            }

            return Task.CompletedTask;
        }, volunteer.Release);
    }

    /// <summary>
    /// A volunteer does one thing at a time (their registrations and ETag are then exactly known):
    /// the drawn volunteer, or the next idle one; when all are busy the request becomes a read.
    /// </summary>
    private PlannedRequest ForIdleVolunteer(Random random, Func<Volunteer, PlannedRequest> plan)
    {
        var first = random.Next(_volunteers.Count);
        for (var i = 0; i < _volunteers.Count; i++)
        {
            var volunteer = _volunteers[(first + i) % _volunteers.Count];
            if (volunteer.TryLease())
            {
                return plan(volunteer);
            }
        }

        Interlocked.Increment(ref _substituted);
        return Read("events list", "/api/events", random);
    }

    private Guid PickPublished(Random random)
    {
        lock (_gate)
        {
            return _publishedOffers[random.Next(_publishedOffers.Count)];
        }
    }

    private EditableOffer NewOffer(Editor editor, Random random)
    {
        var template = OfferTemplates[random.Next(OfferTemplates.Length)];
        var municipality = editor.Municipalities[random.Next(editor.Municipalities.Length)];
        var number = Interlocked.Increment(ref _offerNumber);
        return new EditableOffer(editor, template, municipality, $"{template.Title} ({number})", random.Next(4))
        {
            Summary = template.Summary,
            Day = Days[random.Next(Days.Length)],
        };
    }

    // ---------------------------------------------------------------- HTTP

    private static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    private static HttpRequestMessage Request(HttpMethod method, string path, string? token, object? body = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = Bearer(token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = Request(method, path, token, body);
        return await _gateway.SendAsync(request);
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<string> TokenAsync(object body)
    {
        using var response = await SendAsync(HttpMethod.Post, "/dev/tokens", null, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static long VersionOf(HttpResponseMessage response) =>
        long.Parse(response.Headers.ETag!.Tag.Trim('"'), CultureInfo.InvariantCulture);

    private enum Op
    {
        Search, OfferDetail, EventsList, EventDetail, Calendar, ReferenceData,
        CreateOffer, PublishOffer, UpdateOffer, ToggleRegistration, UpdateProfile,
    }
}
