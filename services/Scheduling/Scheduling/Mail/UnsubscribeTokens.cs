using Microsoft.AspNetCore.WebUtilities;

namespace SummitCoordination.Scheduling.Mail;

/// <summary>
/// The unsubscribe link of every mail (issue 23): a token that names a person and a kind of notice (or every kind),
/// signed with HMAC-SHA256, so that it works without signing in and cannot be made for another person. The key is
/// <c>Mail:SigningKey</c>, or a random one made at the first start and kept in the database (<see cref="MailKey"/>), shared
/// by every instance. The token does not expire: a mail read a year later still unsubscribes.
/// </summary>
public sealed class UnsubscribeTokens(MailSettings settings)
{
    private const byte EveryKind = 0xFF;
    private const int MacLength = 16;
    private byte[]? _key;

    public async Task LoadKeyAsync(SchedulingDbContext db, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(settings.SigningKey))
        {
            var configured = Convert.FromBase64String(settings.SigningKey);
            _key = configured.Length >= 32 ? configured : throw new InvalidOperationException("Mail:SigningKey must be 32 bytes or more, in base64.");
            return;
        }

        if (await db.MailKeys.AsNoTracking().SingleOrDefaultAsync(cancellationToken) is not { } stored)
        {
            try
            {
                db.MailKeys.Add(new MailKey(RandomNumberGenerator.GetBytes(32)));
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance made it first: use that one.
                db.StartOver();
            }

            stored = await db.MailKeys.AsNoTracking().SingleAsync(cancellationToken);
        }

        _key = stored.Secret;
    }

    public string Write(Guid personId, NotificationKind? kind)
    {
        var payload = new byte[17];
        personId.TryWriteBytes(payload);
        payload[16] = kind is { } k ? (byte)k : EveryKind;
        return WebEncoders.Base64UrlEncode([.. payload, .. Mac(payload)]);
    }

    /// <summary>The person and kind (null: every kind) a token names; false for a token that was not made here or was altered.</summary>
    public bool TryRead(string? token, out Guid personId, out NotificationKind? kind)
    {
        personId = Guid.Empty;
        kind = null;
        byte[] bytes;
        try
        {
            bytes = WebEncoders.Base64UrlDecode(token ?? "");
        }
        catch (FormatException)
        {
            return false;
        }

        if (bytes.Length != 17 + MacLength || !CryptographicOperations.FixedTimeEquals(Mac(bytes.AsSpan(0, 17)), bytes.AsSpan(17)))
        {
            return false;
        }

        personId = new Guid(bytes.AsSpan(0, 16));
        if (bytes[16] != EveryKind)
        {
            if (!Enum.IsDefined((NotificationKind)bytes[16]))
            {
                return false;
            }

            kind = (NotificationKind)bytes[16];
        }

        return true;
    }

    private byte[] Mac(ReadOnlySpan<byte> payload) =>
        HMACSHA256.HashData(_key ?? throw new InvalidOperationException("The mail signing key is loaded when the service starts."), payload)[..MacLength];
}
