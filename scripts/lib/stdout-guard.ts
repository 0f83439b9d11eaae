/**
 * For CLIs whose stdout is data (JSON lines): every console method, including console.log as
 * used by Transformers.js for its info output, goes to stderr; results are written with
 * `writeOut`. Import this module first, before anything that might log.
 */
const toStderr = (...args: unknown[]) => console.error(...args);
console.log = toStderr;
console.info = toStderr;
console.debug = toStderr;
console.warn = toStderr;

export function writeOut(line: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(`${line}\n`, (err) => (err ? reject(err) : resolve())));
}
