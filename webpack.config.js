/**
 * Builds the Word add-in (task pane, ribbon commands, manifest), the no-Word demo page and the
 * reviewer's batch page (review.html), in the shape of the official Office-Addin-TaskPane-React template.
 *
 * Environment variables (production build, `npm run build`):
 * - ADDIN_BASE_URL: where dist/ will be served, e.g. https://oa.example.gov.cn/report-check/.
 *   Replaces https://localhost:3000/ in dist/manifest.xml. Must be HTTPS for Office.
 * - OFFICE_JS_URL: where the pages load office.js from. Defaults to Microsoft's CDN; an intranet
 *   sets its own mirror of the whole CDN tree (office.js loads its siblings relative to itself).
 */
const crypto = require("node:crypto");
const path = require("node:path");
const zlib = require("node:zlib");
const { NormalModuleReplacementPlugin } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Gzipped JavaScript budget for the task pane (office.js excluded), in bytes. */
const PANE_BUDGET = 300 * 1024;

/**
 * The chunks split into "shared": the ribbon command's page stays one small file of its own, and
 * the review page and its workers carry their own copies, so the reviewer's code never weighs on the pane.
 */
const ownChunks = (chunk) => !["commands", "review", "report-check-review"].includes(chunk.name);

/** The manifest's base URL for this build, always ending in "/". */
function baseUrl(dev) {
  const url = dev ? DEV_URL : process.env.ADDIN_BASE_URL || DEV_URL;
  return url.endsWith("/") ? url : `${url}/`;
}

/** Rewrites the development URLs in the manifest to the deployment URL. */
function transformManifest(content, dev) {
  return content.toString().split(DEV_URL).join(baseUrl(dev));
}

/** Writes dist/bundle-size.json: raw and gzipped JavaScript per page, and warns over budget. */
class BundleSizePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleSizePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "BundleSizePlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const report = {};
          // each file gzipped once: pages and the worker share files
          const sizes = new Map();
          const sizeOf = (file) => {
            if (!sizes.has(file)) {
              const source = compilation.getAsset(file).source.buffer();
              sizes.set(file, { raw: source.length, gzip: zlib.gzipSync(source, { level: 9 }).length });
            }
            return sizes.get(file);
          };
          const scripts = (group) => group.getFiles().filter((f) => f.endsWith(".js"));
          const sum = (files, key) => files.reduce((n, f) => n + sizeOf(f)[key], 0);
          for (const [name, entry] of compilation.entrypoints) {
            const files = scripts(entry);
            report[name] = { files, raw: sum(files, "raw"), gzip: sum(files, "gzip") };
          }
          // the engine worker starts on the first check: count the files it adds to the page's
          for (const worker of compilation.asyncEntrypoints) {
            const files = scripts(worker);
            report[`worker:${worker.options.name ?? worker.name}`] = {
              files,
              ...Object.fromEntries(
                [...compilation.entrypoints].map(([page, entry]) => {
                  const loaded = new Set(entry.getFiles());
                  return [
                    page,
                    sum(
                      files.filter((f) => !loaded.has(f)),
                      "gzip",
                    ),
                  ];
                }),
              ),
            };
          }
          report.budget = { taskpane: PANE_BUDGET };
          compilation.emitAsset(
            "bundle-size.json",
            new compiler.webpack.sources.RawSource(JSON.stringify(report, null, 2)),
          );
          const pane = report.taskpane;
          if (pane) {
            const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
            console.log(
              `task pane JavaScript: ${kb(pane.raw)} raw, ${kb(pane.gzip)} gzipped (budget ${kb(PANE_BUDGET)})`,
            );
            if (pane.gzip > PANE_BUDGET)
              compilation.warnings.push(new Error("task pane bundle is over its 300 KB budget"));
          }
        },
      );
    });
  }
}

/**
 * The Content-Security-Policy of a page: our own files, the office.js host (when the page loads
 * office.js), the page's inline scripts by hash, no eval, no plug-ins, nothing else. Styles may be
 * inline: Fluent UI (Griffel) and office.js write <style> rules at run time.
 */
