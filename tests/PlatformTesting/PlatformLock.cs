namespace PlatformTesting;

/// <summary>
/// One whole platform at a time on this machine: <c>dotnet test</c> runs test assemblies in
/// parallel, and two platforms (DCP, PostgreSQL, RabbitMQ, four .NET services each) on the build
/// machines' two cores slow each other until start-up and stop time limits fail. A file lock
/// (flock through FileShare.None) serialises them across processes.
/// </summary>
internal static class PlatformLock
{
    private const string LockFile = "/tmp/integration-aspire-platform.lock";

    public static async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(250, cancellationToken);
            }
        }
    }
}
