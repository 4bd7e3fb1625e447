namespace Platform.Benchmarks;

/// <summary>The benchmark's editors, their offers and its volunteers, as the workload tracks them.</summary>
internal sealed partial class SoakWorkload
{
    private sealed record Editor(string Token, string[] Municipalities, object? Provider);

    /// <summary>An offer the benchmark's editors created: what they send on each edit, and the last version they saw.</summary>
    private sealed class EditableOffer(Editor editor, (string Title, string Category, string Summary, string Tag) template, string municipality, string title, int helpers)
    {
        private long _version;
        public int Stale;

        public Editor Editor { get; } = editor;

        public (string Title, string Category, string Summary, string Tag) Template { get; } = template;

        public Guid Id { get; set; }

        public string Summary { get; set; } = "";

        public string Day { get; set; } = "monday";

        public long Version
        {
            get => Interlocked.Read(ref _version);
            set => Interlocked.Exchange(ref _version, value);
        }

        /// <summary>Answers can arrive out of order: the newest version seen counts.</summary>
        public void SawVersion(long version)
        {
            long seen;
            while ((seen = Interlocked.Read(ref _version)) < version && Interlocked.CompareExchange(ref _version, version, seen) != seen)
            {
            }
        }

        public object Body() => new
        {
            title,
            summary = Summary,
            description = $"{Template.Summary}. Offen für alle, die neu im Kreis Warendorf sind. Keine Anmeldung nötig.",
            category = Template.Category,
            tags = new[] { Template.Tag },
            provider = Editor.Provider,
            municipality,
            online = false,
            targetGroups = new[] { "adults", "newcomers" },
            languages = new[] { "de", "ar" },
            schedule = new[] { new { dayOfWeek = Day, start = "16:00", end = "18:00" } },
            cost = new { free = true },
            contact = new { name = "Integrationsbüro", phone = "02581 53-1234" },
            helpersNeeded = helpers,
        };
    }

    /// <summary>A volunteer: registered once, then acting one request at a time (<see cref="TryLease"/>).</summary>
    private sealed class Volunteer(string token, string firstName, string lastName, string email, string municipality, string language)
    {
        private int _busy;

        public string Token { get; } = token;

        public string ETag { get; set; } = "";

        /// <summary>The events this volunteer is registered for (confirmed or waitlisted).</summary>
        public HashSet<Guid> Registered { get; } = [];

        public bool TryLease() => Interlocked.CompareExchange(ref _busy, 1, 0) == 0;

        public void Release() => Volatile.Write(ref _busy, 0);

        public object Profile(Random random, bool withConsent) => new
        {
            firstName,
            lastName,
            email,
            phone = $"02581 {random.Next(10, 99)}{random.Next(100, 999)}",
            municipality,
            languages = new[] { new { code = "de", level = random.Next(2) == 0 ? "native" : "good" }, new { code = language, level = "fluent" } },
            skills = Skills.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToArray(),
            availability = new[] { new { dayOfWeek = Days[random.Next(Days.Length)], start = "17:00", end = "20:00" } },
            roles = new[] { "volunteer" },
            consent = withConsent ? new { version = "2026-01", givenAt = DateTimeOffset.UtcNow.AddHours(-1) } : null,
        };
    }
}
