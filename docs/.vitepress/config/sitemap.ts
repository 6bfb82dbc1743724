import { gitDates } from '../../../src/git-dates'
import { DOCS_DIR } from '../../../src/paths'

/** Each page's last commit as its `lastmod`, as VitePress gives it when it dates pages itself. */
export function withLastmod<Item extends { url: string; lastmod?: unknown }>(items: Item[]): Item[] {
  const dates = gitDates(DOCS_DIR)
  return items.map((item) => {
    const lastmod = dates.get(item.url.replace(/(^|\/)$/, '$1index').replace(/(\.html)?$/, '.md'))
    return lastmod ? { ...item, lastmod } : item
  })
}
