// @ts-check
// Lint for the whole repository: TypeScript, Astro components and the CMS start-up script.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.cache/', '.astro/', 'bench-out/', 'public/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Content from the CMS is untrusted: no page may write raw HTML (Astro escapes {expressions}).
      'astro/no-set-html-directive': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build elements instead: content strings are untrusted.' },
        { property: 'outerHTML', message: 'Build elements instead: content strings are untrusted.' },
        { property: 'insertAdjacentHTML', message: 'Build elements instead: content strings are untrusted.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Content strings are untrusted.' },
      ],
      // The safety checks match control characters on purpose (they hide URL schemes and spoof text).
      'no-control-regex': 'off',
      // Schema and tree walking use zod's, mdast's and hast's own types (src/lib/content/schema-walk.ts).
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The JSON-LD block is the one allowed raw write: its string always comes from jsonForScript.
    files: ['src/components/JsonLd.astro'],
    rules: { 'astro/no-set-html-directive': 'off' },
  },
  {
    // Scripts that run in the browser (client scripts of components, the CMS start-up script).
    files: ['src/components/**/*.ts', 'cms/admin-init.js', 'src/**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests build loose fixtures on purpose.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);
