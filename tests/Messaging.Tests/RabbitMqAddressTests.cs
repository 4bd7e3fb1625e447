namespace Messaging.Tests;

public sealed class RabbitMqAddressTests
{
    [Fact]
    public void Parse_FullUri_ReadsEveryPart()
    {
        var address = RabbitMqAddress.Parse("amqp://platform:s%40cret@127.0.0.1:5673/tests%2Fone");

        Assert.Equal(new RabbitMqAddress("127.0.0.1", 5673, "tests/one", "platform", "s@cret"), address);
    }

    [Fact]
    public void Parse_NoVirtualHost_UsesDefaultVirtualHost()
    {
        var address = RabbitMqAddress.Parse("amqp://guest:guest@localhost/");

        Assert.Equal("/", address.VirtualHost);
        Assert.Equal(5672, address.Port);
    }

    [Theory]
    [InlineData("host=localhost")]
    [InlineData("http://localhost:5672/")]
    public void Parse_NotAnAmqpUri_Throws(string value) =>
        Assert.Throws<FormatException>(() => RabbitMqAddress.Parse(value));
}
