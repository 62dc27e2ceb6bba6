/**
 * The baseline for bench/proxy-load.ts: a bare node:http server answering every request with
 * the body Threadline returned for the same thread, and either Threadline's own response headers
 * (so the load client parses the same bytes on both sides) or only a content type. Usage:
 *   node --import tsx bench/bare-server.ts <port> <body-file> <headers-json-file>
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [port = '0', bodyFile = '', headersFile = ''] = process.argv.slice(2);
const body = readFileSync(bodyFile);
const headers = {
  ...(JSON.parse(readFileSync(headersFile, 'utf8')) as Record<string, string>),
  'content-length': String(body.length),
};

createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
}).listen(Number(port), '127.0.0.1');
