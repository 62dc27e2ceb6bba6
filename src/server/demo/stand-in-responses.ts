/** Response builders shared by the stand-in API and its fault injection, in OpenAI's shapes. */

const JSON_CONTENT_TYPE = { 'content-type': 'application/json' } as const;

export function jsonResponse(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...JSON_CONTENT_TYPE, ...headers },
  });
}

/** A 200 whose body is exactly `text`, for the malformed and non-JSON faults. */
export function rawResponse(text: string, contentType: string): Response {
  return new Response(text, { status: 200, headers: { 'content-type': contentType } });
}

interface ErrorFields {
  type?: string;
  param?: string | null;
  code?: string | null;
  headers?: Record<string, string>;
}

/** OpenAI's error envelope: `{ error: { message, type, param, code } }`, all four keys present. */
export function apiError(status: number, message: string, fields: ErrorFields = {}): Response {
  const error = {
    message,
    type: fields.type ?? 'invalid_request_error',
    param: fields.param ?? null,
    code: fields.code ?? null,
  };
  return jsonResponse({ error }, status, fields.headers);
}

/** What the API says to a ChatKit call without `OpenAI-Beta: chatkit_beta=v1` (the SDK always sends it). */
export function missingBetaError(): Response {
  return apiError(
    400,
    "You must provide the 'OpenAI-Beta' header to access the ChatKit API. Please try again by setting the header 'OpenAI-Beta: chatkit_beta=v1'.",
    { code: 'invalid_beta' },
  );
}

/** The bearer token the caller presented, if any. */
export function presentedKey(request: Request): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1]?.trim();
}

/**
 * OpenAI's real 401 echoes a fragment of the presented key (first 6 and last 4 characters). It
 * is reproduced on purpose: the proxy must never forward upstream text, and tests check that.
 */
export function invalidKeyError(key: string | undefined): Response {
  if (key === undefined || key === '') {
    return apiError(
      401,
      "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY). You can obtain an API key from https://platform.openai.com/account/api-keys.",
    );
  }
  const masked = `${key.slice(0, 6)}${'*'.repeat(Math.max(key.length - 10, 4))}${key.slice(-4)}`;
  return apiError(
    401,
    `Incorrect API key provided: ${masked}. You can find your API key at https://platform.openai.com/account/api-keys.`,
    { code: 'invalid_api_key' },
  );
}
