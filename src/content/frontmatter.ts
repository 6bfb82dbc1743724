import fs from 'node:fs'
import path from 'node:path'
import matter from 'gray-matter'
import yaml from 'js-yaml'
import { z } from 'zod'

/** A content file that cannot be built. The message names the file and the field. */
export class ContentError extends Error {
  override name = 'ContentError'
}

export interface SourceFile {
  /** Path relative to the docs directory, with forward slashes: `blog/posts/2026-01-28-what-is-isms.md`. */
  relativePath: string
  data: Record<string, unknown>
  body: string
}

// CORE_SCHEMA keeps `2026-02-30` a string, so an impossible date can be reported instead of rolled over.
const parseYaml = (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}

const cache = new Map<string, { stamp: string; source: SourceFile }>()
const listings = new Map<string, string[]>()
let unchanged = false

/**
 * For a build: no source file changes while it runs, so each is read and listed once, not checked
 * again on every use (every page asks for the list of posts; checking each file each time made a
 * build's cost grow with the square of the number of posts). Without it, as in dev, every use checks.
 */
export function assumeSourcesUnchanged() {
  unchanged = true
}

/** Reads and parses one file; parsed once per change, however many routes and scripts ask. */
export function readSource(docsDir: string, relativePath: string): SourceFile {
  const file = path.join(docsDir, relativePath)
  if (unchanged && cache.has(file)) return cache.get(file)!.source
  const stat = fs.statSync(file)
  const stamp = `${stat.mtimeMs}:${stat.size}`
  const hit = cache.get(file)
  if (hit?.stamp === stamp) return hit.source
  const source = parseSource(relativePath, fs.readFileSync(file, 'utf8'))
  cache.set(file, { stamp, source })
  return source
}

export function parseSource(relativePath: string, text: string): SourceFile {
  let parsed: matter.GrayMatterFile<string>
  try {
    parsed = matter(text, { engines: { yaml: parseYaml } })
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new ContentError(`${relativePath}: frontmatter is not valid YAML (${reason})`)
  }
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
    throw new ContentError(`${relativePath}: frontmatter must be a mapping of keys to values`)
  }
  return { relativePath, data: parsed.data, body: parsed.content }
}

const derived = new WeakMap<SourceFile, unknown>()

/**
 * What a loader derives from a file, computed once per version of the file: `readSource` returns
 * the same object until the file changes, so routes, feeds and pages share one validation.
 */
export function fromSource<T>(source: SourceFile, derive: (source: SourceFile) => T): T {
  if (!derived.has(source)) derived.set(source, derive(source))
  return derived.get(source) as T
}

const byLoader = new WeakMap<object, Map<string, { sources: SourceFile[]; value: unknown }>>()

/**
 * What a loader derives from all Markdown files of a directory (below the docs directory), derived
 * again only when one of them has changed: every page of a build asks for the list of posts.
 */
export function fromDirectory<T>(docsDir: string, dir: string, derive: (sources: SourceFile[]) => T, { recursive = false } = {}): T {
  let cache = byLoader.get(derive)
  if (!cache) byLoader.set(derive, (cache = new Map()))
  const last = cache.get(docsDir)
  if (last && unchanged) return last.value as T
  const sources = listMarkdown(docsDir, dir, { recursive }).map((file) => readSource(docsDir, file))
  if (last?.sources.length === sources.length && last.sources.every((s, i) => s === sources[i])) return last.value as T
  const value = derive(sources)
  cache.set(docsDir, { sources, value })
  return value
}

/** Validates frontmatter, turning the first schema issue into one readable error. */
export function validate<T extends z.ZodType>(schema: T, source: SourceFile): z.output<T> {
  const result = schema.safeParse(source.data)
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  const field = issue.path.length ? issue.path.join('.') : undefined
  if (issue.code === 'unrecognized_keys') {
    throw new ContentError(
      `${source.relativePath}: frontmatter has unknown field "${issue.keys.join('", "')}"` +
        (field ? ` in "${field}"` : '') +
        ' (check the spelling; unknown fields are rejected so that a typo cannot change what is published)'
    )
  }
  throw new ContentError(`${source.relativePath}: frontmatter "${field ?? '(root)'}": ${issue.message}`)
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A calendar date written `YYYY-MM-DD` that really exists. */
export const isoDate = z.string({ error: 'expected a date written YYYY-MM-DD' }).refine(
  (value) => {
    const m = DATE.exec(value)
    if (!m) return false
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
    const date = new Date(Date.UTC(y, mo - 1, d))
    return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
  },
  { error: (issue) => `expected a real calendar date written YYYY-MM-DD, got "${String(issue.input)}"` }
)

/** Text that is not blank; `what` names it with its article: "a title". */
export const nonEmptyText = (what: string) =>
  z.string({ error: `expected ${what}` }).trim().min(1, { error: `expected ${what}, got an empty value` })

/** `aliases:` the words readers type for a page's topic when the page uses the standard's term; indexed for search. */
export const aliasesSchema = z
  .array(nonEmptyText('a word or phrase readers search for'), { error: 'expected a list of words, e.g. [脆弱性, パッチ管理]' })
  .superRefine((words, ctx) => {
    const duplicate = words.find((w, i) => words.indexOf(w) !== i)
    if (duplicate) ctx.addIssue({ code: 'custom', message: `"${duplicate}" is listed twice` })
  })
  .default([])

/** Frontmatter keys that VitePress and its default theme understand; allowed on every page. */
export const vitepressKeys = Object.fromEntries(
  [
    'layout', 'titleTemplate', 'head', 'sidebar', 'aside', 'outline', 'lastUpdated', 'editLink',
    'footer', 'prev', 'next', 'navbar', 'pageClass', 'search', 'hero', 'features', 'isHome'
  ].map((key) => [key, z.unknown().optional()])
) as Record<string, z.ZodOptional<z.ZodUnknown>>

/** Markdown files under `dir` (relative to docs), sorted, as docs-relative paths. */
export function listMarkdown(docsDir: string, dir: string, { recursive = false } = {}): string[] {
  const abs = path.join(docsDir, dir)
  const key = `${abs}\0${recursive}`
  if (unchanged && listings.has(key)) return listings.get(key)!
  const files = fs.existsSync(abs)
    ? (fs.readdirSync(abs, { recursive, encoding: 'utf8' }) as string[])
        .filter((name) => name.endsWith('.md') && !name.includes('['))
        .map((name) => path.posix.join(dir, name.split(path.sep).join('/')))
        .sort()
    : []
  listings.set(key, files)
  return files
}

/** Fails unless the page's first Markdown heading is exactly `# expected`. */
export function expectH1(source: SourceFile, expected: string): void {
  const h1 = /^#\s+(.+?)\s*#*\s*$/m.exec(source.body.replace(/^(```|~~~)[\s\S]*?^\1/gm, ''))?.[1]
  if (h1 !== expected) {
    throw new ContentError(
      `${source.relativePath}: the page must start with the heading "# ${expected}"` + (h1 ? ` (found "# ${h1}")` : '')
    )
  }
}
