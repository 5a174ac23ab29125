import { Fragment } from "react";
import type { Letter, Run } from "@/lib/letters/compose";
import { listMarker, signatoryLines } from "@/lib/letters/text";

/**
 * The letter as a page: the same model and the same lines as the plain-text, PDF and Word
 * versions (list markers are printed text, not CSS, so copying the preview copies the letter).
 * No hooks: it renders on the server (no JavaScript needed) and in the live preview alike.
 */
export function LetterPreview({ letter, labelledBy }: { letter: Letter; labelledBy?: string }) {
  return (
    <article
      lang={letter.language}
      aria-labelledby={labelledBy}
      data-testid="letter-preview"
      data-paper={letter.paper}
      className="break-words rounded-md border border-stone-300 bg-white p-5 font-serif text-[0.95rem] leading-relaxed shadow-sm sm:p-8"
    >
      <div className="text-right">
        {letter.senderLines.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </div>
      <div className="mt-4 text-right">{letter.date}</div>
      <div className="mt-6">
        {letter.recipientLines.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </div>
      <p className="mt-6 font-bold">{letter.subject}</p>
      <p className="mt-4">{letter.salutation}</p>
      {letter.blocks.map((block, i) =>
        block.kind === "paragraph" ? (
          <p key={i} className={`mt-3 ${block.quote ? "border-l-2 border-stone-300 pl-4" : ""}`}>
            <Runs runs={block.runs} />
          </p>
        ) : (
          <div key={i} className="mt-3 space-y-1">
            {block.items.map((item, j) => (
              <div key={j} className="pl-6 -indent-6">
                <span>{listMarker(block, j)}</span>
                <Runs runs={item} />
              </div>
            ))}
          </div>
        ),
      )}
      <p className="mt-4">{letter.signOff}</p>
      <div className="mt-8 space-y-4">
        {letter.signatories.map((s, i) => (
          <div key={i}>
            {signatoryLines(s).map((line, j) => (
              <div key={j} className={j === 0 ? "font-semibold" : undefined}>
                {line}
              </div>
            ))}
          </div>
        ))}
      </div>
    </article>
  );
}

function Runs({ runs }: { runs: Run[] }) {
  return runs.map((run, i) => {
    let node = (
      <>
        {run.text.split("\n").map((part, j) => (
          <Fragment key={j}>
            {j > 0 && <br />}
            {part}
          </Fragment>
        ))}
      </>
    );
    if (run.href) node = <a href={run.href} rel="noopener noreferrer nofollow" className="underline">{node}</a>;
    if (run.italic) node = <em>{node}</em>;
    if (run.bold) node = <strong>{node}</strong>;
    return <Fragment key={i}>{node}</Fragment>;
  });
}
