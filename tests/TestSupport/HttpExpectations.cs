using System.Net;

namespace TestSupport;

public static class HttpExpectations
{
    /// <summary>
    /// For seeding through the API: a status other than <paramref name="expected"/> stops the
    /// test with the request, the status and the answer's body (a ProblemDetails says why).
    /// </summary>
    public static async Task ExpectAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
