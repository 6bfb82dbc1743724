import { withBase } from 'vitepress'
import { createSearchEngine } from '../search/engine'

let engine: ReturnType<typeof createSearchEngine> | undefined

/** The page's one search engine, reading the index files from the site (loaded as queries need them). */
export function siteSearch() {
  return (engine ??= createSearchEngine(async (file) => {
    const response = await fetch(withBase(`/${file}`))
    if (!response.ok) throw new Error(`${file}: ${response.status}`)
    return response.json()
  }))
}
