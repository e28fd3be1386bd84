using System.Net;
using System.Net.Http.Headers;

namespace RadAi.Dsl.Client;

/// <summary>An answer, read within its limit: status, body bytes, media type and Retry-After (for the retry policy).</summary>
internal sealed record TransportResponse(HttpStatusCode StatusCode, byte[] Body, string? MediaType = null, RetryConditionHeaderValue? RetryAfter = null);
