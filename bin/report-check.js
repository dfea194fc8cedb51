#!/usr/bin/env node
// The compiled CLI; `npm ci` builds it (the "prepare" script).
require("../dist/cli/main.js");
