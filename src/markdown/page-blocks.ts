import type { MarkdownRenderer } from 'vitepress'
import { loadReferencePages } from '../content'
import { loadPosts, postOf } from '../content/posts'
import { requirementUrl } from '../content/requirements'
import { clauseById, childClauses, controlById } from '../reference'
import { renderControlSummary } from '../render/control-summary'
import { renderPostFooter, renderPostMeta } from '../render/post'
import { RELATIONS_HEADING, renderRelations } from '../render/relations'
import { renderRequirementSummary } from '../render/requirement-summary'
import { renderTemplateSummary, renderTemplateTools } from '../render/template-summary'
import { requirementsMap } from '../requirements-map'
import { NOT_INDEXED } from '../search/sections'

type StateCore = Parameters<Parameters<MarkdownRenderer['core']['ruler']['push']>[1]>[0]
type Token = StateCore['tokens'][number]

interface PageBlocksEnv {
  relativePath?: string
}

const CONTROL = /^controls\/a-(\d+)-(\d+)\.md$/
const REQUIREMENT = /^requirements\/(\d+(?:-\d+)*)\.md$/
const POST = /^blog\/posts\/[^/]+\.md$/
const TEMPLATE = /^isms\/(.+\/.+)\.md$/

/**
 * Adds the generated parts of content pages, so that they are plain HTML in the page (no
 * JavaScript) and built from frontmatter, never by hand: a control's facts box, a requirement's
 * documented-information box, a template's facts and download link, the two-way 関連 section, and a post's
 * title, meta and footer.
 * Navigation-only parts come last, after a mark that keeps them out of the search index.
 */
export function pageBlocks(md: MarkdownRenderer, docsDir?: string) {
  md.core.ruler.after('inline', 'isms_page_blocks', (state) => {
    const env = state.env as PageBlocksEnv
    const file = env.relativePath ?? ''
    if (POST.test(file)) return addPostBlocks(state, file, docsDir)
    const control = CONTROL.exec(file)
    const requirement = REQUIREMENT.exec(file)
    const template = TEMPLATE.exec(file)
    if (!control && !requirement && !template) return

    const { xref, requirements, templates } = loadReferencePages(docsDir)
    if (template) {
      const page = templates.find((t) => t.id === template[1])
      if (!page) return
      const documents = requirementsMap(docsDir).documents.filter((d) => d.template.url === page.url)
      insertAfterH1(state, html(state, renderTemplateSummary(page, documents) + '\n' + renderTemplateTools(page)))
      appendSection(state, RELATIONS_HEADING, renderRelations(xref.relationsOf('template', page.id)))
    } else if (control) {
      const id = `${control[1]}.${control[2]}`
      insertAfterH1(state, html(state, renderControlSummary(controlById.get(id)!)))
      appendSection(state, RELATIONS_HEADING, renderRelations(xref.relationsOf('control', id)))
    } else {
      const id = requirement![1]!.replaceAll('-', '.')
      const page = requirements.find((r) => r.id === id)
      if (!page || !clauseById.has(id)) return
      const written = new Set(requirements.map((r) => r.id))
      const children = childClauses(id).map((c) => ({
        kind: 'requirement' as const,
        id: c.id,
        title: `${c.id} ${c.title_ja}`,
        url: written.has(c.id) ? requirementUrl(c.id) : null
      }))
      insertAfterH1(state, html(state, renderRequirementSummary(page.documentedInformation, children)))
      appendSection(state, RELATIONS_HEADING, renderRelations(xref.relationsOf('requirement', id)))
    }
  })
}

function addPostBlocks(state: StateCore, file: string, docsDir?: string) {
  const posts = loadPosts(docsDir)
  const post = postOf(posts, file)
  if (!post) return // a draft: it is not built at all
  // A first line `# title` repeating the frontmatter title gives way to the generated title.
  const [open, inline] = state.tokens
  if (open?.type === 'heading_open' && open.tag === 'h1' && inline?.content.trim() === post.title) state.tokens.splice(0, 3)
  state.tokens.unshift(...heading(state, 1, post.title), html(state, renderPostMeta(post)))
  state.tokens.push(html(state, NOT_INDEXED), html(state, renderPostFooter(posts, post)))
}

function html(state: StateCore, content: string): Token {
  const token = new state.Token('html_block', '', 0)
  token.content = content + '\n'
  token.block = true
  return token
}

function heading(state: StateCore, level: number, text: string): Token[] {
  const open = new state.Token('heading_open', `h${level}`, 1)
  open.markup = '#'.repeat(level)
  open.block = true
  open.attrSet('v-pre', '')
  // Added after inline parsing, with a single text child: a title is text however it is spelled.
  const inline = new state.Token('inline', '', 0)
  inline.content = text
  const child = new state.Token('text', '', 0)
  child.content = text
  inline.children = [child]
  const close = new state.Token('heading_close', `h${level}`, -1)
  close.markup = open.markup
  close.block = true
  return [open, inline, close]
}

function insertAfterH1(state: StateCore, token: Token) {
  const i = state.tokens.findIndex((t) => t.type === 'heading_close' && t.tag === 'h1')
  state.tokens.splice(i + 1, 0, token)
}

/** The generated 関連 section (its heading is marked so that printing a template can leave it out). */
function appendSection(state: StateCore, title: string, body: string) {
  if (!body) return
  const tokens = heading(state, 2, title)
  tokens[0]!.attrSet('class', 'relations-heading')
  state.tokens.push(html(state, NOT_INDEXED), ...tokens, html(state, body))
}
