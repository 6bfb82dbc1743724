import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { assumeSourcesUnchanged } from '../../src/content/frontmatter'
import { loadAllPosts } from '../../src/content/posts'
import { post, tempDocs } from '../support/temp-docs'

const first = post('title: 一つ目\ndate: 2026-01-01')

it('derives the posts again only when a file changes, and not at all once a build says nothing will', () => {
  const docs = tempDocs({ 'blog/posts/2026-01-01-one.md': first })
  const once = loadAllPosts(docs)
  expect(loadAllPosts(docs)).toBe(once) // nothing changed: the same list, not parsed and sorted again

  fs.writeFileSync(path.join(docs, 'blog/posts/2026-01-02-two.md'), post('title: 二つ目\ndate: 2026-01-02'))
  expect(loadAllPosts(docs).map((p) => p.title)).toEqual(['二つ目', '一つ目'])
  fs.writeFileSync(path.join(docs, 'blog/posts/2026-01-01-one.md'), post('title: 一つ目（改）\ndate: 2026-01-01'))
  expect(loadAllPosts(docs).map((p) => p.title)).toEqual(['二つ目', '一つ目（改）'])

  assumeSourcesUnchanged()
  const built = loadAllPosts(docs)
  fs.rmSync(path.join(docs, 'blog/posts/2026-01-02-two.md'))
  expect(loadAllPosts(docs)).toBe(built)
})
