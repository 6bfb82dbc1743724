/** Builds the site with the test fixture posts in .tmp/fixture-site (for build-output and browser tests). */
import { ScratchSite } from '../src/scratch-site'
import { FIXTURE_DIR, fixturePosts } from '../tests/support/fixture'

const site = new ScratchSite(FIXTURE_DIR)
site.write(fixturePosts())
const result = await site.build()
console.log(`fixture site: ${result.pages} pages in ${result.seconds.toFixed(1)} s → ${site.distDir}`)
