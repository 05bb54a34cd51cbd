/** The fixture content tree that unit, build and browser tests copy and change (tests/fixtures/site/content). */
export const FIXTURE_CONTENT = 'tests/fixtures/site/content';
