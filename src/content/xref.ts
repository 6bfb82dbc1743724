import { clauseById, compareIds, controlById } from '../reference'
import { controlUrl, type ControlPage } from './controls'
import { templateCatalog, type Kind, type Related } from './relations'
import { requirementUrl, type RequirementPage } from './requirements'
import { templateUrl, type TemplatePage } from './templates'

/** One end of a relation, as a page shows it: a link when the page exists, plain text when it does not yet. */
export interface PageRef {
  kind: Kind
  id: string
  title: string
  url: string | null
}

export interface Relations {
  controls: PageRef[]
  requirements: PageRef[]
  templates: PageRef[]
}

export interface Pending {
  /** The file that names a page that does not exist yet. */
  file: string
  ref: PageRef
}

interface Source {
  kind: Kind
  id: string
  file: string
  related: Related
}

const key = (kind: Kind, id: string) => `${kind}:${id}`
const LIST: Record<Kind, keyof Relations> = { control: 'controls', requirement: 'requirements', template: 'templates' }

/**
 * The cross-reference index. Each relation is written once, in the frontmatter of either page,
 * and shown on both: a control that names clause 6.1.3 appears on the page of 6.1.3 as well.
 */
export function buildXref(pages: { controls: ControlPage[]; requirements: RequirementPage[]; templates: TemplatePage[] }) {
  const templateTitles = new Map(pages.templates.map((t) => [t.id, t.title]))
  const existing = new Set([
    ...pages.controls.map((p) => key('control', p.id)),
    ...pages.requirements.map((p) => key('requirement', p.id)),
    ...pages.templates.map((p) => key('template', p.id))
  ])

  const ref = (kind: Kind, id: string): PageRef => {
    const exists = existing.has(key(kind, id))
    if (kind === 'control') {
      return { kind, id, title: `${id} ${controlById.get(id)!.title_ja}`, url: exists ? controlUrl(id) : null }
    }
    if (kind === 'requirement') {
      return { kind, id, title: `${id} ${clauseById.get(id)!.title_ja}`, url: exists ? requirementUrl(id) : null }
    }
    return { kind, id, title: templateTitles.get(id) ?? templateCatalog.get(id) ?? id, url: exists ? templateUrl(id) : null }
  }

  const sources: Source[] = [
    ...pages.controls.map((p) => ({ kind: 'control' as const, id: p.id, file: p.file, related: p.related })),
    ...pages.requirements.map((p) => ({ kind: 'requirement' as const, id: p.id, file: p.file, related: p.related })),
    ...pages.templates.map((p) => ({ kind: 'template' as const, id: p.id, file: p.file, related: p.related }))
  ]

  const edges = new Map<string, Map<string, PageRef>>()
  const link = (from: PageRef, to: PageRef) => {
    if (from.kind === to.kind && from.id === to.id) return
    const list = edges.get(key(from.kind, from.id)) ?? new Map<string, PageRef>()
    list.set(key(to.kind, to.id), to)
    edges.set(key(from.kind, from.id), list)
  }

  const pending: Pending[] = []
  for (const source of sources) {
    const self = ref(source.kind, source.id)
    const targets = [
      ...source.related.controls.map((id) => ref('control', id)),
      ...source.related.requirements.map((id) => ref('requirement', id)),
      ...source.related.templates.map((id) => ref('template', id))
    ]
    for (const target of targets) {
      link(self, target)
      link(target, self)
      if (!target.url) pending.push({ file: source.file, ref: target })
    }
  }

  const byId = (a: PageRef, b: PageRef) =>
    a.kind === 'template' ? a.title.localeCompare(b.title, 'ja') : compareIds(a.id, b.id)

  return {
    pending,
    relationsOf(kind: Kind, id: string): Relations {
      const relations: Relations = { controls: [], requirements: [], templates: [] }
      for (const target of edges.get(key(kind, id))?.values() ?? []) relations[LIST[target.kind]].push(target)
      for (const list of Object.values(relations)) list.sort(byId)
      return relations
    }
  }
}

export type Xref = ReturnType<typeof buildXref>
