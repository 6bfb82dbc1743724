import fs from 'node:fs'
import path from 'node:path'
import yaml from 'js-yaml'
import { Packer } from 'docx'
import { readSource } from '../content/frontmatter'
import { loadTemplatePages } from '../content/templates'
import { DOCS_DIR } from '../paths'
import { checkValues, type PlaceholderValues, type SoaEntries } from '../store/schema'
import { markdownToDocx } from './docx'
import { templateDocument } from './downloads'
import { personalise } from './personalise'
import { PLACEHOLDER_PATTERN } from './placeholders'
import { SOA_TEMPLATE_ID } from './soa'
import { soaFromCsv } from './soa-csv'

/** A problem with the reader's input files: reported as a message, never as a stack trace. */
export class InputError extends Error {
  override name = 'InputError'
}

function readInput(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    throw new InputError(`${what} ${file} を読み込めません（ファイルがないか、読み取れません）`)
  }
}

/** organization.yaml: placeholder name → value. Unknown names are warnings; a broken file is an error. */
export function readConfig(file: string): { values: PlaceholderValues; warnings: string[] } {
  let data: unknown
  try {
    data = yaml.load(readInput(file, '設定ファイル'), { schema: yaml.CORE_SCHEMA })
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(`設定ファイル ${file} はYAMLとして読めません（${error instanceof Error ? error.message.split('\n')[0] : error}）`)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError(`設定ファイル ${file} は「項目名: 値」の形で書いてください`)
  }
  const { value, problems } = checkValues(data)
  return { values: value, warnings: problems.map((p) => `${file}: ${p}`) }
}

export function readSoaCsv(file: string): SoaEntries {
  const { entries, problems } = soaFromCsv(readInput(file, '適用宣言書のCSV'))
  if (problems.length) throw new InputError([`適用宣言書のCSV ${file} に問題があります：`, ...problems.map((p) => `  ${p}`)].join('\n'))
  return entries
}

export type Format = 'md' | 'docx'

/** Writes every template filled in; returns the files written and the placeholders the values did not cover. */
export async function generateDocuments(options: { outDir: string; format: Format; values: PlaceholderValues; soa?: SoaEntries; docsDir?: string }) {
  const { outDir, format, values, soa, docsDir = DOCS_DIR } = options
  const files: string[] = []
  const unfilled = new Set<string>()
  for (const t of loadTemplatePages(docsDir)) {
    const isSoa = t.id === SOA_TEMPLATE_ID
    const markdown = personalise(templateDocument(readSource(docsDir, t.file).body, docsDir), values, isSoa ? soa : undefined)
    for (const [, name] of markdown.matchAll(PLACEHOLDER_PATTERN)) unfilled.add(name!)
    const file = path.join(outDir, `${t.id}.${format}`)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    if (format === 'md') fs.writeFileSync(file, markdown)
    else fs.writeFileSync(file, await Packer.toBuffer(markdownToDocx(markdown, { landscape: isSoa })))
    files.push(file)
  }
  return { files, unfilled: [...unfilled] }
}
