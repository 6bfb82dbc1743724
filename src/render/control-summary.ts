import { ATTRIBUTE_LABELS, THEME_LABELS, valueLabel } from '../labels'
import { ATTRIBUTE_KEYS, type Control } from '../reference'
import { escapeHtml } from './html'

/** The facts box under a control's h1: theme, the five ISO/IEC 27002 attributes, the 2013 origin. */
export function renderControlSummary(control: Control): string {
  const row = (label: string, value: string) => `<div><dt>${label}</dt><dd>${value}</dd></div>`
  const values = (list: readonly string[]) =>
    list.map((v) => `<span class="attr" title="${escapeHtml(v.replaceAll('_', ' '))}">${escapeHtml(valueLabel(v))}</span>`).join('')
  const origin = control.new_in_2022
    ? '<span class="attr attr-new">2022年版で新設</span>'
    : control.iso27001_2013.map((id) => `<span class="attr">${escapeHtml(id)}</span>`).join('')
  return [
    '<dl class="facts" v-pre>',
    row('分類', `<span class="attr">${THEME_LABELS[control.theme]}</span>`),
    ...ATTRIBUTE_KEYS.map((key) => row(ATTRIBUTE_LABELS[key], values(control.attributes[key]))),
    row('2013年版の対応', origin),
    '</dl>'
  ].join('\n')
}
