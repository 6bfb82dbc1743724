import { describe, expect, it } from 'vitest'
import { neighbours, relatedPosts } from '../../src/blog'
import { draftFiles, loadAllPosts, loadPosts, postOf } from '../../src/content/posts'
import { post, tempDocs } from '../support/temp-docs'

const FILE = 'blog/posts/2026-01-28-sample.md'
const load = (frontmatter: string, body?: string) => loadAllPosts(tempDocs({ [FILE]: post(frontmatter, body) }))

describe('post frontmatter', () => {
  it('reads a valid post with defaults', () => {
    const [p] = load('title: ISMSとは何か\ndate: 2026-01-28')
    expect(p).toMatchObject({
      title: 'ISMSとは何か',
      date: '2026-01-28',
      author: 'ISMS Guide Team',
      tags: [],
      published: true,
      url: '/blog/posts/2026-01-28-sample'
    })
  })

  it('keeps VitePress keys such as layout, sidebar and outline', () => {
    expect(load('title: t\ndate: 2026-01-28\noutline: deep\nsidebar: false\nlayout: doc')).toHaveLength(1)
  })

  const bad: [string, string, RegExp][] = [
    ['missing title', 'date: 2026-01-28', /2026-01-28-sample\.md: frontmatter "title": expected a title/],
    ['empty title', 'title: ""\ndate: 2026-01-28', /"title": expected a title, got an empty value/],
    ['missing date', 'title: t', /"date": expected a date written YYYY-MM-DD/],
    ['impossible date', 'title: t\ndate: 2026-02-30', /"date": expected a real calendar date .* got "2026-02-30"/],
    ['date with time', 'title: t\ndate: 2026-01-28T10:00', /"date": expected a real calendar date/],
    ['tags as a string', 'title: t\ndate: 2026-01-28\ntags: 入門', /"tags": expected a list of tags/],
    ['empty tag', 'title: t\ndate: 2026-01-28\ntags: [入門, ""]', /"tags\.1": expected a tag, got an empty value/],
    ['numeric tag', 'title: t\ndate: 2026-01-28\ntags: [27001]', /"tags\.0": expected a tag/],
    ['duplicate tag', 'title: t\ndate: 2026-01-28\ntags: [入門, 入門]', /"tags": expected each tag once/],
    ['published as a string', 'title: t\ndate: 2026-01-28\npublished: "false"', /"published": expected true or false/],
    ['published as yes', 'title: t\ndate: 2026-01-28\npublished: no', /"published": expected true or false/],
    ['misspelt key', 'title: t\ndate: 2026-01-28\npublshed: false', /unknown field "publshed"/],
    ['broken YAML', 'title: [unclosed\ndate: 2026-01-28', /2026-01-28-sample\.md: frontmatter is not valid YAML/]
  ]
  it.each(bad)('rejects %s, naming the file and the field', (_, frontmatter, message) => {
    expect(() => load(frontmatter)).toThrow(message)
  })

  it('rejects a first-level heading other than the title, naming the file', () => {
    expect(() => load('title: t\ndate: 2026-01-28', '# 見出し\n\n本文')).toThrow(/2026-01-28-sample\.md: .*title comes from frontmatter.*found "# 見出し"/)
    expect(() => load('title: t\ndate: 2026-01-28', '# t\n\n本文\n\n# t')).toThrow(/found "# t"/)
  })

  it('accepts a body that starts with "# " and exactly its title', () => {
    const [p] = load('title: ISMSとは何か\ndate: 2026-01-28', '# ISMSとは何か\n\n## 概要\n\n本文')
    expect(p!.title).toBe('ISMSとは何か')
  })

  it('rejects a file name that is not YYYY-MM-DD-slug.md', () => {
    const docs = tempDocs({ 'blog/posts/My Post.md': post('title: t\ndate: 2026-01-28') })
    expect(() => loadAllPosts(docs)).toThrow(/My Post\.md: a post's file name must be YYYY-MM-DD-slug\.md/)
  })
})

describe('post loader', () => {
  const docs = tempDocs({
    'blog/posts/2026-01-26-a.md': post('title: A\ndate: 2026-01-26\ntags: [入門]'),
    'blog/posts/2026-01-28-c.md': post('title: C\ndate: 2026-01-28'),
    'blog/posts/2026-01-27-b.md': post('title: B\ndate: 2026-01-27\npublished: false\ntags: [下書きだけ]')
  })

  it('sorts newest first and keeps drafts out of the published list', () => {
    expect(loadAllPosts(docs).map((p) => p.title)).toEqual(['C', 'B', 'A'])
    expect(loadPosts(docs).map((p) => p.title)).toEqual(['C', 'A'])
  })

  it('lists drafts for srcExclude', () => {
    expect(draftFiles(docs)).toEqual(['blog/posts/2026-01-27-b.md'])
  })

  it('computes reading time from the body', () => {
    const long = 'あ'.repeat(1600)
    const [p] = loadAllPosts(tempDocs({ [FILE]: post('title: t\ndate: 2026-01-28', long) }))
    expect(p!.readingMinutes).toBe(3)
  })
})

describe('a post’s neighbours and related posts', () => {
  const docs = tempDocs({
    'blog/posts/2026-01-05-e.md': post('title: E\ndate: 2026-01-05\ntags: [a, b]'),
    'blog/posts/2026-01-04-d.md': post('title: D\ndate: 2026-01-04\ntags: [a]'),
    'blog/posts/2026-01-03-c.md': post('title: C\ndate: 2026-01-03\ntags: [a, b]'),
    'blog/posts/2026-01-02-b.md': post('title: B\ndate: 2026-01-02\ntags: [c]'),
    'blog/posts/2026-01-01-a.md': post('title: A\ndate: 2026-01-01\ntags: [b]')
  })
  const posts = loadPosts(docs)
  const titled = (title: string) => posts.find((p) => p.title === title)!

  it('are the next newer and older posts', () => {
    expect(neighbours(posts, titled('C'))).toEqual({ newer: titled('D'), older: titled('B') })
    expect(neighbours(posts, titled('E'))).toEqual({ newer: null, older: titled('D') })
    expect(postOf(posts, 'blog/posts/2026-01-01-a.md')).toBe(titled('A'))
  })

  it('relates the posts sharing the most tags, newest first among equals, never the post itself', () => {
    expect(relatedPosts(posts, titled('E')).map((p) => p.title)).toEqual(['C', 'D', 'A'])
    expect(relatedPosts(posts, titled('A')).map((p) => p.title)).toEqual(['E', 'C'])
    expect(relatedPosts(posts, titled('B'))).toEqual([])
    expect(relatedPosts(posts, titled('E'), 1).map((p) => p.title)).toEqual(['C'])
  })
})
