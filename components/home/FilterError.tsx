import { dict, type Lang } from "@/messages/ui";

/** Why the filters in the URL were not used (a date that does not exist, from after to), shown where the reader looks. */
export function FilterError({ lang, issues }: { lang: Lang; issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[] }) {
  return (
    <p className="error" role="alert" data-testid="filter-error">
      {dict(lang).filters.invalid} ({issues.map((i) => `${i.path.map(String).join(".")}: ${i.message}`).join("; ")})
    </p>
  );
}
