using System.IO.Compression;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SummitCoordination.TestSupport;

/// <summary>Files of each format the register takes (and some it does not), and the calls that register and upload them.</summary>
public static class RegisterSamples
{
    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A one-page PDF whose text is a literal string in an uncompressed content stream (what the simple extractor reads).</summary>
    public static byte[] Pdf(string text) => Encoding.Latin1.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
        + $"4 0 obj << /Length 60 >>\nstream\nBT /F1 12 Tf 72 720 Td ({text}) Tj ET\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Docx(string text) => Zip(
        ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
        ("word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + $"<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"));

    public static byte[] Odt(string text) => Zip(
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("content.xml", "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + $"xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>{text}</text:p></office:text></office:body></office:document-content>"));

    /// <summary>A ZIP archive that is no document (an .xlsx would look like this: no word/ part).</summary>
    public static byte[] OtherZip() => Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"));

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient secretariat, Guid meetingId, object? more = null, string kind = "WorkingPaper", string title = "A working paper")
    {
        var body = new Dictionary<string, object?> { ["meetingId"] = meetingId, ["kind"] = kind, ["title"] = title, ["titleRu"] = "Рабочий документ" };
        foreach (var property in JsonSerializer.SerializeToElement(more ?? new { }).EnumerateObject())
        {
            body[property.Name] = property.Value;
        }

        return secretariat.PostAsJsonAsync("/api/register/documents", body);
    }

    public static async Task<JsonElement> RegisteredAsync(HttpClient secretariat, Guid meetingId, object? more = null, string kind = "WorkingPaper", string title = "A working paper")
    {
        var response = await RegisterAsync(secretariat, meetingId, more, kind, title);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Registering answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient secretariat, Guid documentId, string language, string fileName, byte[] content, string mediaType = "application/octet-stream")
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return secretariat.PostAsync($"/api/register/documents/{documentId}/files?language={language}&fileName={Uri.EscapeDataString(fileName)}", body);
    }
}
