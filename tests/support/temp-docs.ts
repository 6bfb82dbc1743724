import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A throw-away docs directory holding the given files (path → content). */
export function tempDocs(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isms-docs-'))
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), content)
  }
  return dir
}

export const post = (frontmatter: string, body = '本文です。') => `---\n${frontmatter.trim()}\n---\n\n${body}\n`
