import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadReferencePages } from '../../src/content'
import { controlUrl } from '../../src/content/controls'
import { loadPosts } from '../../src/content/posts'
import { requirementUrl } from '../../src/content/requirements'
import { clauseById, controlById, controls } from '../../src/reference'
import { RELATIONS_HEADING } from '../../src/render/relations'
import { SITE, absoluteUrl } from '../../src/site'
import { tagPath } from '../../src/tags'
import { pageUrl } from '../../src/urls'
import { DIST, attr, byTag, elements, fileFor, h1Text, htmlFiles, pagePath, parseHtml, text } from '../support/dist'

const page = (pathname: string) => {
  const file = fileFor(decodeURIComponent(pathname))
  expect(file, `${pathname} is built`).not.toBeNull()
  return parseHtml(file!)
}
const linksIn = (doc: ReturnType<typeof page>) => elements(doc, (el) => el.name === 'a').map((a) => attr(a, 'href'))
const relationLinks = (doc: ReturnType<typeof page>) => {
  const section = elements(doc, (el) => el.name === 'div' && attr(el, 'class') === 'relations')[0]
  return section ? elements(section as never, (el) => el.name === 'a').map((a) => attr(a, 'href')!) : []
}

const { requirements, controls: controlPages, xref } = loadReferencePages()

const SUBCLAUSES = ['4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '6.1.1', '6.1.2', '6.1.3', '6.2', '6.3', '7.1', '7.2', '7.3', '7.4', '7.5.1', '7.5.2', '7.5.3', '8.1', '8.2', '8.3', '9.1', '9.2.1', '9.2.2', '9.3.1', '9.3.2', '9.3.3', '10.1', '10.2']
const GROUPS = ['6.1', '7.5', '9.2', '9.3']

describe('requirement pages', () => {
  it.each([...SUBCLAUSES, ...GROUPS])('%s exists with its number and title in the h1', (id) => {
    const doc = page(requirementUrl(id))
    expect(h1Text(doc)).toBe(`${id} ${clauseById.get(id)!.title_ja}`)
    expect(text(byTag(doc, 'title')[0]!)).toBe(`${id} ${clauseById.get(id)!.title_ja} | ${SITE.title}`)
  })

  it.each(GROUPS)('group %s links each of its subclauses', (id) => {
    const links = linksIn(page(requirementUrl(id)))
    for (const child of SUBCLAUSES.filter((c) => clauseById.get(c)!.parent === id)) expect(links).toContain(requirementUrl(child))
  })

  it('links every relation in frontmatter, both ways, where the page exists', () => {
    for (const r of requirements) {
      const links = relationLinks(page(r.url))
      for (const c of r.related.controls) {
        if (!controlPages.some((p) => p.id === c)) continue
        expect(links, `${r.id} → ${c}`).toContain(controlUrl(c))
        expect(relationLinks(page(controlUrl(c))), `${c} ← ${r.id}`).toContain(r.url)
      }
    }
  })

  it('maps every clause and lists the required documented information on /requirements/', () => {
    const doc = page('/requirements/')
    const links = linksIn(doc)
    for (const r of requirements) expect(links).toContain(r.url)
    const table = elements(doc, (el) => el.name === 'table' && attr(el, 'class') === 'documents')[0]!
    const rows = elements(table as never, (el) => el.name === 'tr').length - 1
    expect(rows).toBe(requirements.reduce((n, r) => n + r.documentedInformation.length, 0))
  })
})

describe('control pages', () => {
  it.each(controlPages.map((c) => c.id))('%s has its h1, facts box and relations', (id) => {
    const doc = page(controlUrl(id))
    const ref = controlById.get(id)!
    expect(h1Text(doc)).toBe(`${id} ${ref.title_ja}`)
    const facts = text(elements(doc, (el) => attr(el, 'class') === 'facts')[0]!)
    expect(facts).toContain(ref.new_in_2022 ? '2022年版で新設' : ref.iso27001_2013[0]!)
    const content = elements(doc, (el) => (attr(el, 'class') ?? '').split(' ').includes('vp-doc'))[0]!
    const headings = elements(content as never, (el) => el.name === 'h2').map((h) => text(h).replace(/\u200b/g, '').trim())
    expect(headings).toEqual(['目的', '要求されていること', '実装の選択肢', 'どこまでやればよいか', '審査で確認される証拠の例', 'よくある誤解', RELATIONS_HEADING])
  })

  it('all 93 controls appear in the explorer, linked where a page exists', () => {
    const explorer = elements(page('/controls/'), (el) => attr(el, 'id') === 'controls-explorer')[0]!
    const rows = elements(explorer as never, (el) => 'data-control' in el.attribs)
    expect(rows.map((r) => attr(r, 'data-control'))).toEqual(controls.map((c) => c.id))
    const links = elements(explorer as never, (el) => el.name === 'a').map((a) => attr(a, 'href'))
    for (const c of controlPages) expect(links).toContain(controlUrl(c.id))
  })

  it('shows pending relations as text, without links', () => {
    for (const { file, ref } of xref.pending) {
      const from = page(pagePath(file.replace(/\.md$/, '.html')))
      const spans = elements(from, (el) => el.name === 'span' && text(el) === ref.title)
      expect(spans.length, `${file}: ${ref.title}`).toBeGreaterThan(0)
    }
  })
})

describe('blog', () => {
  const posts = loadPosts()

  it('builds every post with its meta, tags and JSON-LD', () => {
    for (const post of posts) {
      const doc = page(post.url)
      expect(h1Text(doc)).toBe(post.title)
      const meta = text(elements(doc, (el) => attr(el, 'class') === 'post-meta')[0]!)
      expect(meta).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日/)
      expect(meta).toContain(post.author)
      expect(meta).toMatch(/約\d+分で読めます/)
      for (const tag of post.tags) expect(linksIn(doc)).toContain(tagPath(tag))
      const og = elements(doc, (el) => el.name === 'meta' && attr(el, 'property') === 'og:type')[0]!
      expect(attr(og, 'content')).toBe('article')
      const ld = JSON.parse(text(elements(doc, (el) => attr(el, 'type') === 'application/ld+json')[0]!))
      expect(ld).toMatchObject({ '@type': 'BlogPosting', headline: post.title, url: absoluteUrl(post.url) })
    }
  })

  it('builds a page for every tag', () => {
    for (const tag of new Set(posts.flatMap((p) => p.tags))) expect(h1Text(page(tagPath(tag)))).toBe(`タグ「${tag}」の記事`)
  })
})

