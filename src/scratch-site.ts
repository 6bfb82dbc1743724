import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ROOT_DIR } from './paths'

/** What is copied: everything the build reads. node_modules is linked, not copied. */
const SOURCES = ['docs', 'src', 'data', 'scripts', 'package.json', 'tsconfig.json']

export interface BuildResult {
  seconds: number
  /** Peak resident memory of the VitePress build process, in MB. */
  peakMemoryMb: number
  pages: number
}

/**
 * A copy of the project in a scratch directory, to build the site with extra or changed content
 * (fixture posts, 1,000 generated posts) without touching the working tree; or, with
 * `{ project: false }`, an empty VitePress site to fill (the benchmark's bare site).
 */
export class ScratchSite {
  readonly docsDir: string
  readonly distDir: string
  private readonly project: boolean

  constructor(readonly dir: string, { project = true } = {}) {
    fs.rmSync(dir, { recursive: true, force: true })
    fs.mkdirSync(dir, { recursive: true })
    this.project = project
    for (const source of project ? SOURCES : []) {
      fs.cpSync(path.join(ROOT_DIR, source), path.join(dir, source), {
        recursive: true,
        filter: (src) => !/[/\\]\.vitepress[/\\](dist|cache)$/.test(src)
      })
    }
    fs.symlinkSync(path.join(ROOT_DIR, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
    this.docsDir = path.join(dir, 'docs')
    this.distDir = path.join(this.docsDir, '.vitepress/dist')
  }

  write(files: Record<string, string>) {
    for (const [file, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(this.docsDir, file)), { recursive: true })
      fs.writeFileSync(path.join(this.docsDir, file), content)
    }
  }

  /** Everything in one git commit (of a fixed date), so that pages have dates from git as in a checkout. */
  commit() {
    fs.writeFileSync(path.join(this.dir, '.gitignore'), 'node_modules\ndist\ncache\n')
    const date = '2026-01-01T00:00:00+09:00'
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=scratch', '-c', 'user.email=scratch@localhost', ...args], {
        cwd: this.dir,
        stdio: 'ignore',
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
      })
    git('init', '-q')
    git('add', '-A')
    git('commit', '-qm', 'scratch')
  }

  /** `npm run build` in the copy: VitePress, then the feeds (a bare site has none). */
  async build(): Promise<BuildResult> {
    const started = performance.now()
    // The build runs in a child that reports its own peak memory when it is done.
    const usage = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const { build } = await import('vitepress'); await build('docs'); console.log('\\n@@' + process.resourceUsage().maxRSS)"
      ],
      this.dir
    )
    if (this.project) await run(process.execPath, [path.join(ROOT_DIR, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-feeds.ts'], this.dir)
    const maxRssKb = Number(/@@(\d+)/.exec(usage)?.[1] ?? 0)
    const pages = (fs.readdirSync(this.distDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length
    return { seconds: (performance.now() - started) / 1000, peakMemoryMb: Math.round(maxRssKb / 1024), pages }
  }
}

function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output.slice(-4000)}`))))
  })
}
