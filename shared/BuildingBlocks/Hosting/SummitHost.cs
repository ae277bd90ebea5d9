namespace SummitCoordination.BuildingBlocks.Hosting;

/// <summary>Every host's Program.cs: the platform with its modules, on its default address unless configured otherwise.</summary>
public static class SummitHost
{
    public static void Run(string[] args, string defaultUrl, params ServiceModule[] modules)
    {
        // Settings ship beside the binaries, so they apply whatever directory the host is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.AddSummitPlatform(defaultUrl, modules);

        var app = builder.Build();
        app.UseSummitPlatform();
        app.Run();
    }
}
