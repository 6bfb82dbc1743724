import type { DocumentedInformation } from '../content/requirements'
import type { PageRef } from '../content/xref'
import { escapeHtml, linkOrText } from './html'

export const DOCUMENTED_INFORMATION_LABELS = { maintained: '維持（最新に保つ）', retained: '保持（残しておく）' } as const

/** The facts box under a requirement's h1: the documented information it requires and its subclauses. */
export function renderRequirementSummary(info: DocumentedInformation[], children: PageRef[]): string {
  const documents = info.length
    ? `<ul>${info
        .map((d) => `<li><span class="attr">${DOCUMENTED_INFORMATION_LABELS[d.type]}</span>${escapeHtml(d.subject)}</li>`)
        .join('')}</ul>`
    : '<p>この箇条が直接求める文書化した情報はありません。</p>'
  const rows = [`<div><dt>必要な文書化した情報</dt><dd>${documents}</dd></div>`]
  if (children.length) {
    const list = children.map((c) => `<li>${linkOrText(c.title, c.url)}</li>`).join('')
    rows.push(`<div><dt>細分箇条</dt><dd><ul>${list}</ul></dd></div>`)
  }
  return ['<dl class="facts" v-pre>', ...rows, '</dl>'].join('\n')
}
