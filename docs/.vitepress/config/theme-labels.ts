import type { Plugin } from 'vite'
import { labels } from './labels'

/**
 * A few labels in VitePress 1.6's default theme are fixed English strings, not options. This
 * plugin rewrites them in the theme's source as it is compiled. It fails the build if a string is
 * no longer there (after a VitePress upgrade), so a label can never silently fall back to English.
 */
const PATCHES: Record<string, [from: string, to: string][]> = {
  'VPNavBarHamburger.vue': [['aria-label="mobile navigation"', 'aria-label="メニュー"']],
  'VPNavBarExtra.vue': [['label="extra navigation"', 'label="その他のメニュー"']],
  'VPSidebarItem.vue': [['aria-label="toggle section"', 'aria-label="このセクションを開閉"']],
  // The switch's title is only set after hydration; give the server-rendered button a name too.
  'VPSwitchAppearance.vue': [
    ["const switchTitle = ref('')", `const switchTitle = ref(${JSON.stringify(labels.darkModeSwitchLabel)})`],
    [':title="switchTitle"', ':title="switchTitle" :aria-label="switchTitle"']
  ]
}

export function japaneseThemeLabels(): Plugin {
  return {
    name: 'isms-guide:japanese-theme-labels',
    enforce: 'pre',
    transform(code, id) {
      // Only the .vue file itself: its `?vue&type=…` parts are compiled from the patched source.
      if (id.includes('?') || !id.includes('/vitepress/dist/client/theme-default/')) return
      const patches = PATCHES[id.split('/').pop()!]
      if (!patches) return
      for (const [from, to] of patches) {
        if (!code.includes(from)) this.error(`${id}: "${from}" not found; update docs/.vitepress/config/theme-labels.ts`)
        code = code.replace(from, to)
      }
      return code
    }
  }
}
