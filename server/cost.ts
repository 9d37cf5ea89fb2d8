import {
  GraphQLError,
  Kind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

/**
 * What a query costs, computed with its variables (a page size passed as `$n` costs what the literal
 * would): a scalar 1, an object 2 plus its selections, a paginated field `first` times its selections
 * (the argument's default when absent), and a list without paging LIST_ESTIMATE times (its length is
 * not chosen by the client but is not one either). Fragments count where they are spread.
 */
export const LIST_ESTIMATE = 5;
const SCALAR = 1;
const OBJECT = 2;

/** Root fields that run a scan; one per request, so one request cannot hold the scan threads. */
export const SCAN_FIELDS = new Set(["scanText", "scanDocument"]);

export interface CostReport {
  cost: number;
  scans: number;
}

/**
 * Costs of operations that do not depend on their variables, by operation node: Apollo keeps a parsed query and hands
 * the same nodes to every request with the same query text, so a client sending one query again and again has it
 * walked once. Held weakly, so it lives only as long as Apollo's own cache entry.
 */
const fixedCosts = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, CostReport>>();

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): CostReport {
  let known = fixedCosts.get(schema);
  const hit = known?.get(operation);
  if (hit) return hit;
  let usesVariables = false;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const defaults = new Map<string, ValueNode>();
  for (const v of operation.variableDefinitions ?? []) if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);

  const intOf = (value: ValueNode | undefined): number | undefined => {
    if (!value) return undefined;
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind === Kind.VARIABLE) {
      usesVariables = true;
      const given = variables[value.name.value];
      if (typeof given === "number") return given;
      if (given === undefined) return intOf(defaults.get(value.name.value));
    }
    return undefined;
  };

  const pageSize = (field: GraphQLField<unknown, unknown>, args: readonly { name: { value: string }; value: ValueNode }[]): number => {
    const def = field.args.find((a) => a.name === "first" || a.name === "last");
    if (!def) return LIST_ESTIMATE;
    const given = intOf(args.find((a) => a.name.value === def.name)?.value);
    const n = given ?? (typeof def.defaultValue === "number" ? def.defaultValue : 100);
    return Math.max(1, n);
  };

  const walk = (set: SelectionSetNode, type: GraphQLCompositeType, seen: Set<string>): number => {
    let sum = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        if (name === "__schema" || name === "__type") continue; // introspection is static
        if (name.startsWith("__")) {
          sum += SCALAR;
          continue;
        }
        const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
        if (!field) continue; // validation reports it
        const named = getNamedType(field.type);
        if (!sel.selectionSet || !isCompositeType(named)) {
          sum += SCALAR;
          continue;
        }
        const list = isListLike(field.type.toString());
        const times = list || field.args.some((a) => a.name === "first") ? pageSize(field, sel.arguments ?? []) : 1;
        sum += OBJECT + times * walk(sel.selectionSet, named, seen);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const on = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        sum += walk(sel.selectionSet, on && isCompositeType(on) ? on : type, seen);
      } else {
        const f = fragments.get(sel.name.value);
        if (!f || seen.has(f.name.value)) continue; // unknown or cyclic: validation reports it
        const on = schema.getType(f.typeCondition.name.value);
        sum += walk(f.selectionSet, on && isCompositeType(on) ? on : type, new Set([...seen, f.name.value]));
      }
    }
    return sum;
  };

  const root = operation.operation === "mutation" ? schema.getMutationType() : operation.operation === "subscription" ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return { cost: 0, scans: 0 };
  const report = { cost: walk(operation.selectionSet, root, new Set()), scans: countScans(operation.selectionSet, fragments, new Set()) };
  if (!usesVariables) {
    if (!known) fixedCosts.set(schema, (known = new WeakMap()));
    known.set(operation, report);
  }
  return report;
}

function isListLike(typeName: string): boolean {
  return typeName.replace(/!$/, "").startsWith("[");
}

/** Scan fields at the root, through fragments and aliases. */
function countScans(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let n = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) n += SCAN_FIELDS.has(sel.name.value) ? 1 : 0;
    else if (sel.kind === Kind.INLINE_FRAGMENT) n += countScans(sel.selectionSet, fragments, seen);
    else {
      const f = fragments.get(sel.name.value);
      if (f && !seen.has(f.name.value)) n += countScans(f.selectionSet, fragments, new Set([...seen, f.name.value]));
    }
  }
  return n;
}

/** The error for a query over the cost limit, or with more than one scan. */
export function costError(report: CostReport, maxCost: number): GraphQLError | null {
  if (report.scans > 1) {
    return new GraphQLError(`Eén scan per verzoek; dit verzoek vraagt er ${report.scans}. / One scan per request; this request asks for ${report.scans}.`, {
      extensions: { code: "TOO_MANY_SCANS", scans: report.scans, limit: 1, http: { status: 400 } },
    });
  }
  if (report.cost > maxCost) {
    return new GraphQLError(`De query is te duur (kosten ${report.cost}, grens ${maxCost}); vraag kleinere pagina's op. / The query costs too much (${report.cost}, limit ${maxCost}); ask for smaller pages.`, {
      extensions: { code: "QUERY_TOO_COSTLY", cost: report.cost, limit: maxCost, http: { status: 400 } },
    });
  }
  return null;
}
