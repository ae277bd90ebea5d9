namespace SummitCoordination.Web;

/// <summary>The web app's texts: <c>Resources/Strings.resx</c> (English) and <c>Resources/Strings.ru.resx</c> (Russian).</summary>
public sealed class Strings;
