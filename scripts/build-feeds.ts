/** Writes /feed.xml, /atom.xml and /feed.json into the built site (run after `vitepress build`). Option: --out DIR. */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createMarkdownRenderer } from 'vitepress'
import { markdown } from '../docs/.vitepress/config/markdown'
import { readSource } from '../src/content/frontmatter'
import { loadPosts, withoutTitleHeading } from '../src/content/posts'
import { FEED_PATHS, buildFeeds } from '../src/feed'
import { DOCS_DIR } from '../src/paths'
import { absoluteUrl } from '../src/site'

const { values } = parseArgs({ options: { out: { type: 'string', default: path.join(DOCS_DIR, '.vitepress/dist') } } })
const OUT_DIR = path.resolve(values.out!)

const md = await createMarkdownRenderer(DOCS_DIR, markdown, '/')
const posts = loadPosts().map((post) => ({
  ...post,
  html: md
    .render(withoutTitleHeading(readSource(DOCS_DIR, post.file).body, post.title), {})
    .replace(/<a class="header-anchor"[^>]*>.*?<\/a>/g, '')
    .replace(/(href|src)="(\/[^"]*)"/g, (_, attr, url) => `${attr}="${absoluteUrl(url)}"`)
}))

const feeds = buildFeeds(posts)
for (const [format, file] of Object.entries(FEED_PATHS)) {
  fs.writeFileSync(path.join(OUT_DIR, file), feeds[format as keyof typeof feeds])
}
console.log(`feeds: ${posts.length} posts → ${Object.values(FEED_PATHS).join(', ')}`)
