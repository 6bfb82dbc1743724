import { defineLoader } from 'vitepress'
import { requirementsMap } from '../../src/requirements-map'

declare const data: ReturnType<typeof requirementsMap>
export { data }

export default defineLoader({
  watch: ['./*.md', '../isms/**/*.md'],
  load: () => requirementsMap()
})
