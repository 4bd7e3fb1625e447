namespace WebApp.Resources;

/// <summary>The texts of the web app: SharedResource.resx (German) and .en, .ar, .uk beside it.</summary>
public sealed class SharedResource;
