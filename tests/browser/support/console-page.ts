import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, HTTPRequest, Page } from 'puppeteer-core';

export const SCREENSHOTS = join(__dirname, '..', 'screenshots');

/** What went wrong in the page: console errors, uncaught exceptions, CSP violations. */
export interface PageTrouble {
  errors: string[];
  violations: string[];
}

/**
 * A tab of the console in a context of its own (its own sessionStorage), recording every console
 * error, uncaught exception and CSP violation, and the API requests it sends.
 */
export class ConsolePage {
  readonly trouble: PageTrouble = { errors: [], violations: [] };
  readonly requests: HTTPRequest[] = [];
  private loads = 0;

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly base: string,
  ) {}

  static async open(browser: Browser, base: string): Promise<ConsolePage> {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const tab = new ConsolePage(context, page, base);
    page.on('console', (message) => {
      if (message.type() === 'error') tab.trouble.errors.push(message.text());
    });
    page.on('pageerror', (error) => tab.trouble.errors.push(`uncaught: ${String(error)}`));
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/')) tab.requests.push(request);
    });
    // Violations are reported to the page; the listener is added through the DevTools protocol,
    // not by an inline script (which the console's CSP would refuse).
    await page.exposeFunction('reportViolation', (text: string) =>
      tab.trouble.violations.push(text),
    );
    await page.evaluateOnNewDocument(
      `document.addEventListener('securitypolicyviolation', (e) =>
        window.reportViolation(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));`,
    );
    return tab;
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  /**
   * A full page load of `#/hash` (a new document: the query string differs each time), resolved
   * once the view has drawn; returns the time from navigation start to the view's `rendered`
   * mark, measured by the browser.
   */
  async load(hash: string, state: 'ready' | 'error' = 'ready'): Promise<number> {
    this.loads += 1;
    await this.page.goto(`${this.base}/console/?load=${this.loads}#${hash}`);
    return this.settled(state);
  }

  /** Waits for the view to finish drawing; returns its `rendered` mark (ms after navigation start). */
  async settled(state: 'ready' | 'error' = 'ready'): Promise<number> {
    await this.page.waitForFunction(
      `document.body.dataset.state === 'ready' || document.body.dataset.state === 'error'`,
      { timeout: 20_000 },
    );
    const now = (await this.page.evaluate(`document.body.dataset.state`)) as string;
    if (now !== state) {
      const message = await this.page.evaluate(
        `document.querySelector('.note-error')?.textContent ?? ''`,
      );
      throw new Error(`the view ended ${now}, not ${state}: ${String(message)}`);
    }
    const view = (await this.page.evaluate(`document.body.dataset.view`)) as string;
    const marks = (await this.page.evaluate(
      `performance.getEntriesByName('rendered:${view}').map((m) => m.startTime)`,
    )) as number[];
    return Math.round(marks[marks.length - 1]);
  }

  /** Signs in on the sign-in page with `token`; resolves once the league table has drawn. */
  async signIn(token: string): Promise<void> {
    await this.page.goto(`${this.base}/console/`);
    await this.page.waitForSelector('input[name=token]');
    await this.page.type('input[name=token]', token);
    await this.follow('form.signin button[type=submit]', 'league');
  }

  /**
   * Clicks `selector` and waits for the view `view` to draw. The previous view's `ready` stays
   * until the router starts the next one, so the wait is for the new view's name first.
   */
  async follow(selector: string, view: string): Promise<number> {
    await Promise.all([
      this.page.waitForFunction(`document.body.dataset.view === '${view}'`, { timeout: 20_000 }),
      this.page.click(selector),
    ]);
    return this.settled();
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }

  /** The text of every element matching `selector`. */
  texts(selector: string): Promise<string[]> {
    return this.page.$$eval(selector, (elements) => elements.map((e) => e.textContent ?? ''));
  }

  /** An attribute of every element matching `selector`. */
  attributes(selector: string, name: string): Promise<string[]> {
    return this.page.$$eval(
      selector,
      (elements, attribute) => elements.map((e) => e.getAttribute(attribute) ?? ''),
      name,
    );
  }
}
