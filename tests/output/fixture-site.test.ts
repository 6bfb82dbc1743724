import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadPosts } from '../../src/content/posts'
import { tagPath } from '../../src/tags'
import { attr, byTag, elements, fileFor, h1Text, htmlFiles, parseHtml, text } from '../support/dist'
import { DRAFT_MARKER, DRAFT_ONLY_TAG, FIXTURE_DIR, FIXTURE_DIST, MANY_COUNT, MANY_TAG, TITLE_HEADING_POST, WEIRD_TAGS, XSS_TITLE } from '../support/fixture'

// The site built with tests/support/fixture.ts posts (`npm run build:fixture`).
const page = (pathname: string) => {
  const file = fileFor(decodeURIComponent(pathname), FIXTURE_DIST)
  expect(file, `${pathname} is built`).not.toBeNull()
  return parseHtml(file!)
}

beforeAll(() => {
  expect(fs.existsSync(FIXTURE_DIST), 'run `npm run build:fixture` first').toBe(true)
})

describe('a draft leaves no trace', () => {
  it('appears in no file of the build: no page, list, tag, feed, search index, sitemap or hash map', () => {
    const files = fs.readdirSync(FIXTURE_DIST, { recursive: true, encoding: 'utf8' }) as string[]
    const leaks = files.filter((f) => {
      const file = path.join(FIXTURE_DIST, f)
      if (!fs.statSync(file).isFile()) return false
      const content = fs.readFileSync(file, 'utf8')
      return content.includes(DRAFT_MARKER) || content.includes(DRAFT_ONLY_TAG) || content.includes('2026-03-02-draft')
    })
    expect(files.length).toBeGreaterThan(100)
    expect(leaks).toEqual([])
  })

  it('does not count towards its tags', () => {
    const doc = page(tagPath(MANY_TAG))
    const description = elements(doc, (el) => el.name === 'meta' && attr(el, 'name') === 'description')[0]!
    expect(attr(description, 'content')).toContain(`（${MANY_COUNT}件）`)
    expect(fileFor(decodeURIComponent(tagPath(DRAFT_ONLY_TAG)), FIXTURE_DIST)).toBeNull()
  })
})

describe('tags of any spelling', () => {
  it.each(WEIRD_TAGS)('builds a page for %s at its URL', (tag) => {
    const doc = page(tagPath(tag))
    expect(h1Text(doc)).toBe(`タグ「${tag}」の記事`)
    const links = elements(doc, (el) => el.name === 'a' && attr(el, 'href') === '/blog/posts/2026-03-01-escaping')
    expect(links.length).toBeGreaterThan(0)
  })

  it('lists every tag with its count on /blog/tags/', () => {
    const doc = page('/blog/tags/')
    const items = elements(doc, (el) => el.name === 'a' && (attr(el, 'href') ?? '').startsWith('/blog/tags/') && attr(el, 'href') !== '/blog/tags/')
    const byHref = new Map(items.map((a) => [attr(a, 'href'), text(a)]))
    for (const tag of WEIRD_TAGS) expect(byHref.get(tagPath(tag))).toMatch(new RegExp(`^${tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\d+件$`))
    expect(byHref.get(tagPath(MANY_TAG))).toBe(`${MANY_TAG}${MANY_COUNT}件`)
  })
})

describe('pagination', () => {
  it('splits the blog into pages of 10, newest first', () => {
    const first = page('/blog/')
    const titles = (doc: ReturnType<typeof page>) => elements(doc, (el) => el.name === 'h2' && el.parent !== null && (el.parent as { name?: string }).name === 'article').map((h) => text(h))
    expect(titles(first)).toHaveLength(10)
    expect(titles(first)).toEqual(loadPosts(path.join(FIXTURE_DIR, 'docs')).slice(0, 10).map((p) => p.title))
    expect(titles(first)).toContain(XSS_TITLE)
    const total = htmlFiles(FIXTURE_DIST).filter((f) => /^blog\/posts\//.test(f)).length
    const pages = Math.ceil(total / 10)
    expect(titles(page(`/blog/page/${pages}`)).length).toBe(total - (pages - 1) * 10)
    expect(fileFor(`/blog/page/${pages + 1}`, FIXTURE_DIST)).toBeNull()
  })

  it('paginates a tag the same way', () => {
    const pages = Math.ceil(MANY_COUNT / 10)
    expect(fileFor(decodeURIComponent(tagPath(MANY_TAG, pages)), FIXTURE_DIST)).not.toBeNull()
    expect(fileFor(decodeURIComponent(tagPath(MANY_TAG, pages + 1)), FIXTURE_DIST)).toBeNull()
  })
})

describe('titles are text', () => {
  it('shows a title that looks like HTML as text in the page, its <title>, OGP and JSON-LD', () => {
    const doc = page('/blog/posts/2026-03-01-escaping')
    expect(h1Text(doc)).toBe(XSS_TITLE)
    expect(text(byTag(doc, 'title')[0]!)).toBe(`${XSS_TITLE} | ISMS Guide`)
    const og = elements(doc, (el) => el.name === 'meta' && attr(el, 'property') === 'og:title')[0]!
    expect(attr(og, 'content')).toBe(XSS_TITLE)
    const ld = JSON.parse(text(elements(doc, (el) => el.name === 'script' && attr(el, 'type') === 'application/ld+json')[0]!))
    expect(ld.headline).toBe(XSS_TITLE)
  })

  it('never turns a title or description into elements on any page', () => {
    for (const file of htmlFiles(FIXTURE_DIST)) {
      const doc = parseHtml(path.join(FIXTURE_DIST, file))
      const injected = elements(
        doc,
        (el) => (el.name === 'img' && attr(el, 'src') === 'x') || (el.name === 'script' && attr(el, 'type') !== 'application/ld+json' && text(el).includes('alert(')) || el.name === 'b'
      )
      expect(injected, file).toEqual([])
    }
  })
})

describe('a post whose body starts with its title', () => {
  it('builds and shows the title once', () => {
    const doc = parseHtml(fileFor('/blog/posts/2026-03-03-title-heading', FIXTURE_DIST)!)
    expect(elements(doc, (el) => el.name === 'h1').map((h) => text(h).replace(/\u200b/g, '').trim())).toEqual([TITLE_HEADING_POST.title])
    const feed = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIST, 'feed.json'), 'utf8'))
    const item = feed.items.find((i: { title: string }) => i.title === TITLE_HEADING_POST.title)
    expect(item.content_html).not.toContain('<h1')
  })
})
