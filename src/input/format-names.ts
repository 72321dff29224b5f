// The words of --input; kept apart so that the CLI's help loads no parser.
export const inputFormats = ['auto', 'text', 'html', 'markdown'] as const;
export type InputFormat = (typeof inputFormats)[number];
