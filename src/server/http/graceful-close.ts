import type { Server, ServerResponse } from 'node:http';

/**
 * Returns close(onClosed) for a graceful shutdown: stop accepting connections, close idle
 * keep-alive sockets now, and let in-flight requests finish on a connection that closes with
 * its response (plain server.close() leaves those sockets idling until keepAliveTimeout).
 */
export function gracefulCloser(server: Server): (onClosed: () => void) => void {
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  server.on('request', (_request, response: ServerResponse) => {
    // A request on a kept-alive connection after close began is answered, and its connection
    // then closed: a busy keep-alive client must not hold a stopping server open.
    if (closing) response.setHeader('Connection', 'close');
    inFlight.add(response);
    response.on('close', () => inFlight.delete(response));
  });
  return (onClosed) => {
    closing = true;
    server.close(() => onClosed());
    server.closeIdleConnections();
    for (const response of inFlight) {
      if (!response.headersSent) response.setHeader('Connection', 'close');
    }
  };
}
