import { renderMarkdown, withoutLeadingTitle } from "@/lib/markdown";

/** Organiser-written Markdown, sanitised on the server; `title`: the page's own heading, not repeated if the text starts with it. */
export function Markdown({ source, className = "", title }: { source: string; className?: string; title?: string }) {
  const html = renderMarkdown(title ? withoutLeadingTitle(source, title) : source);
  return <div className={`prose-picket ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
