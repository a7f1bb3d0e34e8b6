export function inDays(days: number): string;
export function catalog(): {
  id: number;
  handle: string;
  title: string;
  option?: string;
  related: number[];
  restock?: string;
  variants: { id: number; title: string; tracked: boolean; quantity: number; policy: string; restock?: string }[];
}[];
export function availableForSale(variant: { tracked: boolean; quantity: number; policy: string }): boolean;
