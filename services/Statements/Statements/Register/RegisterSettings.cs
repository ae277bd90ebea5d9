using System.ComponentModel.DataAnnotations;

namespace SummitCoordination.Statements.Register;

/// <summary>Configuration section <c>Register</c>: the largest file taken and where files are kept.</summary>
public sealed class RegisterSettings
{
    public const string Section = "Register";

    /// <summary><c>Register:MaxFileBytes</c>: the largest file taken, 25 MB by default (413 beyond).</summary>
    [Range(1, 1L << 31)]
    public long MaxFileBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary><c>Register:StoragePath</c>: the directory of the files; by default <c>documents</c> under <c>Database:DataDirectory</c> (./data/documents).</summary>
    public string? StoragePath { get; set; }
}
