import * as compiler from 'vue/compiler-sfc'

const PAGE_DATA = /^(export const __pageData = JSON\.parse\()(".*")(\))$/m

/**
 * VitePress writes each page's data into the page's <script> block as a JSON string without
 * escaping "<", so a post titled `<script>alert(1)</script>` closes the block early and the build
 * fails. This Vue SFC compiler escapes "<" as \u003c inside that string literal before parsing,
 * which leaves the data itself unchanged. (A Vite plugin cannot do it: VitePress runs the Vue
 * plugin before any plugin from the site config.)
 */
export const scriptSafeCompiler: typeof compiler = {
  ...compiler,
  parse: (source, options) =>
    compiler.parse(
      source.replace(PAGE_DATA, (_, start, literal: string, end) => start + literal.replaceAll('<', '\\u003c') + end),
      options
    )
}
