/**
 * Which practices the public sees, by curation status (one rule for pages, lists, checks and the fast
 * rebuild of `npm start`): `gepubliceerd` has a page and appears on lists, in search, feeds and exports;
 * `gearchiveerd` keeps its page (with a notice) but leaves the lists; `ingediend` and `in-review` appear
 * nowhere.
 */
export const hasPage = (status: string): boolean => status === 'gepubliceerd' || status === 'gearchiveerd';

export const isListed = (status: string): boolean => status === 'gepubliceerd';
