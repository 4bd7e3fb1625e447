namespace Offers.Api.Model;

/// <summary>Text limits of an offer (documented in the service README).</summary>
public static class OfferLimits
{
    public const int Title = 200;
    public const int Summary = 500;
    public const int Description = 5000;
    public const int ProviderName = 200;
    public const int Tag = 50;
    public const int Tags = 20;
    public const int CostNote = 500;
    public const int ContactName = 200;
    public const int Street = 200;
    public const int PostalCode = 10;
    public const int City = 100;
    public const int ScheduleSlots = 21;
    public const int HelpersNeeded = 1000;
}
