import { loadReferencePages } from '../content'
import { clauseById, controlById } from '../reference'
import { controlUrl, requirementUrl } from '../urls'
import { LEAF_CLAUSES } from './model'
import type { LinkMap } from './score'

/** Each subclause and control → its page and the templates related to it (both directions of the relations). */
export function selfCheckLinks(docsDir?: string): LinkMap {
  const { xref } = loadReferencePages(docsDir)
  const templates = (kind: 'requirement' | 'control', id: string) =>
    xref.relationsOf(kind, id).templates.flatMap((t) => (t.url ? [{ title: t.title, url: t.url }] : []))
  return Object.fromEntries([
    ...LEAF_CLAUSES.map((id) => [id, { title: clauseById.get(id)!.title_ja, url: requirementUrl(id), templates: templates('requirement', id) }]),
    ...[...controlById.keys()].map((id) => [id, { title: controlById.get(id)!.title_ja, url: controlUrl(id), templates: templates('control', id) }])
  ])
}
