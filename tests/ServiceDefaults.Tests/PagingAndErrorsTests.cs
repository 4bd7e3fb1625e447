using ServiceDefaults.Api;

namespace ServiceDefaults.Tests;

public sealed class PagingAndErrorsTests
{
    [Fact]
    public void From_NoValues_UsesFirstPageOfTwenty()
    {
        var errors = new ValidationErrors();

        var paging = Paging.From(null, null, errors);

        Assert.True(errors.IsValid);
        Assert.Equal(new Paging(1, 20), paging);
    }

    [Theory]
    [InlineData(0, 20, "page")]
    [InlineData(1, 101, "pageSize")]
    [InlineData(1, 0, "pageSize")]
    public void From_OutOfRange_NamesTheField(int page, int pageSize, string field)
    {
        var errors = new ValidationErrors();

        Paging.From(page, pageSize, errors);

        Assert.Contains(field, errors.ToDictionary().Keys);
    }

    [Fact]
    public void Add_TwoMessagesForOneField_KeepsBoth()
    {
        var errors = new ValidationErrors().Add("title", "required").Add("title", "too long");

        Assert.Equal(["required", "too long"], errors.ToDictionary()["title"]);
    }
}
