namespace SummitCoordination.Scheduling.Mail;

public static class MailExtensions
{
    /// <summary>Mail (issue 23): settings (section <c>Mail</c>), the transport it names, the composer, the sender and the digests.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration, DatabaseSettings database)
    {
        services.AddSettings<MailSettings>(configuration, "Mail");
        services.AddSingleton<IMailTransport>(sp =>
        {
            var settings = sp.GetRequiredService<MailSettings>();
            return settings.Transport == MailTransportKind.Smtp
                ? new SmtpMailTransport(settings)
                : new FileMailTransport(settings.DirectoryOr(configuration["Database:DataDirectory"] ?? "data"));
        });
        services.AddSingleton<UnsubscribeTokens>();
        services.AddSingleton<DigestSchedule>();
        services.AddScoped<MailComposer>();
        services.AddSingleton<MailWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<MailWorker>());
        _ = database;
        return services;
    }
}
