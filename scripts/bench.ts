/**
 * Build benchmark, side by side in one run: the site with 0, 300 and 1,000 generated posts (5,000
 * too with --large), and a bare VitePress site (local search, dates from git) with the same number
 * of plain pages of the same text. Prints seconds, peak memory, pages and what a reader downloads
 * for search, then the marginal cost per post against a bare page.
 * Each build of the site starts with an empty social card cache, as a fresh checkout does.
 * Options: --posts 0,300,1000 (the counts), --large (adds 5,000), --warm (keep the cards that earlier
 * builds drew, as an editor's next build does).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { parseArgs } from 'node:util'
import { generatedPosts, plainPages } from '../src/generated-posts'
import { CARD_CACHE_DIR } from '../src/og/cards'
import { ROOT_DIR } from '../src/paths'
import { ScratchSite, type BuildResult } from '../src/scratch-site'
import { largestSearchDownload, readQueries } from '../tests/support/search-eval'

const { values } = parseArgs({ options: { posts: { type: 'string', default: '0,300,1000' }, large: { type: 'boolean', default: false }, warm: { type: 'boolean', default: false } } })
const counts = [...new Set([0, ...values.posts!.split(',').map(Number), ...(values.large ? [5000] : [])])].sort((a, b) => a - b)
if (counts.some((n) => !Number.isInteger(n) || n < 0)) {
  console.error(`--posts: whole numbers separated by commas, not "${values.posts}"`)
  process.exit(1)
}

const BARE_CONFIG = `export default { lang: 'ja', title: 'Bare', cleanUrls: true, lastUpdated: true, themeConfig: { search: { provider: 'local' } } }\n`

interface Row extends BuildResult {
  /** Gzip bytes from opening the search box to the results of the dev query that needs the most. */
  searchBytes: number
}

const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length
const queries = readQueries(path.join(ROOT_DIR, 'data/search-queries-dev.tsv'))

async function ours(posts: number): Promise<Row> {
  const site = new ScratchSite(path.join(ROOT_DIR, '.tmp/bench-site'))
  site.write(generatedPosts(posts))
  site.commit()
  if (!values.warm) fs.rmSync(CARD_CACHE_DIR, { recursive: true, force: true })
  console.log(`building the site with ${posts} generated posts…`)
  const result = await site.build()
  return { ...result, searchBytes: (await largestSearchDownload(queries, site.distDir)).bytes }
}

async function bare(pages: number): Promise<Row> {
  const site = new ScratchSite(path.join(ROOT_DIR, '.tmp/bench-bare'), { project: false })
  site.write({ '.vitepress/config.mjs': BARE_CONFIG, 'index.md': '# Bare\n', ...plainPages(pages) })
  site.commit()
  console.log(`building a bare VitePress site with ${pages} pages…`)
  const result = await site.build()
  // VitePress's local search downloads its whole index and the search box when the box opens.
  const chunks = path.join(site.distDir, 'assets/chunks')
  const search = fs.readdirSync(chunks).filter((f) => /^(@localSearchIndexroot|VPLocalSearchBox)\./.test(f))
  return { ...result, searchBytes: search.reduce((n, f) => n + gzipSize(path.join(chunks, f)), 0) }
}

const rows: [number, Row, Row][] = []
for (const n of counts) rows.push([n, await ours(n), await bare(n)])

const kb = (bytes: number) => (bytes / 1024).toFixed(0)
console.log(`\n${os.cpus().length} CPUs, Node ${process.version}, social cards ${values.warm ? 'kept from earlier builds (--warm)' : 'drawn in every build'}\n`)
console.log('| posts | pages | seconds | peak MB | search KB gzip | bare pages | bare seconds | bare peak MB | bare search KB gzip |')
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
for (const [n, o, b] of rows)
  console.log(`| ${n} | ${o.pages} | ${o.seconds.toFixed(1)} | ${o.peakMemoryMb} | ${kb(o.searchBytes)} | ${b.pages} | ${b.seconds.toFixed(1)} | ${b.peakMemoryMb} | ${kb(b.searchBytes)} |`)

console.log('\n| posts | ms per post | ms per bare page | ratio |\n|---|---:|---:|---:|')
for (let i = 1; i < rows.length; i++) {
  const [from, o0, b0] = rows[i - 1]!
  const [to, o1, b1] = rows[i]!
  const ours = ((o1.seconds - o0.seconds) * 1000) / (to - from)
  const plain = ((b1.seconds - b0.seconds) * 1000) / (to - from)
  console.log(`| ${from + 1}–${to} | ${ours.toFixed(1)} | ${plain.toFixed(1)} | ${(ours / plain).toFixed(2)} |`)
}
