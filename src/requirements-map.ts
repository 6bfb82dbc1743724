import { loadReferencePages } from './content'
import { ContentError } from './content/frontmatter'
import { templateCatalog } from './content/relations'
import { DOCUMENTED_INFORMATION_TYPES, REQUIRED_DOCUMENTED_INFORMATION } from './content/requirements'
import { requirementUrl } from './urls'
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
  template: { title: string; url: string }
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
  const templateRef = (file: string, id: string) => {
    const page = templateOf(id)
    if (!page) throw new ContentError(`${file}: frontmatter "documented_information": the template "${id}" (${templateCatalog.get(id)}) has no page in docs/isms/ yet; every required document needs one`)
    return { title: page.title, url: page.url }
  }
  for (const [id, verbs] of REQUIRED_DOCUMENTED_INFORMATION) {
    if (!pages.has(id)) throw new ContentError(`clause ${id} asks for documented information (${verbs.join(', ')}) but docs/${requirementUrl(id).slice(1)}.md does not exist`)
  }
  const documents: DocumentRow[] = [...requirements]
    .sort((a, b) => compareIds(a.id, b.id))
    .flatMap((r) =>
      r.documentedInformation.map((d) => ({
        clause: { id: r.id, title: clauses.find((c) => c.id === r.id)!.title_ja, url: r.url },
        type: d.type,
        typeLabel: DOCUMENTED_INFORMATION_LABELS[d.type],
        subject: d.subject,
        template: templateRef(r.file, d.template)
      }))
    )
  return {
    clauses: clauses.filter((c) => c.parent === null).map((c) => entry(c.id, c.title_ja)),
    documents
  }
}
