import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadReferencePages } from '../../src/content'
import { templateCatalog } from '../../src/content/relations'
import { REQUIRED_DOCUMENTED_INFORMATION } from '../../src/content/requirements'
import { controls } from '../../src/reference'
import { RELATIONS_HEADING } from '../../src/render/relations'
import { absoluteUrl } from '../../src/site'
import { PLACEHOLDER_NAMES } from '../../src/templates/placeholders'
import { controlUrl, requirementUrl, templateDownloadPath } from '../../src/urls'
import { DIST, attr, elements, fileFor, h1Text, parseHtml, text } from '../support/dist'

const { templates, requirements } = loadReferencePages()
const page = (pathname: string) => {
  const file = fileFor(pathname)
  expect(file, `${pathname} is built`).not.toBeNull()
  return parseHtml(file!)
}
const content = (pathname: string) => elements(page(pathname), (el) => (attr(el, 'class') ?? '').split(' ').includes('vp-doc'))[0]!
const byClass = (root: ReturnType<typeof content>, name: string) =>
  elements(root as never, (el) => (attr(el, 'class') ?? '').split(' ').includes(name))
const headings = (root: ReturnType<typeof content>, tag: string) =>
  elements(root as never, (el) => el.name === tag).map((h) => text(h).replace(/\u200b/g, '').trim())
const download = (id: string) => fs.readFileSync(path.join(DIST, templateDownloadPath(id)), 'utf8')

describe('template pages', () => {
  it('every template in the catalogue has a page', () => {
    expect(templates.map((t) => t.id).sort()).toEqual([...templateCatalog.keys()].sort())
  })

  it.each(templates.map((t) => t.id))('%s: title, facts, document control, guidance marked, relations', (id) => {
    const t = templates.find((p) => p.id === id)!
    const main = content(t.url)
    expect(h1Text(page(t.url))).toBe(t.title)
    expect(byClass(main, 'facts')).toHaveLength(1)
    const h2 = headings(main, 'h2')
    expect(h2.at(-1)).toBe(RELATIONS_HEADING)
    expect(h2.at(-2), 'the document ends with its revision history').toMatch(/改訂履歴$/)
    const guides = byClass(main, 'guide')
    expect(guides.length, 'writer guidance is shown as marked notes').toBeGreaterThan(0)
    for (const guide of guides) expect(text(guide).trim()).toMatch(/^作成の手引き/)
    // Every placeholder on the page is one of the shared list.
    const marks = elements(main as never, (el) => el.name === 'mark' && attr(el, 'class') === 'placeholder').map((m) => text(m).slice(2, -2))
    for (const name of marks) expect(PLACEHOLDER_NAMES.has(name), `{{${name}}}`).toBe(true)
    for (const name of ['版数', '承認者', '発効日']) expect(marks, `document control: ${name}`).toContain(name)
  })

  it.each(templates.filter((t) => t.kind === 'register' || t.kind === 'record').map((t) => t.id))(
    '%s: tables with at least two 記入例 rows',
    (id) => {
      const rows = elements(content(templates.find((t) => t.id === id)!.url) as never, (el) => el.name === 'tr')
      const examples = rows.filter((row) => /^記入例/.test(text(elements(row as never, (el) => el.name === 'td')[0] ?? row).trim()))
      expect(examples.length).toBeGreaterThanOrEqual(2)
    }
  )

  it.each(templates.map((t) => t.id))('%s: the Markdown download has the document without the guidance', (id) => {
    const t = templates.find((p) => p.id === id)!
    const md = download(id)
    expect(md.startsWith(`# ${t.title}\n`)).toBe(true)
    expect(md).not.toMatch(/^:::/m)
    expect(md).not.toContain('textlint')
    expect(md).toMatch(/\| 版数 \| \{\{版数\}\} \|/)
    expect(md).toMatch(/^## .*改訂履歴$/m)
    for (const guide of byClass(content(t.url), 'guide')) {
      const sentence = text(guide).split('\n').map((line) => line.trim()).find((line) => line.length > 20 && !line.includes('{{'))
      if (sentence) expect(md).not.toContain(sentence)
    }
    for (const [, url] of md.matchAll(/\]\(([^)]+)\)/g)) expect(url, 'links in downloads are absolute').toMatch(/^https:\/\//)
    // The document's own text (headings and table markup aside) is at least 1,200 characters.
    const body = md.replace(/^#.*$/gm, '').replace(/[|\s-]/g, '')
    expect(body.length).toBeGreaterThanOrEqual(1200)
  })

  it('the page of a template links it back from the requirements and controls it serves', () => {
    for (const t of templates) {
      const relations = byClass(content(t.url), 'relations')[0]
      const links = relations ? elements(relations as never, (el) => el.name === 'a').map((a) => attr(a, 'href')) : []
      for (const id of t.related.requirements) expect(links, `${t.id} → ${id}`).toContain(requirementUrl(id))
      for (const id of t.related.controls) expect(links, `${t.id} → ${id}`).toContain(controlUrl(id))
    }
  })
})

describe('the catalogue /isms/', () => {
  it('lists every template under the group it sits in', () => {
    const main = content('/isms/')
    const links = elements(main as never, (el) => el.name === 'a').map((a) => attr(a, 'href'))
    for (const t of templates) expect(links).toContain(t.url)
    expect(headings(main, 'h3')).toEqual(expect.arrayContaining(['組織の状況と適用範囲', '計画とリスク', 'パフォーマンス評価', '附属書Aの管理策']))
  })

  it('maps every piece of documented information the standard requires to a template page', () => {
    const table = elements(content('/isms/') as never, (el) => el.name === 'table').at(-1)!
    const rows = elements(table as never, (el) => el.name === 'tr').slice(1)
    const clauses = new Set(rows.map((row) => text(elements(row as never, (el) => el.name === 'td')[0]!)))
    expect([...clauses].sort()).toEqual([...REQUIRED_DOCUMENTED_INFORMATION.keys()].sort())
    for (const row of rows) {
      const [clause, , , template] = elements(row as never, (el) => el.name === 'td')
      expect(attr(elements(clause as never, (el) => el.name === 'a')[0]!, 'href')).toBe(requirementUrl(text(clause!)))
      const href = attr(elements(template as never, (el) => el.name === 'a')[0]!, 'href')!
      expect(templates.map((t) => t.url)).toContain(href)
    }
    expect(rows).toHaveLength(requirements.reduce((n, r) => n + r.documentedInformation.length, 0))
  })
})

describe('the statement of applicability', () => {
  it('has one row per control, generated from the control data and linking each control page', () => {
    const main = content('/isms/soa/statement-of-applicability')
    const links = elements(main as never, (el) => el.name === 'a').map((a) => attr(a, 'href'))
    for (const c of controls) expect(links, c.id).toContain(controlUrl(c.id))
    const soaRows = elements(main as never, (el) => el.name === 'tr').filter((row) =>
      /^\d+\.\d+ /.test(text(elements(row as never, (el) => el.name === 'td')[0] ?? row))
    )
    expect(soaRows).toHaveLength(93)
    const md = download('soa/statement-of-applicability')
    for (const c of controls) expect(md).toContain(`[${c.id} ${c.title_ja}](${absoluteUrl(controlUrl(c.id))})`)
  })
})
