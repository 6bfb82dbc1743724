/**
 * Serves the built site on 127.0.0.1. Options: --port N (default 4173), --headers (send the
 * _headers rules, as Netlify and Cloudflare Pages do), --root DIR (another build, e.g. the fixture site).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { DOCS_DIR } from '../src/paths'
import { createStaticServer } from '../src/server/static'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4173' },
    headers: { type: 'boolean' },
    root: { type: 'string', default: path.join(DOCS_DIR, '.vitepress/dist') }
  }
})
const root = path.resolve(values.root!)
const server = createStaticServer(root, { headers: values.headers })
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`ISMS Guide: http://127.0.0.1:${values.port}/`)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
