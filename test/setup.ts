// Tests build engines directly (new Engine) and scan Markdown synchronously: load the Markdown reader once,
// as createEngine() does for hosts.
import { loadTextFormat } from "../rules/engine/text/document.js";

await loadTextFormat("markdown");
