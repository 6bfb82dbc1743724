/** Hands a file to the reader as a download; nothing leaves the browser. */
export function saveFile(name: string, data: Blob | string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The file the reader just picked in an `<input type="file">`, as text; the input is cleared so it can be picked again. */
export async function pickedFile(event: Event): Promise<{ name: string; text: string } | null> {
  const input = event.target as HTMLInputElement
  const file = input.files?.[0]
  input.value = ''
  return file ? { name: file.name, text: await file.text() } : null
}

/** The first line of the problems listed when a picked file cannot be imported. */
export const notImported = (name: string) => `「${name}」は読み込めませんでした。保存済みの内容は変わっていません。`
