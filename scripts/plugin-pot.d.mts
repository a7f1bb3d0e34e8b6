export interface TranslatableString {
  msgid: string;
  domain: string | undefined;
  refs: string[];
  comment?: string;
}
export function translatableStrings(dir?: string): TranslatableString[];
export function potOf(strings: TranslatableString[]): string;
