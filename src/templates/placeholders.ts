/**
 * The placeholders a document template may use, written `{{組織名}}` in `docs/isms/`. One list for
 * the build check, the personalisation form and the command-line generator; a template that uses
 * any other name fails the build.
 */
export interface Placeholder {
  /** The name between the braces. */
  name: string
  /** What to write, shown as the form field's hint. */
  hint: string
  /** A value a reader might enter. */
  example: string
}

export interface PlaceholderGroup {
  legend: string
  placeholders: readonly Placeholder[]
}

export const PLACEHOLDER_GROUPS: readonly PlaceholderGroup[] = [
  {
    legend: '組織',
    placeholders: [
      { name: '組織名', hint: '正式な法人名・団体名', example: '株式会社サンプル' },
      { name: '代表者', hint: 'トップマネジメントに当たる人の役職と氏名', example: '代表取締役 山田太郎' },
      { name: '事業内容', hint: '主な事業を一文で', example: '中小企業向け勤怠管理SaaSの開発・提供' },
      { name: '所在地', hint: '本社の所在地', example: '東京都千代田区丸の内1-1-1' }
    ]
  },
  {
    legend: 'ISMSの適用範囲',
    placeholders: [
      { name: '適用範囲', hint: '適用範囲を一文で', example: '勤怠管理SaaSの開発・運用・顧客サポート' },
      { name: '対象拠点', hint: '適用範囲に含む事業所', example: '本社（東京都千代田区）及び在宅勤務の場所' },
      { name: '対象業務', hint: '適用範囲に含む業務や部門', example: '開発部、運用部、カスタマーサクセス部、管理部' },
      { name: '主な情報システム', hint: '業務で使う主なシステム', example: '自社SaaS本番環境、Microsoft 365、会計システム' },
      { name: '主なクラウドサービス', hint: '利用する主なクラウドサービス', example: 'AWS（東京リージョン）、Microsoft 365、GitHub' }
    ]
  },
  {
    legend: '体制',
    placeholders: [
      { name: 'ISMS責任者', hint: 'ISMSの運営に責任を持つ人の役職と氏名', example: '取締役CTO 佐藤花子' },
      { name: 'ISMS事務局', hint: '事務局の部署または担当者', example: '管理部 情報セキュリティ担当' },
      { name: '情報セキュリティ委員会', hint: 'ISMSを審議する会議体の名称', example: '情報セキュリティ委員会' },
      { name: '内部監査責任者', hint: '内部監査を取りまとめる人', example: '管理部長 鈴木一郎' },
      { name: '情報システム責任者', hint: '情報システムとクラウドの管理に責任を持つ人', example: '運用部長 高橋次郎' },
      { name: '人事責任者', hint: '採用・教育・退職の手続に責任を持つ人', example: '管理部長 鈴木一郎' },
      { name: 'インシデント対応責任者', hint: 'インシデント対応の指揮をとる人', example: '取締役CTO 佐藤花子' },
      { name: '報告窓口', hint: '事象や弱点の報告先（部署と連絡手段）', example: '情報セキュリティ担当（security@example.co.jp、内線100）' }
    ]
  },
  {
    legend: '文書管理',
    placeholders: [
      { name: '承認者', hint: '文書を承認する人の役職と氏名', example: '代表取締役 山田太郎' },
      { name: '発効日', hint: 'この版を適用し始める日', example: '2026年4月1日' },
      { name: '版数', hint: '文書の版', example: '1.0' },
      { name: '文書の保管場所', hint: '承認済み文書を置く場所', example: '社内ポータルの「ISMS文書」フォルダ' },
      { name: '記録の保存期間', hint: '記録を残す期間の原則', example: '作成から3年' }
    ]
  },
  {
    legend: '運用の周期と基準',
    placeholders: [
      { name: 'リスク受容基準', hint: 'このリスク値以下なら受容するという基準', example: 'リスク値4以下' },
      { name: '内部監査の頻度', hint: '内部監査を行う周期', example: '年1回' },
      { name: 'マネジメントレビューの時期', hint: 'マネジメントレビューを行う時期', example: '毎年3月' },
      { name: '教育の頻度', hint: '全員向けの認識向上教育の周期', example: '年1回及び入社時' }
    ]
  }
]

export const PLACEHOLDERS: readonly Placeholder[] = PLACEHOLDER_GROUPS.flatMap((group) => group.placeholders)

export const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set(PLACEHOLDERS.map((p) => p.name))

/** `{{name}}` anywhere in a text. */
export const PLACEHOLDER_PATTERN = /\{\{([^{}\n]+)\}\}/g

/** The placeholder names in `text` that are not in the list, each once, in order of appearance. */
export function unknownPlaceholders(text: string): string[] {
  const unknown = new Set<string>()
  for (const [, name = ""] of text.matchAll(PLACEHOLDER_PATTERN)) if (!PLACEHOLDER_NAMES.has(name)) unknown.add(name)
  return [...unknown]
}
