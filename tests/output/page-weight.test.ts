import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { ROOT_DIR } from '../../src/paths'
import { PAGE_KINDS, initialFiles, pageWeight } from '../support/page-weight'

// A bare VitePress 1.6 page loads about 62 KB of JS and 20 KB of CSS (gzip); the site may add at
// most 28 KB of JS and 8 KB of CSS on any page. Anything heavier loads on demand.
const KB = 1024
const BUDGET = { js: (62 + 28) * KB, css: (20 + 8) * KB }

it('every kind of page stays within the JS and CSS budget', () => {
  const rows = Object.entries(PAGE_KINDS).map(([kind, pathname]) => ({ kind, pathname, ...pageWeight(pathname) }))
  const kb = (n: number) => (n / KB).toFixed(1)
  fs.mkdirSync(path.join(ROOT_DIR, 'reports'), { recursive: true })
  fs.writeFileSync(
    path.join(ROOT_DIR, 'reports/page-weight.md'),
    ['| page | HTML KB | JS KB | CSS KB |', '|---|---:|---:|---:|', ...rows.map((r) => `| ${r.kind} | ${kb(r.html)} | ${kb(r.js)} | ${kb(r.css)} |`)].join('\n') + '\n'
  )
  expect([...initialFiles(PAGE_KINDS['controls overview']!).js].some((f) => fs.readFileSync(f, 'utf8').includes('controls-explorer'))).toBe(true)
  for (const [kind, pathname] of Object.entries(PAGE_KINDS)) {
    if (kind === 'controls overview') continue
    const withExplorer = [...initialFiles(pathname).js].filter((f) => fs.readFileSync(f, 'utf8').includes('controls-explorer'))
    expect(withExplorer, `the explorer costs nothing on the ${kind}`).toEqual([])
  }
  for (const row of rows) {
    expect(row.js, `${row.kind} JS`).toBeLessThanOrEqual(BUDGET.js)
    expect(row.css, `${row.kind} CSS`).toBeLessThanOrEqual(BUDGET.css)
  }
})
