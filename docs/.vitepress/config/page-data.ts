import type { PageData, TransformPageContext } from 'vitepress'
import { gitDates } from '../../../src/git-dates'
import { clauseById, controlById } from '../../../src/reference'

const POST = /^blog\/posts\/[^/]+\.md$/
const CONTROL = /^controls\/a-\d+-\d+\.md$/
const REQUIREMENT = /^requirements\/\d+(?:-\d+)*\.md$/

/**
 * Page titles that the frontmatter alone does not give (numbered standard pages and list routes),
 * and the date of the page's last commit, as VitePress's `lastUpdated` gives it (see git-dates.ts).
 */
export function transformPageData(pageData: PageData, { siteConfig }: TransformPageContext) {
  const { relativePath: file, frontmatter, params } = pageData
  if (frontmatter.lastUpdated instanceof Date) pageData.lastUpdated = +frontmatter.lastUpdated
  else if (frontmatter.lastUpdated !== false) pageData.lastUpdated = gitDates(siteConfig.srcDir).get(pageData.filePath)
  if (POST.test(file)) {
    // VitePress reads a title as Markdown and drops anything that looks like HTML; a post's title is text.
    pageData.title = frontmatter.title
  } else if (CONTROL.test(file) && controlById.has(frontmatter.id)) {
    pageData.title = `${frontmatter.id} ${controlById.get(frontmatter.id)!.title_ja}`
  } else if (REQUIREMENT.test(file) && clauseById.has(frontmatter.id)) {
    pageData.title = `${frontmatter.id} ${clauseById.get(frontmatter.id)!.title_ja}`
  } else if (params?.listTitle) {
    pageData.title = params.listTitle
    pageData.description = params.listDescription
  }
}
