import path from 'node:path'
import { expect, it } from 'vitest'
import { generatedPosts } from '../../src/generated-posts'
import { ROOT_DIR } from '../../src/paths'
import { ScratchSite } from '../../src/scratch-site'
import { distSearch, largestSearchDownload, pagesOf, readQueries } from '../support/search-eval'

it('with 1,000 more posts, every development query still finds its page in the top 5 and downloads at most 300 KB gzip', async () => {
  const site = new ScratchSite(path.join(ROOT_DIR, '.tmp/scale-site'))
  site.write(generatedPosts(1000))
  const { pages } = await site.build()
  expect(pages).toBeGreaterThan(1000)

  const queries = readQueries(path.join(ROOT_DIR, 'data/search-queries-dev.tsv'))
  const misses: string[] = []
  for (const q of queries) {
    const results = await distSearch(site.distDir).search(q.query)
    const top = pagesOf(results.map((r) => r.id)).slice(0, 5)
    if (!top.some((p) => q.expected.includes(p))) misses.push(`${q.query} → ${top.join(', ')}`)
  }
  expect(misses).toEqual([])
  const { query, bytes } = await largestSearchDownload(queries, site.distDir)
  console.log(`with 1,000 generated posts: largest search download ${(bytes / 1024).toFixed(1)} KB gzip (${query})`)
  expect(bytes).toBeLessThanOrEqual(300 * 1024)
}, 900_000)
