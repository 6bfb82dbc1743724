import type { MarkdownRenderer } from 'vitepress'

/** VitePress labels heading permalinks in English ("Permalink to …"); label them in Japanese. */
export function japaneseAnchorLabels(md: MarkdownRenderer) {
  md.core.ruler.push('japanese_anchor_labels', (state) => {
    for (const token of state.tokens) {
      for (const child of token.children ?? []) {
        if (child.type !== 'link_open' || !child.attrGet('class')?.includes('header-anchor')) continue
        const label = child.attrGet('aria-label')
        const title = label?.match(/^Permalink to "(.*)"$/s)?.[1]
        if (title !== undefined) child.attrSet('aria-label', `「${title}」へのリンク`)
      }
    }
  })
}
