import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { ROOT_DIR } from '../../src/paths'
import { MANIFEST_PATH } from '../../src/search/index-format'
import { DIST } from '../support/dist'
import { PAGE_KINDS, initialFiles } from '../support/page-weight'
import { distSearch, largestSearchDownload, readQueries } from '../support/search-eval'

const queries = readQueries(path.join(ROOT_DIR, 'data/search-queries-dev.tsv'))

it('a query downloads at most 300 KB gzip from opening the search box to its first results', async () => {
  const { query, bytes } = await largestSearchDownload(queries)
  console.log(`largest search download: ${(bytes / 1024).toFixed(1)} KB gzip (${query})`)
  expect(bytes).toBeLessThanOrEqual(300 * 1024)
})

it('a query loads the manifest, the shards of its terms and the chunks of its results, nothing else', async () => {
  const dir = path.join(DIST, path.dirname(MANIFEST_PATH))
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile())
  const search = distSearch()
  const results = await search.search('リスクアセスメント')
  expect(results[0]?.title).toContain('リスクアセスメント')
  // リス スク クア アセ セス スメ メン ント: at most 8 shards, and at most one chunk per result shown.
  expect(search.loaded.size).toBeLessThanOrEqual(1 + 8 + results.length)
  expect(files.length).toBeGreaterThan(4 * search.loaded.size)
})

it('the search dialog and the index load only when the search box opens', () => {
  for (const pathname of Object.values(PAGE_KINDS)) {
    const names = [...initialFiles(pathname).js].map((f) => path.basename(f))
    expect(names.filter((n) => /SearchDialog|search\//.test(n)), pathname).toEqual([])
  }
})
