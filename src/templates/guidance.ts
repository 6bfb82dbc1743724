/**
 * Writer's guidance in a template is a `::: guide [title]` … `:::` block (see docs/isms/). It is shown on the
 * site as a marked note and removed from every download and generated file. Plain string functions, so that the
 * browser, the command line and the build share them.
 */
export const GUIDE_CONTAINER = 'guide'
export const GUIDE_DEFAULT_TITLE = '作成の手引き'

const GUIDE_OPEN = /^:::\s*guide\b/
const FENCE_CLOSE = /^:::\s*$/
const TEXTLINT_COMMENT = /^<!--\s*textlint-(?:disable|enable)\b.*-->\s*$/

/** The document without guide blocks and editor-only comments, with runs of blank lines collapsed. */
export function removeGuidance(markdown: string): string {
  const kept: string[] = []
  let inGuide = false
  for (const line of markdown.split('\n')) {
    if (!inGuide && GUIDE_OPEN.test(line)) inGuide = true
    else if (inGuide) inGuide = !FENCE_CLOSE.test(line)
    else if (!TEXTLINT_COMMENT.test(line)) kept.push(line)
  }
  return kept.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n'
}

/** Problems with guide blocks in a template body: an unclosed block or one opened inside another. */
export function guidanceProblems(markdown: string): string[] {
  const problems: string[] = []
  let openedAt = 0
  markdown.split('\n').forEach((line, i) => {
    if (GUIDE_OPEN.test(line)) {
      if (openedAt) problems.push(`line ${i + 1}: a guide block opens inside the guide block of line ${openedAt}`)
      openedAt = i + 1
    } else if (openedAt && FENCE_CLOSE.test(line)) openedAt = 0
    else if (openedAt && /^:::/.test(line)) problems.push(`line ${i + 1}: a container inside the guide block of line ${openedAt}`)
  })
  if (openedAt) problems.push(`line ${openedAt}: the guide block is not closed with ":::"`)
  return problems
}
