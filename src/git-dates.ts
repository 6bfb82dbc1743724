import { execFileSync } from 'node:child_process'

const cache = new Map<string, Map<string, number>>()

/**
 * When each file under `dir` was last committed (author time, ms), by path relative to `dir`, from
 * one `git log` over the history: VitePress's own `lastUpdated` runs git once per page, and
 * starting a process from the large build process was a quarter of the build. Files never committed
 * (or no repository at all) have no date.
 */
export function gitDates(dir: string): Map<string, number> {
  let dates = cache.get(dir)
  if (dates) return dates
  dates = new Map()
  let log = ''
  try {
    log = execFileSync('git', ['-c', 'core.quotePath=false', 'log', '--format=%x00%at', '--name-only', '--no-renames', '--relative', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      stdio: ['ignore', 'pipe', 'ignore']
    })
  } catch {
    // not a git checkout: no dates
  }
  // Newest commit first: a file's first appearance is its last change.
  for (const commit of log.split('\0').slice(1)) {
    const [time, ...files] = commit.split('\n')
    for (const file of files) if (file && !dates.has(file)) dates.set(file, Number(time) * 1000)
  }
  cache.set(dir, dates)
  return dates
}
