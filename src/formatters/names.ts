// The words of `--format`, without loading the formatters: --help and --version stay instant.
export const formatNames = ['table', 'json', 'ndjson', 'markdown', 'html'] as const;
export type FormatName = (typeof formatNames)[number];
