/**
 * The baseline for bench/proxy-load.ts: a bare node:http server answering every request with
 * the exact bytes Threadline returned for the same thread. Usage:
 *   node --import tsx bench/bare-server.ts <port> <body-file> <content-type>
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [port = '0', bodyFile = '', contentType = 'application/json'] = process.argv.slice(2);
const body = readFileSync(bodyFile);

createServer((_request, response) => {
  response.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
  response.end(body);
}).listen(Number(port), '127.0.0.1');
