import fs from 'node:fs'
import path from 'node:path'
import { parseDocument } from 'htmlparser2'
import { findAll, getAttributeValue, textContent } from 'domutils'
import type { Element } from 'domhandler'
import { describe, expect, it } from 'vitest'
import { loadPosts } from '../../src/content/posts'
import { tokyoMidnight } from '../../src/dates'
import { SITE, absoluteUrl } from '../../src/site'
import { DIST, attr, elements, fileFor, htmlFiles, parseHtml } from '../support/dist'
import { FIXTURE_DIR, FIXTURE_DIST, XSS_TITLE } from '../support/fixture'

const decodeHtml = (html: string) => textContent(parseDocument(html).children)

function readFeeds(dist: string) {
  const xml = (file: string) => parseDocument(fs.readFileSync(path.join(dist, file), 'utf8'), { xmlMode: true })
  const all = (doc: ReturnType<typeof xml>, name: string) => findAll((el) => el.name === name, doc.children)
  return {
    rss: xml('feed.xml'),
    atom: xml('atom.xml'),
    json: JSON.parse(fs.readFileSync(path.join(dist, 'feed.json'), 'utf8')),
    all
  }
}

describe.each([
  ['the site', DIST, undefined],
  ['the fixture site', FIXTURE_DIST, path.join(FIXTURE_DIR, 'docs')]
])('feeds of %s', (_, dist, docsDir) => {
  const posts = loadPosts(docsDir)
  const { rss, atom, json, all } = readFeeds(dist)
  const child = (el: Element, name: string) => el.children.find((c): c is Element => (c as Element).name === name)!

  it('RSS 2.0 lists every published post, newest first, with absolute links', () => {
    const channel = all(rss, 'channel')[0]!
    expect(textContent(child(channel, 'language'))).toBe('ja')
    const self = all(rss, 'atom:link').find((l) => getAttributeValue(l, 'rel') === 'self')!
    expect(getAttributeValue(self, 'href')).toBe(absoluteUrl('/feed.xml'))
    const items = all(rss, 'item')
    expect(items.map((i) => textContent(child(i, 'title')))).toEqual(posts.map((p) => p.title))
    for (const [i, item] of items.entries()) {
      const link = textContent(child(item, 'link'))
      expect(link).toBe(absoluteUrl(posts[i]!.url))
      expect(fileFor(decodeURIComponent(new URL(link).pathname), dist), link).not.toBeNull()
      expect(new Date(textContent(child(item, 'pubDate'))).getTime()).toBe(tokyoMidnight(posts[i]!.date).getTime())
    }
  })

  it('Atom lists the same posts, titles escaped as HTML text', () => {
    const entries = all(atom, 'entry')
    expect(entries.map((e) => decodeHtml(textContent(child(e, 'title'))))).toEqual(posts.map((p) => p.title))
    const self = all(atom, 'link').find((l) => getAttributeValue(l, 'rel') === 'self')!
    expect(getAttributeValue(self, 'href')).toBe(absoluteUrl('/atom.xml'))
    expect(textContent(all(atom, 'updated')[0]!)).toBe(tokyoMidnight(posts[0]!.date).toISOString())
  })

  it.each(['feed.xml', 'atom.xml'])('%s is well-formed for a feed reader, with every title and tag intact and the language', async (file) => {
    const { parseFeed } = await import('@rowanmanning/feed-parser')
    const feed = parseFeed(fs.readFileSync(path.join(dist, file), 'utf8'))
    expect(feed.language).toBe('ja')
    expect(feed.items.map((i) => i.title)).toEqual(posts.map((p) => p.title))
    expect(feed.items.map((i) => i.categories.map((c) => c.label ?? c.term))).toEqual(posts.map((p) => p.tags))
  })

  it('JSON Feed 1.1 lists the same posts', () => {
    expect(json.version).toBe('https://jsonfeed.org/version/1.1')
    expect(json.language).toBe('ja')
    expect(json.feed_url).toBe(absoluteUrl('/feed.json'))
    expect(json.items.map((i: { title: string }) => i.title)).toEqual(posts.map((p) => p.title))
    expect(json.items[0].authors[0].name).toBe(posts[0]!.author)
    expect(json.items[0].content_html).not.toContain('href="/')
  })

  it('is announced in the head of every page', () => {
    for (const file of htmlFiles(dist)) {
      const alternates = elements(parseHtml(path.join(dist, file)), (el) => el.name === 'link' && attr(el, 'rel') === 'alternate')
      expect(alternates.map((el) => attr(el, 'href')), file).toEqual(['/feed.xml', '/atom.xml', '/feed.json'])
    }
  })
})

it('keeps an HTML-looking title as text in every feed', () => {
  const { rss, atom, json, all } = readFeeds(FIXTURE_DIST)
  expect(all(rss, 'title').map((t) => textContent(t))).toContain(XSS_TITLE)
  expect(all(atom, 'title').map((t) => decodeHtml(textContent(t)))).toContain(XSS_TITLE)
  expect(json.items.map((i: { title: string }) => i.title)).toContain(XSS_TITLE)
  expect(SITE.url).toMatch(/^https:\/\//)
})
