import path from 'node:path'
import { z } from 'zod'
import { DOCS_DIR } from '../paths'
import { controlUrl } from '../urls'
import { ATTRIBUTE_KEYS, ATTRIBUTE_VALUES, THEMES, controlById, type AttributeKey, type Control } from '../reference'
import { aliasesSchema, ContentError, expectH1, fromDirectory, fromSource, nonEmptyText, validate, vitepressKeys, type SourceFile } from './frontmatter'
import { relatedSchema } from './relations'

const attributeList = (key: AttributeKey) =>
  z.array(z.enum(ATTRIBUTE_VALUES[key], { error: `expected values from: ${ATTRIBUTE_VALUES[key].join(', ')}` }))

const attributeSchema = z.strictObject({
  control_type: attributeList('control_type'),
  security_properties: attributeList('security_properties'),
  cybersecurity_concepts: attributeList('cybersecurity_concepts'),
  operational_capabilities: attributeList('operational_capabilities'),
  security_domains: attributeList('security_domains')
})

export const controlSchema = z.strictObject({
  ...vitepressKeys,
  id: z.string({ error: 'expected the control number as a string, e.g. "5.1"' }),
  theme: z.enum(THEMES, { error: `expected one of ${THEMES.join(', ')}` }),
  title: nonEmptyText('the Japanese title'),
  description: nonEmptyText('a one-sentence summary'),
  attributes: attributeSchema,
  iso27001_2013: z.array(z.string().regex(/^A\.\d+\.\d+\.\d+$/, { error: 'expected 2013 control numbers such as "A.12.6.1"' })),
  aliases: aliasesSchema,
  related: relatedSchema
})

export interface ControlPage {
  id: string
  file: string
  url: string
  description: string
  aliases: string[]
  related: z.output<typeof relatedSchema>
}

export { controlUrl } from '../urls'

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value) => b.includes(value))

function checkAgainstReference(file: string, data: z.output<typeof controlSchema>): Control {
  const fail = (field: string, expected: string) => {
    throw new ContentError(`${file}: frontmatter "${field}": expected ${expected} (from the reference data)`)
  }
  const ref = controlById.get(data.id)
  if (!ref) throw new ContentError(`${file}: frontmatter "id": "${data.id}" is not an Annex A control`)
  const expectedFile = `controls/${controlUrl(data.id).split('/').pop()}.md`
  if (file !== expectedFile) fail('id', `the number that matches the file name (${data.id} belongs in ${expectedFile})`)
  if (data.theme !== ref.theme) fail('theme', `"${ref.theme}"`)
  if (data.title !== ref.title_ja) fail('title', `"${ref.title_ja}"`)
  for (const key of ATTRIBUTE_KEYS) {
    if (!sameSet(data.attributes[key], ref.attributes[key])) {
      fail(`attributes.${key}`, `[${ref.attributes[key].join(', ')}]`)
    }
  }
  if (!sameSet(data.iso27001_2013, ref.iso27001_2013)) {
    fail('iso27001_2013', ref.iso27001_2013.length ? `[${ref.iso27001_2013.join(', ')}]` : '[] (new in 2022)')
  }
  return ref
}

function toControlPage(source: SourceFile): ControlPage {
  const data = validate(controlSchema, source)
  const ref = checkAgainstReference(source.relativePath, data)
  expectH1(source, `${ref.id} ${ref.title_ja}`)
  const { id, description, aliases, related } = data
  return { id, file: source.relativePath, url: controlUrl(id), description, aliases, related }
}

const controlPages = (sources: SourceFile[]) =>
  sources.filter((source) => path.posix.basename(source.relativePath) !== 'index.md').map((source) => fromSource(source, toControlPage))

export const loadControlPages = (docsDir = DOCS_DIR): ControlPage[] => fromDirectory(docsDir, 'controls', controlPages)
