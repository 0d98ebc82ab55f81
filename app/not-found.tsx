import { dict } from "@/messages/ui";
import { Shell } from "@/components/layout/Shell";

export default function NotFound() {
  const t = dict("en");
  return (
    <Shell lang="en" path="/" current={null}>
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <p>
        <a href="/">{t.notFound.home}</a>
      </p>
    </Shell>
  );
}
