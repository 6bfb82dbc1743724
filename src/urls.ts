/** A page's clean URL from its source path: `requirements/index.md` → `/requirements/`, `blog/posts/x.md` → `/blog/posts/x`. */
export const pageUrl = (relativePath: string) => '/' + relativePath.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')

/** `5.1` → `/controls/a-5-1` (docs/controls/a-5-1.md). */
export const controlUrl = (id: string) => `/controls/a-${id.replaceAll('.', '-')}`

/** `6.1.2` → `/requirements/6-1-2` (docs/requirements/6-1-2.md). */
export const requirementUrl = (id: string) => `/requirements/${id.replaceAll('.', '-')}`

/** `manual/isms-manual` → `/isms/manual/isms-manual` (docs/isms/manual/isms-manual.md). */
export const templateUrl = (id: string) => `/isms/${id}`

/** Where the Markdown of a template, without the writer's guidance, is published. */
export const templateDownloadPath = (id: string) => `/downloads/isms/${id}.md`
