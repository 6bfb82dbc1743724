import path from 'node:path'
import { z } from 'zod'
import { DOCS_DIR } from '../paths'
import { requirementUrl } from '../urls'
import { clauseById } from '../reference'
import { aliasesSchema, ContentError, expectH1, fromDirectory, fromSource, nonEmptyText, validate, vitepressKeys, type SourceFile } from './frontmatter'
import { relatedSchema, templateId } from './relations'

/**
 * The verbs the 2022 edition uses for documented information: most evidence must be *available*, a few results are
 * *retained*, the SoA is *produced*, and 7.5.1 b) is what the organization *determines* it needs.
 */
export const DOCUMENTED_INFORMATION_TYPES = ['available', 'retained', 'produced', 'determined'] as const
export type DocumentedInformationType = (typeof DOCUMENTED_INFORMATION_TYPES)[number]

/** Every clause of ISO/IEC 27001:2022 that asks for documented information, with the verbs it uses. */
export const REQUIRED_DOCUMENTED_INFORMATION: ReadonlyMap<string, readonly DocumentedInformationType[]> = new Map([
  ['4.3', ['available']],
  ['5.2', ['available']],
  ['6.1.2', ['retained']],
  ['6.1.3', ['retained', 'produced']],
  ['6.2', ['retained']],
  ['7.2', ['available']],
  ['7.5.1', ['determined']],
  ['8.1', ['available']],
  ['8.2', ['retained']],
  ['8.3', ['retained']],
  ['9.1', ['available']],
  ['9.2.2', ['available']],
  ['9.3.3', ['available']],
  ['10.2', ['available']]
])

export const requirementSchema = z.strictObject({
  ...vitepressKeys,
  id: z.string({ error: 'expected the clause number as a string, e.g. "6.1.2"' }),
  title: nonEmptyText('the Japanese title'),
  description: nonEmptyText('a one-sentence summary'),
  documented_information: z
    .array(
      z.strictObject({
        type: z.enum(DOCUMENTED_INFORMATION_TYPES, {
          error: 'expected "available" (利用可能), "retained" (保持), "produced" (作成) or "determined" (組織が決定)'
        }),
        subject: nonEmptyText('what the documented information is about'),
        template: templateId.describe('the template that serves it')
      })
    )
    .default([]),
  aliases: aliasesSchema,
  related: relatedSchema
})

export type DocumentedInformation = z.output<typeof requirementSchema>['documented_information'][number]

export interface RequirementPage {
  id: string
  file: string
  url: string
  description: string
  documentedInformation: DocumentedInformation[]
  aliases: string[]
  related: z.output<typeof relatedSchema>
}

export { requirementUrl } from '../urls'

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
  const verbs = REQUIRED_DOCUMENTED_INFORMATION.get(data.id) ?? []
  for (const d of data.documented_information) {
    if (!verbs.includes(d.type)) fail('documented_information', verbs.length ? `types from [${verbs.join(', ')}] for clause ${data.id} (got "${d.type}")` : `none: clause ${data.id} asks for no documented information`)
  }
  const missing = verbs.find((verb) => !data.documented_information.some((d) => d.type === verb))
  if (missing) fail('documented_information', `an entry of type "${missing}": clause ${data.id} asks for it`)
  return {
    id: data.id,
    file,
    url: requirementUrl(data.id),
    description: data.description,
    documentedInformation: data.documented_information,
    aliases: data.aliases,
    related: data.related
  }
}

const requirementPages = (sources: SourceFile[]) =>
  sources.filter((source) => path.posix.basename(source.relativePath) !== 'index.md').map((source) => fromSource(source, toRequirementPage))

export const loadRequirementPages = (docsDir = DOCS_DIR): RequirementPage[] => fromDirectory(docsDir, 'requirements', requirementPages)
