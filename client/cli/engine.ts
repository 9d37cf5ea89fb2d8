// The engine as the CLI uses it: the built-in code rules come from the generated registry (static imports, which
// the CLI bundle holds) instead of being listed and imported one by one when the engine is created (issue 15).
import { CODE_RULES } from "../../rules/code-rules.generated.js";
import { defaultEngine, useCodeRules } from "../../rules/engine/index.js";

useCodeRules(CODE_RULES);

export { defaultEngine };
