using System.Text.RegularExpressions;

namespace AppHost.Hosting;

/// <summary>Every resource's output on our console, prefixed "[name]" and coloured per resource.</summary>
internal sealed partial class ConsoleLog
{
    private static readonly ConsoleColor[] Colors =
        [ConsoleColor.Cyan, ConsoleColor.Green, ConsoleColor.Yellow, ConsoleColor.Magenta, ConsoleColor.Blue, ConsoleColor.DarkCyan, ConsoleColor.DarkYellow];

    private readonly Lock gate = new();
    private readonly Dictionary<string, ConsoleColor> colors = [];
    private readonly int width;

    public ConsoleLog(IEnumerable<string> names)
    {
        var all = names.Append("apphost").ToList();
        width = all.Max(n => n.Length) + 2;
        for (var i = 0; i < all.Count; i++) colors[all[i]] = Colors[i % Colors.Length];
    }

    public Action<string> For(string name) => line => Write(name, line, error: false);

    public void Info(string name, string line) => Write(name, line, error: false);

    public void Error(string name, string line) => Write(name, line, error: true);

    /// <summary>Plain lines (the resource table), not prefixed.</summary>
    public void Plain(string line)
    {
        lock (gate) System.Console.Out.WriteLine(line);
    }

    private void Write(string name, string line, bool error)
    {
        lock (gate)
        {
            var redirected = System.Console.IsOutputRedirected;
            if (!redirected) System.Console.ForegroundColor = error ? ConsoleColor.Red : colors.GetValueOrDefault(name, ConsoleColor.Gray);
            System.Console.Out.Write($"[{name}]".PadRight(width));
            if (!redirected) System.Console.ResetColor();
            // RabbitMQ colours its console log; our prefix colour is what matters, and logs may be redirected.
            System.Console.Out.WriteLine(" " + AnsiEscape().Replace(line, ""));
        }
    }

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex AnsiEscape();
}
