import fs from 'node:fs'
import path from 'node:path'
import type { MarkdownRenderer, Plugin, SiteConfig } from 'vitepress'
import { createMarkdownRenderer } from 'vitepress'
import { loadReferencePages } from '../../../src/content'
import { buildSearchIndex } from '../../../src/search/build-index'
import { type RenderedPage, searchDocuments } from '../../../src/search/collect'
import { createReader } from '../../../src/search/readings'

/**
 * The site's search index (src/search) is built from the pages as the build renders them: a page's
 * Markdown is rendered once, for the page and the index together. VitePress's own local search
 * renders every page a second time and ships one index that grows with the site.
 */
const rendered = new Map<string, RenderedPage>()

interface RenderEnv {
  path?: string
  realPath?: string
  relativePath?: string
  frontmatter?: Record<string, any>
}

/** markdown-it plugin: keeps each page's HTML as it is rendered (pages of dynamic routes are lists, not content). */
export function collectForSearch(md: MarkdownRenderer) {
  const render = md.render.bind(md)
  md.render = (src, env?: RenderEnv) => {
    const html = render(src, env)
    if (env?.relativePath && env.realPath === env.path && env.relativePath !== '404.md')
      rendered.set(env.relativePath, { relativePath: env.relativePath, html, frontmatter: env.frontmatter ?? {} })
    return html
  }
}

function pageAliases(srcDir: string) {
  const { controls, requirements, templates } = loadReferencePages(srcDir)
  return new Map([...controls, ...requirements, ...templates].map((page) => [page.url, page.aliases.join(' ')]))
}

async function indexFiles(srcDir: string) {
  return buildSearchIndex(searchDocuments(rendered.values(), pageAliases(srcDir)), await createReader())
}

/** At the end of the build: the index files, next to the pages. */
export async function writeSearchIndex(site: SiteConfig) {
  for (const [file, content] of Object.entries(await indexFiles(site.srcDir))) {
    fs.mkdirSync(path.dirname(path.join(site.outDir, file)), { recursive: true })
    fs.writeFileSync(path.join(site.outDir, file), content)
  }
}

/** In `vitepress dev`: the index of every page, rendered when the search box first asks after a change. */
export function searchIndexDevServer(): Plugin {
  let files: Promise<Record<string, string>> | undefined
  return {
    name: 'isms-guide:search-index-dev',
    apply: 'serve',
    configureServer(server) {
      const site = (server.config as unknown as { vitepress: SiteConfig }).vitepress
      server.watcher.on('all', (_, file) => file.endsWith('.md') && (files = undefined))
      server.middlewares.use(async (req, res, next) => {
        const file = decodeURIComponent(req.url?.split('?')[0] ?? '').replace(site.site.base, '')
        if (!file.startsWith('search/')) return next()
        files ??= renderAll(site).then(() => indexFiles(site.srcDir))
        const content = (await files)[file]
        if (content === undefined) return next()
        res.setHeader('Content-Type', 'application/json')
        res.end(content)
      })
    }
  }
}

async function renderAll(site: SiteConfig) {
  const md = await createMarkdownRenderer(site.srcDir, site.markdown, site.site.base, site.logger)
  for (const relativePath of site.pages) {
    const file = path.join(site.srcDir, relativePath)
    if (fs.existsSync(file)) md.render(fs.readFileSync(file, 'utf8'), { path: file, realPath: file, relativePath, cleanUrls: site.cleanUrls })
  }
}
