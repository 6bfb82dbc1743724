import type { DefaultTheme } from 'vitepress'

export const nav: DefaultTheme.NavItem[] = [
  { text: 'ホーム', link: '/' },
  { text: '要求事項', link: '/requirements/', activeMatch: '^/requirements/' },
  { text: '管理策', link: '/controls/', activeMatch: '^/controls/' },
  { text: 'テンプレート', link: '/isms/', activeMatch: '^/isms/' },
  { text: 'セルフチェック', link: '/self-check/', activeMatch: '^/self-check/' },
  { text: '用語集', link: '/glossary/' },
  { text: 'ブログ', link: '/blog/', activeMatch: '^/blog/' },
  { text: 'RSS', link: '/feed.xml', noIcon: true }
]
