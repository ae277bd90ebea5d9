namespace SummitCoordination.Statements.Register;

/// <summary>The formats the register takes.</summary>
public enum FileFormat
{
    Pdf,
    Docx,
    Odt,
    Text,
}

/// <summary>
/// What a file is, read from its content rather than its name: <c>%PDF-</c> at the start; a ZIP holding
/// <c>[Content_Types].xml</c> and a <c>word/</c> part (DOCX); a ZIP whose <c>mimetype</c> entry says
/// <c>application/vnd.oasis.opendocument.text</c> (ODT); else valid UTF-8 without NUL characters (plain text).
/// Anything else is refused with 415.
/// </summary>
public static class FileFormats
{
    public const string OdtMimeType = "application/vnd.oasis.opendocument.text";

    public static string MediaType(FileFormat format) => format switch
    {
        FileFormat.Pdf => "application/pdf",
        FileFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileFormat.Odt => OdtMimeType,
        _ => "text/plain; charset=utf-8",
    };

    public static string Extension(FileFormat format) => format switch
    {
        FileFormat.Pdf => ".pdf",
        FileFormat.Docx => ".docx",
        FileFormat.Odt => ".odt",
        _ => ".txt",
    };

    /// <summary>The format of the file at <paramref name="path"/>, or a 415 saying what is taken.</summary>
    public static FileFormat Detect(string path)
    {
        var head = new byte[8];
        int read;
        using (var file = File.OpenRead(path))
        {
            read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        if (read == 0)
        {
            throw Unsupported("The file is empty.");
        }

        if (read >= 5 && head.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
        {
            return FileFormat.Pdf;
        }

        if (read >= 4 && head.AsSpan(0, 4).SequenceEqual("PK\x03\x04"u8))
        {
            return Package(path) ?? throw Unsupported("The file is a ZIP archive but neither a DOCX nor an ODT document.");
        }

        return IsPlainText(path) ? FileFormat.Text : throw Unsupported("The file is not a PDF, DOCX, ODT or UTF-8 plain text file.");
    }

    private static FileFormat? Package(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.GetEntry("mimetype") is { } mimetype && mimetype.Length < 200)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                if (reader.ReadToEnd().Trim() == OdtMimeType)
                {
                    return FileFormat.Odt;
                }
            }

            return zip.GetEntry("[Content_Types].xml") is not null && zip.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal))
                ? FileFormat.Docx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool IsPlainText(string path)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            using var reader = new StreamReader(path, strict, detectEncodingFromByteOrderMarks: false);
            var buffer = new char[8192];
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (buffer.AsSpan(0, n).Contains('\0'))
                {
                    return false;
                }
            }

            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static DomainException Unsupported(string why) =>
        new(DomainErrorKind.UnsupportedMediaType, "document.file-type",
            $"{why} The register takes PDF, DOCX, ODT and plain text (UTF-8) files, recognised by their content.",
            new Dictionary<string, object?> { ["accepted"] = new[] { "application/pdf", MediaType(FileFormat.Docx), OdtMimeType, "text/plain" } });
}
