import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { labels } from './labels'

const component = (name: string) => fileURLToPath(new URL(`../theme/components/${name}.vue`, import.meta.url))

/** Default theme components replaced by lighter ones of ours (each component says why). */
export const componentReplacements = [
  { find: /^.*\/VPSidebarItem\.vue$/, replacement: component('SidebarItem') },
  { find: /^.*\/VPDocFooterLastUpdated\.vue$/, replacement: component('LastUpdated') },
  { find: /^.*\/VPNavBarSearch\.vue$/, replacement: component('SiteSearch') }
]

/**
 * A few details of VitePress 1.6's default theme cannot be changed by options: some labels are
 * fixed English strings, and some landmarks make axe report the page as inaccessible. This plugin
 * rewrites those strings in the theme's source as it is compiled. It fails the build if a string
 * is no longer there (after a VitePress upgrade), so a fix can never silently disappear.
 */
const PATCHES: Record<string, [from: string, to: string][]> = {
  'VPNavBarHamburger.vue': [['aria-label="mobile navigation"', 'aria-label="メニュー"']],
  'VPNavBarExtra.vue': [['label="extra navigation"', 'label="その他のメニュー"']],
  // The switch's title is only set after hydration; give the server-rendered button a name too.
  'VPSwitchAppearance.vue': [
    ["const switchTitle = ref('')", `const switchTitle = ref(${JSON.stringify(labels.darkModeSwitchLabel)})`],
    [':title="switchTitle"', ':title="switchTitle" :aria-label="switchTitle"']
  ],
  // The home and 404 pages have no <main>. Doc pages' footer is a second page-wide <footer>,
  // outside <main>: make it a named region (edit link, last update, previous and next page).
  'VPHome.vue': [
    ['<template>\n  <div \n    class="VPHome"', '<template>\n  <main \n    class="VPHome"'],
    ['    <Content v-else />\n  </div>\n</template>', '    <Content v-else />\n  </main>\n</template>']
  ],
  'NotFound.vue': [
    ['<template>\n  <div class="NotFound">', '<template>\n  <main class="NotFound">'],
    ['    </div>\n  </div>\n</template>', '    </div>\n  </main>\n</template>']
  ],
  'VPDocFooter.vue': [
    ['<footer v-if="showFooter" class="VPDocFooter">', '<section v-if="showFooter" class="VPDocFooter" aria-label="ページの情報と前後のページ">'],
    ['  </footer>\n</template>', '  </section>\n</template>']
  ]
}

export function defaultThemePatches(): Plugin {
  return {
    name: 'isms-guide:default-theme-patches',
    enforce: 'pre',
    transform(code, id) {
      // Only the .vue file itself: its `?vue&type=…` parts are compiled from the patched source.
      if (id.includes('?') || !id.includes('/vitepress/dist/client/theme-default/')) return
      const patches = PATCHES[id.split('/').pop()!]
      if (!patches) return
      for (const [from, to] of patches) {
        if (!code.includes(from)) this.error(`${id}: "${from}" not found; update docs/.vitepress/config/theme-patches.ts`)
        code = code.replace(from, to)
      }
      return code
    }
  }
}
