// @ts-check
// One lint and format configuration for the engine and this launch, in the style the code follows (antfu's: no
// semicolons, single quotes, two spaces, sorted imports). `npm run lint` runs it; `npm test` passes only with zero
// findings. Runs under Node 20 with core-js's polyfills of the newer built-ins the plugins use (package.json "lint").
import antfu from '@antfu/eslint-config'

export default antfu(
  {
    vue: true,
    typescript: true,
    // Markdown code blocks are examples for readers (the README guides), not modules of the project.
    markdown: false,
    // antfu's defaults skip every folder named `output`, and the engine's scripts/output/ (staging, cache, lock,
    // manifest) is source like the rest: it is linted. The export folders are what is skipped instead.
    ignores: defaults => [
      ...defaults.filter(glob => glob !== '**/output'),
      'exports/**',
      'dist/**',
      'bench/runs/**',
      'docs/shots/**',
      '**/charts/map-shapes.ts',
      '**/_gitignore',
    ],
  },
  {
    rules: {
      // The code writes short objects, arrays and ternaries on one line where they read as one thought (a table row,
      // a formatter's two cases); this newer rule would split every one of them.
      'antfu/reasonable-newline': 'off',
      // Node's `process` and `Buffer` are used as the globals they are, as Node's own documentation does.
      'node/prefer-global/process': 'off',
      'node/prefer-global/buffer': 'off',
      // Commands (scripts/*.ts), the CLI and test set-up are modules run for their effect: top-level await is their
      // point, and there is no caller to return a promise to.
      'antfu/no-top-level-await': 'off',
      // Test titles are sentences that may start with a name: "Ctrl-C sent to …", "CHROMIUM_PATH points at …".
      'test/prefer-lowercase-title': 'off',
      // A callback that does one small thing keeps its body on the line that passes it: \`(chunk) => { output += chunk }\`.
      'style/max-statements-per-line': 'off',
      // innerText is the text as a reader sees it (hidden parts left out, line breaks as laid out), which is what the
      // handout's snapshot and the tests compare; textContent would also read what is hidden.
      'unicorn/prefer-dom-node-text-content': 'off',
      // A line break inside an element's inline content is a space in what the page shows ("15 October ,"): inline
      // content stays on its line as written.
      'vue/singleline-html-element-content-newline': 'off',
      // A callback may name a const declared after it (a timer's handler, a close listener): it runs later. A use in
      // the same scope before the declaration is still reported.
      'ts/no-use-before-define': ['error', { functions: false, classes: false, variables: false, typedefs: false }],
    },
  },
)
