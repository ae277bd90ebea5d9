using MailKit.Net.Smtp;
using MailKit.Security;

namespace SummitCoordination.Scheduling.Mail;

/// <summary>Where composed mail goes: one session per round of the sender, each mail sent or refused with an exception.</summary>
public interface IMailTransport
{
    Task<IMailSession> OpenAsync(CancellationToken cancellationToken);
}

public interface IMailSession : IAsyncDisposable
{
    Task SendAsync(Guid mailId, MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// The embedded default: each mail as <c>{id}.eml</c> in a directory, written whole (to a temporary name, then moved)
/// so that a reader never sees half a mail; sending the same mail again writes the same file (idempotent per mail id).
/// </summary>
public sealed class FileMailTransport(string directory) : IMailTransport, IMailSession
{
    public string Directory { get; } = directory;

    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        return Task.FromResult<IMailSession>(this);
    }

    public async Task SendAsync(Guid mailId, MimeMessage message, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Directory, $"{mailId:N}.eml");
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>SMTP through MailKit: server, port, TLS mode and credentials from <c>Mail:Smtp:*</c>; one connection per round.</summary>
public sealed class SmtpMailTransport(MailSettings settings) : IMailTransport
{
    public async Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        var smtp = settings.Smtp;
        var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security switch
            {
                SmtpSecurity.None => SecureSocketOptions.None,
                SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
                SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                SmtpSecurity.Auto => SecureSocketOptions.Auto,
                _ => SecureSocketOptions.StartTlsWhenAvailable,
            }, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.Username))
            {
                await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", cancellationToken);
            }

            return new Session(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private sealed class Session(SmtpClient client) : IMailSession
    {
        public async Task SendAsync(Guid mailId, MimeMessage message, CancellationToken cancellationToken) =>
            await client.SendAsync(message, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(true, CancellationToken.None);
                }
            }
            catch (Exception e) when (e is IOException or MailKit.ProtocolException or MailKit.CommandException or OperationCanceledException)
            {
                // The mails of the round are already marked; a connection that does not close cleanly changes nothing.
            }
            finally
            {
                client.Dispose();
            }
        }
    }
}
