import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { ROOT_DIR } from '../../src/paths'
import { ScratchSite } from '../../src/scratch-site'

it('a post with invalid frontmatter stops the build before anything is built, naming the file and the field', async () => {
  const site = new ScratchSite(path.join(ROOT_DIR, '.tmp/bad-input-site'))
  site.write({ 'blog/posts/2026-02-28-typo.md': '---\ntitle: 下書きのつもり\ndate: 2026-02-28\npublshed: false\n---\n\n本文です。\n' })
  await expect(site.build()).rejects.toThrow(/blog\/posts\/2026-02-28-typo\.md: frontmatter has unknown field "publshed"/)
  // It fails while reading the config, before anything is rendered.
  expect(fs.existsSync(site.distDir)).toBe(false)
}, 120_000)

it('a template with a placeholder outside the shared list stops the build, naming the file and the placeholder', async () => {
  const site = new ScratchSite(path.join(ROOT_DIR, '.tmp/bad-template-site'))
  const manual = fs.readFileSync(path.join(ROOT_DIR, 'docs/isms/manual/isms-manual.md'), 'utf8')
  site.write({ 'isms/manual/isms-manual.md': manual.replace('{{組織名}}', '{{会社名}}') })
  await expect(site.build()).rejects.toThrow(/isms\/manual\/isms-manual\.md: unknown placeholder \{\{会社名\}\}/)
  expect(fs.existsSync(site.distDir)).toBe(false)
}, 120_000)
