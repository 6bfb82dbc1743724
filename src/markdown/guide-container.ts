import container from 'markdown-it-container'
import type { MarkdownRenderer } from 'vitepress'
import { GUIDE_CONTAINER, GUIDE_DEFAULT_TITLE } from '../templates/guidance'

/** Renders a template's `::: guide [title]` block as a marked note for the writer (removed from downloads). */
export function guideContainer(md: MarkdownRenderer) {
  const escape = md.utils.escapeHtml
  // The plugin's types name an older markdown-it than VitePress's renderer; the runtime API is the same.
  md.use(container as unknown as Parameters<MarkdownRenderer['use']>[0], GUIDE_CONTAINER, {
    render(tokens: { nesting: number; info: string }[], index: number) {
      const token = tokens[index]!
      if (token.nesting !== 1) return '</div>\n'
      const topic = token.info.trim().slice(GUIDE_CONTAINER.length).trim()
      const title = topic ? `${GUIDE_DEFAULT_TITLE}：${topic}` : GUIDE_DEFAULT_TITLE
      return `<div class="guide custom-block info" role="note"><p class="custom-block-title">${escape(title)}</p>\n`
    }
  })
}
