/** A page's rendered Markdown cut into the sections the search shows, one per heading with an anchor. */
export interface Section {
  /** The page's URL, with `#anchor` for a section below the page's first heading. */
  id: string
  title: string
  /** The headings above this one. */
  titles: string[]
  text: string
}

/** Put before a page's closing navigation (related pages, previous and next post): the index stops there. */
export const NOT_INDEXED = '<!-- not indexed -->'

// A heading whose content ends with its permalink: <h2 id="…">Title <a class="header-anchor" href="#…">…</a></h2>
const HEADING = /<h([1-6])[^>]*>(.*?)<a [^>]*href="#([^"]*)"[^>]*>.*?<\/a><\/h\1>/gis
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

export const htmlToText = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(parseInt(e.slice(e[1] === 'x' || e[1] === 'X' ? 2 : 1), e[1]?.toLowerCase() === 'x' ? 16 : 10)) : (ENTITIES[e] ?? m)
    )
    .replace(/\s+/g, ' ')
    .trim()

/**
 * The page's title (a first heading of level 1) gives the page's own section, its URL without anchor;
 * text before the first heading belongs to none. A section's parents are the nearest headings of each higher level.
 */
export function htmlSections(url: string, html: string): Section[] {
  const sections: Section[] = []
  const parents: string[] = []
  const parts = html.split(NOT_INDEXED)[0]!.split(HEADING)
  for (let i = 1; i < parts.length; i += 4) {
    const level = Number(parts[i])
    const title = htmlToText(parts[i + 1]!)
    const text = htmlToText(parts[i + 3] ?? '')
    if (!title) continue
    parents.length = level - 1
    sections.push({ id: level === 1 && !sections.length ? url : `${url}#${parts[i + 2]}`, title, titles: parents.filter(Boolean), text })
    parents[level - 1] = title
  }
  return sections
}
