import { loadReferencePages } from './content'
import { templateCatalog } from './content/relations'
import { DOCUMENTED_INFORMATION_TYPES } from './content/requirements'
import { clauses, compareIds } from './reference'
import { DOCUMENTED_INFORMATION_LABELS } from './render/requirement-summary'
import { DOCS_DIR } from './paths'

export interface ClauseEntry {
  id: string
  title: string
  url: string | null
  children: ClauseEntry[]
}

export interface DocumentRow {
  clause: { id: string; title: string; url: string | null }
  type: (typeof DOCUMENTED_INFORMATION_TYPES)[number]
  typeLabel: string
  subject: string
  template: { title: string; url: string | null } | null
}

/** Clauses 4–10 with every subclause, linked where a page exists; and every required document. */
export function requirementsMap(docsDir = DOCS_DIR) {
  const { requirements, templates } = loadReferencePages(docsDir)
  const pages = new Map(requirements.map((r) => [r.id, r]))
  const entry = (id: string, title: string): ClauseEntry => ({
    id,
    title,
    url: pages.get(id)?.url ?? null,
    children: clauses.filter((c) => c.parent === id).map((c) => entry(c.id, c.title_ja))
  })
  const templateOf = (id: string) => templates.find((t) => t.id === id)
  const templateRef = (id: string) => ({
    title: templateOf(id)?.title ?? templateCatalog.get(id) ?? id,
    url: templateOf(id)?.url ?? null
  })
  const documents: DocumentRow[] = [...requirements]
    .sort((a, b) => compareIds(a.id, b.id))
    .flatMap((r) =>
      r.documentedInformation.map((d) => ({
        clause: { id: r.id, title: clauses.find((c) => c.id === r.id)!.title_ja, url: r.url },
        type: d.type,
        typeLabel: DOCUMENTED_INFORMATION_LABELS[d.type],
        subject: d.subject,
        template: d.template ? templateRef(d.template) : null
      }))
    )
  return {
    clauses: clauses.filter((c) => c.parent === null).map((c) => entry(c.id, c.title_ja)),
    documents
  }
}
