import { STATUS_CODES, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/** A whole HTTP/1.1 response, as bytes: there is no request or response object to write to. */
function rawAnswer(status: number, security: Readonly<Record<string, string>>): Buffer {
  const reason = STATUS_CODES[status] ?? 'Bad Request';
  const body = `${reason}\n`;
  const headers = {
    ...security,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    Connection: 'close',
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return Buffer.from(`HTTP/1.1 ${status} ${reason}\r\n${lines.join('')}\r\n${body}`, 'latin1');
}

/** Node's own status for each parser error it answers specially; anything else is a 400. */
const STATUSES = new Map([
  ['HPE_HEADER_OVERFLOW', 431],
  ['HPE_CHUNK_EXTENSIONS_OVERFLOW', 413],
  ['ERR_HTTP_REQUEST_TIMEOUT', 408],
]);

type ServerSocket = Duplex & { _httpMessage?: ServerResponse | null };

/**
 * Answers what Node cannot parse (a malformed request line, headers over maxHeaderSize, a
 * request too slow to arrive) as Node would, with the same statuses and Connection: close,
 * but with our security headers and a short body: Threadline's answers all carry them, and
 * these never reach the app. Pass securityHeaderValues(), the values the app's middleware sets.
 */
export function answerClientErrors(
  server: Server,
  security: Readonly<Record<string, string>>,
): void {
  const badRequest = rawAnswer(400, security);
  const answers = new Map(
    [...STATUSES].map(([code, status]) => [code, rawAnswer(status, security)]),
  );
  server.on('clientError', (err: NodeJS.ErrnoException, socket: ServerSocket) => {
    // Node's rule: never write into a response that has started on this connection.
    if (err.code === 'ECONNRESET' || !socket.writable || socket._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    socket.end(answers.get(err.code ?? '') ?? badRequest, () => socket.destroy());
  });
}
