// Files the code finds beside itself. A module that names one sits one folder below the package
// root, as both dist/*.js and the bundle dist/cli.cjs do, so that one relative URL serves both.
export const workerFile = new URL('./batch/worker.js', import.meta.url);
export const generatedDir = new URL('../generated/', import.meta.url);
export const packageFile = new URL('../package.json', import.meta.url);
