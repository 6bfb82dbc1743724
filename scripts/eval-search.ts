/**
 * Types each query of a query file into the built site's search box in Chromium and prints hit@5,
 * recall and the time from keystroke to results. Option: --queries FILE (default data/search-queries-dev.tsv).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import config from '../playwright.config'
import { DOCS_DIR, ROOT_DIR } from '../src/paths'
import { SEARCH_DEBOUNCE_MS } from '../src/search/engine'
import { createStaticServer, listenLocally } from '../src/server/static'
import { distSearch, evaluateSearch, largestSearchDownload, pagesOf, readQueries } from '../tests/support/search-eval'

const { values } = parseArgs({ options: { queries: { type: 'string', default: path.join(ROOT_DIR, 'data/search-queries-dev.tsv') } } })
const dist = path.join(DOCS_DIR, '.vitepress/dist')

const queries = readQueries(values.queries!)
// The built index, queried without the search box's limit of 16 results: what the engine finds.
const index = distSearch(dist)
const server = createStaticServer(dist, { headers: true })
const baseURL = await listenLocally(server)
const browser = await chromium.launch(config.use?.launchOptions)
try {
  const page = await browser.newPage({ baseURL })
  const results = await evaluateSearch(page, queries)
  const pct = (n: number) => `${(n * 100).toFixed(0)}%`
  const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length
  for (const r of results) {
    const hit = r.hit === null ? 'pending' : r.hit ? 'hit' : 'MISS'
    const recall = r.recall === null ? '-' : `${pct(r.recall)} of ${r.containing.length}`
    console.log(`${hit.padEnd(7)} ${String(r.ms).padStart(4)} ms  recall ${recall.padEnd(10)} ${r.query}  →  ${r.pages.slice(0, 5).join(' ') || '(none)'}`)
  }
  const counted = results.filter((r) => r.hit !== null)
  const recalls = results.filter((r) => r.recall !== null).map((r) => r.recall!)
  const indexRecalls: number[] = []
  for (const r of results.filter((r) => r.containing.length)) {
    const found = new Set(pagesOf((await index.search(r.query, Infinity)).map((hit) => hit.id)))
    indexRecalls.push(r.containing.filter((p) => found.has(p)).length / r.containing.length)
  }
  const largest = await largestSearchDownload(queries, dist)
  const times = results.map((r) => r.ms).sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]
  console.log(
    `\nhit@5 ${(counted.filter((r) => r.hit).length / counted.length).toFixed(3)} (${counted.filter((r) => r.hit).length}/${counted.length}, ${results.length - counted.length} pending)` +
      `\nrecall against the pages containing the query: search box (16 results) ${pct(mean(recalls))}, index (all results) ${pct(mean(indexRecalls))}, over ${recalls.length} queries` +
      `\nkeystroke → results, after the ${SEARCH_DEBOUNCE_MS} ms debounce: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times.at(-1)} ms` +
      `\nlargest download from opening the search box to a query's results: ${(largest.bytes / 1024).toFixed(1)} KB gzip (${largest.query})`
  )
} finally {
  await browser.close()
  server.close()
}
