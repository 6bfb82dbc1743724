import path from 'node:path'
import { z } from 'zod'
import { DOCS_DIR } from '../paths'
import { templateUrl } from '../urls'
import { aliasesSchema, ContentError, expectH1, fromDirectory, fromSource, nonEmptyText, validate, vitepressKeys, type SourceFile } from './frontmatter'
import { guidanceProblems } from '../templates/guidance'
import { unknownPlaceholders } from '../templates/placeholders'
import { relatedSchema, templateCatalog } from './relations'

/** Where a document sits in the ISMS; the catalogue on /isms/ is grouped by it, in this order. */
export const TEMPLATE_GROUPS = {
  context: '組織の状況と適用範囲',
  leadership: 'リーダーシップ',
  planning: '計画とリスク',
  support: '支援',
  operation: '運用',
  evaluation: 'パフォーマンス評価',
  improvement: '改善',
  'annex-a': '附属書Aの管理策'
} as const

export const TEMPLATE_KINDS = {
  manual: 'マニュアル',
  policy: '方針',
  procedure: '手順',
  plan: '計画',
  statement: '記述書・宣言書',
  register: '台帳',
  record: '記録',
  agreement: '誓約書・合意書'
} as const

const TEMPLATE_ALIASES = ['テンプレート', 'ひな形', '雛形', '様式', 'サンプル', '書式']

const keysOf = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]]

export const templateSchema = z.strictObject({
  ...vitepressKeys,
  title: nonEmptyText('the template title'),
  description: nonEmptyText('a one-sentence summary'),
  group: z.enum(keysOf(TEMPLATE_GROUPS), { error: `expected one of ${Object.keys(TEMPLATE_GROUPS).join(', ')}` }),
  kind: z.enum(keysOf(TEMPLATE_KINDS), { error: `expected one of ${Object.keys(TEMPLATE_KINDS).join(', ')}` }),
  aliases: aliasesSchema,
  related: relatedSchema
})

export interface TemplatePage {
  /** Path under docs/isms without `.md`: `manual/isms-manual`. */
  id: string
  file: string
  url: string
  title: string
  description: string
  group: keyof typeof TEMPLATE_GROUPS
  kind: keyof typeof TEMPLATE_KINDS
  aliases: string[]
  related: z.output<typeof relatedSchema>
}

export { templateUrl } from '../urls'

function toTemplatePage(source: SourceFile): TemplatePage {
  const data = validate(templateSchema, source)
  expectH1(source, data.title)
  const fail = (problem: string): never => {
    throw new ContentError(`${source.relativePath}: ${problem}`)
  }
  const unknown = unknownPlaceholders(source.body)
  if (unknown.length) {
    fail(`unknown placeholder ${unknown.map((name) => `{{${name}}}`).join(', ')} (use one of the names in src/templates/placeholders.ts, or add it there)`)
  }
  const [problem] = guidanceProblems(source.body)
  if (problem) fail(`guide block: ${problem}`)
  const id = source.relativePath.slice('isms/'.length, -'.md'.length)
  const listed = templateCatalog.get(id) ?? fail(`"${id}" is not in data/templates.json (add it there with its Japanese name)`)
  if (listed !== data.title) fail(`frontmatter "title": expected "${listed}" (the name in data/templates.json)`)
  const { title, description, group, kind, related } = data
  // Every template is found by the words readers add when they look for a document to start from.
  const aliases = [...new Set([...data.aliases, ...TEMPLATE_ALIASES])]
  return { id, file: source.relativePath, url: templateUrl(id), title, description, group, kind, aliases, related }
}

const templatePages = (sources: SourceFile[]) =>
  sources.filter((source) => path.posix.basename(source.relativePath) !== 'index.md').map((source) => fromSource(source, toTemplatePage))

export const loadTemplatePages = (docsDir = DOCS_DIR): TemplatePage[] => fromDirectory(docsDir, 'isms', templatePages, { recursive: true })
