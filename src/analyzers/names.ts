// The built-in analyzers' names, in report order, without loading them: --help and --version stay instant.
export const builtinAnalyzerNames = ['entities', 'quotes', 'dates', 'numbers'] as const;
