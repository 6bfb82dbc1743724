import type { MarkdownRenderer } from 'vitepress'
import { CATALOGUE_MARKER, COVERAGE_MARKER, catalogueMarkdown, coverageMarkdown } from '../templates/catalogue'
import { SOA_TABLE_MARKER, soaTableMarkdown } from '../templates/soa'
import { loadSelfCheck } from '../self-check/questions'
import { checklistBody } from '../self-check/report'

/** Where the internal-audit checklist goes in docs/self-check/audit-checklist.md. */
export const CHECKLIST_MARKER = '<!-- audit-checklist -->'

/** `site`: the page (with the SoA builder); `document`: what a reader downloads. */
export type BlockTarget = 'site' | 'document'

const BLOCKS: Record<string, (target: BlockTarget, docsDir?: string) => string> = {
  // Without JavaScript the page shows the static table; the builder takes its place once mounted.
  [SOA_TABLE_MARKER]: (target) =>
    target === 'site' ? `<div class="soa-static">\n\n${soaTableMarkdown()}\n\n</div>\n\n<SoaBuilder />` : soaTableMarkdown(),
  [CATALOGUE_MARKER]: (_, docsDir) => catalogueMarkdown(docsDir),
  [COVERAGE_MARKER]: (_, docsDir) => coverageMarkdown(docsDir),
  [CHECKLIST_MARKER]: () => checklistBody(loadSelfCheck())
}

/**
 * Replaces a marker comment on a line of its own (`<!-- soa-table -->`) with Markdown generated from the content
 * data, before the page is parsed, so that generated tables and headings are ordinary Markdown (in the outline,
 * the search index and the downloads alike).
 */
export function generatedBlocks(md: MarkdownRenderer, docsDir?: string) {
  md.core.ruler.before('block', 'isms_generated_blocks', (state) => {
    state.src = expandGeneratedBlocks(state.src, 'site', docsDir)
  })
}

export function expandGeneratedBlocks(markdown: string, target: BlockTarget, docsDir?: string): string {
  if (!markdown.includes('<!-- ')) return markdown
  return markdown.replace(/^<!-- [a-z-]+ -->$/gm, (marker) => BLOCKS[marker]?.(target, docsDir) ?? marker)
}
