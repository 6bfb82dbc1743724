import { ATTRIBUTE_KEYS, ATTRIBUTE_VALUES, THEMES, compareIds, type AttributeKey, type Theme } from './attributes'
import { THEME_LABELS, valueLabel } from './labels'
import { escapeHtml, linkOrText } from './render/html'

/** The controls explorer's logic; runs in the browser, so it imports no Node code and no reference JSON. */

/** One row of the explorer: the reference facts plus the page link when the page exists. */
export interface ExplorerControl {
  id: string
  title: string
  theme: Theme
  isNew: boolean
  origin: string[]
  attributes: Record<AttributeKey, string[]>
  url: string | null
}

/** URL parameter for each filter, e.g. `?theme=technological&type=Detective&new=1`. */
export const FILTER_PARAMS = {
  theme: 'theme',
  control_type: 'type',
  security_properties: 'property',
  cybersecurity_concepts: 'concept',
  operational_capabilities: 'capability',
  security_domains: 'domain'
} as const satisfies Record<AttributeKey | 'theme', string>

export type Filters = { -readonly [K in keyof typeof FILTER_PARAMS]: string } & { onlyNew: boolean }

export const emptyFilters = (): Filters => ({
  theme: '',
  control_type: '',
  security_properties: '',
  cybersecurity_concepts: '',
  operational_capabilities: '',
  security_domains: '',
  onlyNew: false
})

const FILTER_KEYS = Object.keys(FILTER_PARAMS) as (keyof typeof FILTER_PARAMS)[]
const allowed = (key: keyof typeof FILTER_PARAMS): readonly string[] =>
  key === 'theme' ? THEMES : ATTRIBUTE_VALUES[key]

/** Reads filters from a query string; unknown values are ignored rather than matching nothing. */
export function parseFilters(search: string): Filters {
  const params = new URLSearchParams(search)
  const filters = emptyFilters()
  for (const key of FILTER_KEYS) {
    const value = params.get(FILTER_PARAMS[key]) ?? ''
    if (allowed(key).includes(value)) filters[key] = value
  }
  filters.onlyNew = params.get('new') === '1'
  return filters
}

/** The query string for filters, parameters in a fixed order; empty when nothing is filtered. */
export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams()
  for (const key of FILTER_KEYS) if (filters[key]) params.set(FILTER_PARAMS[key], filters[key])
  if (filters.onlyNew) params.set('new', '1')
  const query = params.toString()
  return query ? `?${query}` : ''
}

export function matches(control: ExplorerControl, filters: Filters): boolean {
  if (filters.theme && control.theme !== filters.theme) return false
  if (filters.onlyNew && !control.isNew) return false
  return ATTRIBUTE_KEYS.every((key) => !filters[key] || control.attributes[key].includes(filters[key]))
}

/** `a.12.6.1`, `12.6.1`, `A 12.6.1` → `A.12.6.1` */
export function normalizeOldId(input: string): string {
  const digits = input.normalize('NFKC').trim().replace(/^a[.\s]*/i, '')
  return digits ? `A.${digits.replace(/\s+/g, '')}` : ''
}

/** Every ISO/IEC 27001:2013 control and the 2022 controls it went into. */
export function mapping2013(list: ExplorerControl[]): { old: string; controls: ExplorerControl[] }[] {
  const map = new Map<string, ExplorerControl[]>()
  for (const control of list) for (const old of control.origin) map.set(old, [...(map.get(old) ?? []), control])
  return [...map]
    .sort(([a], [b]) => compareIds(a.slice(2), b.slice(2)))
    .map(([old, controls]) => ({ old, controls }))
}

/**
 * One entry of the explorer's list as HTML. The list is rendered from a string rather than one Vue
 * node per label: 93 entries of attribute labels made hydrating the page slow on phones.
 */
export function explorerRow(control: ExplorerControl): string {
  const title = linkOrText(control.title, control.url)
  // One label per attribute, its values joined, to keep the table's DOM small.
  const attrs = ATTRIBUTE_KEYS.map((key) => {
    const values = control.attributes[key]
    const english = values.map((v) => v.replaceAll('_', ' ')).join(', ')
    return `<span class="attr" title="${escapeHtml(english)}">${escapeHtml(values.map(valueLabel).join('・'))}</span>`
  }).join('')
  return (
    `<li class="explorer-item" data-control="${escapeHtml(control.id)}"><span class="explorer-id">${escapeHtml(control.id)}</span>` +
    `<span class="explorer-name">${title}<span class="explorer-theme">${THEME_LABELS[control.theme]}</span>` +
    (control.isNew ? '<span class="attr attr-new">2022年新設</span>' : '') +
    `</span><span class="explorer-attrs">${attrs}</span></li>`
  )
}

/** A 2022 control as a link when its page exists, as text otherwise. */
export const controlLink = (c: ExplorerControl) => `<span class="control-ref">${linkOrText(`${c.id} ${c.title}`, c.url)}</span>`
