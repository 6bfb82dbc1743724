import type { DefaultTheme } from 'vitepress'
import { loadReferencePages } from '../../../src/content'
import { controlUrl } from '../../../src/content/controls'
import { requirementUrl } from '../../../src/content/requirements'
import { TEMPLATE_GROUPS } from '../../../src/content/templates'
import { THEME_LABELS } from '../../../src/labels'
import { THEMES, clauses, compareIds, controlById } from '../../../src/reference'

/** Sidebars built from the pages that exist, in the standard's order. */
export function sidebar(): DefaultTheme.SidebarMulti {
  const { controls, requirements, templates } = loadReferencePages()
  const written = new Set(requirements.map((r) => r.id))

  const clauseItems = (parent: string): DefaultTheme.SidebarItem[] =>
    clauses
      .filter((c) => c.parent === parent && written.has(c.id))
      .map((c) => {
        const items = clauseItems(c.id)
        return { text: `${c.id} ${c.title_ja}`, link: requirementUrl(c.id), ...(items.length && { items }) }
      })

  const requirementSidebar = clauses
    .filter((c) => c.parent === null)
    .map((c) => ({ text: `${c.id} ${c.title_ja}`, items: clauseItems(c.id) }))
    .filter((group) => group.items.length)

  // Up to 93 controls: each theme opens on its own pages, so other themes' lists cost nothing.
  const controlSidebar = THEMES.map((theme) => ({
    text: THEME_LABELS[theme],
    collapsed: true,
    items: controls
      .filter((c) => controlById.get(c.id)!.theme === theme)
      .sort((a, b) => compareIds(a.id, b.id))
      .map((c) => ({ text: `${c.id} ${controlById.get(c.id)!.title_ja}`, link: controlUrl(c.id) }))
  })).filter((group) => group.items.length)

  const templateSidebar = (Object.keys(TEMPLATE_GROUPS) as (keyof typeof TEMPLATE_GROUPS)[])
    .map((group) => ({
      text: TEMPLATE_GROUPS[group],
      items: templates.filter((t) => t.group === group).map((t) => ({ text: t.title, link: t.url }))
    }))
    .filter((group) => group.items.length)

  return {
    '/requirements/': [{ text: '要求事項の全体像', link: '/requirements/' }, ...requirementSidebar],
    '/controls/': [{ text: '管理策の一覧と検索', link: '/controls/' }, ...controlSidebar],
    '/isms/': [
      { text: 'テンプレートの一覧', link: '/isms/' },
      ...templateSidebar
    ]
  }
}
