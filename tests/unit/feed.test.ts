import { describe, expect, it } from 'vitest'
import type { Post } from '../../src/content/posts'
import { buildFeeds, type FeedPost } from '../../src/feed'

const post = (over: Partial<Post>): FeedPost => ({
  file: 'blog/posts/2026-01-28-a.md',
  url: '/blog/posts/2026-01-28-a',
  title: 'タイトル',
  date: '2026-01-28',
  author: 'ISMS Guide Team',
  description: '説明',
  tags: ['入門'],
  published: true,
  readingMinutes: 3,
  html: '<p>本文</p>',
  ...over
})

describe('feed builder', () => {
  const posts = [post({ title: '<b>太字</b> & 記事', description: '<img src=x>' }), post({ url: '/blog/posts/2026-01-27-b', date: '2026-01-27', title: '前の記事' })]
  const feeds = buildFeeds(posts)

  it('writes the same bytes for the same posts', () => {
    expect(buildFeeds(posts)).toEqual(feeds)
  })

  it('dates the feed and its items from the posts, in Tokyo', () => {
    expect(feeds.atom).toContain('<updated>2026-01-27T15:00:00.000Z</updated>')
    expect(feeds.rss).toContain('<pubDate>Tue, 27 Jan 2026 15:00:00 GMT</pubDate>')
  })

  it('keeps titles and descriptions as text in every format', () => {
    expect(feeds.rss).toContain('<title><![CDATA[<b>太字</b> & 記事]]></title>')
    expect(feeds.rss).toContain('<description><![CDATA[&lt;img src=x&gt;]]></description>')
    expect(feeds.atom).toContain('<title type="html"><![CDATA[&lt;b&gt;太字&lt;/b&gt; &amp; 記事]]></title>')
    const json = JSON.parse(feeds.json)
    expect(json.items[0]).toMatchObject({ title: '<b>太字</b> & 記事', summary: '<img src=x>', content_html: '<p>本文</p>' })
  })

  it('writes JSON Feed 1.1 with the language and authors', () => {
    const json = JSON.parse(feeds.json)
    expect(json).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', language: 'ja' })
    expect(json.authors).toHaveLength(1)
    expect(json.items[1].authors).toEqual([{ name: 'ISMS Guide Team' }])
    expect(json).not.toHaveProperty('author')
  })

  it('writes RSS 2.0 in Japanese with a self link', () => {
    expect(feeds.rss).toContain('<language>ja</language>')
    expect(feeds.rss).toMatch(/<atom:link href="https:\/\/[^"]+\/feed\.xml" rel="self" type="application\/rss\+xml"\/>/)
  })
})

describe('feeds that survive any string', () => {
  const nasty = ['A<B', 'R&D', '"引用"と\'単引用\'', '🎉絵文字', 'x]]>y', '<script>alert(1)</script>']
  const posts = [post({ title: nasty.join(' '), description: nasty.join(' / '), tags: nasty, author: 'A&B <c>' })]
  const feeds = buildFeeds(posts)

  it.each(['rss', 'atom'] as const)('%s parses in a feed reader with every title, summary and tag intact', async (format) => {
    const { parseFeed } = await import('@rowanmanning/feed-parser')
    const feed = parseFeed(feeds[format])
    const [item] = feed.items
    expect(item!.title).toBe(nasty.join(' '))
    expect(item!.description).toBe(nasty.join(' / '))
    expect(item!.categories.map((c) => c.label ?? c.term)).toEqual(nasty)
    expect(feed.language).toBe('ja')
  })

  it('JSON Feed keeps them as plain strings', () => {
    const json = JSON.parse(feeds.json)
    expect(json.items[0]).toMatchObject({ title: nasty.join(' '), summary: nasty.join(' / '), tags: nasty })
  })
})
