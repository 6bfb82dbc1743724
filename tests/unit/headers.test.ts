import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { headersFor, parseHeaders } from '../../src/server/headers'

describe('_headers', () => {
  const rules = parseHeaders('# comment\n/*\n  X-Frame-Options: DENY\n  A: 1\n/assets/*\n  Cache-Control: immutable\n  A: 2\n')

  it('applies every matching rule, later ones winning', () => {
    expect(headersFor(rules, '/')).toEqual({ 'X-Frame-Options': 'DENY', A: '1' })
    expect(headersFor(rules, '/assets/app.js')).toEqual({ 'X-Frame-Options': 'DENY', A: '2', 'Cache-Control': 'immutable' })
  })

  it('rejects a header line outside a path block', () => {
    expect(() => parseHeaders('  X: 1')).toThrow(/line 1/)
  })

  it("parses the site's own _headers file", () => {
    const site = parseHeaders(fs.readFileSync('docs/public/_headers', 'utf8'))
    const page = headersFor(site, '/controls/')
    expect(page['Content-Security-Policy']).toMatch(/default-src 'self'/)
    expect(page['X-Content-Type-Options']).toBe('nosniff')
    expect(headersFor(site, '/assets/app.js')['Cache-Control']).toMatch(/immutable/)
  })
})
