import { saveFile } from './save-file'

/** Hands Markdown to the reader as a Word file; the Word writer loads only now, in its own chunk. */
export async function saveWord(name: string, markdown: string, options: { landscape?: boolean } = {}): Promise<void> {
  const [{ markdownToDocx }, { Packer }] = await Promise.all([import('../templates/docx'), import('docx')])
  saveFile(name, await Packer.toBlob(markdownToDocx(markdown, options)))
}
