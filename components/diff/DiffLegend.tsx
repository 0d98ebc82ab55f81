import { dict, type Lang } from "@/messages/ui";

/** What the marks of a diff mean. */
export function DiffLegend({ lang, collation = false }: { lang: Lang; collation?: boolean }) {
  const t = dict(lang).compare;
  return (
    <ul className="diff-legend" aria-label={dict(lang).reader.legend}>
      {!collation && (
        <li>
          <del className="diff-removed sample" lang="ar">
            كلمة
          </del>{" "}
          {t.removed}
        </li>
      )}
      <li>
        <ins className="diff-added sample" lang="ar">
          كلمة
        </ins>{" "}
        {collation ? dict(lang).collate.added : t.added}
      </li>
      <li>
        <mark className="dm val-neg1 sample" lang="ar">
          لفظ
        </mark>{" "}
        {t.loaded}
      </li>
      <li>
        <mark className="dm val-pos1 swapped sample" lang="ar">
          لفظ
        </mark>{" "}
        {t.swapped}
      </li>
    </ul>
  );
}
