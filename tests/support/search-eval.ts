import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { type Page, expect } from '@playwright/test'
import { SEARCH_DEBOUNCE_MS, createSearchEngine } from '../../src/search/engine'
import { DIST, attr, elements, fileFor, htmlFiles, pagePath, parseHtml, text } from './dist'

export interface Query {
  query: string
  expected: string[]
}

export interface QueryResult extends Query {
  /** Result pages in order (a page once, at its best rank). */
  pages: string[]
  /** Expected pages that are built; when none is, the query is pending. */
  built: string[]
  hit: boolean | null
  /** Pages whose text contains every word of the query, after folding width, case and kana. */
  containing: string[]
  recall: number | null
  /** Milliseconds from the keystroke to the results, minus the search box's debounce. */
  ms: number
}

/** `query<TAB>page,page` lines; `#` starts a comment. */
export function readQueries(file: string): Query[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [query, expected = ''] = line.split('\t')
      return { query: query!.trim(), expected: expected.split(',').map((p) => p.trim()).filter(Boolean) }
    })
}

/** Result links (or ids) as the pages they are on, each once, in order of first appearance. */
export const pagesOf = (links: string[]) => [...new Set(links.map((link) => decodeURIComponent(link.replace(/#.*$/, ''))))]

export const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))

let corpus: Map<string, string> | undefined
export function pagesContaining(query: string, dist = DIST): string[] {
  corpus ??= new Map(
    htmlFiles(dist)
      .filter((f) => f !== '404.html')
      .map((f) => {
        const doc = parseHtml(path.join(dist, f))
        const main = elements(doc, (el) => (attr(el, 'class') ?? '').split(' ').includes('vp-doc'))[0]
        return [pagePath(f), fold(main ? text(main) : '')]
      })
  )
  const words = fold(query).split(/\s+/).filter(Boolean)
  return [...corpus].filter(([, body]) => words.every((w) => body.includes(w))).map(([page]) => page)
}

const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length

/**
 * The built site's search engine, run in Node on the index files in `dist`, counting what it loads:
 * the gzip bytes a browser downloads for the queries asked so far, with the search dialog's code.
 */
export function distSearch(dist = DIST) {
  const chunks = path.join(dist, 'assets/chunks')
  const dialog = fs.readdirSync(chunks).filter((f) => f.startsWith('SearchDialog.'))
  if (!dialog.length) throw new Error(`no SearchDialog chunk in ${chunks}`)
  let bytes = dialog.reduce((n, f) => n + gzipSize(path.join(chunks, f)), 0)
  const loaded = new Set<string>()
  const engine = createSearchEngine(async (file) => {
    loaded.add(file)
    bytes += gzipSize(path.join(dist, file))
    return JSON.parse(fs.readFileSync(path.join(dist, file), 'utf8'))
  })
  return { search: engine.search, downloaded: () => bytes, loaded }
}

/** The largest download, over the given queries, from opening the search box to a query's first results. */
export async function largestSearchDownload(queries: Query[], dist = DIST): Promise<{ query: string; bytes: number }> {
  let largest = { query: '', bytes: 0 }
  for (const { query } of queries) {
    const search = distSearch(dist)
    await search.search(query)
    if (search.downloaded() > largest.bytes) largest = { query, bytes: search.downloaded() }
  }
  return largest
}

/**
 * Opens the search dialog as a reader does, with the button or a key. A press before the page has
 * hydrated does nothing (the button is only server-rendered HTML then), so it is repeated until the
 * search field shows.
 */
export async function openSearch(page: Page, press: () => Promise<void> = () => page.getByRole('button', { name: 'サイト内を検索' }).click()) {
  const field = page.getByRole('searchbox', { name: '検索語' })
  await expect(async () => {
    if (!(await field.isVisible())) await press()
    await expect(field).toBeVisible({ timeout: 1000 })
  }).toPass()
  return field
}

/** In the page: milliseconds from the input event to the first results (or "no results") on screen. */
function typeAndTime(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (q) =>
      new Promise<number>((resolve) => {
        const box = document.querySelector<HTMLElement>('.site-search')!
        const input = box.querySelector<HTMLInputElement>('input')!
        const started = performance.now()
        const observer = new MutationObserver(() => {
          if (!box.querySelector('.result, .no-results')) return
          observer.disconnect()
          requestAnimationFrame(() => resolve(performance.now() - started))
        })
        observer.observe(box, { childList: true, subtree: true })
        input.value = q
        input.dispatchEvent(new Event('input', { bubbles: true }))
      }),
    query
  )
}

/** Types each query into the site's search box and reads the results, as a reader would. */
export async function evaluateSearch(page: Page, queries: Query[], dist = DIST): Promise<QueryResult[]> {
  await page.goto('/')
  const box = await openSearch(page)
  await box.fill('ISMS') // waits for the index to load before anything is timed
  await page.locator('.site-search .result').first().waitFor()

  const results: QueryResult[] = []
  for (const q of queries) {
    await box.fill('')
    await page.locator('.site-search .result').first().waitFor({ state: 'detached' })
    const ms = Math.round(Math.max(0, (await typeAndTime(page, q.query)) - SEARCH_DEBOUNCE_MS))
    const hrefs = await page.locator('.site-search .result').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    const pages = pagesOf(hrefs)
    const built = q.expected.filter((p) => fileFor(p, dist))
    const containing = pagesContaining(q.query, dist)
    results.push({
      ...q,
      pages,
      built,
      hit: built.length ? pages.slice(0, 5).some((p) => built.includes(p)) : null,
      containing,
      recall: containing.length ? containing.filter((p) => pages.includes(p)).length / containing.length : null,
      ms
    })
  }
  return results
}
