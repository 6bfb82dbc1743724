import type { Plugin } from 'vite'
import { assumeSourcesUnchanged } from '../../../src/content/frontmatter'

/** In a build, the content loaders read and list each source once (see assumeSourcesUnchanged); in dev they check every time. */
export const sourcesUnchangedDuringBuild = (): Plugin => ({
  name: 'isms-guide:sources-unchanged-during-build',
  apply: 'build',
  buildStart: assumeSourcesUnchanged
})
