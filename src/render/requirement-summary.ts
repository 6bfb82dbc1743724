import type { DocumentedInformation } from '../content/requirements'
import type { PageRef } from '../content/xref'
import { escapeHtml, linkOrText } from './html'

export const DOCUMENTED_INFORMATION_LABELS = {
  available: '利用可能な状態にする',
  retained: '保持する',
  produced: '作成する',
  determined: '組織が必要と決定したもの'
} as const

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