describe('every page', () => {
  const files = htmlFiles().filter((f) => f !== '404.html')

  it('has a canonical link and OGP/Twitter meta for its own URL', () => {
    for (const file of files) {
      const doc = parseHtml(path.join(DIST, file))
      const canonical = elements(doc, (el) => el.name === 'link' && attr(el, 'rel') === 'canonical')[0]
      expect(canonical && attr(canonical, 'href'), file).toBe(absoluteUrl(encodeURI(pagePath(file))))
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type']) {
        expect(elements(doc, (el) => attr(el, 'property') === property), `${file} ${property}`).toHaveLength(1)
      }
      expect(elements(doc, (el) => attr(el, 'name') === 'twitter:card')).toHaveLength(1)
    }
  })

  it('is in the sitemap, and robots.txt points to it', () => {
    const sitemap = fs.readFileSync(path.join(DIST, 'sitemap.xml'), 'utf8')
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    for (const file of files) expect(urls, file).toContain(absoluteUrl(encodeURI(pagePath(file))))
    expect(fs.readFileSync(path.join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${absoluteUrl('/sitemap.xml')}`)
  })

  it('dates each page in the sitemap and on the page by its file’s last commit', () => {
    const sitemap = fs.readFileSync(path.join(DIST, 'sitemap.xml'), 'utf8')
    for (const file of ['requirements/6-1-2.md', 'controls/a-8-8.md', 'index.md']) {
      const committed = new Date(execFileSync('git', ['log', '-1', '--format=%aI', '--', `docs/${file}`], { encoding: 'utf8' }).trim()).toISOString()
      const url = absoluteUrl(encodeURI(pagePath(file.replace(/\.md$/, '.html'))))
      expect(sitemap, file).toContain(`<loc>${url}</loc><lastmod>${committed}</lastmod>`)
      if (file !== 'index.md') expect(attr(elements(page(pageUrl(file)), (el) => el.name === 'time' && (attr(el, 'datetime') ?? '').includes('T'))[0]!, 'datetime'), file).toBe(committed)
    }
  })

  it('speaks Japanese: lang attribute, and no English label in text, aria-label or title', () => {
    const english = /^(Skip to content|On this page|Return to top|Menu|mobile navigation|extra navigation|toggle section|Previous page|Next page|Last updated|Edit this page|Appearance|Switch to (dark|light) theme|Search|Change language)$|Permalink to/
    for (const file of htmlFiles()) {
      const doc = parseHtml(path.join(DIST, file))
      expect(attr(byTag(doc, 'html')[0]!, 'lang'), file).toBe('ja-JP')
      const labels = elements(doc, () => true).flatMap((el) => [attr(el, 'aria-label'), attr(el, 'title')])
      const texts = elements(doc, (el) => el.name !== 'script' && el.name !== 'style').flatMap((el) =>
        el.children.filter((c) => c.type === 'text').map((c) => (c as unknown as { data: string }).data.trim())
      )
      expect([...labels, ...texts].filter((v) => v && english.test(v)), file).toEqual([])
    }
  })
})
