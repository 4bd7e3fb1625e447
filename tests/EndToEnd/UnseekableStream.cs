namespace EndToEnd;

/// <summary>A body whose length the client cannot know, so HttpClient sends it chunked.</summary>
internal sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
{
    public override bool CanSeek => false;
}
