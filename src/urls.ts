/** A page's clean URL from its source path: `requirements/index.md` → `/requirements/`, `blog/posts/x.md` → `/blog/posts/x`. */
export const pageUrl = (relativePath: string) => '/' + relativePath.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')
