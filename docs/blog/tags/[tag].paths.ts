import { tagPages } from '../../../src/blog-routes'

export default {
  paths: () => tagPages().filter((p) => p.pagination.current === 1).map((params) => ({ params }))
}
