using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.People;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.People;

[Collection(SharedApps.DemoData)]
public class DemoEmployeesTests(DemoSeededProductApp app)
{
    [Fact]
    public async Task Start_WithDemoData_ThirtyOneEmployeesInFiveDepartmentsEachWithAManager()
    {
        var directory = app.Server.Services.GetRequiredService<EmployeeDirectory>();

        var employees = await directory.AllActiveAsync(CancellationToken.None);

        Assert.Equal(31, employees.Count);
        Assert.Equal(["Engineering", "Finance", "Operations", "People", "Sales"], employees.Select(e => e.Department).Distinct().Order(StringComparer.Ordinal));
        foreach (var department in employees.GroupBy(e => e.Department))
        {
            var manager = Assert.Single(department, e => e.ManagerId is null);
            Assert.All(department.Where(e => e != manager), e => Assert.Equal(manager.Id, e.ManagerId));
        }
    }
}
