import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { DIST, attr, elements, fileFor, parseHtml } from './dist'

/** One page of each kind the site has. */
export const PAGE_KINDS: Record<string, string> = {
  home: '/',
  'blog index': '/blog/',
  'tag page': '/blog/tags/%E5%85%A5%E9%96%80',
  post: '/blog/posts/2026-01-28-what-is-isms',
  requirement: '/requirements/6-1-2',
  'requirements overview': '/requirements/',
  control: '/controls/a-5-1',
  'controls overview': '/controls/',
  template: '/isms/manual/isms-manual',
  'template catalogue': '/isms/',
  'statement of applicability': '/isms/soa/statement-of-applicability',
  'self-check': '/self-check/',
  glossary: '/glossary/',
  '404': '/404.html'
}

export interface PageWeight {
  html: number
  js: number
  css: number
}

const gzip = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length

// Static imports in Rollup's output: `import{a}from"./x.js"` or `import"./x.js"` (not `import("./x.js")`).
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g

/** A module and everything it imports statically: what the browser fetches before it runs. */
function withStaticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
    withStaticImports(path.resolve(path.dirname(file), spec!), seen)
  }
  return seen
}

/** The HTML file of a page and the JS and CSS files it loads at once (not what it imports later). */
export function initialFiles(pathname: string, dist = DIST) {
  const file = fileFor(decodeURIComponent(pathname), dist)!
  const doc = parseHtml(file)
  const asset = (href: string) => path.join(dist, href)
  const js = new Set<string>()
  for (const el of elements(doc, (el) => (el.name === 'script' && 'src' in el.attribs) || (el.name === 'link' && attr(el, 'rel') === 'modulepreload'))) {
    withStaticImports(asset(attr(el, 'src') ?? attr(el, 'href')!), js)
  }
  const css = new Set(
    elements(doc, (el) => el.name === 'link' && /\bstylesheet\b/.test(attr(el, 'rel') ?? '')).map((el) => asset(attr(el, 'href')!))
  )
  return { html: file, js, css }
}

/** Gzip bytes of a page's HTML and of the JS and CSS it loads at once. */
export function pageWeight(pathname: string, dist = DIST): PageWeight {
  const { html, js, css } = initialFiles(pathname, dist)
  const sum = (files: Set<string>) => [...files].reduce((n, f) => n + gzip(f), 0)
  return { html: gzip(html), js: sum(js), css: sum(css) }
}
