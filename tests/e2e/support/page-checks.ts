/**
 * Checks of one loaded page, as a visitor meets it: sideways scrolling, keyboard reach, the layout without
 * JavaScript and the print view. Each returns readable problems (empty when the page passes), so a test
 * can report every problem of a page at once.
 */
import type { Page } from 'playwright-core';

/** Widths a visitor uses: the WCAG 1.4.10 reflow width, a common phone, a desktop screen. */
export const WIDTHS = [320, 390, 1280] as const;
/** The printable width of A4 with the site's 15 mm margins, in CSS pixels. */
export const PRINT_WIDTH = 680;

/** Loads a path and waits until its scripts have fetched what they need (search index, compare data). */
export async function load(page: Page, href: string): Promise<void> {
  const response = await page.goto(href, { waitUntil: 'load' });
  if (!response?.ok() && response?.status() !== 404) throw new Error(`${href} answered ${response?.status()}`);
  if (await page.evaluate(() => document.scripts.length > 0)) await page.waitForLoadState('networkidle');
}

type Describe = (el: Element) => string;
declare global {
  interface Window {
    describeElement?: Describe;
    keyboardReached?: Set<string>;
  }
}

/**
 * Gives the page a function that names elements in messages (tag, id, classes, start of the text). Defined
 * through the browser's debugging protocol, not eval: the site's CSP allows no eval.
 */
async function installDescribe(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.describeElement ??= (el) => {
      const id = el.id ? `#${el.id}` : '';
      const classes =
        typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${id}${classes}${text ? ` "${text}"` : ''}`;
    };
  });
}

/** The page scrolls sideways (WCAG 1.4.10 at 320 px): by how many pixels, and which elements stick out. */
export async function pageOverflow(page: Page): Promise<string[]> {
  await installDescribe(page);
  return page.evaluate(() => {
    const describe = window.describeElement!;
    const root = document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    if (overflow <= 0) return [];
    // The outermost elements that reach past the right edge, outside any box that scrolls on its own.
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= root.clientWidth + 1)
      .slice(0, 5)
      .map(describe);
    return [`page scrolls sideways by ${overflow} px: ${culprits.join(', ')}`];
  });
}

/**
 * Presses Tab through the page and reports every visible control and every box that scrolls (sideways or
 * down) that the keyboard never reached. A radio group counts as reached through any of its buttons,
 * since arrow keys move within it.
 */
export async function keyboardGaps(page: Page): Promise<string[]> {
  await installDescribe(page);
  const expected = await page.evaluate(() => {
    const CONTROLS =
      'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, audio[controls], video[controls], [contenteditable=""], [contenteditable="true"], [tabindex]:not([tabindex="-1"])';
    const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]');
    const controls = [...document.querySelectorAll(CONTROLS)].filter(
      (el) => visible(el) && !(el as HTMLButtonElement).disabled && el.getAttribute('tabindex') !== '-1',
    );
    const scrolls = (el: Element) => {
      const style = getComputedStyle(el);
      const scrollsX = /auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const scrollsY = /auto|scroll/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      return scrollsX || scrollsY;
    };
    const regions = [...document.body.querySelectorAll('*')].filter((el) => scrolls(el) && visible(el));
    const all = [...new Set([...controls, ...regions])];
    all.forEach((el, i) => el.setAttribute('data-keyboard-check', String(i)));
    const reached = (window.keyboardReached = new Set());
    // Focus inside a shadow root is reported on its host, which is what the query above can see.
    document.addEventListener('focusin', (event) =>
      reached.add((event.target as Element).getAttribute('data-keyboard-check') ?? ''),
    );
    return all.length;
  });
  // Every stop once, plus room for focusable things the query does not know (custom elements, shadow DOM).
  for (let i = 0; i < expected + 15; i++) await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const describe = window.describeElement!;
    const reached = window.keyboardReached!;
    const missed = [...document.querySelectorAll('[data-keyboard-check]')].filter((el) => {
      if (reached.has(el.getAttribute('data-keyboard-check')!)) return false;
      const radio = el as HTMLInputElement;
      if (radio.type === 'radio' && radio.name) {
        const group = document.querySelectorAll(`input[type="radio"][name="${CSS.escape(radio.name)}"]`);
        return ![...group].some((r) => reached.has(r.getAttribute('data-keyboard-check') ?? ''));
      }
      return true;
    });
    return missed.map((el) => `not reachable by keyboard: ${describe(el)}`);
  });
}

export interface LayoutMetrics {
  height: number;
  mainWidth: number;
  /** Widths of the elements in <main> that have an id: the blocks a layout arranges. */
  blocks: Record<string, number>;
}

export async function layoutMetrics(page: Page): Promise<LayoutMetrics> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const blocks: Record<string, number> = {};
    for (const el of main.querySelectorAll('[id]')) {
      const width = el.getBoundingClientRect().width;
      if (width > 0 && el.checkVisibility()) blocks[el.id] = Math.round(width);
    }
    return {
      height: document.documentElement.scrollHeight,
      mainWidth: Math.round(main.getBoundingClientRect().width),
      blocks,
    };
  });
}

/**
 * The page without JavaScript against the same page with it: the main column as wide, no block of it
 * squeezed to less than 80 % of its width, and the page not much longer (content pressed into a narrow
 * column makes the page grow). A page may show less without JavaScript (controls that need it stay
 * hidden), not a worse layout of the same content.
 */
export function layoutProblems(withScript: LayoutMetrics, without: LayoutMetrics): string[] {
  const problems: string[] = [];
  if (without.mainWidth < withScript.mainWidth * 0.95)
    problems.push(`main is ${without.mainWidth} px wide without JavaScript, ${withScript.mainWidth} px with it`);
  for (const [id, width] of Object.entries(without.blocks)) {
    const scripted = withScript.blocks[id];
    if (scripted !== undefined && width < scripted * 0.8)
      problems.push(`#${id} is ${width} px wide without JavaScript, ${scripted} px with it`);
  }
  if (without.height > withScript.height * 1.5)
    problems.push(`page is ${without.height} px long without JavaScript, ${withScript.height} px with it`);
  return problems;
}

