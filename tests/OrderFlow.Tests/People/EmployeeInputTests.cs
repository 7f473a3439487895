using OrderFlow.Core.Common;
using OrderFlow.Core.People;

namespace OrderFlow.Tests.People;

public class EmployeeInputTests
{
    [Fact]
    public void Validate_CompleteInput_Employee()
    {
        var employee = new EmployeeInput(" Ada ", "ada@example.test", "Engineering", "e-1", "Europe/Berlin", null).Validate("e-2", new FieldErrors());

        Assert.Equal(new Employee("e-2", "Ada", "ada@example.test", "Engineering", "e-1", "Europe/Berlin", true), employee);
    }

    [Fact]
    public void Validate_EveryFieldWrong_EachFieldNamed()
    {
        var errors = new FieldErrors();

        var employee = new EmployeeInput("", "nope", " ", "bad id", "Mars/Olympus", true).Validate("a/b", errors, "rows[2].");

        Assert.Null(employee);
        Assert.Equal(
            ["rows[2].department", "rows[2].email", "rows[2].id", "rows[2].managerId", "rows[2].name", "rows[2].timeZone"],
            errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Ada\r\nBcc: everyone@example.test", "Engineering", "name")]
    [InlineData("Ada", "Engineering\nDESCRIPTION:x", "department")]
    [InlineData("Ada\u0007", "Engineering", "name")]
    [InlineData("Ada", "Eng\tineering", "department")]
    public void Validate_LineBreakOrControlCharacter_RefusedNamingTheField(string name, string department, string field)
    {
        var errors = new FieldErrors();

        var employee = new EmployeeInput(name, "ada@example.test", department, null, "UTC", true).Validate("e-3", errors);

        Assert.Null(employee);
        Assert.Equal([field], errors.ToDictionary().Keys);
    }

    [Theory]
    [InlineData("Europe/Berlin", true)]
    [InlineData("America/New_York", true)]
    [InlineData("UTC", true)]
    [InlineData("W. Europe Standard Time", false)]
    [InlineData("Europe/Atlantis", false)]
    [InlineData("", false)]
    public void IsIanaZone_Id_OnlyIanaIds(string id, bool expected)
    {
        Assert.Equal(expected, EmployeeInput.IsIanaZone(id));
    }

    [Fact]
    public void Validate_OwnManager_Refused()
    {
        var errors = new FieldErrors();

        new EmployeeInput("Ada", "ada@example.test", "Eng", "e-1", "UTC", true).Validate("e-1", errors);

        Assert.Equal(["managerId"], errors.ToDictionary().Keys);
    }
}
