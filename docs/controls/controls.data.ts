import { defineLoader } from 'vitepress'
import { controlUrl, loadControlPages } from '../../src/content/controls'
import type { ExplorerControl } from '../../src/explorer'
import { controls } from '../../src/reference'

declare const data: ExplorerControl[]
export { data }

export default defineLoader({
  watch: ['./a-*.md'],
  load(): ExplorerControl[] {
    const written = new Set(loadControlPages().map((p) => p.id))
    return controls.map((c) => ({
      id: c.id,
      title: c.title_ja,
      theme: c.theme,
      isNew: c.new_in_2022,
      origin: c.iso27001_2013,
      attributes: c.attributes,
      url: written.has(c.id) ? controlUrl(c.id) : null
    }))
  }
})
