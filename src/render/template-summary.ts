import { TEMPLATE_GROUPS, TEMPLATE_KINDS, type TemplatePage } from '../content/templates'
import type { DocumentRow } from '../requirements-map'
import { DOCUMENTED_INFORMATION_LABELS } from './requirement-summary'
import { escapeHtml } from './html'

/** The facts box under a template's h1: kind, place in the ISMS, the required documents it serves. */
export function renderTemplateSummary(template: TemplatePage, documents: DocumentRow[]): string {
  const row = (label: string, value: string) => `<div><dt>${label}</dt><dd>${value}</dd></div>`
  const served = documents.map(
    (d) =>
      `<li><a href="${d.clause.url}">箇条${d.clause.id}</a><span class="attr">${DOCUMENTED_INFORMATION_LABELS[d.type]}</span>${escapeHtml(d.subject)}</li>`
  )
  return [
    '<dl class="facts" v-pre>',
    row('種類', `<span class="attr">${TEMPLATE_KINDS[template.kind]}</span>`),
    row('ISMSでの位置', escapeHtml(TEMPLATE_GROUPS[template.group])),
    row('規格が求める文書化した情報', served.length ? `<ul>${served.join('')}</ul>` : 'この文書そのものは規格が求めるものではなく、要求事項や管理策を実施するための手段です。'),
    '</dl>'
  ].join('\n')
}

/** The download, print and personalisation tools (a component: plain links without JavaScript). */
export const renderTemplateTools = (template: TemplatePage) => `<TemplateTools template-id="${escapeHtml(template.id)}" />`
