namespace SummitCoordination.Statements.Register;

/// <summary>
/// The text of a file, for search: plain text as it is; the paragraphs of a DOCX (<c>word/document.xml</c>) and of an
/// ODT (<c>content.xml</c>); from a PDF only the literal strings shown by <c>Tj</c>/<c>TJ</c> in its (Flate or
/// uncompressed) content streams, which is the text of simple PDFs with single-byte fonts; a PDF whose fonts are
/// embedded subsets with glyph codes (most word-processor output) yields nothing and is found by symbol and title only.
/// At most <see cref="DocumentFile.MaxText"/> characters are kept.
/// </summary>
public static partial class TextExtraction
{
    public static string? From(string path, FileFormat format)
    {
        try
        {
            var text = format switch
            {
                FileFormat.Text => PlainText(path),
                FileFormat.Docx => XmlText(path, "word/document.xml", "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "t", "p"),
                FileFormat.Odt => XmlText(path, "content.xml", "urn:oasis:names:tc:opendocument:xmlns:text:1.0", null, "p", "h"),
                FileFormat.Pdf => PdfText(path),
                _ => null,
            };
            return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            // A damaged package still registers: it is found by symbol and title.
            return null;
        }
    }

    private static string PlainText(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var buffer = new char[DocumentFile.MaxText];
        var n = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, n);
    }

    /// <summary>The text nodes of one XML part (only those named <paramref name="textElement"/> if given), a line per paragraph.</summary>
    private static string? XmlText(string path, string part, string ns, string? textElement, params string[] paragraphs)
    {
        using var zip = ZipFile.OpenRead(path);
        if (zip.GetEntry(part) is not { } entry)
        {
            return null;
        }

        using var stream = entry.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var text = new StringBuilder();
        var inText = textElement is null;
        while (xml.Read() && text.Length < DocumentFile.MaxText)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == ns)
            {
                if (xml.LocalName == textElement && !xml.IsEmptyElement)
                {
                    inText = true;
                }
                else if (paragraphs.Contains(xml.LocalName) && text.Length > 0)
                {
                    text.Append('\n');
                }
                else if (xml.LocalName is "s" or "tab")
                {
                    text.Append(' ');
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.NamespaceURI == ns && xml.LocalName == textElement)
            {
                inText = false;
            }
            else if (inText && xml.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                text.Append(xml.Value);
            }
        }

        return text.ToString();
    }

    private static string? PdfText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var latin = Encoding.Latin1.GetString(bytes);
        var text = new StringBuilder();
        foreach (Match stream in PdfStream().Matches(latin))
        {
            var start = stream.Index + stream.Length;
            var end = latin.IndexOf("endstream", start, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            var dictionaryStart = latin.LastIndexOf("<<", stream.Index, StringComparison.Ordinal);
            var flate = dictionaryStart >= 0 && latin.AsSpan(dictionaryStart, stream.Index - dictionaryStart).Contains("/FlateDecode", StringComparison.Ordinal);
            var content = flate ? Inflate(bytes, start, end - start) : latin[start..end];
            if (content is null)
            {
                continue;
            }

            foreach (Match shown in ShownText().Matches(content))
            {
                var literal = shown.Groups["one"].Success ? shown.Groups["one"].Value : string.Concat(Literal().Matches(shown.Groups["many"].Value).Select(m => m.Groups[1].Value));
                text.Append(Unescape(literal));
                text.Append(shown.Groups["many"].Success ? ' ' : '\n');
                if (text.Length >= DocumentFile.MaxText)
                {
                    return text.ToString();
                }
            }
        }

        var result = text.ToString();
        // Glyph codes of embedded fonts read as control characters: that is not text.
        return result.Count(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t') * 10 > result.Length ? null : result;
    }

    private static string? Inflate(byte[] bytes, int start, int length)
    {
        try
        {
            using var input = new MemoryStream(bytes, start, length);
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            var buffer = new byte[4 * 1024 * 1024];
            var n = zlib.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return Encoding.Latin1.GetString(buffer, 0, n);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static string Unescape(string literal)
    {
        var text = new StringBuilder(literal.Length);
        for (var i = 0; i < literal.Length; i++)
        {
            var c = literal[i];
            if (c != '\\' || i + 1 >= literal.Length)
            {
                text.Append(c);
                continue;
            }

            var next = literal[++i];
            switch (next)
            {
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case >= '0' and <= '7':
                    var octal = next - '0';
                    for (var k = 0; k < 2 && i + 1 < literal.Length && literal[i + 1] is >= '0' and <= '7'; k++)
                    {
                        octal = octal * 8 + (literal[++i] - '0');
                    }

                    text.Append((char)octal);
                    break;
                default: text.Append(next); break;
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"(?<!end)stream\r?\n")]
    private static partial Regex PdfStream();

    [GeneratedRegex(@"\((?<one>(?:\\.|[^\\)])*)\)\s*Tj|\[(?<many>(?:\((?:\\.|[^\\)])*\)|[^\]])*)\]\s*TJ", RegexOptions.Singleline)]
    private static partial Regex ShownText();

    [GeneratedRegex(@"\(((?:\\.|[^\\)])*)\)", RegexOptions.Singleline)]
    private static partial Regex Literal();
}
