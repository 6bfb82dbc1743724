import type { DefaultTheme } from 'vitepress'
import type { PageBlocksEnv } from '../../../src/markdown/page-blocks'
import { miniSearch } from '../../../src/search/options'
import { createReader } from '../../../src/search/readings'

// The index is built in Node, where kanji readings are available to the tokenizer (see tokenize.ts).
;(globalThis as Record<string, unknown>).__ismsSearchReader = await createReader()

const options: DefaultTheme.LocalSearchOptions = {
  // Keys starting with "_" stay in Node: VitePress does not send them to the browser.
  _render(src, env, md) {
    ;(env as PageBlocksEnv).forSearch = true
    const html = md.render(src, env)
    return env.frontmatter?.search === false ? '' : html
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
Object.defineProperty(options, 'miniSearch', { value: miniSearch, enumerable: false })

export const search: DefaultTheme.Config['search'] = { provider: 'local', options }
