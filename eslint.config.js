// One lint config for every target. Type-aware rules run on all TypeScript so
// that promises, unsafe `any` and unnecessary conditions are caught everywhere,
// not just in the renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'release', 'coverage', 'data'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Errors must be handled or rethrown, never just printed and dropped.
      'no-console': ['error', { allow: ['warn', 'info'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Layering (DESIGN §2): domain imports nothing from the other layers.
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/renderer/**', '**/sync/**', '**/electron/**', 'dexie', 'react', 'node:*', 'fs', 'path'] },
      ],
    },
  },
  {
    files: ['sync/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/renderer/**', '**/electron/**', '**/server/**', '**/client/**'] },
      ],
    },
  },
  {
    // The renderer may import only the IPC contract from electron/.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/sync/server/**', 'node:*'] },
            { group: ['**/electron/**', '!**/electron/ipc-contract'] },
          ],
        },
      ],
    },
  },
  {
    // Electron main and preload import domain/ and nothing else of ours.
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/renderer/**', '**/sync/**', '**/cli/**', '**/scripts/**'] }],
    },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
