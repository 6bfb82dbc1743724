import { tokenize } from './tokenize'

/**
 * MiniSearch options for the site's local search, shared by the index build (VitePress config)
 * and the search box (theme): the same tokenizer on both sides.
 */
export const miniSearch = {
  options: { tokenize },
  searchOptions: {
    tokenize,
    combineWith: 'AND',
    prefix: true,
    fuzzy: (term: string) => (/^[a-z]{5,}$/.test(term) ? 0.2 : false),
    boost: { title: 6, titles: 2, text: 1 },
    // A page's own first section (its h1) is the page about the query.
    boostDocument: (id: string) => (id.includes('#') ? 1 : 1.5)
  }
}
