import { tokenize } from './tokenize'

/**
 * MiniSearch options for the site's local search, shared by the index build (VitePress config)
 * and the search box (theme): the same tokenizer on both sides.
 */
export const miniSearch = {
  // `aliases`: the words readers use for a page's topic (frontmatter), indexed on the page's first section.
  options: { tokenize, fields: ['title', 'titles', 'text', 'aliases'] },
  searchOptions: {
    tokenize,
    combineWith: 'AND',
    prefix: true,
    fuzzy: (term: string) => (/^[a-z]{5,}$/.test(term) ? 0.2 : false),
    boost: { title: 6, aliases: 4, titles: 2, text: 1 },
    // A page's own first section (its h1) is the page about the query.
    boostDocument: (id: string) => (id.includes('#') ? 1 : 1.5)
  }
}
