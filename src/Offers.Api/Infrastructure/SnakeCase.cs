using System.Text;

namespace Offers.Api.Infrastructure;

/// <summary>snake_case column names, so the hand-written search SQL reads like SQL.</summary>
internal static class SnakeCase
{
    public static string Of(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
