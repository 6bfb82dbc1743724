import { loadReferencePages } from '../content'
import { DOCUMENTED_INFORMATION_LABELS } from '../render/requirement-summary'
import { TEMPLATE_GROUPS, TEMPLATE_KINDS, type TemplatePage } from '../content/templates'
import { compareIds } from '../reference'
import { requirementsMap } from '../requirements-map'
import { DOCS_DIR } from '../paths'
import { markdownTable } from './markdown-table'

/** Where the generated parts of docs/isms/index.md go. */
export const CATALOGUE_MARKER = '<!-- template-catalogue -->'
export const COVERAGE_MARKER = '<!-- documented-information-coverage -->'

const serves = (t: TemplatePage) =>
  [
    ...[...t.related.requirements].sort(compareIds).map((id) => `箇条${id}`),
    ...[...t.related.controls].sort(compareIds).map((id) => `管理策${id}`)
  ].join('、')

/** Every template, grouped by where it sits in the ISMS: a heading per group, a line per template. */
export function catalogueMarkdown(docsDir = DOCS_DIR): string {
  const { templates } = loadReferencePages(docsDir)
  return (Object.keys(TEMPLATE_GROUPS) as (keyof typeof TEMPLATE_GROUPS)[])
    .map((group) => {
      const members = templates.filter((t) => t.group === group)
      if (!members.length) return ''
      const items = members.map(
        (t) => `- **[${t.title}](${t.url})**（${TEMPLATE_KINDS[t.kind]}）：${t.description}${serves(t) ? `<br>対応：${serves(t)}` : ''}`
      )
      return [`### ${TEMPLATE_GROUPS[group]}`, '', ...items].join('\n')
    })
    .filter(Boolean)
    .join('\n\n')
}

/** Every piece of documented information the standard requires → the template that serves it. */
export function coverageMarkdown(docsDir = DOCS_DIR): string {
  const rows = requirementsMap(docsDir).documents.map((d) => [
    `[${d.clause.id}](${d.clause.url})`,
    DOCUMENTED_INFORMATION_LABELS[d.type],
    d.subject,
    `[${d.template.title}](${d.template.url})`
  ])
  return markdownTable(['箇条', '規格の求め方', '文書化した情報', 'テンプレート'], rows)
}
