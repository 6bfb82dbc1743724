import reference from '../data/iso27001-2022.json' with { type: 'json' }
import { THEMES, type Attributes, type Theme } from './attributes'

export * from './attributes'

/** Facts from ISO/IEC 27001:2022 and ISO/IEC 27002:2022: numbers, titles, attributes, 2013 mappings. */

export interface Clause {
  id: string
  title_en: string
  title_ja: string
  parent: string | null
}

export interface Control {
  id: string
  theme: Theme
  title_en: string
  title_ja: string
  new_in_2022: boolean
  iso27001_2013: string[]
  attributes: Attributes
}

export const clauses: readonly Clause[] = reference.clauses
export const controls: readonly Control[] = reference.controls as Control[]

export const clauseById = new Map(clauses.map((c) => [c.id, c]))

/** The controls of each theme (organizational, people, physical, technological), in the standard's order. */
export const CONTROLS_BY_THEME: readonly { theme: Theme; controls: readonly Control[] }[] = THEMES.map((theme) => ({
  theme,
  controls: controls.filter((c) => c.theme === theme)
}))
export const controlById = new Map(controls.map((c) => [c.id, c]))

/** Sub-clauses directly under `id`, in the standard's order. */
export const childClauses = (id: string) => clauses.filter((c) => c.parent === id)
