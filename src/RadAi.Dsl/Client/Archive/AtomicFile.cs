namespace RadAi.Dsl.Client;

/// <summary>
/// Replaces a file in one step: the bytes go to a temporary file in the same folder, which is then renamed over the
/// target. A reader never sees half a file, and a failure leaves the old file as it was.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + "." + Path.GetRandomFileName() + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            // a rename within one folder, hence within one file system: atomic
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            Remove(temporary);
            throw;
        }
    }

    private static void Remove(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // the first failure is the one to report
        }
    }
}
