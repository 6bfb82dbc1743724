import { test as base, expect } from '@playwright/test'

export const FIXTURE_URL = 'http://127.0.0.1:4311'

/**
 * Every browser test fails on a console error, an uncaught exception or a Content-Security-Policy
 * violation, whatever else it checks.
 */
export const test = base.extend<{ problems: string[]; expectedConsole: RegExp[] }>({
  /** Console errors a test provokes on purpose (a 404 response, say). */
  expectedConsole: [[], { option: true }],
  problems: [
    async ({ page, expectedConsole }, use) => {
      const problems: string[] = []
      page.on('console', (message) => {
        const text = message.text()
        if (message.type() === 'error' && !expectedConsole.some((re) => re.test(text))) problems.push(`console: ${text}`)
      })
      page.on('pageerror', (error) => problems.push(`exception: ${error.message}`))
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
        })
      })
      await use(problems)
      expect(problems, 'console errors, exceptions or CSP violations').toEqual([])
    },
    { auto: true }
  ]
})

export { expect }
