import path from 'node:path'
import { z } from 'zod'
import { DOCS_DIR } from '../paths'
import { readingMinutes } from '../reading-time'
import { SITE } from '../site'
import { pageUrl } from '../urls'
import { ContentError, fromDirectory, fromSource, isoDate, nonEmptyText, validate, vitepressKeys, type SourceFile } from './frontmatter'

export const POSTS_DIR = 'blog/posts'

export const postSchema = z.strictObject({
  ...vitepressKeys,
  title: nonEmptyText('a title'),
  date: isoDate,
  author: nonEmptyText('an author name').default(SITE.defaultAuthor),
  description: nonEmptyText('a one-sentence description').optional(),
  tags: z
    .array(nonEmptyText('a tag'), { error: 'expected a list of tags, e.g. [入門, 基礎知識]' })
    .refine((tags) => new Set(tags).size === tags.length, { error: 'expected each tag once' })
    .default([]),
  published: z.boolean({ error: 'expected true or false' }).default(true),
  blogPost: z.literal(true, { error: 'expected true (or leave it out)' }).optional()
})

export interface Post {
  /** Docs-relative source path: `blog/posts/2026-01-28-what-is-isms.md`. */
  file: string
  /** `/blog/posts/2026-01-28-what-is-isms` */
  url: string
  title: string
  /** `YYYY-MM-DD`, a calendar date in Asia/Tokyo. */
  date: string
  author: string
  description: string | undefined
  tags: string[]
  published: boolean
  readingMinutes: number
}

const FILE_NAME = /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md$/

function toPost(source: SourceFile): Post {
  const file = source.relativePath
  const data = validate(postSchema, source)
  if (!FILE_NAME.test(path.posix.basename(file))) {
    throw new ContentError(`${file}: a post's file name must be YYYY-MM-DD-slug.md with a lower-case ASCII slug`)
  }
  const h1 = /^#\s+(.*?)\s*#*\s*$/m.exec(withoutTitleHeading(source.body, data.title).replace(/^(```|~~~)[\s\S]*?^\1/gm, ''))
  if (h1) {
    throw new ContentError(
      `${file}: a post's title comes from frontmatter "title"; a first-level heading may only repeat it exactly as the first line ` +
        `(found "# ${h1[1]}", title "${data.title}")`
    )
  }
  return {
    file,
    url: pageUrl(file),
    title: data.title,
    date: data.date,
    author: data.author,
    description: data.description,
    tags: data.tags,
    published: data.published,
    readingMinutes: readingMinutes(withoutTitleHeading(source.body, data.title))
  }
}

/** The body without a first line `# title` that repeats the frontmatter title (as many editors write it). */
export function withoutTitleHeading(body: string, title: string): string {
  const match = /^\s*#\s+(.*?)\s*#*\s*(?:\n|$)/.exec(body)
  return match && match[1] === title ? body.slice(match[0].length) : body
}

const newestFirst = (sources: SourceFile[]) =>
  sources.map((source) => fromSource(source, toPost)).sort((a, b) => b.date.localeCompare(a.date) || b.file.localeCompare(a.file))

/** Every post, drafts included, newest first. The only place that parses post metadata. */
export const loadAllPosts = (docsDir = DOCS_DIR): Post[] => fromDirectory(docsDir, POSTS_DIR, newestFirst)

const published = new WeakMap<Post[], Post[]>()

/** Published posts, newest first. Everything a reader can reach is built from this list (the same list until a file changes). */
export function loadPosts(docsDir = DOCS_DIR): Post[] {
  const all = loadAllPosts(docsDir)
  let list = published.get(all)
  if (!list) published.set(all, (list = all.filter((post) => post.published)))
  return list
}

const byFile = new WeakMap<Post[], Map<string, Post>>()

/** The post built from a source file, among `posts` (indexed once per list: every page asks). */
export function postOf(posts: Post[], file: string): Post | undefined {
  let index = byFile.get(posts)
  if (!index) byFile.set(posts, (index = new Map(posts.map((p) => [p.file, p]))))
  return index.get(file)
}

/** Source files of drafts, for VitePress's `srcExclude`. */
export const draftFiles = (docsDir = DOCS_DIR) =>
  loadAllPosts(docsDir)
    .filter((post) => !post.published)
    .map((post) => post.file)
