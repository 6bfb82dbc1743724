import fs from 'node:fs'
import path from 'node:path'
import { loadTemplatePages } from '../content/templates'
import { readSource } from '../content/frontmatter'
import { expandGeneratedBlocks } from '../markdown/generated-blocks'
import { DOCS_DIR } from '../paths'
import { templateDownloadPath } from '../urls'
import { absoluteUrl } from '../site'
import { loadSelfCheck } from '../self-check/questions'
import { checklistCsv, checklistMarkdown } from '../self-check/report'
import { removeGuidance } from './guidance'

/** A template as a reader downloads it: generated tables filled in, guidance removed, site links made absolute. */
export function templateDocument(body: string, docsDir = DOCS_DIR): string {
  return removeGuidance(expandGeneratedBlocks(body, 'document', docsDir)).replace(/\]\((\/[^)\s]*)\)/g, (_, url: string) => `](${absoluteUrl(url)})`)
}

/** Where the internal-audit checklist (all controls, nothing filled in) is published. */
export const CHECKLIST_DOWNLOADS = { md: '/downloads/self-check/audit-checklist.md', csv: '/downloads/self-check/audit-checklist.csv' }

/** Writes every template's downloadable Markdown, and the internal-audit checklist, into the built site. */
export function writeDownloads(outDir: string, docsDir = DOCS_DIR): void {
  const write = (urlPath: string, text: string) => {
    const file = path.join(outDir, urlPath)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, text)
  }
  for (const t of loadTemplatePages(docsDir)) write(templateDownloadPath(t.id), templateDocument(readSource(docsDir, t.file).body, docsDir))
  const selfCheck = loadSelfCheck()
  write(CHECKLIST_DOWNLOADS.md, checklistMarkdown(selfCheck))
  write(CHECKLIST_DOWNLOADS.csv, checklistCsv(selfCheck))
}
