import { templateDownloadPath } from '../urls'
import type { PlaceholderValues, SoaEntries } from '../store/schema'
import { personalise } from '../templates/personalise'
import { saveFile } from './save-file'

export type DownloadFormat = 'md' | 'docx'

/**
 * Downloads a template filled in with the reader's values (and, for the SoA, the reader's rows): the published
 * Markdown (guidance already removed) is personalised here, and turned into Word by a writer that loads only now.
 */
export async function downloadTemplate(
  id: string,
  format: DownloadFormat,
  values: Readonly<PlaceholderValues>,
  options: { soa?: SoaEntries; landscape?: boolean } = {}
): Promise<void> {
  const response = await fetch(templateDownloadPath(id))
  if (!response.ok) throw new Error(`テンプレートを読み込めませんでした（${response.status}）`)
  const markdown = personalise(await response.text(), values, options.soa)
  const name = id.split('/').pop()!
  if (format === 'md') return saveFile(`${name}.md`, markdown, 'text/markdown;charset=utf-8')
  const [{ markdownToDocx }, { Packer }] = await Promise.all([import('../templates/docx'), import('docx')])
  const blob = await Packer.toBlob(markdownToDocx(markdown, { landscape: options.landscape }))
  saveFile(`${name}.docx`, blob)
}
