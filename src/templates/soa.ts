import { THEME_LABELS } from '../labels'
import { controls, THEMES, type Control } from '../reference'
import type { SoaEntry } from '../store/schema'
import { controlUrl } from '../urls'

/** Where the generated SoA table goes in docs/isms/soa/statement-of-applicability.md. */
export const SOA_TABLE_MARKER = '<!-- soa-table -->'

export const SOA_COLUMNS = ['管理策', '適用', '理由', '実施状況', '関連文書・証拠'] as const

const EMPTY_ROW: SoaEntry = { applicable: '', reason: '', status: '', evidence: '' }

const cell = (text: string) => text.replaceAll('|', '\\|').replace(/\r?\n/g, '<br>')

/**
 * The SoA's rows in Markdown, one table per control theme, generated from the control data (never hand-listed).
 * `linkTo` turns a control into the link target (site path by default; absolute URL in downloads).
 */
export function soaTableMarkdown(rows: ReadonlyMap<string, SoaEntry> = new Map(), linkTo: (c: Control) => string = (c) => controlUrl(c.id)): string {
  return THEMES.map((theme) => {
    const themed = controls.filter((c) => c.theme === theme)
    const lines = themed.map((c) => {
      const row = rows.get(c.id) ?? EMPTY_ROW
      return `| [${c.id} ${c.title_ja}](${linkTo(c)}) | ${cell(row.applicable)} | ${cell(row.reason)} | ${cell(row.status)} | ${cell(row.evidence)} |`
    })
    return [
      `### ${THEME_LABELS[theme]}（${themed.length}件）`,
      '',
      `| ${SOA_COLUMNS.join(' | ')} |`,
      `|${SOA_COLUMNS.map(() => '---').join('|')}|`,
      ...lines
    ].join('\n')
  }).join('\n\n')
}
