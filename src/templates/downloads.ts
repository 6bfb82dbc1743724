import fs from 'node:fs'
import path from 'node:path'
import { loadTemplatePages } from '../content/templates'
import { readSource } from '../content/frontmatter'
import { expandGeneratedBlocks } from '../markdown/generated-blocks'
import { DOCS_DIR } from '../paths'
import { templateDownloadPath } from '../urls'
import { absoluteUrl } from '../site'
import { removeGuidance } from './guidance'

/** A template as a reader downloads it: generated tables filled in, guidance removed, site links made absolute. */
export function templateDocument(body: string, docsDir = DOCS_DIR): string {
  return removeGuidance(expandGeneratedBlocks(body, 'document', docsDir)).replace(/\]\((\/[^)\s]*)\)/g, (_, url: string) => `](${absoluteUrl(url)})`)
}

/** Writes every template's downloadable Markdown into the built site. */
export function writeTemplateDownloads(outDir: string, docsDir = DOCS_DIR): number {
  const templates = loadTemplatePages(docsDir)
  for (const t of templates) {
    const file = path.join(outDir, templateDownloadPath(t.id))
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, templateDocument(readSource(docsDir, t.file).body, docsDir))
  }
  return templates.length
}
