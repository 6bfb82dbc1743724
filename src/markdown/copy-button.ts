import type { MarkdownRenderer } from 'vitepress'

export const COPY_BUTTON_TITLE = 'コードをコピー'

/** VitePress's copy button on code blocks has only a title; give it an accessible name too. */
export function labelledCopyButton(md: MarkdownRenderer) {
  const fence = md.renderer.rules.fence!
  const plain = `<button title="${COPY_BUTTON_TITLE}" class="copy"></button>`
  const labelled = `<button title="${COPY_BUTTON_TITLE}" aria-label="${COPY_BUTTON_TITLE}" class="copy"></button>`
  md.renderer.rules.fence = (...args) => fence(...args).replace(plain, labelled)
}
