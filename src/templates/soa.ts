import { THEME_LABELS } from '../labels'
import { CONTROLS_BY_THEME, type Control } from '../reference'
import { emptySoaEntry, type SoaEntry } from '../store/schema'
import { controlUrl } from '../urls'
import { markdownTable } from './markdown-table'

/** The SoA template: its download is landscape and carries the reader's SoA rows. */
export const SOA_TEMPLATE_ID = 'soa/statement-of-applicability'

/** Where the generated SoA table goes in docs/isms/soa/statement-of-applicability.md. */
export const SOA_TABLE_MARKER = '<!-- soa-table -->'

export const SOA_COLUMNS = ['管理策', '適用', '理由', '実施状況', '関連文書・証拠'] as const

/**
 * The SoA's rows in Markdown, one table per control theme, generated from the control data (never hand-listed).
 * `linkTo` turns a control into the link target (site path by default; absolute URL in downloads).
 */
export function soaTableMarkdown(rows: ReadonlyMap<string, SoaEntry> = new Map(), linkTo: (c: Control) => string = (c) => controlUrl(c.id)): string {
  return CONTROLS_BY_THEME.map(({ theme, controls }) => {
    const lines = controls.map((c) => {
      const row = rows.get(c.id) ?? emptySoaEntry()
      return [`[${c.id} ${c.title_ja}](${linkTo(c)})`, row.applicable, row.reason, row.status, row.evidence]
    })
    return `### ${THEME_LABELS[theme]}（${controls.length}件）\n\n${markdownTable(SOA_COLUMNS, lines)}`
  }).join('\n\n')
}
