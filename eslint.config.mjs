// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Layers, lowest first. A folder may import only from the folders listed for it; the README's
 * layer map is the prose version of this table.
 */
const layers = {
  core: [],
  spec: ['core'],
  http: ['core'],
  prism: ['core', 'http'],
  oracle: ['core', 'spec'],
  generate: ['core', 'spec'],
  workflow: ['core', 'spec'],
  simulator: ['core', 'spec', 'oracle', 'workflow'],
  run: ['core', 'spec', 'oracle', 'generate', 'http', 'prism', 'workflow', 'simulator'],
  report: ['core', 'run'],
  explore: ['core', 'spec', 'http', 'prism', 'workflow', 'simulator', 'run'],
  cli: [
    'core',
    'spec',
    'oracle',
    'generate',
    'http',
    'prism',
    'workflow',
    'simulator',
    'run',
    'report',
    'explore',
  ],
};

const layerRules = Object.entries(layers).map(([layer, allowed]) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [
              ...Object.keys(layers)
                .filter((other) => other !== layer && !allowed.includes(other))
                .map((other) => `**/${other}/*`),
              '**/properties/*',
              '**/scripts/*',
            ],
            message: `src/${layer} may import only from: ${allowed.join(', ') || 'nothing in src'} (README, "Layers").`,
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['node_modules/**', 'reports/**', 'coverage/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['scripts/**/*.ts', 'src/report/**/*.ts', 'src/cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // jest's asymmetric matchers (expect.stringMatching, expect.objectContaining) are typed any.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  { files: ['eslint.config.mjs'], ...tseslint.configs.disableTypeChecked },
  ...layerRules,
);
