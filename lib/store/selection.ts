import { period, type CorpusFilter } from "../analysis/filter";
import type { StoreFilter } from "./types";

/**
 * The WHERE clause choosing articles (alias `a`, outlets `o`) by a filter,
 * with its parameters appended to `params`: one definition for every query
 * that reads a selection, so the outlet table, the results and the time
 * series always cover the same articles. Dates overlap the range as in
 * lib/analysis/filter.ts; undated articles only without a range.
 */
export function articleWhere(filter: StoreFilter, params: unknown[]): string {
  const add = (value: unknown) => `$${params.push(value)}`;
  const clauses = [outletWhere(filter, params)];
  if (filter.ids?.length) clauses.push(`a.source_id = ANY(${add([...filter.ids])}::text[])`);
  if (filter.from) clauses.push(`a.date_to >= ${add(period(filter.from)[0])}`);
  if (filter.to) clauses.push(`a.date_from <= ${add(period(filter.to)[1])}`);
  return clauses.join(" AND ");
}

/** The outlets (alias `o`) a filter keeps, by name or group: what the article selection and the summary's share. */
export function outletWhere(filter: Pick<StoreFilter, "outlets" | "groups">, params: unknown[]): string {
  const add = (value: unknown) => `$${params.push(value)}`;
  const clauses = ["true"];
  if (filter.outlets?.length) clauses.push(`o.name = ANY(${add([...filter.outlets])}::text[])`);
  if (filter.groups?.length) clauses.push(`o.grp = ANY(${add([...filter.groups])}::text[])`);
  return clauses.join(" AND ");
}

/** The condition keeping the tally rows (alias `t`) of one reading of side-switching labels: resolved (the default) or not. */
export const resolutionClause = (filter: { readonly resolved?: boolean }): string => `t.resolution IN ('both', '${filter.resolved === false ? "unresolved" : "resolved"}')`;

/** The store's selection for the web UI's and the report's filters (targets and voice choose what is shown, not which articles). */
export const storeFilterOf = (f: CorpusFilter): StoreFilter => ({ ids: f.ids, outlets: f.outlets, from: f.from, to: f.to, resolved: f.resolved });
