// Traditional Chinese phrases (budoux), in a chunk of its own: see ../phrases.ts.
import { Parser, zhHantModel } from 'budoux';

const parser = new Parser(zhHantModel);
export const segment = (text: string): string[] => parser.parse(text);
