import type { Theme } from 'vitepress'
import { defineAsyncComponent } from 'vue'
import DefaultTheme from 'vitepress/theme-without-fonts'
import './style.css'

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    // Used by every template page (inserted by the page blocks); each loads only on the pages that show it.
    app.component('TemplateTools', defineAsyncComponent(() => import('./components/TemplateTools.vue')))
    app.component('SoaBuilder', defineAsyncComponent(() => import('./components/SoaBuilder.vue')))
    // Registered here rather than imported by its page, so that the Word and CSV writers it loads on a click are
    // not preloaded with the page.
    app.component('SelfCheck', defineAsyncComponent(() => import('./components/SelfCheck.vue')))
  }
} satisfies Theme