/** The main content shows: a visible heading and some visible text. */
export async function contentProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main || !main.checkVisibility()) return ['no visible <main>'];
    const h1 = main.querySelector('h1');
    const problems: string[] = [];
    if (!h1 || !h1.checkVisibility() || !h1.textContent?.trim()) problems.push('no visible <h1> in <main>');
    if (main.innerText.trim().length < 100)
      problems.push(`<main> shows only ${main.innerText.trim().length} characters`);
    return problems;
  });
}

/**
 * The print view (call after emulating print media at PRINT_WIDTH): the content without the site chrome,
 * nothing cut off by a box that would scroll on screen, and no less than half of the text the screen shows.
 */
export async function printProblems(page: Page, screenTextLength: number): Promise<string[]> {
  await installDescribe(page);
  return page.evaluate((screenText) => {
    const describe = window.describeElement!;
    const problems: string[] = [];
    const main = document.querySelector('main')!;
    for (const selector of ['.skip-link', '.site-nav', '.site-search', '.breadcrumbs']) {
      const el = document.querySelector(selector);
      if (el?.checkVisibility()) problems.push(`site chrome ${selector} is printed`);
    }
    const printed = main.innerText.trim().length;
    if (printed < screenText * 0.5) problems.push(`print shows ${printed} of the ${screenText} characters of <main>`);
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      problems.push(`printed page is ${root.scrollWidth} px wide, paper ${root.clientWidth} px`);
    for (const el of main.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (
        /auto|scroll|hidden/.test(style.overflowX) &&
        el.scrollWidth > el.clientWidth + 1 &&
        el.checkVisibility() &&
        el.clientWidth > 1
      ) {
        problems.push(`cut off in print: ${describe(el)} (${el.scrollWidth} px in ${el.clientWidth} px)`);
      }
    }
    return problems;
  }, screenTextLength);
}
