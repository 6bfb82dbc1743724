import { defineLoader } from 'vitepress'
import { blogPages, type ListParams } from '../../src/blog-routes'

declare const data: ListParams
export { data }

export default defineLoader({
  watch: ['./posts/*.md'],
  load: () => blogPages()[0]!
})
