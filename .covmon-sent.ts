import { readFileSync } from "node:fs";
import { parseDocument, sentenceText } from "./rules/engine/text/document.js";
const doc = parseDocument(readFileSync(process.argv[2], "utf8"));
for (const s of doc.sentences) console.log(s.index, s.blockType, s.role, "|", sentenceText(doc, s).slice(0, Number(process.env.W ?? 160)));
