import type { MarkdownOptions } from 'vitepress'
import { japaneseAnchorLabels } from '../../../src/markdown/anchor-labels'
import { COPY_BUTTON_TITLE, labelledCopyButton } from '../../../src/markdown/copy-button'
import { generatedBlocks } from '../../../src/markdown/generated-blocks'
import { guideContainer } from '../../../src/markdown/guide-container'
import { pageBlocks } from '../../../src/markdown/page-blocks'
import { templatePlaceholders } from '../../../src/markdown/placeholders'
import { slugify } from '../../../src/markdown/slugify'
import { collectForSearch } from './search'

export const markdown: MarkdownOptions = {
  codeCopyButtonTitle: COPY_BUTTON_TITLE,
  anchor: { slugify },
  toc: { slugify },
  config(md) {
    md.use(generatedBlocks)
    md.use(guideContainer)
    md.use(pageBlocks)
    md.use(labelledCopyButton)
    md.use(japaneseAnchorLabels)
    md.use(templatePlaceholders)
    md.use(collectForSearch)
  }
}
