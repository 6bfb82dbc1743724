import type { MarkdownOptions } from 'vitepress'
import { japaneseAnchorLabels } from '../../../src/markdown/anchor-labels'
import { pageBlocks } from '../../../src/markdown/page-blocks'
import { templatePlaceholders } from '../../../src/markdown/placeholders'
import { slugify } from '../../../src/markdown/slugify'

export const markdown: MarkdownOptions = {
  anchor: { slugify },
  toc: { slugify },
  config(md) {
    md.use(pageBlocks)
    md.use(japaneseAnchorLabels)
    md.use(templatePlaceholders)
  }
}
