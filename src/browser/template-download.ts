import { templateDownloadPath } from '../urls'
import type { PlaceholderValues, SoaEntries } from '../store/schema'
import { personalise } from '../templates/personalise'
import { SOA_TEMPLATE_ID } from '../templates/soa'
import { saveFile } from './save-file'
import { saveWord } from './save-word'

export type DownloadFormat = 'md' | 'docx'

/**
 * Downloads a template filled in with the reader's values (and, for the SoA, the reader's rows, in landscape): the
 * published Markdown (guidance already removed) is personalised here.
 */
export async function downloadTemplate(id: string, format: DownloadFormat, values: Readonly<PlaceholderValues>, soa: SoaEntries): Promise<void> {
  const response = await fetch(templateDownloadPath(id))
  if (!response.ok) throw new Error(`テンプレートを読み込めませんでした（${response.status}）`)
  const isSoa = id === SOA_TEMPLATE_ID
  const markdown = personalise(await response.text(), values, isSoa ? soa : undefined)
  const name = id.split('/').pop()!
  if (format === 'md') saveFile(`${name}.md`, markdown, 'text/markdown;charset=utf-8')
  else await saveWord(`${name}.docx`, markdown, { landscape: isSoa })
}
