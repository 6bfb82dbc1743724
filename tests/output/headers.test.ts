import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { headersFor, parseHeaders } from '../../src/server/headers'
import { DIST, attr, elements, htmlFiles, parseHtml, text } from '../support/dist'
import { FIXTURE_DIST } from '../support/fixture'

const hash = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`

describe.each([
  ['the site', DIST],
  ['the fixture site', FIXTURE_DIST]
])('Content-Security-Policy for %s', (_, dist) => {
  const rules = parseHeaders(fs.readFileSync(path.join(dist, '_headers'), 'utf8'))

  it('allows every inline script and style attribute by its hash, and nothing from other origins', () => {
    const missing = new Set<string>()
    for (const file of htmlFiles(dist)) {
      const csp = headersFor(rules, '/' + file)['Content-Security-Policy']!
      const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(name + ' '))!.split(' ')
      expect(csp).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/)
      const doc = parseHtml(path.join(dist, file))
      for (const script of elements(doc, (el) => el.name === 'script' && !('src' in el.attribs))) {
        if (attr(script, 'type') === 'application/ld+json') continue
        const h = hash(text(script))
        if (!directive('script-src').includes(h)) missing.add(`script-src ${h} (${file})`)
      }
      for (const el of elements(doc, (el) => 'style' in el.attribs)) {
        const h = hash(attr(el, 'style')!)
        if (!directive('style-src').includes(h)) missing.add(`style-src ${h} for style="${attr(el, 'style')}" (${file})`)
      }
      expect(elements(doc, (el) => el.name === 'style'), file).toEqual([])
    }
    expect([...missing], 'add these hashes to docs/public/_headers').toEqual([])
  })

  it('caches hashed assets for good and sets the other security headers on pages', () => {
    expect(headersFor(rules, '/assets/app.js')['Cache-Control']).toBe('public, max-age=31536000, immutable')
    const page = headersFor(rules, '/requirements/6-1-2')
    expect(page).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' })
    expect(page['Permissions-Policy']).toContain('camera=()')
    expect(page['Content-Security-Policy']).toContain("frame-ancestors 'none'")
  })
})
