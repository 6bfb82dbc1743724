import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { ROOT_DIR } from '../../src/paths'
import { checkLinks } from '../support/links'

it('every internal link and #fragment of the built site resolves', () => {
  const report = checkLinks()
  const out = path.join(ROOT_DIR, 'reports')
  fs.mkdirSync(out, { recursive: true })
  fs.writeFileSync(
    path.join(out, 'external-links.txt'),
    [...report.external].map(([url, pages]) => `${url}\n  ${[...new Set(pages)].join('\n  ')}`).join('\n') + '\n'
  )
  expect(report.checked).toBeGreaterThan(1000)
  expect(report.broken).toEqual([])
})
