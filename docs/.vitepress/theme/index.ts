import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme-without-fonts'
import { miniSearch } from '../../../src/search/options'
import './style.css'

export default {
  extends: DefaultTheme,
  enhanceApp({ siteData }) {
    // The search box's MiniSearch options come from this module, not from serialized config (see config/search.ts).
    const search = siteData.value.themeConfig.search
    if (search?.provider === 'local') search.options = { ...search.options, miniSearch }
  }
} satisfies Theme
