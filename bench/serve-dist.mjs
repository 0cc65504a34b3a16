// A static server over a built dist/ that compresses text with gzip as a CDN would, for benchmarks
// that load the site in a browser. 404s get the site's 404 page, as in production.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webp': 'image/webp', '.avif': 'image/avif', '.xml': 'application/xml', '.txt': 'text/plain', '.wasm': 'application/wasm' };

/** Starts serving `dist` on a free port; `extra` maps paths to HTML served instead of files. */
export async function serveDist(dist, extra = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path in extra) return send(res, 200, '.html', Buffer.from(extra[path]));
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) return send(res, 403, '.txt', Buffer.from('no'));
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      send(res, 200, extname(file), await readFile(file));
    } catch {
      send(res, 404, '.html', await readFile(join(dist, '404.html')));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

function send(res, status, ext, body) {
  const type = TYPES[ext] ?? 'application/octet-stream';
  const compress = /text|json|javascript|svg|xml/.test(type);
  res.writeHead(status, { 'content-type': type, 'cache-control': 'public, max-age=31536000', ...(compress ? { 'content-encoding': 'gzip' } : {}) });
  res.end(compress ? gzipSync(body) : body);
}
