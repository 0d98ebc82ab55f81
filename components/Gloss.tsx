/** An English gloss of an Arabic term: isolated, so its parentheses and punctuation keep their place in an Arabic interface. */
export function Gloss({ text, parens = false, className = "gloss" }: { text: string; parens?: boolean; className?: string }) {
  return (
    <bdi lang="en" dir="ltr" className={className}>
      {parens ? `(${text})` : text}
    </bdi>
  );
}
