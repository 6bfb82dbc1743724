import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { gitDates } from '../../src/git-dates'

function commit(dir: string, files: Record<string, string>, date: string) {
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), content)
  }
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
  execFileSync('git', ['add', '-A'], { cwd: dir })
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@localhost', 'commit', '-qm', date], { cwd: dir, env })
}

it('dates every file by its last commit, from one pass over the history, relative to the directory asked', () => {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'git-dates-'))
  execFileSync('git', ['init', '-q'], { cwd: repo })
  commit(repo, { 'docs/a.md': '1', 'docs/blog/b.md': '1', 'docs/日本語.md': '1', 'other.txt': '1' }, '2026-01-01T09:00:00+09:00')
  commit(repo, { 'docs/a.md': '2' }, '2026-02-01T09:00:00+09:00')
  fs.writeFileSync(path.join(repo, 'docs/new.md'), 'not committed')

  const dates = gitDates(path.join(repo, 'docs'))
  expect(Object.fromEntries(dates)).toEqual({
    'a.md': Date.parse('2026-02-01T00:00:00Z'),
    'blog/b.md': Date.parse('2026-01-01T00:00:00Z'),
    '日本語.md': Date.parse('2026-01-01T00:00:00Z')
  })
})

it('gives no dates outside a git checkout', () => {
  expect(gitDates(fs.mkdtempSync(path.join(os.tmpdir(), 'no-git-'))).size).toBe(0)
})
