// Lets TypeScript follow `import('./components/X.vue')` in theme code; Vue files are compiled by VitePress.
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent
  export default component
}
