import path from 'node:path'
import { z } from 'zod'
import { DOCS_DIR } from '../paths'
import { clauseById } from '../reference'
import { ContentError, expectH1, fromSource, listMarkdown, nonEmptyText, readSource, validate, vitepressKeys, type SourceFile } from './frontmatter'
import { relatedSchema, templateId } from './relations'

/** The standard says whether each piece of documented information is maintained (kept up to date) or retained (kept as it is). */
export const DOCUMENTED_INFORMATION_TYPES = ['maintained', 'retained'] as const

export const requirementSchema = z.strictObject({
  ...vitepressKeys,
  id: z.string({ error: 'expected the clause number as a string, e.g. "6.1.2"' }),
  title: nonEmptyText('the Japanese title'),
  description: nonEmptyText('a one-sentence summary'),
  documented_information: z
    .array(
      z.strictObject({
        type: z.enum(DOCUMENTED_INFORMATION_TYPES, { error: 'expected "maintained" (維持) or "retained" (保持)' }),
        subject: nonEmptyText('what the documented information is about'),
        template: templateId.optional()
      })
    )
    .default([]),
  related: relatedSchema
})

export type DocumentedInformation = z.output<typeof requirementSchema>['documented_information'][number]

export interface RequirementPage {
  id: string
  file: string
  url: string
  description: string
  documentedInformation: DocumentedInformation[]
  related: z.output<typeof relatedSchema>
}

/** `docs/requirements/6-1-2.md` ↔ `6.1.2` */
export const requirementUrl = (id: string) => `/requirements/${id.replaceAll('.', '-')}`

function toRequirementPage(source: SourceFile): RequirementPage {
  const file = source.relativePath
  const data = validate(requirementSchema, source)
  const fail = (field: string, expected: string): never => {
    throw new ContentError(`${file}: frontmatter "${field}": expected ${expected}`)
  }
  const ref = clauseById.get(data.id) ?? fail('id', `a clause number of ISO/IEC 27001:2022 ("${data.id}" is not one)`)
  if (`requirements/${data.id.replaceAll('.', '-')}.md` !== file) fail('id', 'the number that matches the file name')
  if (data.title !== ref.title_ja) fail('title', `"${ref.title_ja}" (from the reference data)`)
  expectH1(source, `${data.id} ${data.title}`)
  return {
    id: data.id,
    file,
    url: requirementUrl(data.id),
    description: data.description,
    documentedInformation: data.documented_information,
    related: data.related
  }
}

export function loadRequirementPages(docsDir = DOCS_DIR): RequirementPage[] {
  return listMarkdown(docsDir, 'requirements')
    .filter((file) => path.posix.basename(file) !== 'index.md')
    .map((file) => fromSource(readSource(docsDir, file), toRequirementPage))
}
