/**
 * Rules of a `_headers` file (the Netlify / Cloudflare Pages format): a path pattern on its own
 * line, then indented `Name: value` lines. `*` in a pattern matches any characters.
 */
export interface HeaderRule {
  pattern: string
  headers: [string, string][]
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] })
      continue
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line)
    const rule = rules.at(-1)
    if (!match || !rule) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path`)
    rule.headers.push([match[1]!, match[2]!])
  }
  return rules
}

const toRegExp = (pattern: string) =>
  new RegExp('^' + pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$')

/** Headers for a request path; every matching rule contributes, later rules win on the same name. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const rule of rules) {
    if (toRegExp(rule.pattern).test(pathname)) for (const [name, value] of rule.headers) result[name] = value
  }
  return result
}
