using Bunit;
using WebApp.Components.Pages.Coordination;
using WebApp.Components.Shared;
using WebApp.Coordination;
using WebApp.Gateway;

namespace WebApp.Tests.Components;

public sealed class FieldMessagesTests : WebAppComponentTest
{
    private static readonly ApiProblem Invalid = new(400, "invalid", null, new Dictionary<string, string[]>
    {
        ["address.postalCode"] = ["postalCode must have 5 digits."],
        ["schedule[0].end"] = ["end must be after start."],
        ["translations.ar.title"] = ["title must be at most 200 characters."],
    });

    [Fact]
    public void OfferEditorFields_Problem_PutsEachMessageBesideItsInputAndMarksItInvalid()
    {
        var fields = Render<OfferEditorFields>(p => p
            .Add(c => c.Form, new OfferForm())
            .Add(c => c.Problem, Invalid)
            .Add(c => c.Municipalities, [])
            .Add(c => c.Categories, [])
            .Add(c => c.TargetGroups, []));

        var postalCode = fields.Find("input[name='address.postalCode']");
        Assert.Equal("true", postalCode.GetAttribute("aria-invalid"));
        Assert.Equal("postalCode must have 5 digits.", fields.Find($"#{postalCode.GetAttribute("aria-describedby")}").TextContent);
        Assert.Equal("end must be after start.", fields.Find("#schedule-0-error").TextContent);
        Assert.Null(fields.Find("input[name=title]").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void ProblemMessage_ListsOnlyTheMessagesNoFieldShows()
    {
        var message = Render<ProblemMessage>(p => p.Add(c => c.Problem, Invalid).Add(c => c.ShownFields, OfferEditorFields.All));

        Assert.Equal(["title must be at most 200 characters."], message.FindAll("li").Select(li => li.TextContent));
    }

    [Fact]
    public void ProblemMessage_ChangedMeanwhile_SaysSomeoneElseChangedTheOffer()
    {
        var message = Render<ProblemMessage>(p => p.Add(c => c.Problem, new ApiProblem(412, "Precondition Failed", null, ApiProblem.NoErrors)));

        Assert.Contains("Jemand anderes hat dieses Angebot inzwischen geändert", message.Find("[role=alert]").TextContent);
    }
}
