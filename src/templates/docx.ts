import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild
} from 'docx'
import MarkdownIt from 'markdown-it'

type Token = ReturnType<MarkdownIt['parse']>[number]

/**
 * A template's Markdown (already filled in, guidance removed) as a Word document: real headings, numbered and
 * bulleted lists, tables with a repeated header row, A4, and Japanese fonts set for East Asian text (游明朝 for the
 * body, 游ゴシック for headings; Word substitutes MS 明朝/MS ゴシック where the Yu fonts are missing).
 * The same code runs in the browser (Packer.toBlob) and on the command line (Packer.toBuffer).
 */
export interface DocxOptions {
  landscape?: boolean
}

const BODY_FONT = { ascii: '游明朝', eastAsia: '游明朝', hAnsi: '游明朝', cs: '游明朝' }
const HEADING_FONT = { ascii: '游ゴシック', eastAsia: '游ゴシック', hAnsi: '游ゴシック', cs: '游ゴシック' }
const A4 = { width: 11906, height: 16838 } // twentieths of a point
const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5]
const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' }

const md = new MarkdownIt({ html: true, linkify: false })

interface InlineStyle {
  bold?: boolean
  italics?: boolean
  code?: boolean
}

function inlineRuns(token: Token | undefined, base: InlineStyle = {}): ParagraphChild[] {
  const runs: ParagraphChild[] = []
  const style: InlineStyle = { ...base }
  let link: { href: string; children: TextRun[] } | null = null
  const add = (run: TextRun) => (link ? link.children.push(run) : runs.push(run))
  const text = (value: string) =>
    new TextRun({ text: value, bold: style.bold, italics: style.italics, ...(style.code && { font: { ascii: 'Consolas', hAnsi: 'Consolas' } }), ...(link && { style: 'Hyperlink' }) })
  for (const child of token?.children ?? []) {
    switch (child.type) {
      case 'text':
        add(text(child.content))
        break
      case 'code_inline':
        add(new TextRun({ text: child.content, font: { ascii: 'Consolas', hAnsi: 'Consolas' } }))
        break
      case 'strong_open':
        style.bold = true
        break
      case 'strong_close':
        style.bold = base.bold
        break
      case 'em_open':
        style.italics = true
        break
      case 'em_close':
        style.italics = base.italics
        break
      case 'link_open':
        link = { href: child.attrGet('href') ?? '', children: [] }
        break
      case 'link_close':
        if (link) runs.push(new ExternalHyperlink({ link: link.href, children: link.children }))
        link = null
        break
      case 'softbreak':
      case 'hardbreak':
        add(new TextRun({ break: 1 }))
        break
      case 'html_inline':
        if (/^<br\s*\/?>$/i.test(child.content)) add(new TextRun({ break: 1 }))
        break
    }
  }
  return runs
}

/** Index of the token that closes the block opened at `start`. */
function closing(tokens: Token[], start: number): number {
  let depth = 0
  for (let i = start; i < tokens.length; i++) {
    depth += tokens[i]!.nesting
    if (depth === 0) return i
  }
  return tokens.length - 1
}

function table(tokens: Token[], start: number, end: number): Table {
  const rows: TableRow[] = []
  let cells: TableCell[] = []
  let header = false
  for (let i = start; i < end; i++) {
    const t = tokens[i]!
    if (t.type === 'thead_open') header = true
    else if (t.type === 'tbody_open') header = false
    else if (t.type === 'tr_open') cells = []
    else if (t.type === 'tr_close') rows.push(new TableRow({ tableHeader: header, cantSplit: true, children: cells }))
    else if (t.type === 'inline' && (tokens[i - 1]!.type === 'th_open' || tokens[i - 1]!.type === 'td_open')) {
      cells.push(
        new TableCell({
          children: [new Paragraph({ children: inlineRuns(t, { bold: header }) })],
          borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER },
          ...(header && { shading: { fill: 'EDEDED' } })
        })
      )
    }
  }
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } })
}

export function markdownToDocx(markdown: string, options: DocxOptions = {}): Document {
  const tokens = md.parse(markdown, {})
  const children: (Paragraph | Table)[] = []
  const lists: { ordered: boolean; instance: number }[] = []
  let listInstance = 0
  let quote = 0

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    switch (t.type) {
      case 'heading_open': {
        const level = Number(t.tag.slice(1)) - 1
        children.push(new Paragraph({ heading: HEADINGS[Math.min(level, HEADINGS.length - 1)], children: inlineRuns(tokens[i + 1]) }))
        i = closing(tokens, i)
        break
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: t.type === 'ordered_list_open', instance: ++listInstance })
        break
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop()
        break
      case 'blockquote_open':
        quote++
        break
      case 'blockquote_close':
        quote--
        break
      case 'paragraph_open': {
        const list = lists.at(-1)
        // Only the first paragraph of a list item carries the number or bullet.
        const first = list && tokens[i - 1]?.type === 'list_item_open'
        const level = Math.max(0, lists.length - 1)
        children.push(
          new Paragraph({
            children: inlineRuns(tokens[i + 1]),
            ...(first && list.ordered && { numbering: { reference: 'ordered', level, instance: list.instance } }),
            ...(first && !list.ordered && { bullet: { level } }),
            ...(list && !first && { indent: { left: 720 * (level + 1) } }),
            ...(quote && { indent: { left: 567 * quote } })
          })
        )
        i = closing(tokens, i)
        break
      }
      case 'table_open': {
        const end = closing(tokens, i)
        children.push(table(tokens, i, end), new Paragraph({}))
        i = end
        break
      }
      case 'fence':
      case 'code_block':
        for (const line of t.content.replace(/\n$/, '').split('\n')) {
          children.push(new Paragraph({ children: [new TextRun({ text: line, font: { ascii: 'Consolas', hAnsi: 'Consolas' } })] }))
        }
        break
      case 'hr':
        children.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } } }))
        break
    }
  }

  return new Document({
    creator: 'ISMS Guide',
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 21, language: { value: 'ja-JP', eastAsia: 'ja-JP' } }, paragraph: { spacing: { after: 120, line: 300 } } },
        title: { run: { font: HEADING_FONT, size: 36, bold: true } },
        heading1: { run: { font: HEADING_FONT, size: 30, bold: true }, paragraph: { spacing: { before: 360, after: 160 } } },
        heading2: { run: { font: HEADING_FONT, size: 26, bold: true }, paragraph: { spacing: { before: 280, after: 120 } } },
        heading3: { run: { font: HEADING_FONT, size: 23, bold: true }, paragraph: { spacing: { before: 200, after: 100 } } },
        heading4: { run: { font: HEADING_FONT, size: 21, bold: true } },
        hyperlink: { run: { color: '1F4E99', underline: {} } }
      }
    },
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: [0, 1, 2, 3].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } }
          }))
        }
      ]
    },
    sections: [
      {
        properties: {
          page: {
            size: { ...A4, orientation: options.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: 1440, bottom: 1440, left: 1304, right: 1304 }
          }
        },
        children
      }
    ]
  })
}
