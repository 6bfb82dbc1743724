/** A table cell's text in Markdown: pipes escaped, line breaks written as `<br>`. */
export const markdownCell = (text: string) => text.replaceAll('|', '\\|').replace(/\r?\n/g, '<br>')

/** A Markdown table; every cell is escaped with `markdownCell`. */
export const markdownTable = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`)].join('\n')
