// Plain text with blank lines between paragraphs, as paragraphs (no markup is interpreted).
export function Paragraphs({ text }: { text: string }) {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {parts.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the paragraphs of one fixed text
        <p key={i} className="utrecht-paragraph">
          {p}
        </p>
      ))}
    </>
  );
}
