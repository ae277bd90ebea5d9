namespace SummitCoordination.TestSupport;

/// <summary>
/// The browser the journeys drive (Playwright cannot download browsers here): <c>SUMMIT_CHROMIUM</c> if set, else
/// Debian's <c>chromium-headless-shell</c> (the test command installs it), else Debian's <c>chromium</c>. The headless
/// shell is the same Blink without the full browser's compositor and window machinery: alone on this 2-core machine
/// the browser journeys took 282 s of wall time and 419 s of CPU with it, 386 s and 660 s with <c>chromium</c>.
/// </summary>
public static class ChromiumPath
{
    public const string HeadlessShell = "/usr/bin/chromium-headless-shell";

    public static string Executable =>
        Environment.GetEnvironmentVariable("SUMMIT_CHROMIUM") is { Length: > 0 } path ? path
        : File.Exists(HeadlessShell) ? HeadlessShell
        : "/usr/bin/chromium";
}
