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
    boost: { title: 6, aliases: 6, titles: 2, text: 1 },
    // A declared alias counts as much as the title. A page's own first section is the page about the query;
    // the home page is the site's overview, the answer to the broadest queries; a post discusses a topic whose
    // reference page is the better first answer.
    boostDocument: (id: string) => (id === '/' ? 3 : id.includes('#') ? 1 : 1.5) * (id.startsWith('/blog/') ? 0.7 : 1)
  }
}
