// Simplified Chinese phrases (budoux), in a chunk of its own: see ../phrases.ts.
import { Parser, zhHansModel } from 'budoux';

const parser = new Parser(zhHansModel);
export const segment = (text: string): string[] => parser.parse(text);
