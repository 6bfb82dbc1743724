import { defineLoader } from 'vitepress'
import { selfCheckLinks } from '../../src/self-check/links'
import { loadSelfCheck } from '../../src/self-check/questions'

declare const data: { selfCheck: ReturnType<typeof loadSelfCheck>; links: ReturnType<typeof selfCheckLinks> }
export { data }

export default defineLoader({
  watch: ['../../data/self-check.yaml', '../requirements/*.md', '../controls/*.md', '../isms/**/*.md'],
  load: () => ({ selfCheck: loadSelfCheck(), links: selfCheckLinks() })
})
