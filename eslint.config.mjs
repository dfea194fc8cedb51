import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "lib/", "coverage/", "node_modules/", "test-artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // `const { dropped, ...kept } = x` names what is left out; that name is not an unused variable
    rules: { "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }] },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/taskpane/worker/*.js", "src/review-page/*.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // the engine and the template are pure: no Office, DOM or Node; so is the reviewer's logic,
    // which the CLI and the review page share
    files: ["src/engine/**/*.ts", "src/template/**/*.ts", "src/docx/**/*.ts", "src/review/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["node:*", "fs", "path", "os", "child_process", "react", "react-dom"] },
      ],
      "no-restricted-globals": ["error", "Office", "Word", "document", "window", "process", "Buffer"],
    },
  },
  {
    // only the adapter, the ribbon command and the pane's entry file talk to Word
    files: ["src/taskpane/**/*.{ts,tsx}", "src/demo/**/*.{ts,tsx}", "src/cli/**/*.ts"],
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Word", "OfficeExtension"],
    },
  },
);
