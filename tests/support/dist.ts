import fs from 'node:fs'
import path from 'node:path'
import { parseDocument } from 'htmlparser2'
import { findAll, getAttributeValue, textContent } from 'domutils'
import type { Document, Element } from 'domhandler'
import { DOCS_DIR } from '../../src/paths'

/** The built site that `npm run build` writes. */
export const DIST = path.join(DOCS_DIR, '.vitepress/dist')

export function htmlFiles(dist = DIST): string[] {
  return (fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'))
    .sort()
}

/** `blog/tags/入門.html` → `/blog/tags/入門`, `requirements/index.html` → `/requirements/` */
export const pagePath = (file: string) => '/' + file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')

/** The file a static host serves for a decoded path, with clean URLs; null when there is none. */
export function fileFor(pathname: string, dist = DIST): string | null {
  const candidates = pathname.endsWith('/') ? [pathname + 'index.html'] : [pathname, pathname + '.html', pathname + '/index.html']
  for (const candidate of candidates) {
    const file = path.join(dist, candidate)
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file
  }
  return null
}

const cache = new Map<string, Document>()
export function parseHtml(file: string): Document {
  let doc = cache.get(file)
  if (!doc) cache.set(file, (doc = parseDocument(fs.readFileSync(file, 'utf8'))))
  return doc
}

export const elements = (doc: Document, test: (el: Element) => boolean) => findAll(test, doc.children)
export const attr = (el: Element, name: string) => getAttributeValue(el, name)
export const text = (el: Element | Document) => textContent(el)
export const byTag = (doc: Document, tag: string) => elements(doc, (el) => el.name === tag)

/** The visible h1 of a page. */
export const h1Text = (doc: Document) => text(byTag(doc, 'h1')[0]!).replace(/\u200b/g, '').trim()
