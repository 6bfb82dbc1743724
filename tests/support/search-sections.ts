import fs from 'node:fs'
import path from 'node:path'
import { createMarkdownRenderer } from 'vitepress'
import { search } from '../../docs/.vitepress/config/search'
import { markdown } from '../../docs/.vitepress/config/markdown'
import { DOCS_DIR } from '../../src/paths'
import { pageUrl } from '../../src/urls'
import { DIST, htmlFiles } from './dist'

export interface Section {
  id: string
  title: string
  titles: string[]
  text: string
}

const HEADING = /<h(\d*).*?>(.*?<a.*? href="#.*?".*?>.*?<\/a>)<\/h\1>/gi
const HEADING_CONTENT = /(.*?)<a.*? href="#(.*?)".*?>.*?<\/a>/i
const stripTags = (html: string) => html.replace(/<[^>]*>/g, '')

/**
 * The documents VitePress's local search indexes: every built page rendered by the site's own
 * `_render`, cut into sections at headings with anchors, as VitePress 1.6 cuts them.
 */
export async function searchSections(): Promise<Section[]> {
  const md = await createMarkdownRenderer(DOCS_DIR, markdown, '/')
  const options = search!.provider === 'local' ? search!.options! : {}
  const sections: Section[] = []
  for (const file of htmlFiles(DIST)) {
    const source = path.join(DOCS_DIR, file.replace(/\.html$/, '.md'))
    if (!fs.existsSync(source)) continue
    const relativePath = path.relative(DOCS_DIR, source).split(path.sep).join('/')
    const html = await options._render!(fs.readFileSync(source, 'utf8'), { path: source, relativePath, cleanUrls: true }, md as never)
    const id = pageUrl(relativePath)
    const parts = html.split(HEADING)
    parts.shift()
    let parents: string[] = []
    for (let i = 0; i < parts.length; i += 3) {
      const level = parseInt(parts[i]!) - 1
      const heading = HEADING_CONTENT.exec(parts[i + 1]!)
      const title = stripTags(heading?.[1] ?? '').trim()
      const content = parts[i + 2]
      if (!title || !content) continue
      const titles = [...parents.slice(0, level), title].filter(Boolean)
      sections.push({ id: heading?.[2] ? `${id}#${heading[2]}` : id, title, titles: titles.slice(0, -1), text: stripTags(content) })
      if (level === 0) parents = [title]
      else parents[level] = title
    }
  }
  return sections
}
