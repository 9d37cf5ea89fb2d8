import { parseDocument } from "./rules/engine/text/document.js";
const d = parseDocument(process.argv[2]); const t = d.tokens as any;
const out = []; for (let i = 0; i < t.count; i++) out.push(`${t.normAt(i)}[${t.flags[i]}]`); console.log(out.join(" "));
