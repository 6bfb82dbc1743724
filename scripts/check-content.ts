/** Validates every content file's frontmatter and lists relations to pages not written yet. */
import { loadReferencePages } from '../src/content'
import { loadPosts } from '../src/content/posts'

try {
  const posts = loadPosts()
  const { controls, requirements, templates, xref } = loadReferencePages()
  console.log(
    `ok: ${posts.length} posts, ${requirements.length} requirement pages, ${controls.length} control pages, ${templates.length} templates`
  )
  const pending = new Map<string, string[]>()
  for (const { file, ref } of xref.pending) pending.set(ref.title, [...(pending.get(ref.title) ?? []), file])
  if (pending.size) console.log(`pending references (${pending.size} pages not written yet):`)
  for (const [title, files] of pending) console.log(`  ${title}  ← ${files.join(', ')}`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
