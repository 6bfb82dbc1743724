import { defineConfig } from 'vitepress'
import { draftFiles } from '../../src/content/posts'
import { SITE } from '../../src/site'
import { writeCards } from '../../src/og/cards'
import { writeDownloads } from '../../src/templates/downloads'
import { sourcesUnchangedDuringBuild } from './config/content-cache'
import { head, transformHead } from './config/head'
import { labels } from './config/labels'
import { markdown } from './config/markdown'
import { nav } from './config/nav'
import { transformPageData } from './config/page-data'
import { searchIndexDevServer, writeSearchIndex } from './config/search'
import { sidebar } from './config/sidebar'
import { withLastmod } from './config/sitemap'
import { scriptSafeCompiler } from './config/script-safe-page-data'
import { componentReplacements, defaultThemePatches } from './config/theme-patches'

export default defineConfig({
  lang: SITE.lang,
  title: SITE.title,
  description: SITE.description,
  cleanUrls: true,
  // Dated from one pass over the git history instead (config/page-data.ts, the sitemap below).
  lastUpdated: false,
  metaChunk: true,
  // VitePress otherwise blocks transitions while it sets the colour mode, also on load, where that
  // forces the whole page's style to be recomputed twice for no change, a long task on a slow phone.
  appearance: { disableTransition: false },
  srcExclude: ['**/README.md', ...draftFiles()],
  sitemap: { hostname: SITE.url, transformItems: withLastmod },
  head,
  transformHead,
  transformPageData,
  async buildEnd(site) {
    writeDownloads(site.outDir)
    await writeSearchIndex(site)
    await writeCards(site.outDir)
  },
  markdown,
  vite: {
    plugins: [defaultThemePatches(), searchIndexDevServer(), sourcesUnchangedDuringBuild()],
    resolve: { alias: componentReplacements }
  },
  vue: { compiler: scriptSafeCompiler },
  themeConfig: {
    ...labels,
    nav,
    sidebar: sidebar(),
    editLink: { pattern: `${SITE.repository}/edit/main/docs/:path`, text: 'このページをGitHubで編集' },
    socialLinks: [{ icon: 'github', link: SITE.repository, ariaLabel: 'GitHubリポジトリ' }],
    footer: {
      message: 'ISO/IEC 27001・JIS Q 27001の本文は含みません。規格の内容は正式な規格票で確認してください。',
      copyright: '© ISMS Guide Team'
    }
  }
})
