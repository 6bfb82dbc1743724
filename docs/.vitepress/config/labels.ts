import type { DefaultTheme } from 'vitepress'

/** Every label of the default theme, in Japanese. */
export const labels = {
  outline: { level: [2, 3], label: 'このページの目次' },
  docFooter: { prev: '前のページ', next: '次のページ' },
  lastUpdated: { text: '最終更新' },
  darkModeSwitchLabel: '外観',
  lightModeSwitchTitle: 'ライトモードに切り替え',
  darkModeSwitchTitle: 'ダークモードに切り替え',
  sidebarMenuLabel: 'メニュー',
  returnToTopLabel: 'ページの先頭へ',
  langMenuLabel: '言語を変更',
  skipToContentLabel: '本文へ移動',
  externalLinkIcon: true,
  notFound: {
    code: '404',
    title: 'ページが見つかりません',
    quote: 'URLが変わったか、ページが移動した可能性があります。上部の検索や、ホームから目的のページを探してください。',
    linkLabel: 'ホームへ移動',
    linkText: 'ホームに戻る'
  }
} satisfies DefaultTheme.Config