function contentSecurityPolicy(html, officeOrigin) {
  const hashes = [];
  for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\ssrc=/.test(attrs) || !body.trim()) continue;
    hashes.push(`'sha256-${crypto.createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  const office = officeOrigin ? [officeOrigin] : [];
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...office, ...hashes].join(" ")}`,
    `style-src ${["'self'", "'unsafe-inline'", ...office].join(" ")}`,
    `connect-src ${["'self'", ...office].join(" ")}`,
    // Word on the web, on a host outside Microsoft's list, asks for trust in a frame that office.js
    // opens from its own base path (AgaveErrorUX); without this line the pane never starts there
    `frame-src ${["'self'", ...office].join(" ")}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** Puts the Content-Security-Policy meta tag first in every page's <head>, once the page is final. */
class CspPlugin {
  constructor(officeJsUrl) {
    // a relative OFFICE_JS_URL is on our own host, which 'self' already allows
    this.officeOrigin = /^https?:\/\//i.test(officeJsUrl) ? new URL(officeJsUrl).origin : null;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("CspPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        // after HtmlWebpackPlugin wrote and minified the pages and webpack put the real content
        // hashes into their file names, so the script hashes hold
        { name: "CspPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        () => {
          for (const asset of compilation.getAssets().filter((a) => a.name.endsWith(".html"))) {
            const html = asset.source.source().toString();
            const charset = /<meta charset="?UTF-8"?\s*\/?>/i;
            if (!charset.test(html))
              throw new Error(`${asset.name}: no <meta charset=UTF-8> to put the CSP after`);
            const office = this.officeOrigin && html.includes(this.officeOrigin) ? this.officeOrigin : null;
            const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html, office)}">`;
            compilation.updateAsset(
              asset.name,
              new sources.RawSource(html.replace(charset, (m) => m + meta)),
            );
          }
        },
      );
    });
  }
}

async function getHttpsOptions() {
  // only the dev server needs certificates; a production build never touches them
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== "production";
  const officeJsUrl = process.env.OFFICE_JS_URL || CDN_OFFICE_JS;
  if (!dev && !process.env.ADDIN_BASE_URL) {
    console.log(
      "ADDIN_BASE_URL is not set: dist/manifest.xml keeps https://localhost:3000/ (fine for sideloading).",
    );
  }
  const page = (name, chunks, extra = {}) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/${name}/${name}.html`,
      chunks,
      inject: false,
      templateParameters: { officeJsUrl, title: "年报校验 · 演示（无需 Word）" },
      ...extra,
    });
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      demo: "./src/demo/index.tsx",
      review: "./src/review-page/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: "tsconfig.json",
              // type checking is `npm run typecheck`; ES modules let webpack drop unused code
              transpileOnly: true,
              compilerOptions: { module: "es2020", sourceMap: dev },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    // the engine worker and the pages share their modules as common files, fetched once
    optimization: {
      splitChunks: {
        chunks: ownChunks,
        cacheGroups: {
          default: false,
          defaultVendors: false,
          // what the pages and workers load first, shared; what only lazy parts use (the zip
          // reader for last year's report, the 自查单 writer) stays in their own chunks
          shared: {
            name: "shared",
            minChunks: 2,
            enforce: true,
            chunks: (chunk) => (chunk.canBeInitial() || chunk.hasRuntime()) && ownChunks(chunk),
          },
        },
      },
    },
    plugins: [
      page("taskpane", ["taskpane"]),
      page("commands", ["commands"]),
      page("demo", ["demo"]),
      // the review page is the demo page's shell with its own title and script
      page("demo", ["review"], {
        filename: "review.html",
        templateParameters: { officeJsUrl, title: "年报审核 · 批量检查（无需安装）" },
      }),
      new CspPlugin(officeJsUrl),
      // the engine requires OpenCC itself in Node; in the pages nothing is loaded synchronously:
      // they fetch OpenCC as a chunk of its own when a text needs it (src/taskpane/load-simplifier.ts)
      new NormalModuleReplacementPlugin(/[\\/]load-opencc$/, (resource) => {
        resource.request = resource.request.replace(/load-opencc$/, "load-opencc.browser.ts");
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          // ES2020 probe for the pages' ES5 loader; kept out of webpack so it stays ES2020
          { from: "src/modern-check.js", to: "[name][ext]" },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform: (content) => transformManifest(content, dev),
          },
          // the demo page's default document; the fixtures step creates it
          { from: "examples/sample-report.docx", to: "sample-report.docx", noErrorOnMissing: true },
        ],
      }),
      new BundleSizePlugin(),
    ],
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await getHttpsOptions(),
      },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};

module.exports.DEV_URL = DEV_URL;
module.exports.CDN_OFFICE_JS = CDN_OFFICE_JS;
module.exports.transformManifest = transformManifest;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
