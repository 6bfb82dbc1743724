import { blogPages } from '../../../src/blog-routes'

export default {
  paths: () =>
    blogPages()
      .slice(1)
      .map((params) => ({ params: { ...params, page: String(params.pagination.current) } }))
}
