/**
 * WordPress sends titles with HTML entities (`Hoodie &#8211; Blue`). We render text, never HTML,
 * so the entities are turned into the characters they stand for; nothing else is interpreted.
 */
export declare function decodeEntities(text: string): string;
