import path from 'node:path'
import { z } from 'zod'
import { DOCS_DIR } from '../paths'
import { expectH1, fromSource, listMarkdown, nonEmptyText, readSource, validate, vitepressKeys, type SourceFile } from './frontmatter'
import { relatedSchema } from './relations'

export const templateSchema = z.strictObject({
  ...vitepressKeys,
  title: nonEmptyText('the template title'),
  description: nonEmptyText('a one-sentence summary'),
  related: relatedSchema
})

export interface TemplatePage {
  /** Path under docs/isms without `.md`: `manual/isms-manual`. */
  id: string
  file: string
  url: string
  title: string
  description: string
  related: z.output<typeof relatedSchema>
}

export const templateUrl = (id: string) => `/isms/${id}`

function toTemplatePage(source: SourceFile): TemplatePage {
  const data = validate(templateSchema, source)
  expectH1(source, data.title)
  const id = source.relativePath.slice('isms/'.length, -'.md'.length)
  return { id, file: source.relativePath, url: templateUrl(id), title: data.title, description: data.description, related: data.related }
}

export function loadTemplatePages(docsDir = DOCS_DIR): TemplatePage[] {
  return listMarkdown(docsDir, 'isms', { recursive: true })
    .filter((file) => path.posix.basename(file) !== 'index.md')
    .map((file) => fromSource(readSource(docsDir, file), toTemplatePage))
}
