import { pageUrl } from '../urls'
import type { SearchDocument } from './build-index'
import { htmlSections } from './sections'

export interface RenderedPage {
  relativePath: string
  html: string
  frontmatter: Record<string, any>
}

/**
 * The home page's hero and features live in frontmatter, which its Markdown never shows; they
 * become the page's first section, so that the home page is found like any other page.
 */
function homeSection(url: string, { hero = {}, features = [] }: Record<string, any>): SearchDocument {
  const details = features.map((f: Record<string, string>) => `${f.title}：${f.details}`)
  return { id: url, title: `${hero.name}：${hero.text}`, titles: [], text: [hero.tagline, ...details].join(' '), aliases: '' }
}

/**
 * The search documents of rendered pages, in URL order: each page's sections, its aliases
 * (frontmatter words for its topic) on its first section. Pages marked `search: false` are left out.
 */
export function searchDocuments(pages: Iterable<RenderedPage>, aliases: Map<string, string>): SearchDocument[] {
  const documents: SearchDocument[] = []
  const byUrl = [...pages].map((page) => [pageUrl(page.relativePath), page] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  for (const [url, { html, frontmatter }] of byUrl) {
    if (frontmatter.search === false) continue
    const sections = htmlSections(url, html).map((s) => ({ ...s, aliases: '' }))
    if (frontmatter.layout === 'home') sections.unshift(homeSection(url, frontmatter))
    if (sections[0]) sections[0].aliases = aliases.get(url) ?? ''
    documents.push(...sections)
  }
  return documents
}
