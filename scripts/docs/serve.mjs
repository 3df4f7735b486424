#!/usr/bin/env node
// A tiny static server for docs/site on 127.0.0.1, used by the browser test and to browse the site locally:
//   node scripts/docs/serve.mjs [port]      (after `npm run docs`; port 0 or none picks a free one)
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1. Resolves to `{ url, close }`. Paths outside the root and anything not a file answer 404;
 * a directory answers with its index.html.
 * @param {string} root
 * @param {number} [port]
 */
export async function startServer(root, port = 0) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let file = normalize(join(base, decodeURIComponent(url.pathname)));
      if (file !== base && !file.startsWith(base + sep)) throw new Error('outside');
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('404 not found');
    }
  });
  await new Promise((ok, ko) => {
    server.once('error', ko);
    server.listen(port, '127.0.0.1', () => ok(undefined));
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok(undefined));
        // A browser keeps idle keep-alive connections open; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../../docs/site', import.meta.url));
  const port = Number(process.argv[2] ?? 4173);
  const { url } = await startServer(root, Number.isInteger(port) ? port : 4173);
  console.log(`Serving docs/site at ${url} (Ctrl+C to stop)`);
}
