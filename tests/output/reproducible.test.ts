import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { ROOT_DIR } from '../../src/paths'
import { DIST } from '../support/dist'

function digests(dir: string): Map<string, string> {
  const files = (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile())
  return new Map(files.sort().map((f) => [f, createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')]))
}

it('two builds of one commit give byte-identical output', () => {
  const out = path.join(ROOT_DIR, '.tmp/rebuild')
  fs.rmSync(out, { recursive: true, force: true })
  const bin = (name: string) => path.join(ROOT_DIR, 'node_modules/.bin', name)
  execFileSync(bin('vitepress'), ['build', 'docs', '--outDir', out], { cwd: ROOT_DIR, stdio: 'pipe' })
  execFileSync(bin('tsx'), ['scripts/build-feeds.ts', '--out', out], { cwd: ROOT_DIR, stdio: 'pipe' })
  const first = digests(DIST)
  const second = digests(out)
  const differing = [...new Set([...first.keys(), ...second.keys()])].filter((f) => first.get(f) !== second.get(f))
  expect(first.size).toBeGreaterThan(100)
  expect(differing).toEqual([])
}, 300_000)
