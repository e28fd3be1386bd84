using System.Net;

namespace RadAi.Dsl.Client.Transport;

/// <summary>A successful answer: status and body bytes.</summary>
internal sealed record TransportResponse(HttpStatusCode StatusCode, byte[] Body);
