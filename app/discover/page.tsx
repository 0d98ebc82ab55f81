import type { Metadata } from "next";
import type { Query } from "@/app/filters";
import { Shell } from "@/components/layout/Shell";
import { CandidateCard } from "@/components/discover/CandidateCard";
import { ValidationError } from "@/lib/lexicon/problems";
import { discoverDict } from "@/messages/discover";
import { langOf } from "@/messages/lang";
import { reviewAccess } from "./access";
import { StoreErrorPage, storeForPage } from "@/app/store-page";
import { DISCOVERY_PER_OUTLET, DiscoverQuerySchema, storeDiscovery } from "./data";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Discover" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** What the last review did, from the redirect that brought the reviewer back. */
function Outcome({ query, lang }: { query: Query; lang: "en" | "ar" }) {
  const d = discoverDict(lang);
  const phrase = one(query.phrase) ?? "";
  if (one(query.error)) {
    return (
      <p role="alert" className="error" data-testid="review-error">
        {d.refused} <bdi>{one(query.error)}</bdi>
      </p>
    );
  }
  const done = one(query.done);
  if (done !== "accept" && done !== "reject") return null;
  return (
    <p role="status" className="review-done" data-testid="review-done">
      {done === "accept" ? d.accepted(phrase, one(query.entry) ?? "", one(query.before) ?? "", one(query.after) ?? "") : d.rejected(phrase)}
    </p>
  );
}

/** Discovery and review: per target, each outlet's candidate phrases ranked by keyness, with examples; accept or reject them. */
export default async function DiscoverPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const lang = langOf(query);
  const d = discoverDict(lang);
  const opened = await storeForPage();
  if ("error" in opened) return <StoreErrorPage lang={lang} title={d.title} path="/discover" query={query} error={opened.error} />;
  const targets = opened.engine.lexicon.lexicon.targets;
  const parsed = DiscoverQuerySchema.safeParse({ target: one(query.target) ?? "haftar", top: one(query.top), min: one(query.min) });
  const view = parsed.success && opened.engine.lexicon.targets.has(parsed.data.target) ? parsed.data : DiscoverQuerySchema.parse({ target: targets[0]!.id });
  const access = reviewAccess();
  let found: Awaited<ReturnType<typeof storeDiscovery>> | { error: string };
  try {
    found = await storeDiscovery(view, opened);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    found = { error: error.message };
  }
  const label = (t: (typeof targets)[number]) => (lang === "ar" ? t.label_ar : t.label);
  return (
    <Shell lang={lang} path="/discover" query={query} current="discover">
      <h1>{d.title}</h1>
      <p className="lead">{d.intro}</p>
      <p className="hint" data-testid="discover-sample">
        {d.sample(DISCOVERY_PER_OUTLET)}
      </p>
      <Outcome query={query} lang={lang} />
      {!access.open && (
        <p role="note" className="review-off" data-testid="review-off">
          {access.why === "off" ? d.off : d.notFolder}
        </p>
      )}
      <form method="get" action="/discover" className="discover-target">
        {lang === "ar" && <input type="hidden" name="lang" value="ar" />}
        <label htmlFor="discover-target">{d.target}</label>{" "}
        <select id="discover-target" name="target" defaultValue={view.target}>
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {label(t)}
            </option>
          ))}
        </select>{" "}
        <button type="submit">{d.show}</button>
      </form>
      {"error" in found ? (
        <p role="alert" className="error">
          {found.error}
        </p>
      ) : (
        <>
          <p className="hint" data-testid="lexicon-version">
            {d.lexicon(found.discovery.lexicon.id, found.discovery.lexicon.version, found.discovery.lexicon.lexicon_version)}
          </p>
          {found.discovery.outlets.map((o) => (
            <section key={o.outlet} className="discover-outlet" data-testid="discover-outlet" data-outlet={o.outlet}>
              <h2>
                <bdi lang="ar">{o.outlet}</bdi>
              </h2>
              <p className="hint">{d.articles(o.articles, o.words)}</p>
              {o.candidates.length === 0 ? (
                <p className="empty">{d.none}</p>
              ) : (
                <ol className="candidates">
                  {o.candidates.map((c) => (
                    <CandidateCard key={`${c.side}|${c.skeleton}`} lang={lang} candidate={c} bodies={found.bodies} target={view.target} targets={targets} reviewable={access.open} />
                  ))}
                </ol>
              )}
            </section>
          ))}
        </>
      )}
    </Shell>
  );
}
