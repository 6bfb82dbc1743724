import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import zlib from 'node:zlib'
import { headersFor, parseHeaders, type HeaderRule } from './headers'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2'
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/

/**
 * Serves a built site as static hosts do with clean URLs: `/a/b` → `a/b.html`, `/a/` →
 * `a/index.html`, anything else → `404.html` with status 404. Text is gzipped for clients that
 * accept it, as on every real host, so that page-load measurements see production transfer sizes.
 * With `headers: true` it also sends the rules of the site's `_headers` file, as Netlify and
 * Cloudflare Pages would.
 */
export function createStaticServer(root: string, { headers = false } = {}) {
  const rules: HeaderRule[] = headers ? parseHeaders(fs.readFileSync(path.join(root, '_headers'), 'utf8')) : []
  const resolve = (pathname: string): string | null => {
    const candidates = pathname.endsWith('/')
      ? [pathname + 'index.html']
      : [pathname, pathname + '.html', pathname + '/index.html']
    for (const candidate of candidates) {
      const file = path.join(root, candidate)
      if (!file.startsWith(root + path.sep) && file !== root) return null
      if (fs.existsSync(file) && fs.statSync(file).isFile()) return file
    }
    return null
  }
  return http.createServer((req, res) => {
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    } catch {
      res.writeHead(400).end()
      return
    }
    const file = resolve(pathname)
    const status = file ? 200 : 404
    const served = file ?? path.join(root, '404.html')
    const type = TYPES[path.extname(served)] ?? 'application/octet-stream'
    const compressible = COMPRESSIBLE.test(type)
    const gzip = compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    res.writeHead(status, {
      'Content-Type': type,
      ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      ...headersFor(rules, pathname)
    })
    if (req.method === 'HEAD') res.end()
    else if (gzip) fs.createReadStream(served).pipe(zlib.createGzip()).pipe(res)
    else fs.createReadStream(served).pipe(res)
  })
}

/** Starts a server on a free port of 127.0.0.1 and gives its origin, e.g. `http://127.0.0.1:40123`. */
export async function listenLocally(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}
