import { describe, expect, it } from 'vitest'
import { checkLinks } from '../support/links'
import { tempDocs } from '../support/temp-docs'

const page = (body: string) => `<!doctype html><html lang="ja"><head><title>t</title></head><body>${body}</body></html>`

describe('link checker', () => {
  it('resolves clean URLs, percent-encoded paths and fragments exactly as a browser does', () => {
    const dist = tempDocs({
      'index.html': page('<a href="/blog/tags/%E5%85%A5%E9%96%80">tag</a><a href="/requirements/6-1-2#%E7%9B%AE%E7%9A%84">anchor</a><a href="/requirements/">dir</a>'),
      'blog/tags/入門.html': page('<h1 id="top">入門</h1>'),
      'requirements/6-1-2.html': page('<h2 id="目的">目的</h2>'),
      'requirements/index.html': page('<a href="#">top</a><a href="https://example.com/">ext</a>')
    })
    const report = checkLinks(dist)
    expect(report.broken).toEqual([])
    expect([...report.external.keys()]).toEqual(['https://example.com/'])
  })

  it('names the page and the link of a dead link or a missing anchor', () => {
    const dist = tempDocs({
      'index.html': page('<a href="/nowhere">x</a><a href="/a#missing">y</a>'),
      'a.html': page('<h2 id="present">p</h2>')
    })
    expect(checkLinks(dist).broken).toEqual([
      '/ → /nowhere: no such page',
      '/ → /a#missing: no element with id "missing" on /a'
    ])
  })

  it('does not treat composed and decomposed kana as the same id', () => {
    const decomposed = 'バックアップ'.normalize('NFD')
    const dist = tempDocs({
      'index.html': page(`<a href="/a#${encodeURIComponent('バックアップ')}">x</a>`),
      'a.html': page(`<h2 id="${decomposed}">バックアップ</h2>`)
    })
    expect(checkLinks(dist).broken).toHaveLength(1)
  })
})
