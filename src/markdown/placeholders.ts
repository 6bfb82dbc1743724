import type { MarkdownRenderer } from 'vitepress'
import { PLACEHOLDER_PATTERN as PLACEHOLDERS } from '../templates/placeholders'

const PLACEHOLDER = new RegExp(PLACEHOLDERS.source)

/**
 * In document templates (`docs/isms/`), `{{組織名}}` is a placeholder for the reader to fill in,
 * not a Vue expression: render it as marked-up text that Vue leaves alone.
 */
export function templatePlaceholders(md: MarkdownRenderer) {
  const escape = md.utils.escapeHtml
  md.core.ruler.push('isms_template_placeholders', (state) => {
    if (!/^isms\//.test((state.env as { relativePath?: string }).relativePath ?? '')) return
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue
      block.children = block.children.flatMap((token) => {
        if (token.type === 'code_inline' && PLACEHOLDER.test(token.content)) {
          return [html(state, `<code v-pre>${escape(token.content)}</code>`)]
        }
        if (token.type !== 'text' || !token.content.includes('{{')) return [token]
        const marked = escape(token.content).replace(PLACEHOLDERS, (whole) => `<mark class="placeholder" data-placeholder="${whole.slice(2, -2)}">${whole}</mark>`)
        return [html(state, `<span v-pre>${marked}</span>`)]
      })
    }
  })
}

type State = Parameters<Parameters<MarkdownRenderer['core']['ruler']['push']>[1]>[0]

function html(state: State, content: string) {
  const token = new state.Token('html_inline', '', 0)
  token.content = content
  return token
}
