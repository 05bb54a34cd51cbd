/**
 * Where a visitor is invited to share a practice. The submission form (/praktijk-delen/) is built by
 * the curation work; until its page exists, the invitation points at the Over page, which explains
 * how practices reach the knowledge base. The check runs at build time, so no link ever breaks.
 */
import { SHARE_PRACTICE_HREF } from '../lib/practices/inventory.ts';

const formPages = Object.keys(import.meta.glob('../pages/praktijk-delen/**/*.astro'));
export const shareHref = formPages.length > 0 ? SHARE_PRACTICE_HREF : '/over/';
