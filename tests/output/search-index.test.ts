import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import MiniSearch from 'minisearch'
import { expect, it } from 'vitest'
import { DIST } from '../support/dist'
import { PAGE_KINDS, initialFiles } from '../support/page-weight'
import { searchSections } from '../support/search-sections'

it('the search index is at most twice the gzip size of the default index for the same pages', async () => {
  const chunks = path.join(DIST, 'assets/chunks')
  const built = fs.readdirSync(chunks).find((f) => f.startsWith('@localSearchIndexroot'))!
  const ours = zlib.gzipSync(fs.readFileSync(path.join(chunks, built))).length

  // VitePress's defaults: MiniSearch's own tokenizer, which splits at spaces and punctuation.
  const defaults = new MiniSearch({ fields: ['title', 'titles', 'text'], storeFields: ['title', 'titles'] })
  defaults.addAll(await searchSections())
  const reference = zlib.gzipSync(`export default ${JSON.stringify(JSON.stringify(defaults))}`).length

  console.log(`search index: ${(ours / 1024).toFixed(0)} KB gzip; default tokenizer ${(reference / 1024).toFixed(0)} KB (×${(ours / reference).toFixed(2)})`)
  expect(ours).toBeLessThanOrEqual(2 * reference)
}, 120_000)

it('the search box and its index load only when the search box opens', () => {
  for (const pathname of Object.values(PAGE_KINDS)) {
    const names = [...initialFiles(pathname).js].map((f) => path.basename(f))
    expect(names.filter((n) => /localSearchIndex|VPLocalSearchBox/.test(n)), pathname).toEqual([])
  }
})
