import path from 'node:path'
import { SITE } from '../../src/site'
import { DIST, attr, elements, fileFor, htmlFiles, pagePath, parseHtml } from './dist'

export interface LinkReport {
  /** "page → link: reason" for every internal link or fragment that does not resolve. */
  broken: string[]
  /** Every external URL, with the pages that link to it. */
  external: Map<string, string[]>
  checked: number
}

const ids = new Map<string, Set<string>>()
function idsOf(file: string): Set<string> {
  let set = ids.get(file)
  if (!set) {
    set = new Set(elements(parseHtml(file), (el) => 'id' in el.attribs || (el.name === 'a' && 'name' in el.attribs)).map((el) => attr(el, 'id') ?? attr(el, 'name')!))
    ids.set(file, set)
  }
  return set
}

/**
 * Checks every link of the built site as a browser would follow it: the path is percent-decoded
 * to find the file, and the fragment, percent-decoded, must equal an element id exactly — no
 * Unicode normalisation on either side.
 */
export function checkLinks(dist = DIST): LinkReport {
  const origin = new URL(SITE.url).origin
  const report: LinkReport = { broken: [], external: new Map(), checked: 0 }
  for (const file of htmlFiles(dist)) {
    const page = pagePath(file)
    const base = new URL(page, SITE.url + '/')
    const doc = parseHtml(path.join(dist, file))
    const links = elements(doc, (el) => (el.name === 'a' || el.name === 'link' || el.name === 'area') && 'href' in el.attribs)
      .filter((el) => el.name !== 'link' || /^(canonical|alternate|icon|stylesheet|modulepreload|preload)$/.test(attr(el, 'rel') ?? ''))
      .map((el) => attr(el, 'href')!)
      .concat(elements(doc, (el) => (el.name === 'img' || el.name === 'script') && 'src' in el.attribs).map((el) => attr(el, 'src')!))
    for (const href of links) {
      let url: URL
      try {
        url = new URL(href, base)
      } catch {
        report.broken.push(`${page} → ${href}: not a valid URL`)
        continue
      }
      if (!/^https?:$/.test(url.protocol)) continue
      if (url.origin !== origin) {
        report.external.set(url.href, [...(report.external.get(url.href) ?? []), page])
        continue
      }
      report.checked++
      let pathname: string
      try {
        pathname = decodeURIComponent(url.pathname)
      } catch {
        report.broken.push(`${page} → ${href}: path is not valid percent-encoding`)
        continue
      }
      const target = fileFor(pathname, dist)
      if (!target) {
        report.broken.push(`${page} → ${href}: no such page`)
        continue
      }
      if (url.hash.length > 1 && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1))
        if (!idsOf(target).has(id)) report.broken.push(`${page} → ${href}: no element with id "${id}" on ${pagePath(path.relative(dist, target))}`)
      }
    }
  }
  return report
}
