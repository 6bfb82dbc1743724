import { defineLoader } from 'vitepress'
import { tagIndex } from '../../../src/blog-routes'

declare const data: ReturnType<typeof tagIndex>
export { data }

export default defineLoader({
  watch: ['../posts/*.md'],
  load: () => tagIndex()
})
