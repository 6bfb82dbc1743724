import type { DefaultTheme } from 'vitepress'
import type { PageBlocksEnv } from '../../../src/markdown/page-blocks'
import { loadReferencePages } from '../../../src/content'
import { escapeHtml } from '../../../src/render/html'
import { miniSearch } from '../../../src/search/options'
import { createReader } from '../../../src/search/readings'

const pageAliases = (() => {
  const { controls, requirements, templates } = loadReferencePages()
  return new Map([...controls, ...requirements, ...templates].map((page) => [page.url, page.aliases.join(' ')]))
})()

/** Index-time only: a page's aliases belong to its first section (the h1, which has no parent titles). */
const extractField = (doc: Record<string, any>, field: string) =>
  field === 'aliases' ? (doc.titles?.length ? '' : (pageAliases.get(String(doc.id).split('#')[0]!) ?? '')) : doc[field]

// The index is built in Node, where kanji readings are available to the tokenizer (see tokenize.ts).
;(globalThis as Record<string, unknown>).__ismsSearchReader = await createReader()

/**
 * The home page's hero and features live in frontmatter, which the index never sees; index them as
 * the page's first section, so that the home page is found like any other page.
 */
function homeSection({ hero, features = [] }: Record<string, any>): string {
  const escape = (s = '') => escapeHtml(s)
  const items = features.map((f: Record<string, string>) => `<p>${escape(f.title)}：${escape(f.details)}</p>`).join('')
  // Like a rendered heading: its text, then an anchor (here to the top of the page).
  return `<h1>${escape(hero?.name)}：${escape(hero?.text)} <a href="#"></a></h1><p>${escape(hero?.tagline)}</p>${items}`
}

const options: DefaultTheme.LocalSearchOptions = {
  // Keys starting with "_" stay in Node: VitePress does not send them to the browser.
  _render(src, env, md) {
    ;(env as PageBlocksEnv).forSearch = true
    const html = md.render(src, env)
    if (env.frontmatter?.search === false) return ''
    return env.frontmatter?.layout === 'home' ? homeSection(env.frontmatter) + html : html
  },
  translations: {
    button: { buttonText: '検索', buttonAriaLabel: 'サイト内を検索' },
    modal: {
      displayDetails: '詳しく表示',
      resetButtonTitle: '検索語を消去',
      backButtonTitle: '検索を閉じる',
      noResultsText: '一致する結果がありません：',
      footer: {
        selectText: '開く',
        selectKeyAriaLabel: 'Enterキー',
        navigateText: '選択',
        navigateUpKeyAriaLabel: '上矢印キー',
        navigateDownKeyAriaLabel: '下矢印キー',
        closeText: '閉じる',
        closeKeyAriaLabel: 'Escキー'
      }
    }
  }
}

// VitePress sends functions in the theme config to the browser as source text, revived with
// `new Function`, which the site's Content-Security-Policy forbids. The MiniSearch options (with
// the tokenizer) are therefore kept out of what is sent; the theme installs the same module's
// options in the browser (theme/index.ts), and the index build reads them here.
Object.defineProperty(options, 'miniSearch', {
  value: { ...miniSearch, options: { ...miniSearch.options, extractField } },
  enumerable: false
})

export const search: DefaultTheme.Config['search'] = { provider: 'local', options }
