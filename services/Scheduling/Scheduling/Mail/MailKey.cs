namespace SummitCoordination.Scheduling.Mail;

/// <summary>
/// The secret that signs unsubscribe links, made at the first start and kept in the service's database so that every
/// instance signs and checks alike (unless <c>Mail:SigningKey</c> gives one).
/// </summary>
public sealed class MailKey
{
    public int Id { get; private set; }
    public byte[] Secret { get; private set; } = [];

    private MailKey()
    {
    }

    public MailKey(byte[] secret)
    {
        Id = 1;
        Secret = secret;
    }
}
