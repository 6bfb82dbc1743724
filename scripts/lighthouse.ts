/**
 * Lighthouse (mobile preset) on one page of every kind, beside a bare VitePress 1.6 page built and
 * measured in the same run, both served gzipped as a real host would. Prints the four scores per
 * page, each the median of `--runs N` rounds (default 3; single runs vary by several points here).
 * Needs `npm run build` first. Targets: accessibility, best practices and SEO 100; performance at
 * most 5 below the bare page.
 */
import fs from 'node:fs'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { parseArgs } from 'node:util'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import config from '../playwright.config'
import { DOCS_DIR, ROOT_DIR } from '../src/paths'
import { createStaticServer, listenLocally } from '../src/server/static'
import { PAGE_KINDS } from '../tests/support/page-weight'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
type Scores = Record<(typeof CATEGORIES)[number], number>

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } })
const runs = Number(values.runs)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** The smallest VitePress site: one Markdown page, default theme, default config. */
function buildBareSite(): string {
  const dir = path.join(ROOT_DIR, '.tmp/bare-vitepress')
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(path.join(dir, 'docs/.vitepress'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'docs/.vitepress/config.mts'), "export default { lang: 'ja-JP', title: 'Bare', description: '素のVitePressのページ' }\n")
  fs.writeFileSync(path.join(dir, 'docs/index.md'), '# 素のVitePress\n\nLighthouseの比較に使う、何も足していないページです。\n\n## 見出し\n\n本文です。\n')
  execFileSync(path.join(ROOT_DIR, 'node_modules/.bin/vitepress'), ['build', 'docs'], { cwd: dir, stdio: 'ignore' })
  return path.join(dir, 'docs/.vitepress/dist')
}

async function serve(root: string, headers: boolean) {
  const server = createStaticServer(root, { headers })
  return { server, origin: await listenLocally(server) }
}

const site = await serve(path.join(DOCS_DIR, '.vitepress/dist'), true)
const bare = await serve(buildBareSite(), false)
const chrome = await chromeLauncher.launch({
  chromePath: config.use?.launchOptions?.executablePath,
  chromeFlags: ['--headless=new', ...(config.use?.launchOptions?.args ?? [])]
})

try {
  const pages: [string, string][] = [['bare VitePress', `${bare.origin}/`], ...Object.entries(PAGE_KINDS).map(([kind, p]): [string, string] => [kind, site.origin + p])]
  const measured = new Map<string, Scores[]>(pages.map(([kind]) => [kind, []]))
  for (let round = 1; round <= runs; round++) {
    for (const [kind, url] of pages) {
      const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES] })
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((result!.lhr.categories[c]?.score ?? 0) * 100)])) as Scores
      measured.get(kind)!.push(scores)
      console.log(`round ${round}, ${kind}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`)
    }
  }
  const rows = pages.map(([kind]): [string, Scores] => [kind, Object.fromEntries(CATEGORIES.map((c) => [c, median(measured.get(kind)!.map((s) => s[c]))])) as Scores])
  const baseline = rows[0]![1].performance
  console.log(`\nmedian of ${runs} run(s)\n| page | performance | accessibility | best practices | SEO |\n|---|---:|---:|---:|---:|`)
  for (const [kind, s] of rows) console.log(`| ${kind} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`)
  const misses = rows
    .slice(1)
    .filter(([, s]) => s.performance < baseline - 5 || s.accessibility !== 100 || s['best-practices'] !== 100 || s.seo !== 100)
    .map(([kind]) => kind)
  console.log(misses.length ? `\nbelow target: ${misses.join(', ')}` : '\nall pages meet the targets')
} finally {
  await chrome.kill()
  site.server.close()
  bare.server.close()
}
